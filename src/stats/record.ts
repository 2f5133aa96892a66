// Counts a committed turn for the dashboard, from the session before the turn and what the turn
// committed: no state beyond the session, nothing but counter deltas on the day the conversation
// started. Never breaks or slows a turn: the write runs after the commit, in the background.
import type { AppDeps } from "../deps.js";
import type { ChatMessage, Session } from "../sessions/session.js";
import { type DayCounts, NO_CLINIC } from "./counters.js";
import { isKnownField } from "./metrics.js";
import { lastQuestion } from "./question.js";
import { recommendedPaths, stageOf } from "./stage.js";

/** What a committed turn changed: its transcript and the documents it drafted. */
export interface TurnAfter {
  messages: readonly ChatMessage[];
  documents: readonly { kind: string }[];
}

/** The transcript as the previous turn left it: without the patient message this turn answers. */
function previousTranscript(messages: readonly ChatMessage[]): readonly ChatMessage[] {
  return messages.at(-1)?.role === "user" ? messages.slice(0, -1) : messages;
}

/**
 * The counter deltas of one committed turn. `before` is the session as the turn began (lease held,
 * the patient's message appended): on its first committed turn a conversation is started on its
 * channel; a path counts the first time it tops a recommendation; each drafted letter counts by kind;
 * and the conversation's stop moves (−1 the old stage, +1 the new) when its stage changed, as does
 * the question it stopped at (question.ts).
 */
export function turnDeltas(before: Session, after: TurnAfter): DayCounts {
  const deltas: DayCounts = {};
  const add = (field: string, n: number) => {
    if (isKnownField(field)) deltas[field] = (deltas[field] ?? 0) + n;
  };
  const first = before.turns.length === 0;
  const previous = previousTranscript(before.messages);
  if (first) add(`started:${before.channel}`, 1);
  const shown = new Set(recommendedPaths(previous));
  for (const path of recommendedPaths(after.messages)) if (!shown.has(path)) add(`path:${path}`, 1);
  for (const document of after.documents) add(`letter:${document.kind}`, 1);
  // Where the conversation stands (the funnel's stage, and the question left open) moves from what
  // the previous turn left to what this one leaves: a day's counts of each always sum to its conversations.
  const move = (prefix: string, was: string | null, now: string) => {
    if (was === now) return;
    if (was !== null) add(`${prefix}:${was}`, -1);
    add(`${prefix}:${now}`, 1);
  };
  move("stop", first ? null : stageOf(previous), stageOf(after.messages));
  move("ask", first ? null : lastQuestion(previous), lastQuestion(after.messages));
  for (const [field, n] of Object.entries(deltas)) if (n === 0) delete deltas[field];
  return deltas;
}

/** The counters' scope and day of a conversation: its clinic (or NO_CLINIC) and the UTC day it started. */
export function statsScope(session: Session): { scope: string; day: string } {
  return { scope: session.clinicId ?? NO_CLINIC, day: session.createdAt.slice(0, 10) };
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : "unknown");

/**
 * Records a committed turn's counters in the background (waitUntil when the platform has one):
 * failures are logged by name only and never reach the patient.
 */
export function recordTurn(
  deps: Pick<AppDeps, "stats" | "log">,
  before: Session,
  after: TurnAfter,
  waitUntil?: (work: Promise<unknown>) => void,
): void {
  let work: Promise<void>;
  try {
    const deltas = turnDeltas(before, after);
    if (Object.keys(deltas).length === 0) return;
    const { scope, day } = statsScope(before);
    work = deps.stats.add(scope, day, deltas);
  } catch (error) {
    work = Promise.reject(error);
  }
  const logged = work.catch((error: unknown) => deps.log.warn("stats.failed", { error: errorName(error) }));
  waitUntil?.(logged);
}
