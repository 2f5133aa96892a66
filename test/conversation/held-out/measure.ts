// Scores one driven conversation: facts kept and invented (against the final Intake), re-asks,
// unanswered patient questions, dead ends, and how many patient messages until the
// recommendation and the letter. Pure: a transcript in, numbers and reasons out.
import { INTAKE_PATHS, type Intake, type IntakePath } from "../../../src/domain/intake.js";
import type { Transcript, Turn } from "./drive.js";
import type { Facts, FactValue, Maybe, OneOf } from "./types.js";

export interface ConversationScore {
  id: string;
  lang: "en" | "es";
  channel: "web" | "sms";
  messages: number;
  factsStated: number;
  factsKept: number;
  /** Stated facts the Intake lacks. */
  missing: string[];
  /** Stated facts the Intake holds with another value that the patient's words contain (cut short, mis-read). */
  wrong: string[];
  /** Intake values the patient never stated: a path they never spoke of, or a name not in their words. */
  invented: string[];
  reAsks: string[];
  /** Patient questions asked (each pattern its answer must match). */
  questions: number;
  unanswered: string[];
  deadEnds: string[];
  toRecommendation: number | null;
  wantsLetter: boolean;
  toLetter: number | null;
  /** The letter was drafted right after the patient confirmed a review of its contents. */
  confirmedLetter: boolean;
}

/** Values typed by the patient: invented when the patient's words do not contain them. */
const FREE_TEXT = new Set<IntakePath>([
  "patient.name",
  "patient.otherNames",
  "patient.phone",
  "patient.email",
  "patient.address",
  "provider.name",
  "provider.address",
  "provider.phone",
  "provider.fax",
  "provider.email",
  "recipient.name",
  "recipient.address",
  "recipient.email",
  "recipient.fax",
  "insurer.name",
]);
const DIGITS_ONLY = new Set<IntakePath>(["patient.phone", "provider.phone", "provider.fax", "recipient.fax"]);
/** "unknown" asserts nothing: recording it is neither keeping nor inventing a fact. */
const NEUTRAL_UNKNOWN = new Set<IntakePath>(["provider.status", "provider.portal", "insurer.plan"]);

/** Tells a patient's next step offered in words ("I can draft…", "Reply…") from a dead end. */
const NEXT_STEP =
  /\b(next step|I can|you can|want me to|would you like|let me know|reply|tap|send me|tell me)\b|puedo|puede|quiere que|siguiente paso|responda|d[íi]game|env[íi]eme/i;

const isOneOf = (v: unknown): v is OneOf => typeof v === "object" && v !== null && "oneOf" in v;
const isMaybe = (v: unknown): v is Maybe => typeof v === "object" && v !== null && "maybe" in v;
const isList = (v: FactValue | undefined): v is readonly (string | OneOf | Maybe)[] => Array.isArray(v);
const show = (v: unknown) => (isOneOf(v) ? v.oneOf.join(" | ") : JSON.stringify(v));

/**
 * Letters and digits only, lower case, accents dropped: "Dr. Patel" and "dr patel" are the same
 * words (a name re-cased is wrong, not invented), "Dr. Thx" is not in "thx".
 */
