// Labelled fields for the settings page: every input has a <label>, an error line tied to it with
// aria-describedby, and a path ("recordsOffice.phone", "allowedOrigins.1") that the server's error
// sentences name, so an error lands next to its field.
import { h } from "../dom.js";

let seq = 0;

/** A field's input, its error line and the record path the server's errors use. */
export interface Field {
  path: string;
  input: HTMLElement;
  error: HTMLElement;
  /** The whole row (label, input, hint, error). */
  row: HTMLElement;
}

/** Where a form's fields are found by path, and how its errors are shown and cleared. */
export class FieldSet {
  private fields = new Map<string, Field>();

  /** A labelled input (or textarea/select) row; `hint` is read with the field. */
  add<T extends HTMLElement>(path: string, label: string, input: T, hint?: string): Field & { input: T } {
    const id = input.id || `f${++seq}`;
    input.id = id;
    const error = h("p", { class: "field-error", id: `${id}-error`, hidden: true });
    const hintEl = hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null;
    input.setAttribute("aria-describedby", [hintEl?.id, error.id].filter(Boolean).join(" "));
    const row = h("div", { class: "field" }, h("label", { for: id }, label), hintEl, input, error);
    const field = { path, input, error, row };
    this.fields.set(path, field);
    return field;
  }

  /** Registers an existing control group (a fieldset) under a path, with its own error line. */
  addGroup(path: string, group: HTMLElement, error: HTMLElement, focus: HTMLElement): void {
    this.fields.set(path, { path, input: focus, error, row: group });
  }

  /** Forgets the fields under `prefix` (a list about to be redrawn). */
  drop(prefix: string): void {
    for (const key of [...this.fields.keys()])
      if (key === prefix || key.startsWith(`${prefix}.`)) this.fields.delete(key);
  }

  /** The field an error path belongs to: the deepest registered path it starts with. */
  find(path: string): Field | undefined {
    const parts = path.split(".");
    for (let n = parts.length; n > 0; n--) {
      const f = this.fields.get(parts.slice(0, n).join("."));
      if (f) return f;
    }
    return undefined;
  }

  clear(): void {
    for (const f of this.fields.values()) {
      f.error.hidden = true;
      f.error.textContent = "";
      f.input.removeAttribute("aria-invalid");
      f.row.classList.remove("invalid");
    }
  }

  /** Shows `message` under the field; returns it (null when no field has this path). */
  show(path: string, message: string): Field | null {
    const f = this.find(path);
    if (!f) return null;
    f.error.textContent = f.error.textContent ? `${f.error.textContent} ${message}` : message;
    f.error.hidden = false;
    f.input.setAttribute("aria-invalid", "true");
    f.row.classList.add("invalid");
    return f;
  }
}

export const input = (attrs: Record<string, string> = {}) => h("input", { type: "text", ...attrs });
