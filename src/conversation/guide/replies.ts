// What the guide says: short, warm, plain sentences (about grade 6–8) with one clear next step, in
// the patient's language (the words are in the catalogs, src/i18n). The guide never claims to be a
// lawyer or a doctor. A recommendation reads on a phone: what to do first in two sentences (the card
// holds the steps), led by what the story needs (an overdue or refused request, an urgent date), then
// the cautions that change what the patient must do.
import { addDays, dueDate, responseDeadline } from "../../domain/deadlines.js";
import { sentToOthers } from "../../domain/fees.js";
import type { Intake, PathId } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { GuideCatalog, PathText } from "../../i18n/catalogs/en/guide.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import { plainDate } from "../../i18n/plain.js";
import type { Choices } from "../../sessions/session.js";

type SayKey = keyof GuideCatalog["say"];

export function say(key: SayKey, lang: Lang, vars: Record<string, string> = {}): string {
  return fill(CATALOGS[lang].guide.say[key], vars);
}

/**
 * The menu after a recommendation: the letter first (the guide offers it with every path: a written
 * request is always open to the patient), then questions. `canDraft` false leaves the letter out.
 */
export function afterRecommendation(lang: Lang, canDraft = true): Choices {
  const options = CATALOGS[lang].guide.next.filter((_, i) => canDraft || i !== 0);
  return { topic: "next", options: options.map(([label, value]) => ({ label, value })) };
}

/** The menu once a letter exists: how to send it, when it is due, another letter. */
export function afterLetter(lang: Lang): Choices {
  return {
    topic: "after_letter",
    options: CATALOGS[lang].guide.afterLetter.map(([label, value]) => ({ label, value })),
  };
}

type PathAdvice = Recommendation["paths"][number];

/** What the explanation reads besides the recommendation: the story it must follow. */
export interface ExplainContext {
  intake: Intake;
  /** YYYY-MM-DD. */
  today: string;
}

/**
 * The recommendation in a few lines: the lead the story needs (an earlier request gone wrong, or a
 * date too close for the usual deadline), else the best path in two sentences; then the cautions.
 * `brief` is the text channels' form ("Best path: …. How long: …").
 */
export function explainRecommendation(
  rec: Recommendation,
  lang: Lang,
  brief = false,
  ctx: ExplainContext = { intake: {}, today: new Date().toISOString().slice(0, 10) },
): string {
  const words = CATALOGS[lang].guide;
  const best = rec.paths[0];
  if (!best) return words.explain.more;
  const escalation = escalationLead(rec, ctx, lang);
  const urgent = escalation ? "" : urgentLead(rec, ctx, lang);
  const summary = escalation || summaryOf(best, words, brief);
  const more = [...cautions(rec, ctx.intake, lang)];
  return [urgent, summary, more.join(" ")].filter(Boolean).join("\n\n");
}

/** The best path in two sentences: what to do, and how long it takes (or why it fits). */
function summaryOf(best: PathAdvice, words: GuideCatalog, brief: boolean): string {
  const t = words.explain;
  const own: PathText | undefined = words.paths?.[best.path as PathId];
  if (own) return `${fill(t.suggest, { path: own.title })} ${own.why}`;
  const howLong = fill(t.howLong, { text: plain(firstSentence(best.timeline.text)) });
  return `${fill(brief ? t.bestBrief : t.suggest, { path: lowerFirst(best.title) })} ${howLong}`;
}

/**
 * When an earlier request was ignored, refused, partly answered or overcharged, what to do about it
 * comes first, instead of a fresh request (45 CFR 164.524(b)(2), (c)(4), (d)).
 */
function escalationLead(rec: Recommendation, { intake }: ExplainContext, lang: Lang): string {
  const t = CATALOGS[lang].guide.escalation;
  const outcome = intake.priorRequest?.outcome;
  const cite = responseDeadline(intake).basis.cite ?? "45 CFR 164.524(b)(2)";
  const esc = rec.escalation;
  if (!esc) {
    const due = dueDate(intake)?.dueOn;
    const waiting = rec.notes.some((n) => n.topic === "waiting");
    return waiting && due ? fill(t.waiting, { date: plainDate(due, lang) }) : "";
  }
  if (esc.kind === "review") return t.review;
  if (esc.kind === "ocr_complaint") return t.denied;
  if (outcome === "partial") return t.partial;
  if (outcome === "fee_dispute") return sentToOthers(intake) ? t.feeOthers : t.fee;
  const due = dueDate(intake)?.dueOn;
  return due ? fill(t.overdue, { date: plainDate(due, lang), cite }) : fill(t.overdueUndated, { cite });
}

/** A date before the provider's answer is due: call today and ask for the items, ready for pickup. */
function urgentLead(rec: Recommendation, { intake, today }: ExplainContext, lang: Lang): string {
  const urgent = rec.notes.filter((n) => n.topic === "urgent");
  if (urgent.length === 0 || !intake.neededBy) return "";
  const t = CATALOGS[lang].guide.escalation;
  const rule = responseDeadline(intake);
  const outstanding = intake.priorRequest?.outcome === "pending" || intake.priorRequest?.outcome === "no_response";
  const due = (outstanding ? dueDate(intake)?.dueOn : undefined) ?? addDays(today, rule.days, rule.kind);
  const lead = fill(t.urgent, { needed: plainDate(intake.neededBy, lang), due: plainDate(due, lang) });
  // The engine adds its second urgent note only when the treating doctor may ask (45 CFR 164.506(c)(2)).
  return urgent.length > 1 ? `${lead} ${t.urgentTreatment}` : lead;
}

/**
 * The cautions that change what the patient must do, said in the reply on every channel: proof of
 * authority, psychotherapy notes, Part 2 consent, and a retrieval service when there are many providers.
 */
function cautions(rec: Recommendation, intake: Intake, lang: Lang): string[] {
  const c = CATALOGS[lang].guide.cautions;
  const out: string[] = [];
  const who = intake.requester;
  // A parent of an adult child has no authority to prove; the who-may-ask line says what they need.
  const adultChild = who === "parent" && intake.patient?.isMinor === false;
  if (who && who !== "self" && who !== "other" && !adultChild) out.push(c.proof[who]);
  if (who === "other") out.push(c.proof.other);
  const kinds = intake.records?.kinds ?? [];
  if (kinds.includes("psychotherapy_notes")) out.push(c.psychotherapy);
  if (kinds.includes("substance_use")) out.push(c.part2);
  const count = intake.providerCount ?? 0;
  const retrieval = rec.paths.some((p) => p.path === "retrieval_service");
  if (count >= 3 && retrieval && rec.paths[0]?.path !== "retrieval_service") out.push(fill(c.retrieval, { n: count }));
  return out;
}

/** Without parenthetical asides (nested ones too), for the shortest form of a sentence. */
function plain(text: string): string {
  let out = text;
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(/\s*\([^()]*\)/g, "");
  }
  return out;
}

/** The first sentence of a text ("" for none), so a brief reply stays brief. */
function firstSentence(text: string | undefined): string {
  if (!text) return "";
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
