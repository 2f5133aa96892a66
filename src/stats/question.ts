// "The last topic reached", in detail (issue 21): the question the assistant had just asked when the
// conversation last stood still, read from its last reply's quick replies. The funnel (stage.ts) says
// how far conversations got; this says which question they stopped at. Only the guide's own topics
// (and "other", "none") are keys, so a counter hash cannot grow with what an LLM invents.
import { ASKED_TOPICS, isAskedTopic } from "../conversation/guide/topics.js";
import type { ChatMessage } from "../sessions/session.js";

export const QUESTIONS = [...ASKED_TOPICS, "other", "none"] as const;
export type Question = (typeof QUESTIONS)[number];

/** English, for the clinic's dashboard: what was being asked. */
export const QUESTION_LABELS: Record<Question, string> = {
  requester: "Who is asking: the patient or someone for them",
  state: "Which state",
  "records.kinds": "Which records",
  "provider.status": "Whether the office is still open",
  "provider.portal": "Whether they can use the patient portal",
  "insurer.plan": "Where their health insurance comes from",
  "priorRequest.sentOn": "When they asked before",
  providerCount: "How many providers",
  purpose: "What the records are for",
  neededBy: "When the records are needed",
  "provider.type": "What kind of provider",
  recipient: "Who should receive the records",
  "patient.isMinor": "Whether the patient is a minor",
  "delivery.private": "How the copy should reach only them",
  "patient.name": "The patient's name and date of birth",
  "patient.dateOfBirth": "The patient's date of birth",
  "representative.name": "The name of the person asking for the patient",
  "provider.name": "The provider's name",
  "insurer.name": "The health plan's name",
  "provider.clinic": "Whether the records are this clinic's",
  "letter.records": "Letter: which records",
  "letter.delivery": "Letter: how the copy should come",
  "letter.contact": "Letter: where the office reaches them",
  "provider.office": "Letter: the records office's address, fax or email",
  other: "Another question (an AI model's own)",
  none: "No question open (a recommendation, a letter or a menu)",
};

/** The guide's menus ("what next?", after a letter, its opening) and the tracker's questions after a letter: no question about the request is open. */
const MENUS = new Set(["next", "after_letter", "start"]);
const noneOpen = (topic: string) => MENUS.has(topic) || topic.startsWith("tracker.");

/** The question the transcript's last assistant reply left open: its last quick replies' topic. */
export function lastQuestion(messages: readonly ChatMessage[]): Question {
  const reply = messages.findLast((m) => m.role === "assistant");
  const choices = reply?.parts.findLast((p) => p.type === "data-choices");
  if (choices?.type !== "data-choices") return "none";
  const topic: string = choices.data.topic;
  if (isAskedTopic(topic)) return topic;
  return noneOpen(topic) ? "none" : "other";
}
