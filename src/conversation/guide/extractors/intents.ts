// What the patient wants to do (draft, start over, ask about fees or deadlines…), quick replies
// ("2" or a label picks that option) and yes/no answers, in every language's words.

import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import type { Choices } from "../../../sessions/session.js";
import type { Intent } from "../extract.js";
import { compile, prepare } from "../text.js";

const INTENT = compile(...tablesOf("intents"));
const YES_RE = new RegExp(wordsOf("yes"));
const NO_RE = new RegExp(wordsOf("no"));
const OPTION_NUMBER = /^(?:#|option |opcion |numero |no\.? )?(\d{1,2})[.)!]?$/;

/** Intents from the folded text. Several may hold at once ("thanks! can you draft it?"). */
export function findIntents(low: string): Set<Intent> {
  const out = new Set<Intent>();
  for (const [intent, re] of INTENT) {
    re.lastIndex = 0;
    if (re.test(low)) out.add(intent);
  }
  const start = low.trim();
  if (YES_RE.test(start)) out.add("yes");
  else if (NO_RE.test(start) && !out.has("unsure")) out.add("no");
  return out;
}

/** A quick-reply answer ("2", "#2", a label or the value itself) becomes the chosen option's value. */
export function resolveChoice(raw: string, choices: Choices | null): { text: string; chosen: boolean } {
  if (!choices || choices.options.length === 0) return { text: raw, chosen: false };
  const folded = prepare(raw)
    .low.replace(/[.!?]+$/, "")
    .trim();
  const n = OPTION_NUMBER.exec(folded);
  if (n) {
    const option = choices.options[Number(n[1]) - 1];
    return option ? { text: option.value, chosen: true } : { text: raw, chosen: false };
  }
  const option = choices.options.find((o) => prepare(o.label).low === folded || prepare(o.value).low === folded);
  return option ? { text: option.value, chosen: true } : { text: raw, chosen: false };
}
