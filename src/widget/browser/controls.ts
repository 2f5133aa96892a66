// The chrome's own behaviour, apart from the conversation: the header's "⋯" menu, the message box
// that grows with what is typed (Enter sends, Shift+Enter breaks a line) and the focus trap the
// loader asks for while the panel covers a phone's screen.

/** The menu's parts: its button (aria-expanded) and the list it shows under the header. */
export interface MenuParts {
  root: HTMLElement;
  button: HTMLButtonElement;
  menu: HTMLElement;
  /** Items that close the menu when picked (their own click handlers do the rest). */
  items: HTMLButtonElement[];
}

/**
 * A disclosure menu: the button toggles it and focuses its first visible item; Escape, a click elsewhere or
 * focus leaving it close it. Escape is kept from the panel's own handler (which closes the panel).
 */
export function wireMenu({ root, button, menu, items }: MenuParts): void {
  const open = (on: boolean, refocus: boolean) => {
    menu.hidden = !on;
    button.setAttribute("aria-expanded", String(on));
    // The first item shown (the language item shows only where the header has no room for its button).
    if (on) items.find((item) => item.getClientRects().length > 0)?.focus();
    else if (refocus) button.focus();
  };
  button.addEventListener("click", () => open(menu.hidden === true, true));
  for (const item of items) item.addEventListener("click", () => open(false, false));
  root.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || menu.hidden) return;
    e.stopPropagation();
    open(false, true);
  });
  document.addEventListener("pointerdown", (e) => {
    const target = e.target as Node | null;
    if (!menu.hidden && !menu.contains(target) && !button.contains(target)) open(false, false);
  });
  menu.addEventListener("focusout", (e) => {
    const next = e.relatedTarget as Node | null;
    if (next && !menu.contains(next) && next !== button) open(false, false);
  });
}

/**
 * The message box: Enter sends (through the form, so the panel's submit handler decides), Shift+Enter
 * breaks a line, and the box grows to its CSS max-height (about five lines) before it scrolls.
 * Browsers with `field-sizing: content` grow it themselves; others are measured on each change.
 */
export function wireInput(form: HTMLFormElement, input: HTMLTextAreaElement): void {
  const measure = typeof CSS !== "undefined" && !CSS.supports("field-sizing", "content");
  const fit = () => {
    if (!measure) return;
    input.style.height = "auto";
    input.style.height = `${input.scrollHeight + 2}px`;
  };
  input.addEventListener("input", fit);
  input.addEventListener("focus", fit);
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    form.requestSubmit();
  });
  // The panel empties the box in its own submit handler, which runs after this one.
  form.addEventListener("submit", () => setTimeout(fit));
}

const FOCUSABLE = "button, input, textarea, select, a[href], summary, [tabindex]:not([tabindex='-1'])";

/**
 * Keeps Tab and Shift+Tab inside the panel while the loader says it covers the page (a phone): the
 * loader's "focus" message carries `modal`, and only our parent may send it.
 */
export function trapFocus(root: HTMLElement): void {
  let modal = false;
  window.addEventListener("message", (e) => {
    const data = e.data as { rp?: unknown; modal?: unknown } | null;
    if (e.source === window.parent && data?.rp === "focus") modal = data.modal === true;
  });
  document.addEventListener("keydown", (e) => {
    if (!modal || e.key !== "Tab") return;
    const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.matches(":disabled") && el.getClientRects().length > 0,
    );
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    const outside = !root.contains(active);
    if (e.shiftKey ? active === first || outside : active === last || outside) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  });
}
