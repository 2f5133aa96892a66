// An editable list of one-line values for the settings form (allowed websites, SMS numbers): a
// labelled row per value with Remove, and an Add button; each row's path ("allowedOrigins.1") is
// what the server's errors name.
import { h } from "../dom.js";
import { type FieldSet, input } from "./fields.js";

/** An editable list of one-line values (rows with Remove, and an Add button). */
export function listEditor(
  fields: FieldSet,
  o: {
    path: string;
    legend: string;
    hint: string;
    label: (i: number) => string;
    add: string;
    attrs: Record<string, string>;
    onChange: () => void;
  },
): { root: HTMLElement; set(values: string[]): void; values(): string[] } {
  const list = h("div", { class: "rows" });
  const error = h("p", { class: "field-error", id: `${o.path}-error`, hidden: true });
  const addButton = h("button", { type: "button", class: "btn plain" }, o.add);
  const root = h(
    "div",
    { class: "list", "aria-describedby": `${o.path}-error` },
    h("p", { class: "hint" }, o.hint),
    list,
    error,
    addButton,
  );
  let inputs: HTMLInputElement[] = [];
  const draw = (values: string[]) => {
    fields.drop(o.path);
    inputs = [];
    list.replaceChildren(
      ...values.map((value, i) => {
        const f = fields.add(`${o.path}.${i}`, o.label(i), input(o.attrs));
        f.input.value = value;
        inputs.push(f.input);
        const remove = h(
          "button",
          { type: "button", class: "btn plain", "aria-label": `Remove ${o.label(i).toLowerCase()}` },
          "Remove",
        );
        remove.addEventListener("click", () => {
          const rest = inputs.map((x) => x.value).filter((_, j) => j !== i);
          draw(rest);
          o.onChange();
          (inputs[Math.min(i, inputs.length - 1)] ?? addButton).focus();
        });
        f.row.classList.add("list-row");
        f.input.after(remove);
        return f.row;
      }),
    );
    fields.addGroup(o.path, root, error, inputs[0] ?? addButton);
  };
  addButton.addEventListener("click", () => {
    draw([...inputs.map((x) => x.value), ""]);
    o.onChange();
    inputs.at(-1)?.focus();
  });
  return {
    root,
    set: draw,
    values: () => inputs.map((x) => x.value.trim()).filter(Boolean),
  };
}
