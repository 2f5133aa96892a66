// What a question is about: one union of topics, so a table keyed by a topic that does not exist
// (a typo, a renamed question) does not compile. Quick replies carry their question's topic.

/** What the guide asks about; each has a question, with quick replies, in every catalog. */
export const ASKED_TOPICS = [
  "requester",
  "state",
  "records.kinds",
  "provider.status",
  "provider.portal",
  "insurer.plan",
  "priorRequest.sentOn",
  "providerCount",
  "purpose",
  "neededBy",
  "provider.type",
  "recipient",
  "patient.isMinor",
  "delivery.private",
  "patient.name",
  // Asked alone when the name is known and only the date of birth is missing.
  "patient.dateOfBirth",
  "representative.name",
  "provider.name",
  "insurer.name",
  // On a clinic's page: are the records that clinic's, or another provider's?
  "provider.clinic",
  // The letter's details (issue 18): how the copy comes, where the office reaches the patient, and
  // the records office's address, fax or email. On the web they ride with the review.
  "letter.records",
  "letter.delivery",
  "letter.contact",
  "provider.office",
] as const;

/**
 * Topics the guide does not ask but whose short answers it reads: its own "what next?" menu, and the
 * questions an LLM may ask before the guide takes a turn over ("Has the patient passed away?").
 */
const READ_TOPICS = [
  "next",
  // The guide's menu once a letter exists, and its prompt when it has nothing yet to go on.
  "after_letter",
  "start",
  "records",
  "format",
  "insurer",
  "requester.self",
  "patient.isDeceased",
  "patient.phone",
  "delivery.third_party",
  "priorRequest.outcome",
  // The request tracker (issue 20): "how / which day did you send it?", the offer of a text on the
  // due date, and the check-in's "Did you get your records?".
  "tracker.sent",
  "tracker.remind",
  "tracker.received",
] as const;

export type AskedTopic = (typeof ASKED_TOPICS)[number];
export type Topic = AskedTopic | (typeof READ_TOPICS)[number];

export function isAskedTopic(value: string): value is AskedTopic {
  return ASKED_TOPICS.some((t) => t === value);
}

/** The topic a quick-reply question carries, or undefined for one the guide does not know. */
export function readTopic(value: string | undefined): Topic | undefined {
  if (value === undefined) return undefined;
  if (isAskedTopic(value)) return value;
  return READ_TOPICS.find((t) => t === value);
}
