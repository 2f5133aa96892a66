// Rule-based extraction: the patient's own words → an Intake patch plus what they want to do next.
// Each rule looks for one kind of fact, so several facts in one message are all captured.
import type { Intake, IntakePatch, RecordKind, StateCode } from "../../domain/intake.js";
import { STATE_CODES } from "../../domain/intake.js";
import type { Choices } from "../../sessions/session.js";
import { RECORD_WORDS, STATE_NAMES } from "./lexicon.js";

export type Intent = "draft" | "restart" | "rights" | "unsure" | "yes" | "no";

export interface Extraction {
  patch: IntakePatch;
  intents: Set<Intent>;
}

export interface ExtractContext {
  intake: Intake;
  lastChoices: Choices | null;
}

/** Reads facts and intents from one patient message. */
export function extract(raw: string, ctx: ExtractContext): Extraction {
  const text = resolveChoice(raw, ctx.lastChoices).toLowerCase();
  const patch: IntakePatch = {};
  const intents = new Set<Intent>();

  const state = findState(raw, text);
  if (state && state !== ctx.intake.state) patch.state = state;

  Object.assign(patch, findRequester(text));

  const kinds = findRecordKinds(text);
  if (kinds.length > 0) {
    const known = ctx.intake.records?.kinds ?? [];
    const merged = [...new Set([...known, ...kinds])];
    if (merged.length !== known.length) patch.records = { kinds: merged };
  }

  const status = findProviderStatus(text);
  if (status) patch.provider = { ...(patch.provider ?? {}), status };

  if (/\b(draft|write|make|create)\b.{0,20}\b(letter|request|document)\b|\bdraft (it|my letter)\b/.test(text)) intents.add("draft");
  if (/\b(start over|restart|new conversation)\b/.test(text)) intents.add("restart");
  if (/\b(my rights|fees?|cost|how long|deadline)\b/.test(text)) intents.add("rights");
  if (/\b(i don'?t know|not sure|no idea|unsure|dunno)\b/.test(text)) intents.add("unsure");
  if (/^(yes|yeah|yep|sure|ok|okay|y)\b/.test(text.trim())) intents.add("yes");
  if (/^(no|nope|nah|n)\b/.test(text.trim())) intents.add("no");
  return { patch, intents };
}

/** A numbered or exact quick-reply answer becomes the option's value. */
function resolveChoice(raw: string, choices: Choices | null): string {
  if (!choices) return raw;
  const trimmed = raw.trim().replace(/[.)!]$/, "");
  const n = Number(trimmed);
  if (Number.isInteger(n) && n >= 1 && n <= choices.options.length) return choices.options[n - 1]!.value;
  const match = choices.options.find((o) => o.label.toLowerCase() === trimmed.toLowerCase());
  return match ? match.value : raw;
}

function findState(raw: string, text: string): StateCode | undefined {
  const names = Object.keys(STATE_NAMES).sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (new RegExp(`\\b${name.replace(/\./g, "\\.")}\\b`).test(text)) return STATE_NAMES[name];
  }
  const bare = raw.trim().toUpperCase().replace(/\.$/, "");
  if ((STATE_CODES as readonly string[]).includes(bare)) return bare as StateCode;
  const upper = raw.match(/\b[A-Z]{2}\b/g) ?? [];
  return upper.find((c) => (STATE_CODES as readonly string[]).includes(c) && !["IN", "ME", "OR", "OK", "HI"].includes(c)) as StateCode | undefined;
}

function findRequester(text: string): IntakePatch {
  if (/\b(executor|administrator|estate)\b/.test(text)) return { requester: "executor", patient: { isDeceased: true } };
  if (/\bguardian(ship)?\b/.test(text)) return { requester: "guardian" };
  if (/\b(power of attorney|poa|health care proxy|healthcare proxy)\b/.test(text)) return { requester: "personal_representative" };
  if (/\bmy (son|daughter|child|kid|baby|boy|girl|teen|teenager)\b/.test(text)) return { requester: "parent", patient: { isMinor: true } };
  if (/\b(for )?(myself|me|my own|mine)\b/.test(text) && !/\bmy (mom|mother|dad|father|husband|wife|spouse|partner)\b/.test(text)) return { requester: "self" };
  if (/\bmy (mom|mother|dad|father|husband|wife|spouse|partner|grand\w+|brother|sister|friend)\b/.test(text)) return { requester: "other" };
  return {};
}

function findRecordKinds(text: string): RecordKind[] {
  const kinds: RecordKind[] = [];
  for (const [pattern, kind] of RECORD_WORDS) if (pattern.test(text) && !kinds.includes(kind)) kinds.push(kind);
  // "therapy notes" is psychotherapy notes, not mental-health records in general.
  return kinds;
}

function findProviderStatus(text: string): NonNullable<Intake["provider"]>["status"] | undefined {
  if (/\b(passed away|died|deceased|dead)\b/.test(text) && /\b(doctor|dr\.?|physician|dentist)\b/.test(text)) return "deceased";
  if (/\bretired\b/.test(text)) return "retired";
  if (/\b(closed|shut down|out of business|went under)\b/.test(text)) return "closed";
  if (/\b(merged|bought|acquired|taken over)\b/.test(text)) return "merged";
  return undefined;
}
