// Short answers to the question just asked: "yes", "no" or "I don't know" mean different fields
// depending on the topic. This table is the whole contract between the guide's questions and them.
import type { Intake } from "../../domain/intake.js";
import { namesClinic } from "../../domain/situation.js";
import { wordsOf } from "../../i18n/lexicons/index.js";
import type { Intent } from "./extract.js";
import { bareName, doctorIn } from "./extractors/provider-name.js";
import type { Topic } from "./topics.js";

/** What one message says, before it is compared with the Intake. */
export type Found = { [K in keyof Intake]?: Intake[K] | null };
type Answer = (found: Found) => void;

/** `value`'s fields where `current` has none: what the message stated beats the answer's default. */
function under<T extends object>(current: T | null | undefined, value: T): T {
  const out = { ...value };
  if (current) for (const key in current) if (current[key] !== undefined) out[key] = current[key];
  return out;
}

const set =
  <K extends "provider" | "patient" | "insurer">(key: K, value: NonNullable<Intake[K]>): Answer =>
  (found) => {
    found[key] = under(found[key], value);
  };
const top =
  <K extends "requester" | "format" | "delivery">(key: K, value: NonNullable<Intake[K]>): Answer =>
  (found) => {
    if (found[key] === undefined) found[key] = value;
  };

/**
 * Yes/no questions by topic (the question the guide asks → what each answer sets):
 * - provider.portal  "Do you have an account on their patient portal?"  yes → portal active, no → no_access
 * - provider.status  "Is the practice still open?"                      yes → open, no → closed
 * - patient.isMinor  "Is the patient under 18?"                         yes → true, no → false
 * - patient.isDeceased "Has the patient passed away?"                   yes → true, no → false
 * - requester.self   "Are these your own records?"                      yes → requester self
 * - format           "Are electronic copies OK?"                        yes → electronic, no → paper
 * - delivery.third_party "Should they send them straight to another doctor?" yes → third_party
 * - insurer          "Do you have health insurance?"                     no → plan none
 */
const YES_NO: Partial<Record<Topic, { yes?: Answer; no?: Answer }>> = {
  "provider.portal": { yes: set("provider", { portal: "active" }), no: set("provider", { portal: "no_access" }) },
  "provider.status": { yes: set("provider", { status: "open" }), no: set("provider", { status: "closed" }) },
  "patient.isMinor": { yes: set("patient", { isMinor: true }), no: set("patient", { isMinor: false }) },
  "patient.isDeceased": { yes: set("patient", { isDeceased: true }), no: set("patient", { isDeceased: false }) },
  "requester.self": { yes: top("requester", "self") },
  format: { yes: top("format", "electronic"), no: top("format", "paper") },
  "delivery.third_party": { yes: top("delivery", "third_party") },
  insurer: { no: set("insurer", { plan: "none" }) },
  "insurer.plan": { no: set("insurer", { plan: "none" }) },
};

/**
 * Questions about a fact of the world ("is the office still open?"): a bare "ok" acknowledges the
 * question without answering it. A choice ("are electronic copies OK?") takes "ok" as yes.
 */
const FACTS: ReadonlySet<Topic> = new Set([
  "provider.portal",
  "provider.status",
  "patient.isMinor",
  "patient.isDeceased",
  "insurer",
  "insurer.plan",
]);
const ACKNOWLEDGE = new RegExp(
  `^(?:${wordsOf("acknowledge")})(?:[ ,.!]+(?:${wordsOf("acknowledge")}|${wordsOf("chatter")}))*[ ,.!]*$`,
);

/** "I don't know" by topic: the field becomes "unknown" so the guide stops asking. */
const UNSURE: Partial<Record<Topic, Answer>> = {
  "provider.portal": set("provider", { portal: "unknown" }),
  "provider.status": set("provider", { status: "unknown" }),
  "insurer.plan": set("insurer", { plan: "unknown" }),
  insurer: set("insurer", { plan: "unknown" }),
};

