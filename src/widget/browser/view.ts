// Renders one message (live or from history) from its parts: its words, then the recommendation,
// review and letter cards, then the question that leads on (messageLayout), then any error. Tool
// calls without a card stay invisible. Also the notices about the conversation itself (it could not
// be opened; it is full).
import type { Choices } from "../../sessions/session.js";
import { STRINGS, type Strings } from "../i18n.js";
import { messageLayout, type Part, type ToolPart, type ViewMessage } from "../ui-message.js";
import { recommendationCard } from "./cards.js";
import { h, paragraphs } from "./dom.js";
import { type ReviewActions, reviewCard } from "./review.js";
import { sendItCard } from "./send-it.js";
import { type TrackerApi, trackerCard } from "./tracker.js";

function card(p: Part, t: Strings, actions?: ReviewActions, tracker?: TrackerApi): HTMLElement | null {
  if (p.type === "tool-recommendPath") return recommendationCard((p as ToolPart).output, t);
  if (p.type === "data-document") return sendItCard(p.data, t, actions);
  if (p.type === "data-review") return reviewCard(p.data, t, actions);
  if (p.type === "data-tracker") return trackerCard(p.data, t, tracker);
  return null;
}

/**
 * Fills `el` with the message; called again as streamed parts arrive. `actions` makes its cards
 * interactive (edit the review, draft, another letter): only the latest reply gets them. `tracker`
 * makes a tracker card's calendar and text actions work wherever it is in the conversation.
 */
export function renderMessage(
  el: HTMLElement,
  m: ViewMessage,
  t: Strings,
  actions?: ReviewActions,
  tracker?: TrackerApi,
): void {
  const who = m.role === "user" ? t.you : t.assistant;
  const { lead, cards, tail, errors } = messageLayout(m);
  const bubble = (text: string) => (text ? h("div", { class: "bubble" }, ...paragraphs(text)) : null);
  const first = bubble(lead);
  const last = bubble(tail);
  // One "Assistant:" for screen readers, on whichever bubble comes first.
  (first ?? last)?.prepend(h("span", { class: "sr-only" }, `${who}: `));
  if (last) last.classList.add("next");
  el.className = `msg ${m.role}`;
  el.replaceChildren(
    ...[
      first,
      ...cards.map((p) => card(p, t, actions, tracker)),
      last,
      ...errors.map((p) => h("p", { class: "error", role: "alert" }, ("text" in p && p.text) || t.error)),
    ].filter((x): x is HTMLElement => x !== null),
  );
}

/** The "send it" card's own buttons, in every language: its reply's quick replies do not repeat them. */
const CARD_ACTIONS = new Set(
  Object.values(STRINGS).flatMap((t) => [t.anotherLetter, t.startOver, t.tracker.iSentItMessage].map(fold)),
);

function fold(label: string): string {
  return label.trim().toLowerCase();
}

/**
 * The quick replies of the latest assistant message, if it ended with a question; after a letter,
 * without those the "send it" card already shows as buttons.
 */
export function latestChoices(messages: ViewMessage[]): Choices["options"] {
  const last = messages.at(-1);
  if (last?.role !== "assistant") return [];
  const part = last.parts.findLast((p) => p.type === "data-choices");
  // Stored history is read as it was saved: check the shape before trusting it.
  const options: unknown = part?.type === "data-choices" ? part.data?.options : undefined;
  if (!Array.isArray(options)) return [];
  const letter = last.parts.some((p) => p.type === "data-document");
  return options.filter(
    (o): o is Choices["options"][number] =>
      typeof o?.label === "string" && typeof o?.value === "string" && !(letter && CARD_ACTIONS.has(fold(o.label))),
  );
}

/** A line in the log about the conversation itself: it could not be opened (a new one started), or it is full. */
export type Notice = { kind: "gone"; kept: boolean } | { kind: "full"; message: string };

/** The notice as an assistant line; a full conversation's has the "Start a new conversation" button. */
export function noticeMessage(n: Notice, t: Strings, startNew: () => void): HTMLElement {
  if (n.kind === "gone")
    return h("div", { class: "msg assistant" }, h("p", { class: "notice" }, n.kept ? `${t.gone} ${t.kept}` : t.gone));
  return h(
    "div",
    { class: "msg assistant" },
    h("p", { class: "error" }, n.message || t.full),
    h("p", {}, h("button", { type: "button", class: "btn", onclick: startNew }, t.startNew)),
  );
}
