// GSM 03.38 for SMS: the 7-bit default alphabet and its extension table, typographic normalisation
// to that alphabet, and segment counting (160/153 septets, or 70/67 UTF-16 units once UCS-2).

/** The GSM 03.38 basic character set, in code order (0x00–0x7F; 0x1B is the escape to the extension table). */
const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/** Characters sent as escape + code: each costs two septets. */
const EXTENSION = "\f^{}\\[~]|€";

const BASIC_SET = new Set([...BASIC].filter((c) => c !== "\u001b"));
const EXTENSION_SET = new Set(EXTENSION);

/** Septets per message when it fits in one segment, and per segment once it is split (UDH takes the rest). */
const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/**
 * Typography that phones and models produce but GSM-7 lacks, mapped to the nearest GSM-7 text. One
 * curly quote would otherwise switch the whole message to UCS-2 and more than double its segments.
 */
const REPLACEMENTS: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " "],
  // Zero-width space and BOM carry nothing; joiners stay (they hold emoji sequences together).
  [/[\u200b\ufeff]/g, ""],
  [/[\u2022\u2023\u2043\u25aa\u25cf\u00b7]/g, "-"],
  [/\u2192/g, "->"],
  [/\u2190/g, "<-"],
  [/\u2264/g, "<="],
  [/\u2265/g, ">="],
  [/\u00d7/g, "x"],
  [/\r\n?/g, "\n"],
];

/** Replaces typographic punctuation and odd spaces with their GSM-7 equivalents; letters are kept. */
export function normalizeForSms(text: string): string {
  let out = text.normalize("NFC");
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** True when every character is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const c of text) if (!BASIC_SET.has(c) && !EXTENSION_SET.has(c)) return false;
  return true;
}

/** Septets a GSM-7 character takes (2 for the extension table). */
function septets(c: string): number {
  return EXTENSION_SET.has(c) ? 2 : 1;
}

export interface SegmentInfo {
  encoding: "GSM-7" | "UCS-2";
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/**
 * Counts the segments a message is sent as. Split messages never cut an escape sequence or a
 * surrogate pair in half, so a character that would straddle a boundary opens the next segment.
 */
export function segmentInfo(text: string): SegmentInfo {
  const gsm = isGsm7(text);
  const cost = gsm ? septets : (c: string) => c.length;
  const single = gsm ? GSM_SINGLE : UCS2_SINGLE;
  const part = gsm ? GSM_PART : UCS2_PART;
  let units = 0;
  for (const c of text) units += cost(c);
  const encoding = gsm ? "GSM-7" : "UCS-2";
  if (units === 0) return { encoding, units, segments: 0 };
  if (units <= single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const c of text) {
    const n = cost(c);
    if (used + n > part) {
      segments++;
      used = 0;
    }
    used += n;
  }
  return { encoding, units, segments };
}

/** Segments of `text` (see segmentInfo). */
export function segmentCount(text: string): number {
  return segmentInfo(text).segments;
}
