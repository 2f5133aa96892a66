// The patient's own questions, answered in a sentence or two before the guide's next question: cost,
// time, an unpaid bill, complaints, parents, a real person, the date of birth, safety, a diagnosis,
// proof of authority, "is that legal?", how to send the letter. Words from the catalogs (cited where
// they state law), facts from the engine (the deadline that governs this request).
import { addDays, responseDeadline } from "../../domain/deadlines.js";
import { sentToOthers } from "../../domain/fees.js";
import type { Intake } from "../../domain/intake.js";
import { minorStatus } from "../../domain/minors.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import { fold } from "../../i18n/fold.js";
import type { Lang } from "../../i18n/langs.js";
import { plainDate } from "../../i18n/plain.js";
import type { Intent } from "./extract.js";
import { priorRequestLead, urgentNote } from "./story.js";
import { teenAnswerText } from "./who.js";

/** The host clinic, when the conversation is on its page: its records office is the one to call. */
export interface ClinicContact {
  name: string;
  phone?: string;
  /** How to reach its records office, in one line (phone, fax, email, address). */
  contact?: string;
}

export interface AnswerContext {
  intents: ReadonlySet<Intent>;
  /** The patient's message: a price in it makes "is that legal?" a question about the fee. */
  said: string;
  intake: Intake;
  lang: Lang;
  /** YYYY-MM-DD. */
  today: string;
  /** SMS or WhatsApp: texts are not encrypted, so "is this safe?" says so. */
  messaging: boolean;
  clinic: ClinicContact | null;
  /** A letter was drafted in this conversation: "how long" then gives its due date. */
  letterDone: boolean;
}

/** The questions the guide answers, in the order it answers them. */
const QUESTIONS = [
  "asks_medical",
  "asks_human",
  "asks_unpaid_bill",
  "asks_allowed",
  "rights_fees",
  "rights_deadline",
  "asks_complaint",
  "asks_parents_see",
  "asks_proof",
  "asks_why_dob",
  "asks_safety",
  "asks_how_to_send",
  "asks_from_insurer",
] as const satisfies readonly Intent[];
type Question = (typeof QUESTIONS)[number];

/** True when the message asks one of the questions the guide answers. */
export function asksQuestion(intents: ReadonlySet<Intent>): boolean {
  return QUESTIONS.some((q) => intents.has(q));
}