const words = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function valueAt(intake: Intake, path: IntakePath): unknown {
  const [top, field] = path.split(".") as [string, string | undefined];
  const value = (intake as Record<string, unknown>)[top];
  if (field === undefined) return value;
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

function sameValue(path: IntakePath, expected: string | number | boolean, actual: unknown): boolean {
  if (DIGITS_ONLY.has(path) && typeof actual === "string" && typeof expected === "string")
    return actual.replace(/\D/g, "") === expected.replace(/\D/g, "");
  return actual === expected;
}

/** Facts stated over the whole conversation; a later scalar corrects an earlier one, arrays add up. */
function statedFacts(turns: readonly Turn[]): Map<IntakePath, FactValue> {
  const stated = new Map<IntakePath, FactValue>();
  for (const turn of turns) mergeFacts(stated, turn.facts);
  return stated;
}

function mergeFacts(into: Map<IntakePath, FactValue>, facts: Facts | undefined) {
  for (const [path, value] of Object.entries(facts ?? {}) as Array<[IntakePath, FactValue]>) {
    const before = into.get(path);
    into.set(path, Array.isArray(value) && Array.isArray(before) ? [...before, ...value] : value);
  }
}

/** True when every fact in `facts` was already stated with the same value. */
function alreadyStated(facts: Facts, stated: Map<IntakePath, FactValue>): boolean {
  const entries = Object.entries(facts) as Array<[IntakePath, FactValue]>;
  return (
    entries.length > 0 &&
    entries.every(([path, value]) => {
      const before = stated.get(path);
      if (before === undefined) return false;
      if (Array.isArray(value) && Array.isArray(before)) {
        const had = new Set(before.map((item) => JSON.stringify(item)));
        return value.every((item) => had.has(JSON.stringify(item)));
      }
      return JSON.stringify(before) === JSON.stringify(value);
    })
  );
}

interface FactTally {
  stated: number;
  kept: number;
  missing: string[];
  wrong: string[];
  invented: string[];
}

function scoreFacts(transcript: Transcript): FactTally {
  const { conversation, turns, intake } = transcript;
  const stated = statedFacts(turns);
  const patientWords = ` ${words(turns.map((t) => t.said).join("\n"))} `;
  const tally: FactTally = { stated: 0, kept: 0, missing: [], wrong: [], invented: [] };
  for (const path of INTAKE_PATHS) {
    const expected = stated.get(path);
    const actual = valueAt(intake, path);
    const neutral = NEUTRAL_UNKNOWN.has(path) && actual === "unknown";
    if (expected === undefined) {
      if (actual !== undefined && !neutral && !conversation.tolerate?.includes(path))
        tally.invented.push(`${path} = ${JSON.stringify(actual)}`);
      continue;
    }
    if (isList(expected)) {
      const items: unknown[] = Array.isArray(actual) ? actual : [];
      const required = [...new Map(expected.filter((e) => !isMaybe(e)).map((e) => [JSON.stringify(e), e])).values()];
      for (const want of required) {
        tally.stated++;
        const found = isOneOf(want) ? items.some((i) => want.oneOf.includes(String(i))) : items.includes(want);
        if (found) tally.kept++;
        else tally.missing.push(`${path} ∋ ${show(want)}`);
      }
      const allowed = new Set(expected.flatMap((e) => (isOneOf(e) ? e.oneOf : isMaybe(e) ? [e.maybe] : [e])));
      for (const item of items)
        if (!allowed.has(String(item))) tally.invented.push(`${path} ∋ ${JSON.stringify(item)}`);
      continue;
    }
    tally.stated++;
    if (actual === undefined || neutral) {
      tally.missing.push(`${path} (${show(expected)})`);
    } else if (isOneOf(expected) ? expected.oneOf.includes(String(actual)) : sameValue(path, expected, actual)) {
      tally.kept++;
    } else if (FREE_TEXT.has(path) && !(typeof actual === "string" && patientWords.includes(` ${words(actual)} `))) {
      tally.invented.push(`${path} = ${JSON.stringify(actual)} (said ${show(expected)})`);
    } else {
      tally.wrong.push(`${path} = ${JSON.stringify(actual)} (said ${show(expected)})`);
    }
  }
  return tally;
}

/** Replies that ask again what the patient already answered, or ask for a fact already given. */
function reAsks(turns: readonly Turn[]): string[] {
  const found: string[] = [];
  const answered = new Set<string>();
  const stated = new Map<IntakePath, FactValue>();
  turns.forEach((turn, i) => {
    mergeFacts(stated, turn.facts);
    const next = turns[i + 1];
    const asked = turn.reply.questions.map(words).filter((q) => q.length > 0);
    const repeated = turn.reply.questions.find((q) => answered.has(words(q)));
    if (repeated) found.push(`#${turn.n} asked again: "${repeated}"`);
    else if (asked.length > 0 && next?.kind === "rule" && next.facts && alreadyStated(next.facts, stated))
      found.push(`#${turn.n} asked for ${Object.keys(next.facts).join(", ")} already given`);
    // A question counts as answered only when the patient replied to it, not with their own message.
    if (next && (next.kind === "rule" || next.kind === "otherwise" || next.kind === "confirm"))
      for (const q of asked) answered.add(q);
  });
  return found;
}

const excerpt = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Every measure of one driven conversation. */
export function measure(transcript: Transcript): ConversationScore {
  const { conversation: c, turns } = transcript;
  const facts = scoreFacts(transcript);
  const questions = turns.reduce((sum, t) => sum + (t.mustAnswer?.length ?? 0), 0);
  const unanswered = turns.flatMap((t) =>
    (t.mustAnswer ?? []).filter((p) => !p.test(t.reply.text)).map(() => `#${t.n} "${excerpt(t.said)}"`),
  );
  const deadEnds = turns.flatMap((t) => {
    const r = t.reply;
    if (r.error) return [`#${t.n} ${r.error}: "${excerpt(r.text.replace(/\s+/g, " "))}"`];
    if (r.toolFailed && !r.document && r.choices.length === 0) return [`#${t.n} a tool failed, no quick replies`];
    const leads = r.document || r.questions.length > 0 || r.choices.length > 0 || NEXT_STEP.test(r.text);
    return leads ? [] : [`#${t.n} no question, no next step: "${excerpt(r.text.replace(/\s+/g, " "))}"`];
  });
  const recommendation = turns.find((t) => t.reply.recommended);
  const letter = turns.find((t) => t.reply.document);
  return {
    id: c.id,
    lang: c.lang,
    channel: c.channel,
    messages: turns.length,
    factsStated: facts.stated,
    factsKept: facts.kept,
    missing: facts.missing,
    wrong: facts.wrong,
    invented: facts.invented,
    reAsks: reAsks(turns),
    questions,
    unanswered,
    deadEnds,
    toRecommendation: recommendation?.n ?? null,
    wantsLetter: c.letter !== undefined,
    toLetter: letter?.n ?? null,
    confirmedLetter: letter?.kind === "confirm",
  };
}
