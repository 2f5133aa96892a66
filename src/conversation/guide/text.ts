// The message as every extractor sees it: the original (for capitalised names), a folded copy
// (lower case, no accents, straight quotes) for the lexicons, and helpers to compile data tables.

/** One patient message, prepared once per turn. `low` has the same length as `raw`. */
export interface Message {
  raw: string;
  low: string;
  /** `low` with spans that an earlier rule consumed blanked out (e.g. "Kansas City"). */
  masked: string;
}

const MARKS = /\p{M}/gu;
const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const DQUOTES = /[\u201c\u201d]/g;
const DASHES = /[\u2013\u2014]/g;
const SPACES = /\s+/g;

/** Folds a message so one lexicon entry matches "Médico", "medico" and "MEDICO". */
export function prepare(text: string): Message {
  const raw = text
    .normalize("NFC")
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
  let low = raw.normalize("NFD").replace(MARKS, "").toLowerCase();
  // Case folding can change length for a few exotic letters; names then come from `low` too.
  const aligned = low.length === raw.length;
  if (!aligned) low = raw.toLowerCase();
  return { raw: aligned ? raw : low, low, masked: low };
}

/** Blanks [start, end) in the masked copy so later rules do not read the same words again. */
export function consume(msg: Message, start: number, end: number): void {
  msg.masked = msg.masked.slice(0, start) + " ".repeat(end - start) + msg.masked.slice(end);
}

/** A lexicon: values with the phrases (regex source, folded text) that mean them. */
export type Table<V> = ReadonlyArray<readonly [V, string]>;
export type Compiled<V> = ReadonlyArray<readonly [V, RegExp]>;

/** Compiles a table once at module load; each phrase list becomes one whole-word regex. */
export function compile<V>(...tables: Array<Table<V>>): Compiled<V> {
  return tables.flat().map(([value, source]) => [value, new RegExp(`(?<![\\w'])(?:${source})(?![\\w])`, "g")] as const);
}

/** First value whose phrase occurs in the text, in table order. */
export function firstMatch<V>(table: Compiled<V>, text: string): V | undefined {
  for (const [value, re] of table) {
    re.lastIndex = 0;
    if (re.test(text)) return value;
  }
  return undefined;
}

/** Every value whose phrase occurs, with the position of its first occurrence. */
export function allMatches<V>(table: Compiled<V>, text: string): Array<{ value: V; index: number; end: number }> {
  const out: Array<{ value: V; index: number; end: number }> = [];
  for (const [value, re] of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ value, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Cardinal number words (English and Spanish, folded) a patient may spell out. "a", "few", "couple",
 * Spanish "un"/"una" ("a") and "once" (11, but English "once") are left out: they would turn vague
 * words into counts. Dates read "a month ago" / "hace un mes" on their own.
 */
// biome-ignore format: a data table reads best in rows
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  quince: 15, veinte: 20,
};
export const NUMBER_SOURCE = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}`;

/** Reads "5", "five" or "cinco". */
export function toNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** "Dr." and "St." end in a dot that does not end a sentence; same length, so indexes still hold. */
export const ABBREVIATION = /\b(dr|dra|st|mr|mrs|ms|jr)\./g;
const CLAUSE_END = /[.;!?\n]|,(?= )| and | but | y | pero /g;

/** The clause around [start, end): facts about a date or a year are read only from their own clause. */
export function clauseAround(low: string, start: number, end: number): string {
  const [from, to] = clauseBounds(low, start, end);
  return low.slice(from, to);
}

/** Start and end index of the clause around [start, end). */
export function clauseBounds(low: string, start: number, end: number): [number, number] {
  const text = low.replace(ABBREVIATION, "$1 ");
  let from = 0;
  let to = text.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}
