// The guide's dialogue policy: which question to ask next, if any. Before the recommendation it asks
// only what the engine says would change the advice (its `missing` list, most informative first),
// less what this story already answers; once the patient wants a letter it asks only for what the
// letter itself still leaves blank. A topic is asked at most twice (the second time in other words,
// with an example), and never again once the patient said they don't know.
import { buildLetter } from "../../documents/index.js";
import type { Intake, IntakePath } from "../../domain/intake.js";
import { recommendPath } from "../../domain/recommend.js";
import type { DocumentKind } from "../../domain/recommendation.js";
import { type Situation, situationOf } from "../../domain/situation.js";
import { type AskedTopic, isAskedTopic } from "./topics.js";

/**
 * Without these the advice is guesswork, so they are asked before anything else. The patient's age is
 * in the engine's `missing` only when a parent asks and it is unknown: a parent acts only for a minor
 * (45 CFR 164.502(g)(3)), so it comes before any advice.
 */
const ESSENTIAL: readonly AskedTopic[] = ["records.kinds", "state", "requester", "patient.isMinor"];
/**
 * On a clinic's page, whether the records are that clinic's: asked first, once, and only when no
 * provider is named (the clinic is never assumed: 45 CFR 164.524(b)(1)). It is not one of the
 * limited extra questions.
 */
const CLINIC_TOPIC: AskedTopic = "provider.clinic";
/**
 * At most three questions before the recommendation (so it comes by the fourth patient message),
 * and at most two of them beyond the essentials.
 */
const MAX_ADVICE_QUESTIONS = 3;
const MAX_EXTRA_QUESTIONS = 2;

/** Providers that rarely close without the patient saying so: asking whether they are open is noise. */
const INSTITUTIONS: ReadonlySet<string> = new Set(["hospital", "lab", "imaging_center", "pharmacy"]);

/**
 * Questions the engine lists that this story already answers, or whose answer cannot change the
 * advice for it (issue 15, point 6).
 */
const SETTLED: Partial<Record<AskedTopic, (s: Situation) => boolean>> = {
  // The office answered or quoted a fee, the patient uses (or is locked out of) its portal, it is a
  // hospital or a lab, or the records are the health plan's claims: it is open.
  "provider.status": (s) =>
    s.intake.priorRequest?.outcome !== undefined ||
    s.intake.provider?.portal === "active" ||
    s.intake.provider?.portal === "no_access" ||
    INSTITUTIONS.has(s.intake.provider?.type ?? "") ||
    (s.wantsClaims && s.kinds.every((k) => k === "claims" || k === "billing")),
  // A closed office's records come from whoever keeps them now; the plan matters only for claims.
  "insurer.plan": (s) => !s.wantsClaims && !s.cannotListProviders,
};

interface LetterQuestion {
  topic: AskedTopic;
  /** The Intake facts its answer gives: asked when the letter leaves one of them blank. */
  fills: readonly IntakePath[];
  /** Asked only when this holds (the date of birth alone, once the name is known). */
  when?: (intake: Intake) => boolean;
  /** Also asked while choosing the path; the others wait until the patient wants the letter. */
  advice?: true;
  /** Asked only on a clinic's page. */
  atClinic?: true;
  /** Letters it is not asked for, although they leave the blank (why: at the entry). */
  notFor?: readonly DocumentKind[];
  /**
   * A detail of the letter (how the copy comes, the contact, where it goes), asked once: on the web
   * beside the review, by text message before it.
   */
  detail?: true;
}

/**
 * The letter blanks the guide asks about before drafting, in the order it asks, each with the
 * question that fills it; other blanks stay marked for the patient to fill in.
 */
const LETTER_QUESTIONS: readonly LetterQuestion[] = [
  { topic: "patient.name", fills: ["patient.name"] },
  { topic: "patient.dateOfBirth", fills: ["patient.dateOfBirth"], when: (i) => Boolean(i.patient?.name) },
  // A parent, agent or executor signs in their own name, with their own contact (the letter's own block).
  { topic: "representative.name", fills: ["representative.name", "representative.phone"] },
  // On a clinic's page, "is it this clinic?" comes before "what is the provider called?".
  { topic: CLINIC_TOPIC, fills: ["provider.name"], advice: true, atClinic: true },
  { topic: "provider.name", fills: ["provider.name"] },
  // "Who should get the records?" is about sending them to a doctor or a lawyer; the retrieval
  // service an authorization names is one the patient has yet to choose, and fills it in then.
  { topic: "recipient", fills: ["recipient.name"], notFor: ["retrieval_authorization"] },
  { topic: "insurer.name", fills: ["insurer.name"] },
  { topic: "priorRequest.sentOn", fills: ["priorRequest.sentOn"], advice: true },
  // The details a patient can answer in a tap or a line (issue 18): how the copy should come first,
  // since it decides which contact the letter needs; then that contact; then where the letter goes.
  { topic: "letter.delivery", fills: ["delivery", "format"], detail: true },
  {
    topic: "letter.contact",
    fills: [
      "patient.address",
      "patient.phone",
      "patient.email",
      "representative.address",
      "representative.phone",
      "representative.email",
    ],
    detail: true,
  },
  { topic: "provider.office", fills: ["provider.address", "provider.fax", "provider.email"], detail: true },
  // Which records, when the patient passed over that question while choosing the path: asked last,
  // since they were asked once already and the new questions come first.
  { topic: "letter.records", fills: ["records.kinds"], detail: true },
];

