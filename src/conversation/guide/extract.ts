// Rule-based extraction: the patient's own words (English or Spanish) → an Intake patch with only
// what is new or changed, plus what they want to do next. Each extractor looks for one kind of fact,
// so several facts in one message are all captured; none of them guesses when the words are ambiguous.
import { type Intake, type IntakePatch, IntakeSchema } from "../../domain/intake.js";
import { detectLanguage } from "../../i18n/detect.js";
import { fold } from "../../i18n/fold.js";
import { DEFAULT_LANG, type Lang } from "../../i18n/langs.js";
import { LEXICONS, wordsOf } from "../../i18n/lexicons/index.js";
import type { Choices } from "../../sessions/session.js";
import { contactAnswer, officeAddress } from "./extractors/contact.js";
import { type DateRole, findDates } from "./extractors/dates.js";
import { askedDelivery, findDelivery } from "./extractors/delivery.js";
import { findIdentity } from "./extractors/identity.js";
import { findInsurer } from "./extractors/insurance.js";
import { findIntents, resolveChoice } from "./extractors/intents.js";
import { findPeople } from "./extractors/people.js";
import { findOutcome, REQUEST_VERB } from "./extractors/prior-request.js";
import { findProvider } from "./extractors/provider.js";
import { findReceived } from "./extractors/received.js";
import { findKinds, findRange } from "./extractors/records.js";
import { findSent } from "./extractors/sent.js";
import { findState } from "./extractors/state.js";
import { isIsoDay } from "./relative-dates.js";
import { prepare } from "./text.js";
import { answerTopic, type Found } from "./topic-answers.js";
import { readTopic, type Topic } from "./topics.js";

export type Intent =
  | "draft"
  | "restart"
  | "rights_fees"
  | "rights_deadline"
  | "unsure"
  | "yes"
  | "no"
  | "greeting"
  | "thanks"
  | "correction"
  | "off_topic"
  | "delete"
  /** A minor asking to get their records without their parents finding out. */
  | "teen_private"
  /** The patient's own questions, answered before the guide's next question (answers.ts). */
  | "asks_unpaid_bill"
  | "asks_complaint"
  | "asks_parents_see"
  | "asks_human"
  | "asks_why_dob"
  | "asks_safety"
  | "asks_medical"
  | "asks_proof"
  | "asks_allowed"
  | "asks_how_to_send"
  | "asks_from_insurer"
  | "another_letter"
  /** Anger or exasperation: a calm, short reply. */
  | "upset";

export interface ExtractContext {
  intake: Intake;
  lastChoices: Choices | null;
  /** The turn's date, YYYY-MM-DD (UTC): "in two weeks", "6 weeks ago" and "last year" count from it. */
  today: string;
  /**
   * The conversation's language so far, for short answers that show none ("2", "12/8/1990"): a
   * Spanish speaker's 12/8 is August 12, so it is left unset rather than read as December 8.
   */
  language?: Lang;
  /** Topic of the question just asked ("state", "patient.name", …); defaults to lastChoices.topic. */
  lastTopic?: string;
  /** The clinic whose page this is: "from this clinic" names it as the provider. */
  clinicName?: string | null;
  /** A letter was drafted in this conversation: "I sent it" is about it (issue 20). */
  afterLetter?: boolean;
}

export interface Extraction {
  patch: IntakePatch;
  intents: Set<Intent>;
  language: Lang;
}

