// The panel's fixed parts (header with its menu, facts, log, quick replies, input, privacy line)
// built once; texts are (re)applied by `label()` so switching language does not rebuild focusable
// controls. The header says who is answering (the clinic's automated assistant) and keeps "Delete
// my conversation" in its "⋯" menu, away from the close button.
import type { PanelConfig } from "../../clinics/schema.js";
import type { Strings } from "../i18n.js";
import { trapFocus, wireInput, wireMenu } from "./controls.js";
import { h } from "./dom.js";

export interface Chrome {
  root: HTMLElement;
  title: HTMLElement;
  /** "Automated records assistant", under the clinic's name. */
  subtitle: HTMLElement;
  langButton: HTMLButtonElement;
  /** The "⋯" button and the menu it opens (Delete my conversation). */
  menuButton: HTMLButtonElement;
  menu: HTMLElement;
  /** The privacy line and the disclaimer again at the top of the menu (the footer hides them when the panel is short). */
  menuNote: HTMLElement;
  /** The language switch again in the menu, for when the header has no room for its own (a very short panel). */
  langItem: HTMLButtonElement;
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
  /** The message box: a textarea that grows to about five lines (Enter sends, Shift+Enter breaks a line). */
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  /** "Kept N hours · delete any time", with N the server's SESSION_TTL_HOURS. */
  privacy: HTMLElement;
  disclaimer: HTMLElement;
  announce: HTMLElement;
  /** The server's SESSION_TTL_HOURS, for the privacy line (0 hides it). */
  ttlHours: number;
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

/** Builds the panel's skeleton for the clinic (or the generic assistant) and wires its own controls. */
export function buildChrome(config: PanelConfig, embedded: boolean): Chrome {
  const button = (cls: string) => h("button", { type: "button", class: cls });
  const c: Chrome = {
    root: h("div", { class: "panel" }),
    title: h("h1", {}, config.name),
    subtitle: h("p", { class: "sub" }),
    langButton: button("tool lang"),
    menuButton: h("button", {
      type: "button",
      class: "tool icon",
      "aria-expanded": "false",
      "aria-controls": "menu",
    }),
    menu: h("div", { class: "menu", id: "menu", hidden: true }),
    menuNote: h("p", { class: "note" }),
    langItem: button("item lang"),
    deleteButton: button("item danger"),
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
    input: h("textarea", { id: "msg", rows: "1", maxlength: "4000", autocomplete: "off", enterkeyhint: "send" }),
    send: h("button", { type: "submit", class: "btn" }),
    privacy: h("span", { class: "privacy" }),
    disclaimer: h("span"),
    announce: h("div", { class: "sr-only", "aria-live": "polite", "aria-atomic": "true" }),
    ttlHours: Number.isFinite(config.ttlHours) && config.ttlHours > 0 ? config.ttlHours : 0,
  };
  c.menuButton.append(
    icon("M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z"),
  );
  c.deleteButton.append(icon("M9 3h6l1 2h4v2H4V5h4l1-2Zm-3 6h12l-1 12H7L6 9Z"), h("span"));
  c.menu.append(c.menuNote, c.langItem, c.deleteButton);
  // The panel switches the language from the header's button; the menu's item stands in for it.
  c.closeButton.append(
    icon("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4 6.4 5Z"),
  );
  c.known.append(c.knownSummary, c.knownList);
  c.confirm.append(c.confirmText, c.confirmLabel, c.confirmWord, h("p", { class: "row" }, c.confirmYes, c.confirmNo));
  c.form.append(c.inputLabel, c.input, c.send);
  const tools = h("div", { class: "tools" }, c.langButton, c.menuButton, embedded ? c.closeButton : null);
  c.root.append(
    h(
      "header",
      { class: "bar" },
      // The clinic's name follows in the heading, so the logo is decorative (alt="").
      config.logoUrl ? h("img", { class: "logo", src: config.logoUrl, alt: "" }) : null,
      h("div", { class: "titles" }, c.title, c.subtitle),
      tools,
      c.menu,
    ),
    h(
      "main",
      { class: "body" },
      c.known,
      c.confirm,
      c.log,
      c.typing,
      c.choices,
      c.form,
      h("p", { class: "foot" }, c.privacy, c.disclaimer),
    ),
    c.announce,
  );
  wireMenu({ root: c.root, button: c.menuButton, menu: c.menu, items: [c.langItem, c.deleteButton] });
  c.langItem.addEventListener("click", () => {
    c.langButton.click();
    c.menuButton.focus();
  });
  wireInput(c.form, c.input);
  trapFocus(c.root);
  return c;
}

/** Applies the interface language's texts and accessible names; `next` is the language the button offers. */
export function label(c: Chrome, t: Strings, next: Strings | null): void {
  // The button speaks the language it switches to, so a patient who reads only that one finds it.
  c.langButton.textContent = next?.language ?? "";
  c.langButton.setAttribute("aria-label", next?.switchTo ?? "");
  c.langButton.hidden = next === null;
  c.langItem.textContent = next?.language ?? "";
  c.langItem.setAttribute("aria-label", next?.switchTo ?? "");
  c.langItem.hidden = next === null;
  for (const [b, text] of [
    [c.menuButton, t.menu],
    [c.closeButton, t.close],
  ] as const) {
    b.setAttribute("aria-label", text);
    b.title = text;
  }
  c.subtitle.textContent = t.subtitle;
  (c.deleteButton.lastChild as HTMLElement).textContent = t.delete;
  c.privacy.textContent = c.ttlHours ? `${t.privacy.replace("{hours}", String(c.ttlHours))}. ` : "";
  c.menuNote.textContent = `${c.privacy.textContent}${t.disclaimer}`;
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
