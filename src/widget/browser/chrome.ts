// The panel's fixed parts (header, progress, log, quick replies, input) built once; texts are
// (re)applied by `label()` so switching language does not rebuild focusable controls.
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";

export interface Chrome {
  root: HTMLElement;
  title: HTMLElement;
  langButton: HTMLButtonElement;
  deleteButton: HTMLButtonElement;
  closeButton: HTMLButtonElement;
  known: HTMLDetailsElement;
  knownSummary: HTMLElement;
  knownList: HTMLElement;
  /** The delete confirmation: the patient types `deleteWord` before its button works. */
  confirm: HTMLFormElement;
  confirmText: HTMLElement;
  confirmLabel: HTMLLabelElement;
  confirmWord: HTMLInputElement;
  confirmYes: HTMLButtonElement;
  confirmNo: HTMLButtonElement;
  log: HTMLElement;
  typing: HTMLElement;
  choices: HTMLElement;
  form: HTMLFormElement;
  inputLabel: HTMLLabelElement;
  input: HTMLInputElement;
  send: HTMLButtonElement;
  disclaimer: HTMLElement;
  announce: HTMLElement;
}

const icon = (path: string) => {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
  p.setAttribute("d", path);
  svg.append(p);
  return svg;
};

/** Builds the panel's skeleton; `name` is the clinic's (or recordpath's) name. */
export function buildChrome(name: string, embedded: boolean): Chrome {
  const button = (cls: string) => h("button", { type: "button", class: cls });
  const c: Chrome = {
    root: h("div", { class: "panel" }),
    title: h("h1", {}, name),
    langButton: button("tool lang"),
    deleteButton: button("tool icon"),
    closeButton: button("tool icon"),
    known: h("details", { class: "known" }),
    knownSummary: h("summary"),
    knownList: h("dl"),
    confirm: h("form", { class: "confirm", "aria-labelledby": "confirm-text", hidden: true }),
    confirmText: h("p", { id: "confirm-text" }),
    confirmLabel: h("label", { for: "confirm-word" }),
    confirmWord: h("input", {
      id: "confirm-word",
      type: "text",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      enterkeyhint: "done",
      "aria-describedby": "confirm-text",
    }),
    confirmYes: h("button", { type: "submit", class: "btn danger", disabled: true }),
    confirmNo: button("btn plain"),
    log: h("section", { class: "log", id: "log", tabindex: "0" }),
    typing: h("p", { class: "typing", role: "status" }),
    choices: h("div", { class: "choices", role: "group" }),
    form: h("form", { class: "compose" }),
    inputLabel: h("label", { for: "msg", class: "sr-only" }),
    input: h("input", { id: "msg", type: "text", maxlength: "4000", autocomplete: "off", enterkeyhint: "send" }),
    send: h("button", { type: "submit", class: "btn" }),
    disclaimer: h("p", { class: "disclaimer" }),
    announce: h("div", { class: "sr-only", "aria-live": "polite", "aria-atomic": "true" }),
  };
  c.deleteButton.append(icon("M9 3h6l1 2h4v2H4V5h4l1-2Zm-3 6h12l-1 12H7L6 9Z"));
  c.closeButton.append(
    icon("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4 6.4 5Z"),
  );
  c.known.append(c.knownSummary, c.knownList);
  c.confirm.append(c.confirmText, c.confirmLabel, c.confirmWord, h("p", { class: "row" }, c.confirmYes, c.confirmNo));
  c.form.append(c.inputLabel, c.input, c.send);
  const tools = h("div", { class: "tools" }, c.langButton, c.deleteButton, embedded ? c.closeButton : null);
  c.root.append(
    h("header", { class: "bar" }, c.title, tools),
    h("main", { class: "body" }, c.known, c.confirm, c.log, c.typing, c.choices, c.form, c.disclaimer),
    c.announce,
  );
  return c;
}

/** Applies the interface language's texts and accessible names; `next` is the language the button offers. */
export function label(c: Chrome, t: Strings, next: Strings | null): void {
  // The button speaks the language it switches to, so a patient who reads only that one finds it.
  c.langButton.textContent = next?.language ?? "";
  c.langButton.setAttribute("aria-label", next?.switchTo ?? "");
  c.langButton.hidden = next === null;
  for (const [b, text] of [
    [c.deleteButton, t.delete],
    [c.closeButton, t.close],
  ] as const) {
    b.setAttribute("aria-label", text);
    b.title = text;
  }
  c.confirmText.textContent = t.deleteConfirm;
  // The word stands out, so the patient sees at a glance what to type.
  const [before = "", after = ""] = t.deleteType.split("{word}");
  c.confirmLabel.replaceChildren(before, h("strong", {}, t.deleteWord), after);
  c.confirmYes.textContent = t.deleteYes;
  c.confirmNo.textContent = t.cancel;
  c.log.setAttribute("aria-label", t.conversation);
  c.choices.setAttribute("aria-label", t.quickReplies);
  c.inputLabel.textContent = t.message;
  c.input.placeholder = t.placeholder;
  c.send.textContent = t.send;
  c.disclaimer.textContent = t.disclaimer;
}
