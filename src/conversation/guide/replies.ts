// What the guide says: short, warm, plain sentences (about grade 6–8) with one clear next step, in
// the patient's language (the words are in the catalogs, src/i18n). The guide never claims to be a
// lawyer or a doctor. A recommendation reads on a phone: what to do first in two sentences (the card
// holds the steps), led by what the story needs (an overdue or refused request, an urgent date), then
// the cautions that change what the patient must do.
import type { Intake, PathId } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { GuideCatalog, PathText } from "../../i18n/catalogs/en/guide.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import type { Choices } from "../../sessions/session.js";
import { cautionsFor, priorRequestLead, urgentNote } from "./story.js";

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

/**
 * The menu once a letter exists: "I sent it" (today, another day), how to send it, when it is due,
 * another letter. By text message "another day" is left out (typed, "I sent it on 11/20" works the
 * same): the menu rides in the message with the letter's links, which must stay within two segments.
 */
export function afterLetter(lang: Lang, messaging = false): Choices {
  const menu = CATALOGS[lang].guide.afterLetter.filter((_, i) => !messaging || i !== 1);
  return { topic: "after_letter", options: menu.map(([label, value]) => ({ label, value })) };
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
  const escalation = priorRequestLead(ctx.intake, ctx.today, lang);
  const urgent = escalation ? "" : urgentNote(ctx.intake, ctx.today, lang);
  const summary = escalation || summaryOf(best, words, brief);
  const notes = [...cautionsFor(ctx.intake, lang), retrievalNote(rec, ctx.intake, lang)];
  return [urgent, summary, ...notes].filter(Boolean).join("\n\n");
}

/** The best path in two sentences: what to do, and how long it takes (or why it fits). */
function summaryOf(best: PathAdvice, words: GuideCatalog, brief: boolean): string {
  const t = words.explain;
  const own: PathText | undefined = words.paths?.[best.path as PathId];
  // By text the path alone: a language with accents costs short (UCS-2) segments.
  if (own) return brief ? fill(t.suggest, { path: own.title }) : `${fill(t.suggest, { path: own.title })} ${own.why}`;
  const howLong = fill(t.howLong, { text: plain(firstSentence(best.timeline.text)) });
  return `${fill(brief ? t.bestBrief : t.suggest, { path: lowerFirst(best.title) })} ${howLong}`;
}

/** A retrieval service, when there are many providers and it is not already the best path. */
function retrievalNote(rec: Recommendation, intake: Intake, lang: Lang): string {
  const count = intake.providerCount ?? 0;
  const offered = rec.paths.some((p) => p.path === "retrieval_service");
  if (count < 3 || !offered || rec.paths[0]?.path === "retrieval_service") return "";
  return fill(CATALOGS[lang].guide.cautions.retrieval, { n: count });
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