const TO_ME = new RegExp(`^(?:${wordsOf("toMe")})[.!]?$`);
/** Answers to "How old is the patient?": an adult, a minor, or a bare age ("15", "she's 16"). */
const ADULT_ANSWER = /\b(?:18 or older|18 or over|over 18|18\+|an adult|adult|grown|18 o mas|mayor de (?:edad|18))\b/;
const MINOR_ANSWER = /\b(?:under 18|a minor|minor|menor de (?:18|edad)|menor)\b/;
const AGE_ANSWER =
  /^(?:(?:he|she|they|my \w+)(?:'s| is| are)\s+|tiene\s+|about\s+|around\s+)?(\d{1,2})(?:\s*(?:years?(?: old)?|yrs?|y\/?o|anos))?[.!]?$/;
const OTHER_TYPE = new RegExp(`^(?:${wordsOf("somethingElse")})[.!]?$`);

/**
 * Free answers whose meaning depends on the question: a name given for "who should get the
 * records?" is the recipient's, not the provider's; a bare name for "which insurer?" is the insurer.
 */
/** "my own records", "to keep at home", "para tenerlos": for the patient to keep. */
const FROM = /(?<![a-z])(?:from|del|desde)(?![a-z])/;
const PERSONAL_ANSWER = new RegExp(`(?<![a-z])(?:${wordsOf("personalAnswer")})(?![a-z])`);

const FREE: Partial<Record<Topic, (found: Found, raw: string, low: string) => void>> = {
  purpose: (found, _raw, low) => {
    if (!found.purpose && PERSONAL_ANSWER.test(low)) found.purpose = "personal";
    // "second opinion at another hospital": a kind of place in this answer is where the records go,
    // not the kind of provider that holds them (unless it says where they come from).
    if (found.provider?.type && !found.provider.name && !FROM.test(low)) {
      const { type: _type, ...provider } = found.provider;
      found.provider = provider;
    }
  },
  "patient.isMinor": (found, _raw, low) => {
    const patient = { ...(found.patient ?? {}) };
    if (patient.dateOfBirth) return;
    const age = AGE_ANSWER.exec(low.trim());
    if (age) {
      patient.age = Number(age[1]);
      patient.isMinor = patient.age < 18;
    } else if (ADULT_ANSWER.test(low)) patient.isMinor = false;
    else if (MINOR_ANSWER.test(low)) patient.isMinor = true;
    found.patient = patient;
  },
  recipient: (found, raw, low) => {
    if (TO_ME.test(low.trim())) return;
    const provider = { ...(found.provider ?? {}) };
    const patient = { ...(found.patient ?? {}) };
    // The person first: "Dr. Rivera at Oak Street Clinic" goes to Dr. Rivera.
    const name = doctorIn(raw) ?? provider.name ?? bareName(raw.split(/[,;]/)[0] ?? "");
    const recipient = { ...(found.recipient ?? {}) };
    if (name) recipient.name = recipient.name ?? name;
    if (patient.email) recipient.email = patient.email;
    delete provider.name;
    delete provider.type;
    delete patient.email;
    found.provider = provider;
    found.patient = patient;
    found.recipient = recipient;
    if (recipient.name || recipient.email) found.delivery = "third_party";
  },
  "insurer.name": (found, raw) => {
    const name = found.insurer?.name ?? bareName(raw);
    if (name) found.insurer = { ...(found.insurer ?? {}), name };
  },
  "provider.type": (found, _raw, low) => {
    if (!found.provider?.type && OTHER_TYPE.test(low.trim()))
      found.provider = { ...(found.provider ?? {}), type: "other" };
  },
};

const HERE = new RegExp(`(?<![\\w'])(?:${wordsOf("hereClinic")})(?![\\w])`);

/**
 * "Are the records from {clinic}, or from another doctor or hospital?": yes, "this clinic", "here"
 * or the clinic's own name make the clinic the provider (by its name, so the engine and the letter
 * find it through clinicHolding); a no, or another provider's name, leaves the clinic out.
 */
function clinicAnswer(found: Found, intents: Set<Intent>, raw: string, low: string, clinicName: string): void {
  const provider = { ...(found.provider ?? {}) };
  const named = provider.name;
  if (named && !namesClinic(named, clinicName)) return;
  if (intents.has("no") && !named) return;
  if (intents.has("yes") || named || HERE.test(low) || namesClinic(raw, clinicName)) {
    provider.name = clinicName;
    // "This clinic" says whose records, not what kind of provider the clinic is.
    delete provider.type;
    found.provider = provider;
  }
}

/** Applies the topic's meaning to short answers where the message did not state the field itself. */
export function answerTopic(
  found: Found,
  topic: Topic | undefined,
  intents: Set<Intent>,
  raw: string,
  low: string,
  clinicName?: string,
): void {
  if (!topic) return;
  if (topic === "provider.clinic") {
    if (clinicName && !intents.has("unsure")) clinicAnswer(found, intents, raw, low, clinicName);
    return;
  }
  if (intents.has("unsure")) UNSURE[topic]?.(found);
  else if (FACTS.has(topic) && ACKNOWLEDGE.test(low.trim())) return;
  else if (intents.has("yes")) YES_NO[topic]?.yes?.(found);
  else if (intents.has("no")) YES_NO[topic]?.no?.(found);
  else FREE[topic]?.(found, raw, low);
}
