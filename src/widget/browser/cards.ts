// The recommendation card: the best path's first steps, how long and what it costs in view; why,
// the remaining steps, the other options and the sources folded, so the advice reads once and short
// on a phone. Statements we are not sure of carry a visible "To confirm" badge (text, not colour
// alone), and every citation shows as a named source linking to the law (../sources.ts).
// The shapes are the server's; the checks stay, since stored history is read as it was saved.
import type { Recommendation, Statement } from "../../domain/recommendation.js";
import type { Strings } from "../i18n.js";
import { type Source, sourceList, sourcesOf } from "../sources.js";
import { h } from "./dom.js";

/** Steps shown before the rest fold away: the first thing to do, and the next. */
const STEPS_SHOWN = 2;

const isStatement = (v: unknown): v is Statement =>
  typeof v === "object" && v !== null && typeof (v as Statement).text === "string";

/** A source as a link that opens outside the panel, or its name when it has no address. */
export function sourceLink(s: Source): HTMLElement | string {
  return s.url ? h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.name) : s.name;
}

/** A "To confirm" badge for an uncertain statement. */
function badge(s: Statement, t: Strings): HTMLElement | null {
  return s.certainty === "uncertain" ? h("span", { class: "badge", title: t.toConfirmHint }, `${t.toConfirm}: `) : null;
}

/** One statement in a fold: its badge, its text and its named sources. */
function statement(s: Statement, t: Strings): HTMLElement {
  const el = h("li", { class: s.certainty === "uncertain" ? "st uncertain" : "st" }, badge(s, t), s.text);
  const sources = sourcesOf(s.cite, t);
  if (sources.length) {
    const cite = h("cite", {}, `${t.source}: `);
    for (const [i, src] of sources.entries()) cite.append(...(i ? ["; "] : []), sourceLink(src));
    el.append(" ", cite);
  }
  return el;
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

/** How long and what it costs, as a short labelled list. */
function facts(pairs: Array<[string, Statement | undefined]>, t: Strings): HTMLElement | null {
  const rows = pairs.flatMap(([label, s]) =>
    isStatement(s)
      ? [
          h(
            "div",
            { class: s.certainty === "uncertain" ? "uncertain" : "" },
            h("dt", {}, label),
            h("dd", {}, badge(s, t), s.text),
          ),
        ]
      : [],
  );
  if (rows.length === 0) return null;
  const dl = h("dl", { class: "facts" });
  dl.append(...rows);
  return dl;
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
    facts(
      [
        [t.timeline, best.timeline],
        [t.cost, best.cost],
      ],
      t,
    ),
    folded(t.whyThis, list([...reasons, ...notes].map((s) => statement(s, t)))),
    folded(t.nextSteps, list(escalation.map((s) => statement(s, t)))),
    folded(t.otherOptions, list(paths.slice(1).map((p) => h("li", {}, p.title)))),
    folded(`${t.sources} (${sources.length})`, list(sourceItems)),
  );
}
