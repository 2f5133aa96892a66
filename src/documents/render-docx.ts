// docx rendering of a Letter: one section, the library's built-in styles, a two-column table for
// identification. Blanks are highlighted and underlined so they cannot be missed on paper.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type Block, blankText, type Letter, type Run } from "./letter.js";

// Characters XML 1.0 forbids (C0 controls other than tab/CR/LF, lone surrogates, U+FFFE/F) would
// make Word refuse the file, so they are dropped; everything else is kept literally (docx escapes).
function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff)
      continue;
    out += ch;
  }
  return out;
}
const RTL = /^[^A-Za-z\u00C0-\u024F]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function textRuns(text: string, extra: { bold?: boolean; highlight?: "yellow"; underline?: object } = {}): TextRun[] {
  const clean = xmlSafe(text);
  // A newline in patient text (an address) becomes a line break; a raw "\n" in w:t would be lost.
  return clean
    .split(/\r?\n/)
    .map(
      (line, i) =>
        new TextRun({ text: line, break: i > 0 ? 1 : undefined, rightToLeft: RTL.test(line) || undefined, ...extra }),
    );
}

function runs(rs: Run[]): TextRun[] {
  return rs.flatMap((r) =>
    "blank" in r ? textRuns(blankText(r), { highlight: "yellow", underline: {} }) : textRuns(r.text, { bold: r.bold }),
  );
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const cellBorders = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function cell(children: TextRun[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: cellBorders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children })],
  });
}

function block(b: Block): Array<Paragraph | Table> {
  switch (b.type) {
    case "heading":
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 200, after: 80 },
          children: textRuns(b.text),
        }),
      ];
    case "paragraph":
      return [new Paragraph({ spacing: { after: 120 }, children: runs(b.runs) })];
    case "table":
      return [
        new Table({
          width: { size: 9360, type: WidthType.DXA },
          columnWidths: [3000, 6360],
          rows: b.rows.map(
            (row) =>
              new TableRow({
                children: [cell(textRuns(row.label, { bold: true }), 3000), cell(runs(row.value), 6360)],
              }),
          ),
        }),
        new Paragraph({ children: [] }),
      ];
    case "list":
      return b.items.map(
        (item, i) =>
          new Paragraph({
            indent: { left: 360, hanging: 240 },
            spacing: { after: 60 },
            children: [new TextRun(b.ordered ? `${i + 1}. ` : "• "), ...runs(item)],
          }),
      );
    case "signature": {
      const out = [
        new Paragraph({
          spacing: { before: 360 },
          children: [new TextRun("Signature: ______________________________")],
        }),
        new Paragraph({ children: [new TextRun("Printed name: "), ...runs(b.name)] }),
      ];
      if (b.capacity) out.push(new Paragraph({ children: [new TextRun("Signing as: "), ...runs(b.capacity)] }));
      out.push(
        new Paragraph({ spacing: { after: 200 }, children: [new TextRun("Date signed: ____________________")] }),
      );
      return out;
    }
    // Stopgap until 18A's renderers land (theirs win any merge conflict here).
    case "address":
    case "enclosures": {
      const lines = b.type === "address" ? b.lines : b.items;
      return lines.map((line) => new Paragraph({ children: runs(line) }));
    }
    case "date":
      return [new Paragraph({ spacing: { after: 120 }, children: textRuns(b.text) })];
    case "summary":
      return block({ type: "table", rows: b.rows });
  }
}

/** Renders the letter as a .docx file; notes for the patient start on a new page. */
export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: textRuns(letter.title) }),
    ...letter.blocks.flatMap(block),
  ];
  if (letter.guidance.length) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        pageBreakBefore: true,
        children: [new TextRun("Notes for you (do not send this page)")],
      }),
      ...letter.guidance.map(
        (g) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun("• "), ...textRuns(g)] }),
      ),
    );
  }
  const doc = new Document({
    title: letter.title,
    creator: "recordpath",
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1080, bottom: 1080, left: 1260, right: 1260 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
