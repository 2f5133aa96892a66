// Embeds a TrueType font in a pdf-lib document from build-time metrics (scripts/build-fonts.mjs):
// a Type0/CIDFontType2 font with Identity-H encoding, its program in FontFile2 and a ToUnicode map,
// so text is real, searchable text. No font parser runs in the Worker: fontkit alone would add
// ~340 KB gzip to the bundle and parse the font on every letter.
import { type PDFDocument, PDFHexString, type PDFRef, PDFString } from "pdf-lib";

/** A font as scripts/build-fonts.mjs writes it. */
export interface EmbeddedFont {
  metrics: {
    /** PostScript name. */
    name: string;
    /** [code point, glyph id] pairs. */
    cmap: number[][];
    /** Advance of each glyph id, in 1/1000 em. */
    widths: number[];
    bbox: number[];
    ascent: number;
    descent: number;
    capHeight: number;
    italicAngle: number;
  };
  /** The TrueType file, base64. */
  ttf: string;
}

/** What a font costs to prepare, done once per isolate: decoded maps, deflated program and CMap. */
interface Prepared {
  font: EmbeddedFont;
  glyphs: Map<number, number>;
  program: Uint8Array;
  programLength: number;
  toUnicode: Uint8Array;
}

/** A font placed in one document: its reference, for pages' resources, and how to measure and encode. */
export interface PdfFont {
  ref: PDFRef;
  name: string;
  has(codePoint: number): boolean;
  /** Width of `text` at `size` points (every character must be one `has` accepts). */
  width(text: string, size: number): number;
  /** `text` as the glyph ids the content stream shows. */
  encode(text: string): PDFHexString;
}

const prepared = new Map<EmbeddedFont, Promise<Prepared>>();

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  // "deflate" is the zlib format FlateDecode reads; CompressionStream is built into workerd and Node.
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

/** UTF-16BE hex of a code point, for the ToUnicode map. */
function utf16(codePoint: number): string {
  return Array.from(String.fromCodePoint(codePoint), (ch) => hex4(ch.charCodeAt(0))).join("");
}

/** The CMap that maps each glyph id back to its character, so the text can be searched and copied. */
function toUnicodeCMap(cmap: number[][]): string {
  const seen = new Set<number>();
  const entries: string[] = [];
  for (const [cp, gid] of cmap) {
    if (cp === undefined || gid === undefined || seen.has(gid)) continue;
    seen.add(gid);
    entries.push(`<${hex4(gid)}> <${utf16(cp)}>`);
  }
  const chunks: string[] = [];
  // A bfchar section holds at most 100 entries.
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
    ...chunks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

async function prepare(font: EmbeddedFont): Promise<Prepared> {
  const ttf = Uint8Array.from(atob(font.ttf), (ch) => ch.charCodeAt(0));
  const cmap = new TextEncoder().encode(toUnicodeCMap(font.metrics.cmap));
  const glyphs = new Map<number, number>();
  for (const [cp, gid] of font.metrics.cmap) if (cp !== undefined && gid !== undefined) glyphs.set(cp, gid);
  const [program, toUnicode] = await Promise.all([deflate(ttf), deflate(cmap)]);
  return { font, glyphs, program, programLength: ttf.length, toUnicode };
}

/** Adds `font` to `doc` (the whole subset file: deflated once per isolate, then reused by every letter). */
export async function embedFont(doc: PDFDocument, font: EmbeddedFont): Promise<PdfFont> {
  let ready = prepared.get(font);
  if (!ready) {
    ready = prepare(font);
    prepared.set(font, ready);
  }
  const { glyphs, program, programLength, toUnicode } = await ready;
  const m = font.metrics;
  const ctx = doc.context;
  const file = ctx.register(ctx.stream(program, { Filter: "FlateDecode", Length1: programLength }));
  const descriptor = ctx.register(
    ctx.obj({
      Type: "FontDescriptor",
      FontName: m.name,
      Flags: 32,
      FontBBox: m.bbox,
      ItalicAngle: m.italicAngle,
      Ascent: m.ascent,
      Descent: m.descent,
      CapHeight: m.capHeight,
      StemV: 80,
      FontFile2: file,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: m.name,
      CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, m.widths],
      CIDToGIDMap: "Identity",
    }),
  );
  const unicode = ctx.register(ctx.stream(toUnicode, { Filter: "FlateDecode" }));
  const ref = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: m.name,
      Encoding: "Identity-H",
      DescendantFonts: [cidFont],
      ToUnicode: unicode,
    }),
  );
  const advance = (ch: string) => m.widths[glyphs.get(ch.codePointAt(0) ?? 0) ?? 0] ?? 0;
  return {
    ref,
    name: m.name,
    has: (cp) => glyphs.has(cp),
    width(text, size) {
      let total = 0;
      for (const ch of text) total += advance(ch);
      return (total * size) / 1000;
    },
    encode(text) {
      let out = "";
      for (const ch of text) out += hex4(glyphs.get(ch.codePointAt(0) ?? 0) ?? 0);
      return PDFHexString.of(out);
    },
  };
}
