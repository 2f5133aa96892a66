// Plain-text rendering of a Letter, for pasting into a portal message or an email. Patient text is
// copied literally: nothing here interprets markup or formulas.
import { type Block, blankText, type Letter, type Run } from "./letter.js";

const runs = (rs: Run[]): string => rs.map((r) => ("blank" in r ? blankText(r) : r.text)).join("");

function block(b: Block): string {
  switch (b.type) {
    case "heading":
      return `${b.text}\n${"-".repeat(Math.min(b.text.length, 60))}`;
    case "paragraph":
      return runs(b.runs);
    case "table":
      return b.rows.map((row) => `${row.label}: ${runs(row.value)}`).join("\n");
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${runs(item)}`).join("\n");
    case "signature": {
      const lines = ["Signature: ______________________________", `Printed name: ${runs(b.name)}`];
      if (b.capacity) lines.push(`Signing as: ${runs(b.capacity)}`);
      lines.push("Date signed: ____________________");
      return lines.join("\n");
    }
    // Stopgap until 18A's renderers land (theirs win any merge conflict here).
    case "address":
      return b.lines.map(runs).join("\n");
    case "date":
      return b.text;
    case "summary":
      return b.rows.map((row) => `${row.label}: ${runs(row.value)}`).join("\n");
    case "enclosures":
      return ["Enclosures:", ...b.items.map((item) => `- ${runs(item)}`)].join("\n");
  }
}

/** Renders the letter as plain text; notes for the patient follow a marked divider at the end. */
export function renderText(letter: Letter): string {
  const parts = [`${letter.title}\n${"=".repeat(Math.min(letter.title.length, 60))}`, ...letter.blocks.map(block)];
  if (letter.guidance.length) {
    parts.push("----- Notes for you (do not send this part) -----", letter.guidance.map((g) => `* ${g}`).join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
