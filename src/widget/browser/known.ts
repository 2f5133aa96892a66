// "What I know so far" as a list the patient can correct: each fact with an Edit button that opens
// an input in place (the review card's own editor), whose correction is sent as the patient's message.
import type { Fact } from "../facts.js";
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";
import { editInPlace, type ReviewActions } from "./review.js";

/** Fills `list` (the drawer's <dl>) with the facts; without `actions` (a full conversation) they are read-only. */
export function renderKnownList(list: HTMLElement, facts: Fact[], t: Strings, actions?: ReviewActions): void {
  if (facts.length === 0) {
    list.replaceChildren(h("dd", { class: "hint" }, t.knownEmpty));
    return;
  }
  const rows = facts.map((f) => {
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
  });
  list.replaceChildren(...(actions ? [h("p", { class: "hint" }, t.knownHint)] : []), ...rows);
}
