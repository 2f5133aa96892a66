// "What I know so far" as a list the patient can correct: each fact with an Edit button that opens
// an input in place (the review card's own editor), whose correction is sent as the patient's message.
import type { Fact } from "../facts.js";
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";
import { editInPlace, type ReviewActions } from "./review.js";

/** The line above the list that says facts can be corrected; kept beside the list, since a <dl> holds only its pairs. */
function hintFor(list: HTMLElement): HTMLElement {
  const before = list.previousElementSibling;
  if (before instanceof HTMLElement && before.classList.contains("known-hint")) return before;
  const hint = h("p", { class: "known-hint" });
  list.before(hint);
  return hint;
}

/** Fills `list` (the drawer's <dl>) with the facts; without `actions` (a full conversation) they are read-only. */
export function renderKnownList(list: HTMLElement, facts: Fact[], t: Strings, actions?: ReviewActions): void {
  const hint = hintFor(list);
  hint.textContent = t.knownHint;
  hint.hidden = !actions || facts.length === 0;
  if (facts.length === 0) {
    list.replaceChildren(h("dd", {}, t.knownEmpty));
    return;
  }
  list.replaceChildren(
    ...facts.map((f) => {
      const value = h("dd", {}, h("span", { class: "val" }, f.value));
      if (actions)
        value.append(
          h(
            "button",
            {
              type: "button",
              class: "edit",
              "aria-label": `${t.edit}: ${f.label}`,
              onclick: () => editInPlace(value, { label: f.label, value: f.edit }, t, actions),
            },
            t.edit,
          ),
        );
      return h("div", { class: "fact" }, h("dt", {}, f.label), value);
    }),
  );
}