/** Questions asked only for a letter (the recipient changes the advice, but matters only for a letter). */
const LETTER_TOPICS: ReadonlySet<string> = new Set(LETTER_QUESTIONS.filter((q) => !q.advice).map((q) => q.topic));

/** The letter's details (how the copy comes, the contact, where it goes, which records): asked once each. */
const DETAIL_TOPICS: ReadonlySet<string> = new Set(LETTER_QUESTIONS.filter((q) => q.detail).map((q) => q.topic));

export function isDetailTopic(topic: string | undefined): boolean {
  return topic !== undefined && DETAIL_TOPICS.has(topic);
}

export function isLetterTopic(topic: string): boolean {
  return LETTER_TOPICS.has(topic);
}

export interface AskState {
  /** Topics asked in earlier replies (any model's), with how many times each was asked. */
  asked: ReadonlyMap<string, number>;
  /** Topics the patient could not answer. */
  skipped: ReadonlySet<string>;
}

const mayAsk = (topic: string, s: AskState) => !s.skipped.has(topic) && (s.asked.get(topic) ?? 0) < 2;
const isEssential = (topic: string) => ESSENTIAL.some((t) => t === topic);
const askedNever = (topic: string, s: AskState) => (s.asked.get(topic) ?? 0) === 0 && !s.skipped.has(topic);

/** On a clinic's page with no provider named yet, and not asked before: ask whose records they are. */
const clinicQuestionDue = (intake: Intake, s: AskState, clinicName: string | null) =>
  clinicName !== null && !intake.provider?.name && askedNever(CLINIC_TOPIC, s);

/** The next advice question, or undefined when it is time to recommend. */
export function nextAdviceQuestion(
  intake: Intake,
  today: string,
  s: AskState,
  clinicName: string | null = null,
): AskedTopic | undefined {
  if (clinicQuestionDue(intake, s, clinicName)) return CLINIC_TOPIC;
  const situation = situationOf(intake, today);
  const missing = recommendPath(intake, { today })
    .missing.map((m) => m.field)
    // Letter facts (like the recipient) are asked once the patient wants the letter.
    .filter((f): f is AskedTopic => isAskedTopic(f) && !isLetterTopic(f) && !SETTLED[f]?.(situation));
  const essential = missing.find((f) => isEssential(f) && mayAsk(f, s));
  if (essential) return essential;
  const asked = [...s.asked.keys()].filter((t) => !isLetterTopic(t) && t !== CLINIC_TOPIC);
  const extras = asked.filter((t) => !isEssential(t)).length;
  // A question asked again is a question too: each costs the patient a message.
  const times = asked.reduce((n, t) => n + (s.asked.get(t) ?? 0), 0);
  if (times >= MAX_ADVICE_QUESTIONS || extras >= MAX_EXTRA_QUESTIONS) return undefined;
  return missing.find((f) => (s.asked.get(f) ?? 0) === 0 && !s.skipped.has(f));
}

export interface LetterPlace {
  /** YYYY-MM-DD: the letter's date. */
  today: string;
  /** The clinic whose page this is: the provider only if the patient says so, asked first. */
  clinicName: string | null;
  /** Its published records office: the letter's address when the records are the clinic's. */
  clinicOffice?: { phone?: string; fax?: string; email?: string; address?: string } | null;
}

/**
 * The next fact the letter needs, or undefined when it is ready to draft: the first of the guide's
 * letter questions that fills a blank the letter of `kind` would have now. Each is asked at most
 * twice; the clinic question, the advice questions (the earlier request's date) and the details once.
 * `details`: "with" asks the details among the others (text messages), "without" leaves them for the
 * review (the web), "only" asks nothing else (what the review asks beside it).
 */
export function nextLetterQuestion(
  kind: DocumentKind,
  intake: Intake,
  s: AskState,
  place: LetterPlace,
  details: "with" | "without" | "only" = "without",
): AskedTopic | undefined {
  const office = place.clinicOffice && Object.keys(place.clinicOffice).length > 0 ? place.clinicOffice : undefined;
  const clinic =
    place.clinicName === null ? null : { name: place.clinicName, ...(office ? { recordsOffice: office } : {}) };
  const needs = new Set(buildLetter(kind, intake, { today: place.today, clinic }).needs);
  return LETTER_QUESTIONS.find(
    (q) =>
      (details === "with" || (details === "only") === (q.detail === true)) &&
      q.fills.some((path) => needs.has(path)) &&
      !q.notFor?.includes(kind) &&
      (q.when?.(intake) ?? true) &&
      (q.atClinic
        ? clinicQuestionDue(intake, s, place.clinicName)
        : // An advice question the patient passed over (they asked their own instead) is not asked
          // again for the letter: its blank is left for the review to show. A detail is asked once.
          q.advice || q.detail
          ? askedNever(q.topic, s)
          : mayAsk(q.topic, s)),
  )?.topic;
}
