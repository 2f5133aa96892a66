// The guide's dialogue policy: given what is known and what was already asked, choose the next move.
// Ask only what changes the advice, most informative first, and never ask a topic twice once the
// patient said they don't know.
import type { Intake } from "../../domain/intake.js";

export type Topic = "requester" | "state" | "records";

export type Move = { kind: "ask"; topic: Topic } | { kind: "recommend" } | { kind: "ready" };

const ORDER: Array<{ topic: Topic; known: (i: Intake) => boolean }> = [
  { topic: "requester", known: (i) => i.requester !== undefined },
  { topic: "state", known: (i) => i.state !== undefined },
  { topic: "records", known: (i) => (i.records?.kinds?.length ?? 0) > 0 },
];

export interface PolicyInput {
  intake: Intake;
  asked: Map<string, number>;
  /** Topics the patient could not answer; never asked again. */
  skipped: Set<string>;
  recommendedBefore: boolean;
  changedThisTurn: boolean;
}

export function nextMove(input: PolicyInput): Move {
  const open = ORDER.find((q) => !q.known(input.intake) && !input.skipped.has(q.topic) && (input.asked.get(q.topic) ?? 0) < 2);
  if (open) return { kind: "ask", topic: open.topic };
  if (!input.recommendedBefore || input.changedThisTurn) return { kind: "recommend" };
  return { kind: "ready" };
}
