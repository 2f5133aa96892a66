// A tiny element builder: text always goes in as text nodes, never as HTML, so nothing the
// assistant or a clinic record says can inject markup.

type Attrs = Record<string, string | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (on* keys become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else if (typeof v === "string") el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Splits plain text into paragraphs (blank lines) and line breaks (single newlines). */
export function paragraphs(text: string): HTMLElement[] {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const p = h("p");
      block.split("\n").forEach((line, i) => {
        if (i > 0) p.append(h("br"));
        p.append(line);
      });
      return p;
    });
}
