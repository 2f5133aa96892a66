// Every language's lexicon, and helpers that combine one kind of table across languages in LANGS
// order (the extractors read every language at once: a Spanish speaker may write "el hospital" in an
// English sentence, or "records" in a Spanish one).
import type { Lang } from "../langs.js";
import { LANGS } from "../langs.js";
import { en } from "./en.js";
import { es } from "./es.js";
import type { Lexicon, Table } from "./lexicon.js";

export type { Lexicon, Table } from "./lexicon.js";

export const LEXICONS: Record<Lang, Lexicon> = { en, es };

type TableKey = { [K in keyof Lexicon]-?: NonNullable<Lexicon[K]> extends Table<unknown> ? K : never }[keyof Lexicon];
type WordsKey = { [K in keyof Lexicon]-?: NonNullable<Lexicon[K]> extends string ? K : never }[keyof Lexicon];

/** One kind of table from every language, in LANGS order (its priority): for compile(...). */
export function tablesOf<K extends TableKey>(key: K): Array<NonNullable<Lexicon[K]>> {
  return LANGS.flatMap((l) => {
    const table = LEXICONS[l][key];
    return table ? [table] : [];
  });
}

/** One kind of word list from every language that has it, as one regex alternation. */
export function wordsOf(key: WordsKey): string {
  return LANGS.flatMap((l) => LEXICONS[l][key] ?? []).join("|");
}

/** A word → number table merged across languages (numbers, months). */
export function mergedOf(key: "numbers" | "months"): Readonly<Record<string, number>> {
  return Object.fromEntries(LANGS.flatMap((l) => Object.entries(LEXICONS[l][key])));
}
