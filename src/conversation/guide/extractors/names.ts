// Where a proper name the patient wrote begins and ends: capitalised words and the small words
// between them ("University of Colorado", "Scott & White", "Clínica de la Comunidad"), never the
// next sentence's first word; and whether a short answer is a name at all ("thx", "draft letter",
// "No sé" are not). Names are returned as the patient wrote them: their spelling, their capitals.
import { fold } from "../../../i18n/fold.js";
import { mergedOf, tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { CITIES } from "../../../i18n/lexicons/names.js";

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The message's words with their positions; punctuation stays on the word it follows. */
export function tokens(raw: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** "St.", "Dr.", "P." and "Jr." end in a dot that does not end a sentence. */
const ABBREVIATED = /^(?:[A-Za-z]|St|Mt|Ft|Dr|Dra|Sr|Sra|Jr|Mr|Mrs|Ms)\.$/;
/** A word that starts a name: capitalised, or capitals and digits ("UCHealth", "LAC+USC", "MD"). */
const CAPITALISED = /^(?:[A-ZÁÉÍÓÚÑÜ][\p{L}\p{N}'.&+-]*)$/u;

/** The word without the punctuation that ends a clause after it ("Hospital," → "Hospital"). */
export function bare(word: string): string {
  if (ABBREVIATED.test(word)) return word;
  return word
    .replace(/^["(]+/, "")
    .replace(/[),;:!?"]+$/, "")
    .replace(/\.+$/, "");
}

/** True when the word closes its clause: "Hospital," "Clinic." "Health?" (but not "St."). */
export function closes(word: string): boolean {
  return !ABBREVIATED.test(word) && /[.,;:!?)"]$/.test(word);
}

/** Capitalised words that start a sentence or a clause rather than continue a name. */
const STARTERS = new RegExp(`^(?:${wordsOf("sentenceStarters")})$`);

/** A word that can be part of a name: capitalised, and not a sentence's opening word ("My", "It's"). */
export function nameWord(word: string): boolean {
  const w = bare(word);
  return w.length > 0 && CAPITALISED.test(w) && !STARTERS.test(fold(w).low);
}

/** Small words inside English names ("University of Colorado", "Scott & White"). */
export const EN_CONNECTORS: ReadonlySet<string> = new Set(["of", "&", "the"]);
/** …and inside Spanish ones ("Clínica de la Comunidad", "Hospital de los Niños"). */
export const ES_CONNECTORS: ReadonlySet<string> = new Set(["de", "del", "la", "las", "los", "el", "&"]);
/** A name that starts with its noun takes both, and "for" ("Hospital for Special Surgery"). */
export const NOUN_FIRST_CONNECTORS: ReadonlySet<string> = new Set([...EN_CONNECTORS, ...ES_CONNECTORS, "for"]);

/**
 * The last token of the name that starts at `from`: name words, with connectors only between two
 * of them, up to the end of a clause. A dash followed by a name word continues it ("Medical Center
 * – Temple"). Returns from - 1 when `from` is not a name word.
 */
/** No name runs longer than this many words ("Northwell Health Long Island Jewish Medical Center" is 7). */
const MAX_WORDS = 10;

export function nameEnd(words: readonly Token[], from: number, connectors: ReadonlySet<string>): number {
  if (!words[from] || !nameWord(words[from].text)) return from - 1;
  let last = from;
  for (let i = from; i < words.length && i - from < MAX_WORDS; ) {
    if (closes(words[i]!.text)) break;
    let j = i + 1;
    while (j < words.length && isJoiner(words[j]!.text, connectors)) j++;
    if (j >= words.length || !nameWord(words[j]!.text) || words.slice(i + 1, j).some((w) => closes(w.text))) break;
    last = j;
    i = j;
  }
  return last;
}

/** The first token of the name that ends at `to`, reading leftwards the same way. */
export function nameStart(words: readonly Token[], to: number, connectors: ReadonlySet<string>): number {
  let first = to;
  for (let i = to; i > 0 && to - i < MAX_WORDS; ) {
    let j = i - 1;
    while (j >= 0 && isJoiner(words[j]!.text, connectors)) j--;
    if (j < 0 || !nameWord(words[j]!.text) || words.slice(j, i).some((w) => closes(w.text))) break;
    first = j;
    i = j;
  }
  return first;
}

const isJoiner = (word: string, connectors: ReadonlySet<string>) =>
  connectors.has(word.toLowerCase()) || /^[-–]$/.test(word);

const MONTHS = Object.keys(mergedOf("months")).join("|");
const CITY_WORDS = CITIES.map(([, source]) => source).join("|");
const STATE_WORDS = tablesOf("stateNames")
  .flat()
  .map(([, source]) => source)
  .join("|");
const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo";
/** A place, a month or a weekday on its own: "from Tampa", "in March", "since Monday" name no provider. */
const ONLY_PLACE_OR_TIME = new RegExp(`^(?:${CITY_WORDS}|${STATE_WORDS}|${MONTHS}|${WEEKDAYS}|[a-z]{2})$`);

/** True when the folded words are only a city, a state, a state code, a month or a weekday. */
export function onlyPlaceOrTime(text: string): boolean {
  return ONLY_PLACE_OR_TIME.test(fold(text).low.replace(/[.,!?]+$/, ""));
}

/** A month, a weekday, a time word or a place preposition: never inside a provider's name written in lower case. */
const NOT_IN_LOWER_NAME = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|in|on|at|en|el|los|las|last|next|ago|year|week|month|yesterday|ayer|pasad[oa]|ano|semana|mes)$`,
);
const TIME_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);
/** A month or a weekday ("October", "septiembre", "Tuesday"). */
export const isTimeWord = (word: string): boolean => TIME_WORD.test(fold(bare(word)).low);
export const notInLowerName = (word: string): boolean => NOT_IN_LOWER_NAME.test(fold(bare(word)).low);

/** A state or a known city on its own ("Lexington" is not one, so "Baptist Health Lexington" keeps it). */
const PLACE = new RegExp(`^(?:${CITY_WORDS}|${STATE_WORDS})$`);
export const isPlace = (word: string): boolean => PLACE.test(fold(bare(word)).low) || /^[A-Z]{2}$/.test(bare(word));

/** Words that link a phrase about when or where: never a name's first word, nor right after a month in it. */
const LINK = /^(?:at|in|on|en|al|a|to|the|el|la|de|del|during|since|around|about)$/;
const LEADING_LINK = /^(?:at|in|on|en|al|to|during|since|around|about|last|next|this|durante|desde)$/;
const NOT_NAME_WORDS = new RegExp(`^(?:${wordsOf("notNames")})$`);
const CHATTER = new RegExp(`^(?:${wordsOf("chatter")})$`);
const GENERIC_ONLY = new RegExp(`^(?:${wordsOf("genericPlaces")})$`);
/** Keys hit in a row ("asdfghjkl"): no vowel in four letters, or seven consonants together. */
const MASHED = /^[^aeiouy\d]{4,}$|[bcdfghjklmnpqrstvwxz]{7}/;
const folded = (w: string) => fold(w.replace(/^[,;:!.¡¿"]+|[,;:!.?"]+$/g, "")).low;

/**
 * What is left of a short answer once chat-speak around it is dropped ("ok thx", "pls", "lol"),
 * or undefined when it reads as a command, a question or a sentence rather than a name ("draft
 * letter", "ok what do i sign", "sí, hágame la carta", "No sé").
 */
export function nameOnly(text: string): string | undefined {
  const trimmed = ABBREVIATED.test(text.trim().split(/\s+/).at(-1) ?? "")
    ? text.trim()
    : text.trim().replace(/[.!]+$/, "");
  if (trimmed.length < 2 || trimmed.length > 80 || /[?@]|\d{3}/.test(trimmed)) return undefined;
  const words = trimmed.split(/\s+/);
  while (words.length > 0 && CHATTER.test(folded(words[0]!))) words.shift();
  while (words.length > 0 && CHATTER.test(folded(words.at(-1)!))) words.pop();
  if (words.length === 0) return undefined;
  const low = words.map(folded);
  if (low.some((w) => NOT_NAME_WORDS.test(w) || CHATTER.test(w) || MASHED.test(w))) return undefined;
  if (low.every((w) => GENERIC_ONLY.test(w))) return undefined;
  // A name never starts with a preposition or a time word ("In august", "September at the hospital").
  if (LEADING_LINK.test(low[0]!) || (ONLY_PLACE_OR_TIME.test(low[0]!) && low[1] !== undefined && LINK.test(low[1])))
    return undefined;
  // A month or a weekday alone ("Septiembre", "next Tuesday" stripped to "Tuesday") says when, not who.
  if (low.every((w) => ONLY_PLACE_OR_TIME.test(w) && !PLACE.test(w) && w.length > 2)) return undefined;
  const name = words.join(" ").replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  return name.length >= 2 ? name : undefined;
}

/** True for a word that can be a surname written in lower case ("dr nguyen", not "dr thx"). */
export function surnameLike(word: string): boolean {
  const w = folded(word);
  return w.length > 1 && !CHATTER.test(w) && !NOT_NAME_WORDS.test(w);
}
