// Recommendation and download cards. Every legal statement shows its citation, and statements we
// are not sure of carry a visible "To confirm" badge (text, not colour alone).
// The shapes are the server's; the checks stay, since stored history is read as it was saved.
import type { Recommendation, Statement } from "../../domain/recommendation.js";
import type { DocumentCard } from "../../sessions/session.js";
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";

const isStatement = (v: unknown): v is Statement =>
  typeof v === "object" && v !== null && typeof (v as Statement).text === "string";

/** One statement: its text, a "To confirm" badge when uncertain, and its source. */
function statement(s: Statement, t: Strings, tag: "li" | "p" = "li"): HTMLElement {
  const el = h(tag, { class: s.certainty === "uncertain" ? "st uncertain" : "st" }, s.text);
  if (s.certainty === "uncertain")
    el.prepend(h("span", { class: "badge", title: t.toConfirmHint }, `${t.toConfirm}: `));
  if (s.cite) el.append(" ", h("cite", {}, `${t.source}: ${s.cite}`));
  return el;
}

function list(items: HTMLElement[], ordered = false): HTMLElement | null {
  if (items.length === 0) return null;
  const el = h(ordered ? "ol" : "ul");
  el.append(...items);
  return el;
}

function labelled(label: string, s: Statement | undefined, t: Strings): HTMLElement | null {
  if (!isStatement(s)) return null;
  const p = statement(s, t, "p");
  p.prepend(h("strong", {}, `${label}: `));
  return p;
}

/** The recommendation as a card (recommendPath's output): the best path in full, the others folded away. */
export function recommendationCard(output: unknown, t: Strings): HTMLElement | null {
  const rec = output as Partial<Recommendation> | null;
  const paths = Array.isArray(rec?.paths) ? [...rec.paths].sort((a, b) => a.rank - b.rank) : [];
  const best = paths[0];
  if (!rec || !best) return null;
  const reasons = (best.reasons ?? []).filter(isStatement).map((s) => statement(s, t));
  const steps = (best.steps ?? []).map((s) => h("li", {}, s));
  const others = paths.slice(1).map((p) => h("li", {}, p.title));
  const escalation = (rec.escalation?.reasons ?? []).filter(isStatement).map((s) => statement(s, t));
  const notes = (rec.notes ?? []).filter(isStatement).map((s) => statement(s, t));
  const folded = (title: string, body: HTMLElement | null) => body && h("details", {}, h("summary", {}, title), body);
  return h(
    "section",
    { class: "card rec", "aria-label": `${t.recommended}: ${best.title}` },
    h("p", { class: "kicker" }, t.recommended),
    h("h2", {}, best.title),
    reasons.length ? h("h3", {}, t.why) : null,
    list(reasons),
    steps.length ? h("h3", {}, t.steps) : null,
    list(steps, true),
    labelled(t.timeline, best.timeline, t),
    labelled(t.cost, best.cost, t),
    folded(t.nextSteps, list(escalation)),
    folded(t.notes, list(notes)),
    folded(t.otherOptions, list(others)),
  );
}

/** A download card for a drafted letter: the .docx, the plain text and when the link expires. */
export function documentCard(d: DocumentCard | null | undefined, t: Strings): HTMLElement | null {
  if (!d || typeof d.url !== "string" || typeof d.title !== "string") return null;
  const expires = new Date(d.expiresAt);
  const when = Number.isNaN(expires.getTime())
    ? ""
    : expires.toLocaleString(t.locale, { dateStyle: "medium", timeStyle: "short" });
  return h(
    "section",
    { class: "card doc", "aria-label": `${t.document}: ${d.title}` },
    h("p", { class: "kicker" }, t.document),
    h("h2", {}, d.title),
    h(
      "p",
      { class: "links" },
      h("a", { href: d.url, download: true, class: "btn" }, t.docx),
      " ",
      typeof d.textUrl === "string" ? h("a", { href: d.textUrl, download: true }, t.txt) : null,
    ),
    when ? h("p", { class: "small" }, `${t.expires} ${when}`) : null,
  );
}
