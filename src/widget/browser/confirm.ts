// The delete confirmation, inside the panel: its button works only once the patient has typed a
// short word (the catalog's deleteWord), so a page that frames the panel cannot trick a click into
// erasing the conversation. It opens from "Delete my conversation" in the header's "⋯" menu; focus
// moves into it on open and back to the menu's button on Escape or Cancel (the menu has closed).
import type { Strings } from "../i18n.js";
import type { Chrome } from "./chrome.js";

/** The confirmation's controls, for the panel. */
export interface DeleteConfirm {
  /** Opens (focus on the word) or closes (focus back on the menu's button) the confirmation. */
  show(open: boolean): void;
  isOpen(): boolean;
  /** Re-checks the typed word after a language switch (the word changes with it). */
  relabel(): void;
}

/** Wires the delete button and the confirmation; `onConfirm` runs when the word is typed and confirmed. */
export function deleteConfirm(ui: Chrome, strings: () => Strings, onConfirm: () => void): DeleteConfirm {
  const typed = () => {
    const t = strings();
    return ui.confirmWord.value.trim().toLocaleLowerCase(t.locale) === t.deleteWord;
  };
  const show = (open: boolean) => {
    ui.confirm.hidden = !open;
    ui.confirmWord.value = "";
    ui.confirmWord.removeAttribute("aria-invalid");
    ui.confirmYes.disabled = true;
    (open ? ui.confirmWord : ui.menuButton).focus();
  };
  ui.deleteButton.addEventListener("click", () => show(true));
  ui.confirmNo.addEventListener("click", () => show(false));
  ui.confirmWord.addEventListener("input", () => {
    ui.confirmWord.removeAttribute("aria-invalid");
    ui.confirmYes.disabled = !typed();
  });
  // Enter does not submit while the button is disabled: say the word is not the one asked for.
  ui.confirmWord.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !typed()) ui.confirmWord.setAttribute("aria-invalid", "true");
  });
  ui.confirm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (typed()) onConfirm();
  });
  return {
    show,
    isOpen: () => !ui.confirm.hidden,
    relabel: () => {
      ui.confirmYes.disabled = !typed();
    },
  };
}
