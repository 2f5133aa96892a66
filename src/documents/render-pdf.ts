// PDF rendering of a Letter, made in the Worker with pdf-lib: US Letter pages, 1-inch margins, an
// embedded (subset) DejaVu Sans so the text is real, searchable text that prints the same everywhere.
import {
  beginText,
  endText,
  PDFDocument,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingGrayscaleColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from "pdf-lib";
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from "./fonts/dejavu.js";
import { type Block, blankText, type Letter, type Run } from "./letter.js";
import { embedFont, type PdfFont } from "./pdf-font.js";

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 72;
const WIDTH = PAGE_W - 2 * MARGIN;
const SIZE = 11;
const LEADING = 14.5;
const LABEL_W = 150;
const PAD = 5;
const RULE = rgb(0.55, 0.55, 0.55);
const BOX_FILL = rgb(0.95, 0.95, 0.95);
const BLANK_FILL = rgb(1, 0.96, 0.6);

/** Text the font can draw: composed accents, tabs and newlines as spaces, uncovered characters as "?". */
/** Tables of up to this many rows are kept on one page. */
const SHORT_TABLE = 8;

function printable(text: string, font: PdfFont): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/[\t\r\n]+/g, " ")) out += font.has(ch.codePointAt(0) ?? 0) ? ch : "?";
  return out;
}

interface Word {
  text: string;
  bold: boolean;
  blank: boolean;
  /** True when a space separates this word from the one before it. */
  space: boolean;
}

interface Line {
  words: Array<Word & { x: number; w: number }>;
}

/** One placed piece of the letter: its height, and how to draw it with its top at `top`. */
interface Unit {
  height: number;
  /** Space above it, dropped at the top of a page. */
  before: number;
  draw: (page: PDFPage, top: number) => void;
  /** Never leave it last on a page (a heading, a label). */
  keepWithNext?: boolean;
}

class Layout {
  /** Each page's resource names for the two fonts. */
  private readonly keys = new WeakMap<PDFPage, { regular: PDFName; bold: PDFName }>();
  constructor(
    readonly regular: PdfFont,
    private readonly bold: PdfFont,
  ) {}

  font(bold: boolean): PdfFont {
    return bold ? this.bold : this.regular;
  }

  width(text: string, size: number, bold = false): number {
    return this.font(bold).width(text, size);
  }

  /** Text as raw operators: one text object per call, far fewer operators than drawText writes. */
  text(page: PDFPage, parts: Array<{ text: string; bold: boolean; x: number }>, y: number, size: number): void {
    let keys = this.keys.get(page);
    if (!keys) {
      keys = {
        regular: page.node.newFontDictionary(this.regular.name, this.regular.ref),
        bold: page.node.newFontDictionary(this.bold.name, this.bold.ref),
      };
      this.keys.set(page, keys);
    }
    const ops: PDFOperator[] = [beginText()];
    let current: boolean | null = null;
    for (const part of parts) {
      if (part.bold !== current) {
        ops.push(setFontAndSize(part.bold ? keys.bold : keys.regular, size));
        current = part.bold;
      }
      ops.push(setTextMatrix(1, 0, 0, 1, part.x, y), showText(this.font(part.bold).encode(part.text)));
    }
    ops.push(endText());
    page.pushOperators(...ops);
  }

  private words(runs: Run[], bold = false): Word[] {
    const out: Word[] = [];
    let pendingSpace = false;
    for (const run of runs) {
      const isBlank = "blank" in run;
      const text = printable(isBlank ? blankText(run) : run.text, this.regular);
      const isBold = bold || (!isBlank && run.bold === true);
      for (const part of text.split(/( +)/)) {
        if (part === "") continue;
        if (part.trim() === "") {
          pendingSpace = true;
          continue;
        }
        out.push({ text: part, bold: isBold, blank: isBlank, space: pendingSpace && out.length > 0 });
        pendingSpace = false;
      }
    }
    return out;
  }

