// The message as every extractor sees it: the original (for capitalised names), a folded copy
// (lower case, no accents, straight quotes) for the lexicons, and helpers to compile data tables.
import { fold } from "../../i18n/fold.js";
import { mergedOf, type Table, tablesOf } from "../../i18n/lexicons/index.js";
import { correctSpelling } from "./extractors/spelling.js";

/** One patient message, prepared once per turn. `low` and `text` have the same length as `raw`. */
export interface Message {
  raw: string;
  low: string;
  /** `low` with spans that an earlier rule consumed blanked out (e.g. "Kansas City"). */
  masked: string;
  /**
   * The patient's own characters (curly apostrophes, en dashes kept), where names are copied from:
   * a name is kept exactly as written ("Baylor Scott & White Medical Center – Temple").
   */
  text: string;
  /** Spans of the provider names read so far: a state inside one ("University of Colorado") still counts. */
  names: Array<[number, number]>;
}

/**
 * Folds a message so one lexicon entry matches "Médico", "medico" and "MEDICO", after correcting
 * slips on the words the lexicons key on ("hosptial", "new mexcio").
 */
export function prepare(message: string): Message {
  const text = correctSpelling(message);
  const { raw, low } = fold(text);
  const own = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return { raw, low, masked: low, text: own.length === raw.length ? own : raw, names: [] };
}

/** Blanks [start, end) in the masked copy so later rules do not read the same words again. */
export function consume(msg: Message, start: number, end: number): void {
  msg.masked = msg.masked.slice(0, start) + " ".repeat(end - start) + msg.masked.slice(end);
}

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

/** Cardinal number words of every language (folded); dates read "a month ago" / "hace un mes" on their own. */
const NUMBER_WORDS = mergedOf("numbers");
export const NUMBER_SOURCE = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}`;

/** Reads "5", "five" or "cinco". */
export function toNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** "Dr." and "St." end in a dot that does not end a sentence; same length, so indexes still hold. */
export const ABBREVIATION = /\b(dr|dra|st|mr|mrs|ms|jr)\./g;
/** A comma before a state ("Columbus, Ohio on September 2") joins a place, it does not end a clause. */
const STATE_AFTER = tablesOf("stateNames")
  .flat()
  .map(([, source]) => source)
  .join("|");
const CLAUSE_END = new RegExp(`[.;!?\\n]|,(?= )(?! (?:${STATE_AFTER}|[a-z]{2})\\b)| and | but | y | pero `, "g");

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
