// The guide's dialogue policy: which question to ask next, if any. Before the recommendation it asks
// only what the engine says would change the advice (its `missing` list, most informative first);
// once the patient wants a letter it asks only for what the letter needs. A topic is asked at most
// twice, and never again once the patient said they don't know.
import type { Intake } from "../../domain/intake.js";
import { recommendPath } from "../../domain/recommend.js";
import type { DocumentKind } from "../../domain/recommendation.js";
import { isTopic, type Topic } from "./questions.js";

/** Without these the advice is guesswork, so they are asked before anything else. */
const ESSENTIAL: readonly Topic[] = ["records.kinds", "state", "requester"];
/**
 * At most three questions before the recommendation (so it comes by the fourth patient message),
 * and at most two of them beyond the essentials.
 */
const MAX_ADVICE_QUESTIONS = 3;
const MAX_EXTRA_QUESTIONS = 2;

export interface AskState {
  asked: ReadonlyMap<string, number>;
  /** Topics the patient could not answer. */
  skipped: ReadonlySet<string>;
}

const mayAsk = (topic: string, s: AskState) => !s.skipped.has(topic) && (s.asked.get(topic) ?? 0) < 2;

/** The next advice question, or undefined when it is time to recommend. */
export function nextAdviceQuestion(intake: Intake, today: string, s: AskState): Topic | undefined {
  const missing = recommendPath(intake, { today })
    .missing.map((m) => m.field)
    // Letter facts (like the recipient) are asked once the patient wants the letter.
    .filter((f): f is Topic => isTopic(f) && !LETTER_TOPICS.has(f));
  const essential = missing.find((f) => ESSENTIAL.includes(f) && mayAsk(f, s));
  if (essential) return essential;
  const asked = [...s.asked.keys()].filter((t) => !LETTER_TOPICS.has(t as Topic));
  const extras = asked.filter((t) => !ESSENTIAL.includes(t as Topic)).length;
  if (asked.length >= MAX_ADVICE_QUESTIONS || extras >= MAX_EXTRA_QUESTIONS) return undefined;
  return missing.find((f) => (s.asked.get(f) ?? 0) === 0 && !s.skipped.has(f));
}

/** What each letter needs before it is worth drafting (anything else stays a marked blank). */
const LETTER_NEEDS: Record<DocumentKind, Array<{ topic: Topic; known: (i: Intake) => boolean }>> = {
  access_request: [patientKnown(), providerKnown()],
  third_party_directive: [
    patientKnown(),
    providerKnown(),
    { topic: "recipient", known: (i) => Boolean(i.recipient?.name) },
  ],
  insurer_request: [patientKnown(), { topic: "insurer.name", known: (i) => Boolean(i.insurer?.name) }],
  immunization_request: [patientKnown()],
  retrieval_authorization: [patientKnown(), providerKnown()],
  follow_up: [
    patientKnown(),
    providerKnown(),
    { topic: "priorRequest.sentOn", known: (i) => Boolean(i.priorRequest?.sentOn) },
  ],
  ocr_complaint: [
    patientKnown(),
    providerKnown(),
    { topic: "priorRequest.sentOn", known: (i) => Boolean(i.priorRequest?.sentOn) },
  ],
};

export const LETTER_TOPICS: ReadonlySet<Topic> = new Set([
  "patient.name",
  "provider.name",
  "insurer.name",
  "recipient",
]);

/**
 * The next fact the letter needs, or undefined when it is ready to draft. Each is asked once; on a
 * clinic's page the provider is that clinic, so its name is never asked.
 */
export function nextLetterQuestion(
  kind: DocumentKind,
  intake: Intake,
  s: AskState,
  atClinic: boolean,
): Topic | undefined {
  return LETTER_NEEDS[kind].find(
    (need) =>
      !(atClinic && need.topic === "provider.name") &&
      !need.known(intake) &&
      (s.asked.get(need.topic) ?? 0) === 0 &&
      !s.skipped.has(need.topic),
  )?.topic;
}

function patientKnown() {
  return { topic: "patient.name" as const, known: (i: Intake) => Boolean(i.patient?.name && i.patient.dateOfBirth) };
}

function providerKnown() {
  return { topic: "provider.name" as const, known: (i: Intake) => Boolean(i.provider?.name) };
}