  /** Greedy word wrap at `width` points; a word longer than a line is cut by characters. */
  wrap(runs: Run[], width: number, size = SIZE, bold = false): Line[] {
    const lines: Line[] = [];
    let line: Line = { words: [] };
    let x = 0;
    const push = (word: Word) => {
      const w = this.width(word.text, size, word.bold);
      // Same-style words are drawn as one string, so the gap is that style's own space.
      const gap = word.space && line.words.length > 0 ? this.width(" ", size, word.bold) : 0;
      if (line.words.length > 0 && x + gap + w > width) {
        lines.push(line);
        line = { words: [] };
        x = 0;
        return push({ ...word, space: false });
      }
      if (w > width) {
        // Cut the overlong word where it fills the line, then carry on with the rest.
        let cut = word.text.length - 1;
        while (cut > 1 && this.width(word.text.slice(0, cut), size, word.bold) > width) cut--;
        push({ ...word, text: word.text.slice(0, cut) });
        lines.push(line);
        line = { words: [] };
        x = 0;
        return push({ ...word, text: word.text.slice(cut), space: false });
      }
      line.words.push({ ...word, x: x + gap, w });
      x += gap + w;
    };
    for (const word of this.words(runs, bold)) push(word);
    if (line.words.length > 0 || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Draws a wrapped line: runs of one style as one string, blanks on a highlight as in the .docx. */
  drawLine(page: PDFPage, line: Line, left: number, baseline: number, size = SIZE): void {
    const parts: Array<{ text: string; bold: boolean; x: number }> = [];
    let last: (Word & { x: number; w: number }) | undefined;
    for (const word of line.words) {
      if (word.blank) {
        page.drawRectangle({
          x: left + word.x - 1,
          y: baseline - 3,
          width: word.w + 2,
          height: size + 2,
          color: BLANK_FILL,
        });
      }
      const tail = parts.at(-1);
      if (tail && last && last.bold === word.bold) tail.text += (word.space ? " " : "") + word.text;
      else parts.push({ text: word.text, bold: word.bold, x: left + word.x });
      last = word;
    }
    if (parts.length > 0) this.text(page, parts, baseline, size);
  }

  /** One unit per line, so a long paragraph may continue on the next page. */
  lines(runs: Run[], opts: { indent?: number; before?: number; size?: number; bold?: boolean; marker?: string } = {}) {
    const indent = opts.indent ?? 0;
    const size = opts.size ?? SIZE;
    const leading = size * (LEADING / SIZE);
    const wrapped = this.wrap(runs, WIDTH - indent, size, opts.bold);
    const units = wrapped.map(
      (line, i): Unit => ({
        height: leading,
        before: i === 0 ? (opts.before ?? 0) : 0,
        draw: (page, top) => {
          const baseline = top - size;
          if (i === 0 && opts.marker) {
            this.text(page, [{ text: opts.marker, bold: false, x: MARGIN + indent - 14 }], baseline, size);
          }
          this.drawLine(page, line, MARGIN + indent, baseline, size);
        },
      }),
    );
    // No paragraph's first line alone at a page's foot, nor its last alone at the next page's head.
    if (units.length >= 2) {
      units[0]!.keepWithNext = true;
      units[units.length - 2]!.keepWithNext = true;
    }
    return units;
  }

  /** A two-column row (bold label, wrapped value) with rules, as one unit; `box` fills and frames it. */
  row(label: string, value: Run[], first: boolean, box: boolean): Unit {
    const labelLines = this.wrap([{ text: label }], LABEL_W - 2 * PAD, SIZE, true);
    const valueLines = this.wrap(value, WIDTH - LABEL_W - 2 * PAD);
    const height = Math.max(labelLines.length, valueLines.length) * LEADING + 2 * PAD;
    return {
      height,
      before: first ? 6 : 0,
      draw: (page, top) => {
        const bottom = top - height;
        if (box) page.drawRectangle({ x: MARGIN, y: bottom, width: WIDTH, height, color: BOX_FILL });
        const border = { thickness: box ? 1 : 0.5, color: RULE };
        page.drawLine({ start: { x: MARGIN, y: top }, end: { x: MARGIN + WIDTH, y: top }, ...border });
        page.drawLine({ start: { x: MARGIN, y: bottom }, end: { x: MARGIN + WIDTH, y: bottom }, ...border });
        page.drawLine({ start: { x: MARGIN, y: top }, end: { x: MARGIN, y: bottom }, ...border });
        page.drawLine({ start: { x: MARGIN + WIDTH, y: top }, end: { x: MARGIN + WIDTH, y: bottom }, ...border });
        page.drawLine({
          start: { x: MARGIN + LABEL_W, y: top },
          end: { x: MARGIN + LABEL_W, y: bottom },
          thickness: 0.5,
          color: RULE,
        });
        labelLines.forEach((l, i) => {
          this.drawLine(page, l, MARGIN + PAD, top - PAD - SIZE - i * LEADING);
        });
        valueLines.forEach((l, i) => {
          this.drawLine(page, l, MARGIN + LABEL_W + PAD, top - PAD - SIZE - i * LEADING);
        });
      },
    };
  }

  block(b: Block, prev: Block | undefined): Unit[] {
    switch (b.type) {
      case "heading": {
        const units = this.lines([{ text: b.text }], { before: 14, size: 13, bold: true });
        for (const u of units) u.keepWithNext = true;
        const last = units.at(-1);
        if (last) last.height += 4;
        return units;
      }
      case "paragraph":
        return this.lines(b.runs, { before: 8 });
      case "table":
      case "summary":
        return b.rows.map((row, i) => {
          const unit = this.row(row.label, row.value, i === 0, b.type === "summary");
          // Seen in renders: a table's first row alone at the foot of a page, the rest overleaf; and
          // the patient table split after two rows. A short table stays whole (as the .docx keeps it).
          if (i < b.rows.length - 1 && (i === 0 || b.rows.length <= SHORT_TABLE)) unit.keepWithNext = true;
          return unit;
        });
      case "list":
        return b.items.flatMap((item, i) =>
          this.lines(item, { indent: 18, before: i === 0 ? 8 : 3, marker: b.ordered ? `${i + 1}.` : "•" }),
        );
      case "signature": {
        const lines: Run[][] = [
          [{ text: "Signature: ______________________________" }],
          [{ text: "Printed name: " }, ...b.name],
        ];
        if (b.capacity) lines.push([{ text: "Signing as: " }, ...b.capacity]);
        lines.push([{ text: "Date signed: ____________________" }]);
        return lines.flatMap((runs, i) => this.lines(runs, { before: i === 0 ? 28 : 6 }));
      }
      case "address":
        // The addressee follows the sender's block and date with a blank line's space.
        return b.lines.flatMap((runs, i) => this.lines(runs, { before: i === 0 && prev ? 14 : 0 }));
      case "date":
        return this.lines([{ text: b.text }], { before: 14 });
      case "enclosures":
        return [
          ...this.lines([{ text: b.items.length === 1 ? "Enclosure:" : "Enclosures:" }], { before: 14 }),
          ...b.items.flatMap((item) => this.lines(item, { indent: 18, marker: "•" })),
        ];
    }
  }
}

/** Places units top-down on pages; a group of units marked together moves whole to a new page. */
class Flow {
  readonly pages: PDFPage[] = [];
  private top = 0;

  constructor(private readonly doc: PDFDocument) {}

  newPage(): void {
    this.pages.push(this.doc.addPage([PAGE_W, PAGE_H]));
    this.top = PAGE_H - MARGIN;
  }

  private room(): number {
    return this.top - MARGIN;
  }

  place(units: Unit[], keep: Set<number>): void {
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      let need = unit.before + unit.height;
      if (keep.has(i)) {
        // The whole kept run (closing paragraph, signature, enclosures) must fit, or it starts a page.
        let j = i;
        while (keep.has(j + 1)) j++;
        need = units.slice(i, j + 1).reduce((sum, u) => sum + u.before + u.height, 0);
        if (need <= PAGE_H - 2 * MARGIN && need > this.room()) this.newPage();
        for (let k = i; k <= j; k++) this.put(units[k]!);
        i = j;
        continue;
      }
      // A chain of keep-with-next units (a heading, then a table's first row) moves with what follows it.
      for (let j = i; units[j]?.keepWithNext && units[j + 1]; j++) need += units[j + 1]!.before + units[j + 1]!.height;
      if (need > this.room() && this.top < PAGE_H - MARGIN) this.newPage();
      this.put(unit);
    }
  }

  private put(unit: Unit): void {
    const before = this.top === PAGE_H - MARGIN ? 0 : unit.before;
    if (before + unit.height > this.room() && this.top < PAGE_H - MARGIN) this.newPage();
    else this.top -= before;
    unit.draw(this.pages.at(-1)!, this.top);
    this.top -= unit.height;
  }
}

function runsLength(runs: Run[]): number {
  return runs.reduce((n, r) => n + ("blank" in r ? blankText(r).length : r.text.length), 0);
}

/** The units of the letter and which of them must stay together (closing paragraph to enclosures). */
function letterUnits(layout: Layout, letter: Letter): { units: Unit[]; keep: Set<number> } {
  const units: Unit[] = [];
  const keep = new Set<number>();
  // Letters built before the contract's blocks (no address) still need their title printed.
  if (!letter.blocks.some((b) => b.type === "address")) {
    units.push(...layout.lines([{ text: letter.title }], { size: 16, bold: true }));
  }
  const sig = letter.blocks.findIndex((b) => b.type === "signature");
  let keepFrom = sig > 0 && letter.blocks[sig - 1]?.type === "paragraph" ? sig - 1 : sig;
  // A bare valediction ("Sincerely,") is not a closing paragraph: keep the one before it too.
  const before = letter.blocks[keepFrom];
  if (keepFrom > 0 && before?.type === "paragraph" && runsLength(before.runs) < 40) {
    if (letter.blocks[keepFrom - 1]?.type === "paragraph") keepFrom--;
  }
  letter.blocks.forEach((b, i) => {
    const start = units.length;
    units.push(...layout.block(b, letter.blocks[i - 1]));
    if (sig >= 0 && i >= keepFrom && (i <= sig || b.type === "enclosures")) {
      for (let k = start; k < units.length; k++) keep.add(k);
    }
  });
  return { units, keep };
}

/** Page numbers on the letter's pages, so a clerk can tell a page is missing. */
function number(pages: PDFPage[], layout: Layout): void {
  pages.forEach((page, i) => {
    const text = `Page ${i + 1} of ${pages.length}`;
    const x = (PAGE_W - layout.width(text, 9)) / 2;
    page.pushOperators(pushGraphicsState(), setFillingGrayscaleColor(0.4));
    layout.text(page, [{ text, bold: false, x }], MARGIN / 2, 9);
    page.pushOperators(popGraphicsState());
  });
}

/**
 * Renders the letter as a PDF: the letter on US Letter pages (closing paragraph, signature and
 * enclosures kept on one page), then the notes for the patient on their own page, then the Spanish
 * explanation (when the letter has one) on its own page.
 */
export async function renderPdf(letter: Letter): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const [regular, bold] = await Promise.all([embedFont(doc, DEJAVU_SANS), embedFont(doc, DEJAVU_SANS_BOLD)]);
  doc.setTitle(letter.title);
  doc.setCreator("recordpath");
  doc.setProducer("recordpath (pdf-lib)");
  doc.setLanguage("en-US");
  const layout = new Layout(regular, bold);

  const flow = new Flow(doc);
  flow.newPage();
  const { units, keep } = letterUnits(layout, letter);
  flow.place(units, keep);
  number(flow.pages, layout);

  if (letter.guidance.length) {
    const notes = new Flow(doc);
    notes.newPage();
    notes.place(
      [
        ...layout.lines([{ text: "Notes for you (do not send this page)" }], { size: 13, bold: true }),
        ...letter.guidance.flatMap((g) => layout.lines([{ text: g }], { indent: 18, before: 6, marker: "•" })),
      ],
      new Set(),
    );
  }
  if (letter.explanation) {
    const page = new Flow(doc);
    page.newPage();
    page.place(
      [
        ...layout.lines([{ text: letter.explanation.title }], { size: 13, bold: true }),
        ...letter.explanation.paragraphs.flatMap((para) => layout.lines([{ text: para }], { before: 8 })),
      ],
      new Set(),
    );
  }
  // One pass without yielding to the event loop: a letter is small, and each yield is a timer tick.
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false });
}
