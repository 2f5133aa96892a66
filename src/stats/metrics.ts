// What the dashboard counts: five metrics, each a counter-field prefix with a fixed list of keys and
// their English labels. A key outside these lists is never shown (and never written: record.ts only
// writes these), so a counter hash cannot grow with what patients or an LLM say.
import type { PathId } from "../domain/intake.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../domain/recommendation.js";
import { engineText } from "../domain/text/index.js";
import type { Channel } from "../sessions/session.js";
import type { MetricId } from "./json.js";
import { QUESTION_LABELS, QUESTIONS } from "./question.js";
import { STAGE_LABELS, STAGES } from "./stage.js";

export interface Metric {
  id: MetricId;
  title: string;
  /** The counter fields are `<prefix>:<key>`. */
  prefix: string;
  keys: readonly string[];
  labels: Readonly<Record<string, string>>;
}

const CHANNEL_LABELS: Record<Channel, string> = { web: "Web", sms: "SMS", whatsapp: "WhatsApp", api: "API" };

const text = engineText("en");
/** The engine's own English titles of its five paths. */
const PATH_LABELS: Record<PathId, string> = {
  portal: text.portal.title,
  provider: text.provider.title,
  insurer: text.insurer.title,
  state: text.statePath.titleGeneric,
  retrieval_service: text.retrieval.title,
};

/** Each kind as its letters title themselves (src/documents/letters/), without "my" or "the patient's". */
const LETTER_LABELS: Record<DocumentKind, string> = {
  access_request: "Request for medical records",
  third_party_directive: "Direction to send medical records to another person",
  insurer_request: "Request for health plan records",
  immunization_request: "Request for an immunization record",
  retrieval_authorization: "Authorization to release medical records",
  follow_up: "Follow-up on a request for medical records",
  ocr_complaint: "Complaint to the HHS Office for Civil Rights",
  review_request: "Request for review of a denial of access",
  part2_consent: "Consent to release substance use disorder records",
};

export const METRICS: readonly Metric[] = [
  {
    id: "started",
    title: "Conversations started",
    prefix: "started",
    // Every channel, in the labels' order: a new channel is a compile error above until it has a label.
    keys: Object.keys(CHANNEL_LABELS),
    labels: CHANNEL_LABELS,
  },
  {
    id: "paths",
    title: "Recommendations by path",
    prefix: "path",
    keys: Object.keys(PATH_LABELS),
    labels: PATH_LABELS,
  },
  { id: "letters", title: "Letters drafted, by kind", prefix: "letter", keys: DOCUMENT_KINDS, labels: LETTER_LABELS },
  { id: "stops", title: "Where conversations stopped", prefix: "stop", keys: STAGES, labels: STAGE_LABELS },
  { id: "questions", title: "The question they stopped at", prefix: "ask", keys: QUESTIONS, labels: QUESTION_LABELS },
];

/** Whether a counter field is one of the metrics' `<prefix>:<key>` (the only fields ever written). */
export function isKnownField(field: string): boolean {
  const at = field.indexOf(":");
  const metric = METRICS.find((m) => m.prefix === field.slice(0, at));
  return metric?.keys.includes(field.slice(at + 1)) === true;
}
