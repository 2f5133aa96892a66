// The review card shown before a letter is drafted: each fact the letter will carry, with an Edit
// button that turns it into an input in place, and "Draft my letter". A correction is sent as an
// ordinary message ("Provider: Mercy Hospital") so the server reads it like a typed answer; only the
// latest reply's card takes input, older ones are a record.
import type { LetterReview } from "../../sessions/session.js";
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";

/** What an interactive card may do: send a message as the patient. */
export interface ReviewActions {
  send(text: string): void;
}

type Item = LetterReview["items"][number];

const isItem = (v: unknown): v is Item =>
  typeof v === "object" && v !== null && typeof (v as Item).label === "string" && typeof (v as Item).value === "string";

/** The review as a card; with `actions`, its items can be edited and the letter drafted from it. */
export function reviewCard(
  review: LetterReview | null | undefined,
  t: Strings,
  actions?: ReviewActions,
): HTMLElement | null {
  const items = Array.isArray(review?.items) ? review.items.filter(isItem) : [];
  if (!review || items.length === 0) return null;
  const list = h("dl", { class: "items" });
  list.append(...items.map((item) => row(item, t, actions)));
  const draft =
    actions && typeof review.draftValue === "string"
      ? h(
          "p",
          { class: "links" },
          h(
            "button",
            { type: "button", class: "btn", onclick: () => actions.send(review.draftValue) },
            review.draftLabel,
          ),
        )
      : null;
  return h("section", { class: "card review", "aria-label": t.reviewTitle }, h("h2", {}, t.reviewTitle), list, draft);
}

/** One item: its label, its value (a blank reads as one) and, when it may change, its Edit button. */
function row(item: Item, t: Strings, actions: ReviewActions | undefined): HTMLElement {
  const value = h("dd", {}, h("span", { class: item.missing ? "val blank" : "val" }, item.value));
  if (actions && item.editable) {
    value.append(
      h(
        "button",
        {
          type: "button",
          class: "edit",
          "aria-label": `${t.edit}: ${item.label}`,
          onclick: () => editInPlace(value, item, t, actions),
        },
        t.edit,
      ),
    );
  }
  return h("div", { class: "item" }, h("dt", {}, item.label), value);
}

/** What an edit in place changes: a labelled value (a review item, a fact in "What I know so far"). */
export interface Editable {
  label: string;
  value: string;
  missing?: boolean;
}

/**
 * Turns a value into a labelled input with Save and Cancel; Escape cancels without closing the panel.
 * Save sends "Label: new value" as the patient's message, which the guide reads like a typed answer
 * to that item's question; the cell shows its value again once it is sent.
 */
export function editInPlace(cell: HTMLElement, item: Editable, t: Strings, actions: ReviewActions): void {
  const before = [...cell.childNodes];
  const row = cell.parentElement;
  const input = h("input", { type: "text", "aria-label": item.label, autocomplete: "off", enterkeyhint: "send" });
  input.value = item.missing ? "" : item.value;
  const cancel = () => {
    row?.classList.remove("editing");
    cell.replaceChildren(...before);
    (cell.querySelector("button.edit") as HTMLElement | null)?.focus();
  };
  const form = h(
    "form",
    { class: "edit-form" },
    input,
    h("button", { type: "submit", class: "btn" }, t.save),
    h("button", { type: "button", class: "btn plain", onclick: cancel }, t.cancel),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    actions.send(`${item.label}: ${text}`);
    // A review card is replaced by the reply's; a fact's line shows its value until the reply updates it.
    if (cell.isConnected) cancel();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    cancel();
  });
  row?.classList.add("editing");
  cell.replaceChildren(form);
  form.scrollIntoView({ block: "nearest" });
  input.focus();
  input.select();
}
