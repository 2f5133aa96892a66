// The recommendation card: the best path's first steps, how long and what it costs in view; why,
// the remaining steps, the other options and the sources folded, so the advice reads once and short
// on a phone. Statements we are not sure of carry a visible "To confirm" badge (text, not colour
// alone), and every citation shows as a named source linking to the law (../sources.ts).
// The shapes are the server's; the checks stay, since stored history is read as it was saved.
import type { Recommendation, Statement } from "../../domain/recommendation.js";
import type { Strings } from "../i18n.js";
import { type Source, sourceList, sourcesOf } from "../sources.js";
import { h } from "./dom.js";

/** Steps shown before the rest fold away: the first thing to do (the next question leads on from it). */
const STEPS_SHOWN = 1;

const isStatement = (v: unknown): v is Statement =>
  typeof v === "object" && v !== null && typeof (v as Statement).text === "string";

/** A source as a link that opens outside the panel, or its name when it has no address. */
function sourceLink(s: Source): HTMLElement | string {
  return s.url ? h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.name) : s.name;
}

/** A "To confirm" badge for an uncertain statement. */
function badge(s: Statement, t: Strings): HTMLElement | null {
  return s.certainty === "uncertain" ? h("span", { class: "badge", title: t.toConfirmHint }, `${t.toConfirm}: `) : null;
}

/** One statement in a fold: its badge, its text and its named sources. */
function statement(s: Statement, t: Strings): HTMLElement {
  const el = h("li", { class: s.certainty === "uncertain" ? "st uncertain" : "st" }, badge(s, t), s.text);
  const cite = citeOf(s, t);
  if (cite) el.append(" ", cite);
  return el;
}

/** "Source: " and the statement's sources as links, or null when it cites none. */
function citeOf(s: Statement, t: Strings): HTMLElement | null {
  const sources = sourcesOf(s.cite, t);
  if (sources.length === 0) return null;
  const cite = h("cite", {}, `${t.source}: `);
  for (const [i, src] of sources.entries()) cite.append(...(i ? ["; "] : []), sourceLink(src));
  return cite;
}

function list(items: HTMLElement[], ordered = false, start = 1): HTMLElement | null {
  if (items.length === 0) return null;
  const el = h(ordered ? "ol" : "ul", start > 1 ? { start: String(start) } : {});
  el.append(...items);
  return el;
}

function folded(title: string, body: HTMLElement | null): HTMLElement | null {
  return body && h("details", {}, h("summary", {}, title), body);
}

/** The legal detail's folds side by side (an open one takes the whole width), so closed they cost one line. */
function folds(items: Array<HTMLElement | null>): HTMLElement | null {
  const present = items.filter((x): x is HTMLElement => x !== null);
  if (present.length === 0) return null;
  const row = h("div", { class: "folds" });
  row.append(...present);
  return row;
}

/** The first sentence of a text, and the rest ("" when it is one sentence). */
function firstSentence(text: string): [string, string] {
  const m = /^(.+?[.!?])\s+(\S[\s\S]*)$/.exec(text.trim());
  return m ? [m[1] ?? text, m[2] ?? ""] : [text.trim(), ""];
}

/**
 * How long, or what it costs: its first sentence in view; the rest and its sources folded under it
 * (legal detail, like "the usual legal deadline"), so a phone shows the answer, not the law.
 */
function factRow(label: string, s: Statement | undefined, t: Strings): HTMLElement | null {
  if (!isStatement(s)) return null;
  const [first, rest] = firstSentence(s.text);
  const head = [h("strong", {}, `${label}: `), badge(s, t), first] as const;
  const cite = citeOf(s, t);
  if (!rest && !cite) return h("p", { class: "fact" }, ...head);
  const more = h("p", {}, rest, cite ? " " : null, cite);
  return h("details", { class: "fact" }, h("summary", {}, h("span", {}, ...head)), more);
}

/** The recommendation as a card (recommendPath's output), in the words of the conversation that asked for it. */
export function recommendationCard(output: unknown, t: Strings): HTMLElement | null {
  const rec = output as Partial<Recommendation> | null;
  const paths = Array.isArray(rec?.paths) ? [...rec.paths].sort((a, b) => a.rank - b.rank) : [];
  const best = paths[0];
  if (!rec || !best) return null;
  const steps = (Array.isArray(best.steps) ? best.steps : []).filter((s): s is string => typeof s === "string");
  // A single step left over reads better in view than behind its own fold.
  const shown = steps.length > STEPS_SHOWN + 1 ? STEPS_SHOWN : steps.length;
  const reasons = (best.reasons ?? []).filter(isStatement);
  const notes = (rec.notes ?? []).filter(isStatement);
  const escalation = (rec.escalation?.reasons ?? []).filter(isStatement);
  const sources = sourceList(
    [...reasons, best.timeline, best.cost, ...notes, ...escalation].map((s) => (isStatement(s) ? s.cite : undefined)),
    t,
  );
  const sourceItems = sources.map((s) => h("li", {}, sourceLink(s)));
  return h(
    "section",
    { class: "card rec", "aria-label": `${t.recommended}: ${best.title}` },
    h("p", { class: "kicker" }, t.recommended),
    h("h2", {}, best.title),
    steps.length ? h("h3", {}, t.steps) : null,
    list(
      steps.slice(0, shown).map((s) => h("li", {}, s)),
      true,
    ),
    folded(
      t.moreSteps.replace("{n}", String(steps.length - shown)),
      list(
        steps.slice(shown).map((s) => h("li", {}, s)),
        true,
        shown + 1,
      ),
    ),
    factRow(t.timeline, best.timeline, t),
    factRow(t.cost, best.cost, t),
    folds([
      folded(t.why, list([...reasons, ...notes].map((s) => statement(s, t)))),
      folded(t.nextSteps, list(escalation.map((s) => statement(s, t)))),
      folded(t.otherOptions, list(paths.slice(1).map((p) => h("li", {}, p.title)))),
      folded(t.sources, list(sourceItems)),
    ]),
  );
}
