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
    case "address":
      // Pasted into a portal message or an email, the addressee reads as "To: <name>".
      return b.lines
        .map((line, i) => (i === 0 && b.role === "addressee" ? `To: ${runs(line)}` : runs(line)))
        .join("\n");
    case "date":
      return b.text;
    case "summary": {
      // A box drawn in text: a rule above and below, one "Label: value" line per row.
      const rule = "-".repeat(60);
      return [rule, ...b.rows.map((row) => `${row.label}: ${runs(row.value)}`), rule].join("\n");
    }
    case "enclosures":
      return [b.items.length === 1 ? "Enclosure:" : "Enclosures:", ...b.items.map((item) => `- ${runs(item)}`)].join(
        "\n",
      );
  }
}

/**
 * Renders the letter as plain text in the letter's own order (sender, date, addressee, title, summary,
 * body, signature, enclosures); notes for the patient, then any explanation, follow marked dividers.
 */
export function renderText(letter: Letter): string {
  const titleAt = letter.blocks.findIndex((b) => b.type === "heading");
  const parts = letter.blocks.map((b, i) =>
    i === titleAt && b.type === "heading" ? `${b.text}\n${"=".repeat(Math.min(b.text.length, 60))}` : block(b),
  );
  if (letter.guidance.length) {
    parts.push("----- Notes for you (do not send this part) -----", letter.guidance.map((g) => `* ${g}`).join("\n"));
  }
  if (letter.explanation) {
    parts.push(`----- ${letter.explanation.title} -----`, ...letter.explanation.paragraphs);
  }
  return `${parts.join("\n\n")}\n`;
}
