// docx rendering of a Letter: one section, the library's built-in styles, a two-column table for
// identification. Blanks are highlighted and underlined so they cannot be missed on paper.
import {
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

function textRuns(
  text: string,
  extra: { bold?: boolean; size?: number; highlight?: "yellow"; underline?: object } = {},
): TextRun[] {
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

const BOX_BORDER = { style: BorderStyle.SINGLE, size: 12, color: "333333" };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** The boxed summary: a bordered table with no inner lines, label left and value right. */
function summary(rows: Array<{ label: string; value: Run[] }>): Table {
  const inner = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  const last = rows.length - 1;
  return new Table({
    width: { size: 9360, type: WidthType.DXA },
    columnWidths: [2900, 6460],
    borders: {
      top: BOX_BORDER,
      bottom: BOX_BORDER,
      left: BOX_BORDER,
      right: BOX_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 2900, type: WidthType.DXA },
              borders: {
                ...inner,
                top: i === 0 ? BOX_BORDER : NO_BORDER,
                bottom: i === last ? BOX_BORDER : NO_BORDER,
                left: BOX_BORDER,
              },
              margins: { top: i === 0 ? 100 : 30, bottom: i === last ? 100 : 30, left: 140, right: 80 },
              children: [new Paragraph({ keepNext: true, children: textRuns(row.label, { bold: true }) })],
            }),
            new TableCell({
              width: { size: 6460, type: WidthType.DXA },
              borders: {
                ...inner,
                top: i === 0 ? BOX_BORDER : NO_BORDER,
                bottom: i === last ? BOX_BORDER : NO_BORDER,
                right: BOX_BORDER,
              },
              margins: { top: i === 0 ? 100 : 30, bottom: i === last ? 100 : 30, left: 80, right: 140 },
              children: [new Paragraph({ keepNext: true, children: runs(row.value) })],
            }),
          ],
        }),
    ),
  });
}

/**
 * One block. `title` marks the letter's plain title (its first heading); `keep` keeps the block with
 * the next one (the closing paragraph, the signature and the enclosures stay on one page).
 */
function block(b: Block, title: boolean, keep: boolean): Array<Paragraph | Table> {
  const hold = keep ? { keepNext: true, keepLines: true } : { keepLines: true };
  switch (b.type) {
    case "heading":
      return title
        ? [
            new Paragraph({
              keepNext: true,
              spacing: { before: 120, after: 160 },
              children: textRuns(b.text, { bold: true, size: 28 }),
            }),
          ]
        : [
            new Paragraph({
              heading: HeadingLevel.HEADING_3,
              keepNext: true,
              spacing: { before: 200, after: 80 },
              children: textRuns(b.text),
            }),
          ];
    case "paragraph":
      return [new Paragraph({ spacing: { after: 140 }, ...hold, children: runs(b.runs) })];
    case "address":
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            keepNext: i < b.lines.length - 1,
            spacing: { after: i === b.lines.length - 1 ? 220 : 0 },
            children: runs(line),
          }),
      );
    case "date":
      return [new Paragraph({ spacing: { after: 220 }, children: textRuns(b.text) })];
    case "summary":
      return [summary(b.rows), new Paragraph({ spacing: { after: 80 }, children: [] })];
    case "table":
      return [
        new Table({
          width: { size: 9360, type: WidthType.DXA },
          columnWidths: [3000, 6360],
          rows: b.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
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
            // Only a list just before the signature is held together (chaining every list left page-sized gaps).
            ...(keep ? { keepNext: true, keepLines: true } : { keepLines: true }),
            children: [new TextRun(b.ordered ? `${i + 1}. ` : "• "), ...runs(item)],
          }),
      );
    case "signature": {
      const lines: TextRun[][] = [
        [new TextRun("Signature: ______________________________")],
        [new TextRun("Printed name: "), ...runs(b.name)],
      ];
      if (b.capacity) lines.push([new TextRun("Signing as: "), ...runs(b.capacity)]);
      lines.push([new TextRun("Date signed: ____________________")]);
      return lines.map(
        (children, i) =>
          new Paragraph({
            spacing: { before: i === 0 ? 480 : 60, after: i === lines.length - 1 ? 200 : 0 },
            keepLines: true,
            keepNext: keep || i < lines.length - 1,
            children,
          }),
      );
    }
    case "enclosures": {
      const label = b.items.length === 1 ? "Enclosure:" : "Enclosures:";
      return [
        new Paragraph({ spacing: { before: 120 }, keepNext: true, children: textRuns(label, { bold: true }) }),
        ...b.items.map(
          (item, i) =>
            new Paragraph({
              indent: { left: 360, hanging: 240 },
              keepLines: true,
              keepNext: keep || i < b.items.length - 1,
              children: [new TextRun("• "), ...runs(item)],
            }),
        ),
      ];
    }
  }
}

/**
 * Which blocks keep with the next: the two paragraphs before each signature (the closing paragraph and
 * "Sincerely,", with any heading between), a signature followed by enclosures or by another signature.
 */
function keepFlags(blocks: Block[]): boolean[] {
  const keep = blocks.map(() => false);
  blocks.forEach((b, i) => {
    if (b.type !== "signature") return;
    let paragraphs = 0;
    for (let j = i - 1; j >= 0 && paragraphs < 2; j--) {
      const prev = blocks[j]?.type;
      if (prev !== "paragraph" && prev !== "heading") break;
      keep[j] = true;
      if (prev === "paragraph") paragraphs++;
    }
    const next = blocks[i + 1]?.type;
    if (next === "enclosures" || next === "signature") keep[i] = true;
  });
  return keep;
}

/** Renders the letter as a .docx file on US Letter paper; notes for the patient start on a new page. */
export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  const keep = keepFlags(letter.blocks);
  const titleAt = letter.blocks.findIndex((b) => b.type === "heading");
  const children: Array<Paragraph | Table> = letter.blocks.flatMap((b, i) => block(b, i === titleAt, keep[i] ?? false));
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
  if (letter.explanation) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        pageBreakBefore: true,
        children: textRuns(letter.explanation.title),
      }),
      ...letter.explanation.paragraphs.map(
        (para) => new Paragraph({ spacing: { after: 120 }, children: textRuns(para) }),
      ),
    );
  }
  const doc = new Document({
    title: letter.title,
    creator: "recordpath",
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [
      {
        properties: {
          // US Letter (8.5 x 11 in) with 1-inch margins: the paper a US records office prints on.
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
