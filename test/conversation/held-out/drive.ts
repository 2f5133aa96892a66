// Plays one patient through a conversation: the opening, then at each turn a planned message, a
// confirmation, a letter command, the answer a rule gives to the assistant's question, or the
// patient's fallback; at most MAX_PATIENT_MESSAGES messages.
import type { Intake } from "../../../src/domain/intake.js";
import type { PatientLine } from "./channels.js";
import type { ReadReply } from "./reply.js";
import type { Conversation, Facts } from "./types.js";

export const MAX_PATIENT_MESSAGES = 20;

/** Why the patient said what they said. */
type Said = "opening" | "rule" | "otherwise" | "plan" | "letter" | "confirm" | "after-letter";

export interface Turn {
  /** The patient's message number, 1-based. */
  n: number;
  said: string;
  kind: Said;
  /** Facts this message states. */
  facts?: Facts;
  /** The patient asked something here: the reply must match each pattern. */
  mustAnswer?: readonly RegExp[];
  reply: ReadReply;
}

export interface Transcript {
  conversation: Conversation;
  turns: Turn[];
  /** The session's Intake after the last turn. */
  intake: Intake;
}

interface PatientState {
  recommended: boolean;
  letterAt?: number;
  afterLetterSent: boolean;
  lastKind: Said;
  usedOnce: Set<number>;
  fallbacks: number;
}

type Message = Omit<Turn, "n" | "reply">;

/** The patient's next message, given the assistant's last reply. */
function nextMessage(c: Conversation, n: number, last: ReadReply, state: PatientState): Message {
  const planned = c.respond.plan?.find((p) => p.at === n);
  if (planned) {
    return {
      said: planned.say,
      kind: "plan",
      ...(planned.facts ? { facts: planned.facts } : {}),
      ...(planned.mustAnswer ? { mustAnswer: [planned.mustAnswer] } : {}),
    };
  }
  if (state.letterAt !== undefined && c.afterLetter && !state.afterLetterSent) {
    state.afterLetterSent = true;
    return { said: c.afterLetter, kind: "after-letter" };
  }
  const wantsLetter = c.letter !== undefined && state.letterAt === undefined;
  if (c.letter && wantsLetter && last.review) return { said: c.letter.confirm, kind: "confirm" };
  if (c.letter && wantsLetter && c.letter.at === n) return { said: c.letter.say, kind: "letter" };

  const asked = last.prompt.join(" ");
  const index = asked
    ? c.respond.rules.findIndex((r, i) => !(r.once && state.usedOnce.has(i)) && r.ask.test(asked))
    : -1;
  const rule = c.respond.rules[index];
  if (rule) {
    if (rule.once) state.usedOnce.add(index);
    return {
      said: rule.say,
      kind: "rule",
      ...(rule.facts ? { facts: rule.facts } : {}),
      ...(rule.mustAnswer ? { mustAnswer: [rule.mustAnswer] } : {}),
    };
  }
  // After a recommendation, a patient who wants the letter asks for it (not twice in a row).
  if (c.letter && wantsLetter && state.recommended && state.lastKind !== "letter") {
    return { said: c.letter.say, kind: "letter" };
  }
  const fallback = c.respond.otherwise[state.fallbacks++ % c.respond.otherwise.length] ?? "idk";
  return { said: fallback, kind: "otherwise" };
}

/** True when the patient has nothing left to do before message `n`. */
function finished(c: Conversation, n: number, state: PatientState): boolean {
  if (n > MAX_PATIENT_MESSAGES) return true;
  if (c.respond.plan?.some((p) => p.at >= n)) return false;
  if (!c.letter) return state.recommended;
  return state.letterAt !== undefined && (!c.afterLetter || state.afterLetterSent);
}

/** Drives `c` through `line` and returns every turn with the final Intake. */
export async function drive(c: Conversation, line: PatientLine): Promise<Transcript> {
  const state: PatientState = {
    recommended: false,
    afterLetterSent: false,
    lastKind: "opening",
    usedOnce: new Set(),
    fallbacks: 0,
  };
  const turns: Turn[] = [];
  let message: Message = {
    said: c.opening,
    kind: "opening",
    facts: c.facts,
    ...(c.openingMustAnswer ? { mustAnswer: c.openingMustAnswer } : {}),
  };
  for (let n = 1; ; n++) {
    const reply = await line.send(message.said);
    turns.push({ n, ...message, reply });
    state.lastKind = message.kind;
    state.recommended ||= reply.recommended;
    if (reply.document && state.letterAt === undefined) state.letterAt = n;
    if (finished(c, n + 1, state)) break;
    message = nextMessage(c, n + 1, reply, state);
  }
  return { conversation: c, turns, intake: await line.intake() };
}
