// What the patient wants to do (draft, start over, ask about fees or deadlines…), quick replies
// ("2" or a label picks that option), yes/no answers, and which language they write in.

import type { Choices } from "../../../sessions/session.js";
import type { Intent } from "../extract.js";
import { INTENTS_ES, SPANISH_WORDS, YES_ES } from "../lexicon-es.js";
import { INTENTS, NO, YES } from "../lexicon-requests.js";
import { compile, prepare } from "../text.js";

const INTENT = compile(INTENTS, INTENTS_ES);
const YES_RE = new RegExp(`${YES}|${YES_ES}`);
const NO_RE = new RegExp(NO);
const ES_WORD = new RegExp(`(?<![\\w'])(?:${SPANISH_WORDS})(?![\\w'])`, "g");
const EN_WORD =
  /(?<![\w'])(?:the|my|i|need|records|from|to|and|of|is|was|for|they|it|me|in|have|at|can'?t|don'?t|with|get|want|a|an|by|he|she|his|her|we|you|on|this|that|please|hi|hello|yes)(?![\w'])/g;
const SPANISH_MARKS = /[áéíóúñ¿¡]/i;
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

/**
 * "es" when Spanish words outnumber English ones, or an accent backs up at least one of them;
 * undefined when the message gives no sign either way ("2", "Maria Lopez, 12/8/1990").
 */
export function detectLanguage(raw: string, low: string): "en" | "es" | undefined {
  const es = low.match(ES_WORD)?.length ?? 0;
  const en = low.match(EN_WORD)?.length ?? 0;
  if (es === 0) return en === 0 ? undefined : "en";
  return es > en || (SPANISH_MARKS.test(raw) && es >= en) ? "es" : "en";
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