const DATE_TOPICS: Partial<Record<Topic, DateRole>> = {
  "patient.dateOfBirth": "dateOfBirth",
  neededBy: "neededBy",
  "priorRequest.sentOn": "sentOn",
  // The guide asks for the name and the date of birth together: "Maria Lopez, March 4, 1980".
  "patient.name": "dateOfBirth",
  // "How old is the patient?" may be answered with the date of birth.
  "patient.isMinor": "dateOfBirth",
};
/** "I'm 16", "tengo 15 años": the patient's own age, read only when a teen asks to keep records private. */
const OWN_AGE =
  /(?<![\w'])(?:i'?m|i am|tengo)\s+(\d{1,2})(?!\s*(?:weeks|months|days|semanas|meses|dias|\d))(?![\d/.:])/;
const ONLY = new RegExp(`(?<![\\w'])(?:${wordsOf("only")})(?![\\w])`);
const ALL_ANSWER = new RegExp(`^(?:${wordsOf("everything")})[.!]?$`);
const VISIT_ANSWER = new RegExp(`^(?:${wordsOf("visitAnswer")})[.!]?$`);
const REPORT = new RegExp(`(?<![\\w'])(?:${wordsOf("reportWords")})(?![\\w])`);
const NO_DEADLINE = new RegExp(`(?<![\\w'])(?:${wordsOf("noDeadline")})(?![\\w])`);

/** Reads facts and intents from one patient message. Pure: the same input always gives the same output. */
export function extract(raw: string, ctx: ExtractContext): Extraction {
  const topic = readTopic(ctx.lastTopic ?? ctx.lastChoices?.topic);
  const today = isIsoDay(ctx.today) ? ctx.today : undefined;
  const choice = resolveChoice(raw, ctx.lastChoices);
  const msg = prepare(choice.text);
  // The patient's own words show the language, not the quick reply's value they picked.
  const language = detectLanguage(raw, ctx.language) ?? DEFAULT_LANG;
  const intents = findIntents(msg.low);

  const delivery = findDelivery(msg);
  // "email is fine", "mail", "los recojo": a bare way is an answer only to the question that asked for one.
  if (topic === "letter.delivery") askedDelivery(delivery, msg.low);
  const { provider, count } = findProvider(msg, topic);
  const state = findState(msg, topic);
  const people = findPeople(msg.low, topic);
  if (people.doctorDied) provider.status = "deceased";
  const someoneElse = (people.requester ?? ctx.intake.requester ?? "self") !== "self";
  const identity = findIdentity(msg.text, topic, someoneElse);
  const own = topic === "representative.name";
  // Asked for their own name, a caregiver who repeats the patient's gives no name of their own.
  const repeated = own && identity.name !== undefined && sameName(identity.name, ctx.intake.patient?.name);
  // A date beside a name is a birth date; asked their own name, a caregiver is not asked for theirs.
  const dateRole = own ? "dateOfBirth" : topic ? DATE_TOPICS[topic] : undefined;
  const dates = today ? findDates(msg.low, today, REQUEST_VERB, LEXICONS[language].dayFirst, dateRole) : {};
  // "Dale Hutchins, 3/8/1953" to "what is your own name?" before the patient's was given: the
  // patient's name and date of birth, not the caregiver's.
  const patientsInstead = own && identity.name !== undefined && !ctx.intake.patient?.name && !!dates.dateOfBirth;
  if (own && !patientsInstead) delete dates.dateOfBirth;
  const range = findRange(msg.low, today);
  const outcome = findOutcome(msg.low, topic);

  let kinds = findKinds(msg.low);
  const recordsAsked = topic === "records" || topic === "records.kinds" || topic === "letter.records";
  if (recordsAsked && ALL_ANSWER.test(msg.low.trim())) kinds = ["full_chart"];
  if (recordsAsked && VISIT_ANSWER.test(msg.low.trim())) kinds = ["visit_notes"];
  // "I need the report" after a visit: its notes, unless the message names a more specific record.
  if (kinds.length === 0 && REPORT.test(msg.low)) kinds = ["visit_notes"];
  const known = ctx.intake.records?.kinds ?? [];
  const replace = intents.has("correction") || ONLY.test(msg.low);
  if (kinds.length > 0 && !replace) kinds = [...new Set([...known, ...kinds])];

  const found: Found = {
    requester: people.requester,
    state,
    purpose: delivery.purpose,
    format: delivery.format,
    delivery: delivery.delivery,
    providerCount: count,
    neededBy: dates.neededBy ?? (NO_DEADLINE.test(msg.low) && ctx.intake.neededBy ? null : undefined),
    patient: {
      name: own && !patientsInstead ? undefined : identity.name,
      otherNames: identity.otherNames && [
        ...new Set([...(ctx.intake.patient?.otherNames ?? []), ...identity.otherNames]),
      ],
      dateOfBirth: dates.dateOfBirth,
      phone: own ? undefined : identity.phone,
      email: own ? undefined : identity.email,
      isMinor: people.isMinor,
      isDeceased: people.isDeceased,
    },
    provider,
    records: { kinds: kinds.length > 0 ? kinds : undefined, from: range.from, to: range.to },
    recipient: { name: delivery.recipientName },
    insurer: findInsurer(msg.masked, msg.low),
    priorRequest: { sentOn: dates.sentOn, outcome },
    // Asked for their own name and contact, a representative's answer is theirs, not the patient's.
    // "No sé" to "what is your own name?" is not a name.
    representative:
      own && !intents.has("unsure")
        ? {
            name: repeated || patientsInstead ? undefined : identity.name,
            phone: identity.phone,
            email: identity.email,
          }
        : undefined,
  };
  if (topic === "letter.contact") contactDetails(found, msg.text, someoneElse);
  if (topic === "provider.office") {
    // Asked where the letter goes, the answer adds to what is known (the review's edit replaces it).
    // The patient's own address given again is theirs, not the office's.
    const own = [ctx.intake.patient?.address, ctx.intake.representative?.address]
      .filter(Boolean)
      .map((a) => fold(a!).low);
    const read = officeAddress(msg.text);
    if (read?.address && own.some((a) => fold(read.address!).low.includes(a) || a.includes(fold(read.address!).low)))
      read.address = null;
    const office = Object.entries(read ?? {}).filter(([, v]) => v !== null);
    if (office.length > 0) found.provider = { ...found.provider, ...Object.fromEntries(office) };
  }
  answerTopic(found, topic, intents, msg.text, msg.low, ctx.clinicName ?? undefined);
  if (intents.has("teen_private")) privately(found, ctx.intake, msg.low);
  if (today) tracked(found, topic, msg.low, today, LEXICONS[language].dayFirst, ctx.afterLetter ?? false);
  return { patch: diff(found, ctx.intake), intents, language };
}

/**
 * The answer to the letter's contact question: the email, phone and mailing address it gives, the
 * representative's own when someone else asks (their copy and their calls), else the patient's.
 */
function contactDetails(found: Found, text: string, someoneElse: boolean): void {
  const contact = contactAnswer(text);
  if (Object.keys(contact).length === 0) return;
  if (someoneElse) {
    found.representative = { ...found.representative, ...contact };
    if (found.patient) found.patient = { ...found.patient, phone: undefined, email: undefined };
  } else found.patient = { ...found.patient, ...contact };
}

/**
 * The request tracker's answers (issue 20): after a letter, "I sent it" with its day and way (the
 * request is then pending); to the check-in, whether the records came. Only these topics read them,
 * so a story's "I sent a request in May" before any letter stays the earlier request it was.
 */
function tracked(
  found: Found,
  topic: Topic | undefined,
  low: string,
  today: string,
  dayFirst: boolean,
  afterLetter: boolean,
) {
  if (topic === "tracker.received") {
    const outcome = findReceived(low);
    found.priorRequest = outcome ? { outcome } : {};
    return;
  }
  const answering = topic === "tracker.sent";
  if (!answering && !afterLetter && topic !== "after_letter") return;
  const sent = findSent(low, today, dayFirst, answering);
  if (sent) found.priorRequest = { ...sent, outcome: "pending" };
}

/** The same person's name, whatever the capitals and dots ("R. Patel", "r patel"). */
function sameName(a: string, b: string | undefined): boolean {
  const plain = (s: string) =>
    prepare(s)
      .low.replace(/[^a-z ]+/g, "")
      .replace(/\s+/g, " ")
      .trim();
  return b !== undefined && plain(a) === plain(b);
}

/**
 * A teen asking to get their records without their parents finding out: the records are their own,
 * they are a minor (unless an age says otherwise), and the copy should reach only them.
 */
function privately(found: Found, intake: Intake, low: string): void {
  if (found.requester === undefined && intake.requester === undefined) found.requester = "self";
  const patient = { ...(found.patient ?? {}) };
  const age = OWN_AGE.exec(low);
  if (age && patient.age === undefined && intake.patient?.age === undefined) patient.age = Number(age[1]);
  const known = patient.age ?? intake.patient?.age;
  if (known !== undefined) patient.isMinor = known < 18;
  else if (patient.isMinor === undefined && intake.patient?.isMinor === undefined) patient.isMinor = true;
  found.patient = patient;
  found.confidential = true;
}

/** Each Intake field's change, if any: a fact is a value, an object changes field by field. */
const CHANGES: { [K in keyof Intake]-?: (found: Found, intake: Intake) => IntakePatch[K] } = {
  requester: (f, i) => value(f.requester, i.requester),
  patient: (f, i) => fields(f.patient, i.patient),
  state: (f, i) => value(f.state, i.state),
  provider: (f, i) => fields(f.provider, i.provider),
  records: (f, i) => fields(f.records, i.records),
  purpose: (f, i) => value(f.purpose, i.purpose),
  neededBy: (f, i) => value(f.neededBy, i.neededBy),
  format: (f, i) => value(f.format, i.format),
  delivery: (f, i) => value(f.delivery, i.delivery),
  recipient: (f, i) => fields(f.recipient, i.recipient),
  insurer: (f, i) => fields(f.insurer, i.insurer),
  providerCount: (f, i) => value(f.providerCount, i.providerCount),
  priorRequest: (f, i) => fields(f.priorRequest, i.priorRequest),
  representative: (f, i) => fields(f.representative, i.representative),
  confidential: (f, i) => value(f.confidential, i.confidential),
};

/** Keeps only what is new or changed versus the intake, so a repeated fact is not a change. */
function diff(found: Found, intake: Intake): IntakePatch {
  const patch: IntakePatch = {};
  for (const key of IntakeSchema.keyof().options) put(patch, key, CHANGES[key](found, intake));
  return patch;
}

function put<K extends keyof Intake>(patch: IntakePatch, key: K, change: IntakePatch[K]): void {
  if (change !== undefined) patch[key] = change;
}

function value<T>(next: T | null | undefined, before: T | undefined): T | null | undefined {
  return changed(next, before) ? next : undefined;
}

function fields<T extends object>(next: T | null | undefined, before: T | undefined): Partial<T> | null | undefined {
  if (next === null || next === undefined) return value(next, before);
  const out: Partial<T> = {};
  for (const key in next) if (changed(next[key], before?.[key])) out[key] = next[key];
  return Object.keys(out).length > 0 ? out : undefined;
}

function changed(next: unknown, before: unknown): boolean {
  if (next === undefined || (next === null && before === undefined)) return false;
  if (Array.isArray(next) && Array.isArray(before))
    return next.length !== before.length || next.some((v) => !before.includes(v));
  // The same name again in other capitals ("cvs" after "CVS") is no change; better capitals are.
  if (typeof next === "string" && typeof before === "string" && next !== before && sameWords(next, before))
    return capitals(next) > capitals(before);
  return next !== before;
}

const sameWords = (a: string, b: string) =>
  a
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim() ===
  b
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, "").length;