/** The answers to the questions in the message, each a short paragraph, in the patient's language. */
export function answersFor(ctx: AnswerContext): string[] {
  const out: string[] = [];
  for (const q of QUESTIONS) {
    if (!ctx.intents.has(q) || answeredElsewhere(q, ctx)) continue;
    const text = ANSWER[q](ctx);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** "I'm 17", "tengo 23 años": the asker's own age, to answer "can my parents see this?" for it. */
const OWN_AGE =
  /(?<![\w'])(?:i'?m|i am|tengo)\s+(\d{1,2})(?!\s*(?:weeks|months|days|semanas|meses|dias)\b)(?![\d/:]|\.\d)/;

/** A price in the message ("$150", "150 dólares"): "is that legal?" is then about the fee. */
const PRICE = /\$\s?\d|\d\s?(?:dollars|dolares|dólares)\b/i;

/** "Is that legal?" beside a more precise question is answered by that one. */
function answeredElsewhere(q: Question, { intents, intake }: AnswerContext): boolean {
  if (q !== "asks_allowed") return false;
  if (intents.has("asks_unpaid_bill")) return true;
  return intents.has("rights_fees") && intake.priorRequest?.outcome !== "denied";
}

const words = (lang: Lang) => CATALOGS[lang].guide;

const ANSWER: Record<Question, (ctx: AnswerContext) => string> = {
  asks_medical: ({ lang }) => words(lang).answers.medical,
  asks_human: ({ lang, clinic }) => {
    const a = words(lang).answers;
    const reach = !clinic
      ? a.humanAny
      : clinic.phone
        ? fill(a.humanClinic, { clinic: clinic.name, phone: clinic.phone })
        : fill(a.humanClinicNoPhone, { clinic: clinic.name });
    return `${a.human} ${reach}`;
  },
  asks_unpaid_bill: ({ lang }) => words(lang).answers.unpaid,
  asks_allowed: (ctx) => {
    if (PRICE.test(ctx.said) && ctx.intake.priorRequest?.outcome !== "denied") return fees(ctx);
    // About an earlier request: what to do about it, in the words the advice will use too.
    return priorRequestLead(ctx.intake, ctx.today, ctx.lang) || words(ctx.lang).answers.allowed;
  },
  rights_fees: (ctx) => fees(ctx),
  rights_deadline: (ctx) => deadline(ctx),
  asks_complaint: ({ lang }) => words(lang).answers.complaint,
  asks_parents_see: ({ lang, intake, today, said }) => {
    const age = OWN_AGE.exec(fold(said).low);
    const status = age ? (Number(age[1]) < 18 ? "minor" : "adult") : minorStatus(intake, today);
    if (status === "adult") return words(lang).answers.parentsAdult;
    if (status === "unknown") return words(lang).answers.parentsUnknown;
    // A minor: the state's own rule for care they agreed to on their own, once the state is known.
    return intake.state ? teenAnswerText(intake, lang) : words(lang).minors.intro;
  },
  asks_proof: ({ lang, intake }) => {
    const g = words(lang);
    const role = intake.requester ?? "unknown";
    const proof = g.cautions.proof[role];
    return role === "self" || role === "unknown" || role === "other" ? proof : `${g.answers.proofYes} ${proof}`;
  },
  asks_why_dob: ({ lang }) => words(lang).answers.whyDob,
  // By text: shorter, with the keyword to erase, and the fact that texts are not encrypted.
  asks_safety: ({ lang, messaging }) => words(lang).answers[messaging ? "safeSms" : "safe"],
  asks_from_insurer: ({ lang }) => words(lang).answers.insurer,
  asks_how_to_send: ({ lang, clinic, intake }) => {
    const a = words(lang).answers;
    const atClinic = clinic?.contact && intake.provider?.name === clinic.name;
    return atClinic ? `${a.send} ${fill(a.sendClinic, { clinic: clinic.name, contact: clinic.contact! })}` : a.send;
  },
};

/** The patient's copy fee rule; copies sent to someone else follow state law (Ciox). */
function fees({ lang, intake, today }: AnswerContext): string {
  // A fee already quoted: the rule with its next step, in the words the story's note and the advice
  // use too, so the reply says it once rather than twice in other words.
  if (intake.priorRequest?.outcome === "fee_dispute") {
    const lead = priorRequestLead(intake, today, lang);
    if (lead) return lead;
  }
  const a = words(lang).answers;
  return sentToOthers(intake) ? `${a.fees} ${a.feesOthers}` : a.fees;
}

/** The deadline that governs this request, in days with its rule; after a letter, the date it falls on. */
function deadline({ lang, intake, today, letterDone }: AnswerContext): string {
  const a = words(lang).answers;
  const rule = responseDeadline(intake);
  const days = fill(a.days[rule.kind], { n: rule.days });
  const parts = [fill(a.deadline, { days, cite: rule.basis.cite ?? "45 CFR 164.524(b)(2)" })];
  if (rule.extensionDays > 0) parts.push(a.extension);
  if (letterDone) parts.push(fill(a.dueBy, { date: plainDate(addDays(today, rule.days, rule.kind), lang) }));
  // Shots only: the state's registry is usually faster than any provider's deadline.
  const kinds = intake.records?.kinds ?? [];
  if (kinds.length > 0 && kinds.every((k) => k === "immunizations")) parts.push(a.registry);
  // Needed sooner than that: what works in days.
  const urgent = urgentNote(intake, today, lang);
  return urgent ? `${parts.join(" ")}\n\n${urgent}` : parts.join(" ");
}
