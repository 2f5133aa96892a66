// Slips of the thumb on the words the lexicons key on: "hosptial", "recrods", "delivrey", "new
// mexcio". A word is corrected only by one swapped pair of letters or one letter too many or too
// few (never a changed letter, so "Marie" never becomes "Maine"), to one vocabulary word only.
import { LEXICONS, tablesOf } from "../../../i18n/lexicons/index.js";
import { CITIES } from "../../../i18n/lexicons/names.js";

/** Record, provider and care words patients misspell, besides state and city names. */
const WORDS =
  "hospital|hospitals|records|record|delivery|surgery|vaccines|vaccine|vaccination|vaccinations|immunization|immunizations|prescription|prescriptions|pediatrician|appointment|emergency|insurance|medicaid|medicare|results|mammogram|ultrasound|biopsy|physical|therapist|psychiatrist|dentist|clinic|medical|doctor|doctors|prenatal|pregnancy|discharge|imaging|radiology|portal|password|disability|lawyer|attorney|everything|complete|chart|letter|request";

/** Every vocabulary word of six letters or more: shorter ones are too close to other words. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [
    WORDS,
    ...tablesOf("stateNames")
      .flat()
      .map(([, source]) => source),
    ...CITIES.map(([, source]) => source),
  ]
    .join("|")
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 6),
);

/**
 * Real words one slip away from a vocabulary word, left alone: every word the lexicons spell out
 * ("medica", "clinica", "doctora" in Spanish), and a few English ones ("indian" is not "indiana").
 */
const KNOWN: ReadonlySet<string> = new Set([
  "indian",
  ...Object.values(LEXICONS).flatMap((lexicon) =>
    Object.values(lexicon)
      .flatMap((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v.map((row) => String(row[1])) : []))
      .join("|")
      .split(/[^a-z]+/),
  ),
]);

/** True when `a` becomes `b` by swapping two neighbouring letters. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** True when `long` is `short` with one letter added (not a plural's "s"). */
function oneMore(long: string, short: string): boolean {
  if (long.length !== short.length + 1 || long === `${short}s`) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** Vocabulary words one letter longer, as long, or one shorter, by a word's length. */
const NEAR = new Map<number, readonly string[]>();
for (const v of VOCABULARY)
  for (const n of [v.length - 1, v.length, v.length + 1]) NEAR.set(n, [...(NEAR.get(n) ?? []), v]);

/** The vocabulary word a misspelled word stands for, when exactly one fits. */
function correction(word: string): string | undefined {
  if (word.length < 5 || VOCABULARY.has(word) || KNOWN.has(word)) return undefined;
  const fits = (NEAR.get(word.length) ?? []).filter((v) => swapped(word, v) || oneMore(word, v) || oneMore(v, word));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The same casing as the word it replaces: "Hosptial" → "Hospital", "HOSPITL" → "HOSPITAL". */
function recase(like: string, word: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The text with misspelled vocabulary words corrected; addresses, emails and numbers untouched. */
export function correctSpelling(text: string): string {
  return text.replace(/(?<![\p{L}\d_@./-])\p{L}{5,}(?![\p{L}\d_@/-]|\.\w)/gu, (word) => {
    if (!/^[A-Za-z]+$/.test(word)) return word;
    const fixed = correction(word.toLowerCase());
    return fixed ? recase(word, fixed) : word;
  });
}
