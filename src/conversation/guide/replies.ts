// What the guide says: short, warm, plain sentences (about grade 6–8) with one clear next step, in
// the patient's language (the words are in the catalogs, src/i18n). The guide never claims to be a
// lawyer or a doctor.
import type { PathId } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { GuideCatalog, PathText } from "../../i18n/catalogs/en/guide.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import type { Choices } from "../../sessions/session.js";

type SayKey = keyof GuideCatalog["say"];

export function say(key: SayKey, lang: Lang, vars: Record<string, string> = {}): string {
  return fill(CATALOGS[lang].guide.say[key], vars);
}

export function afterRecommendation(lang: Lang, canDraft: boolean): Choices {
  const options = CATALOGS[lang].guide.next.filter((_, i) => canDraft || i !== 0);
  return { topic: "next", options: options.map(([label, value]) => ({ label, value })) };
}

type PathAdvice = Recommendation["paths"][number];

/** Plain-words summary of the engine's best path, with one runner-up. */
export function explainRecommendation(rec: Recommendation, lang: Lang, brief = false): string {
  const words = CATALOGS[lang].guide;
  const t = words.explain;
  const best = rec.paths[0];
  if (!best) return t.more;
  if (words.paths) return explainFromPaths(rec, best, words, words.paths, brief);
  if (brief) {
    // SMS: the path and how long, in one or two segments; the reasons and steps are in the letter.
    const lines = [
      fill(t.bestBrief, { path: lowerFirst(best.title) }),
      fill(t.howLong, { text: plain(firstSentence(best.timeline.text)) }),
    ];
    if (rec.escalation) lines.push(plain(firstSentence(rec.escalation.reasons[0]?.text)));
    return lines.filter(Boolean).join(" ");
  }
  const lines = [fill(t.suggest, { path: lowerFirst(best.title) })];
  for (const reason of best.reasons.slice(0, 2)) lines.push(reason.text);
  if (best.steps.length > 0) {
    lines.push(t.steps);
    for (const [i, step] of best.steps.slice(0, 3).entries()) lines.push(`${i + 1}. ${step}`);
  }
  lines.push(fill(t.howLong, { text: best.timeline.text }));
  lines.push(fill(t.cost, { text: best.cost.text }));
  if (rec.escalation) lines.push(fill(t.also, { text: rec.escalation.reasons[0]?.text ?? "" }).trim());
  const second = rec.paths[1];
  if (second) lines.push(fill(t.another, { path: lowerFirst(second.title) }));
  lines.push(rec.suggestedDocument ? t.nextDraft : t.nextAsk);
  return lines.join("\n");
}

/** For a language the engine does not write: each path from the catalog's own plain words. */
function explainFromPaths(
  rec: Recommendation,
  top: PathAdvice,
  { explain: t }: GuideCatalog,
  paths: Record<PathId, PathText>,
  brief: boolean,
): string {
  const best = paths[top.path];
  const lines = [fill(t.suggest, { path: best.title }), best.why, `${t.steps} ${best.how}`];
  if (brief) return lines.join(" ");
  const second = rec.paths[1];
  if (second) lines.push(fill(t.another, { path: paths[second.path].title }));
  lines.push(rec.suggestedDocument ? t.nextDraft : t.nextAsk);
  return lines.join("\n");
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
