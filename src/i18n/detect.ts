// The one language detector. A message's language is the one whose common words it uses most (a
// tie goes to the language whose letters it shows, then to the first in LANGS). Within a
// conversation the language is sticky: a place or provider name ("El Dorado", "Clínica San José",
// "The Children's Hospital") does not switch it; a sentence in the other language does.
import { fold } from "./fold.js";
import { DEFAULT_LANG, LANGS, type Lang } from "./langs.js";
import { LEXICONS } from "./lexicons/index.js";

/**
 * Distinct marker words the other language needs before a conversation switches to it. Names are
 * one or two such words ("Clínica San José", "Hospital de la Paz"); a sentence has more ("necesito
 * mis expedientes", "I need my records").
 */
const SWITCH_WORDS = 3;

const MARKERS = LANGS.map((lang) => ({
  lang,
  words: new RegExp(`(?<![\\w'])(?:${LEXICONS[lang].markers})(?![\\w'])`, "g"),
  letters: LEXICONS[lang].letters,
}));

interface Score {
  lang: Lang;
  count: number;
  distinct: number;
  marked: boolean;
}

function scores(text: string): Score[] {
  const { raw, low } = fold(text);
  return MARKERS.map(({ lang, words, letters }) => {
    const found = low.match(words) ?? [];
    return { lang, count: found.length, distinct: new Set(found).size, marked: letters?.test(raw) ?? false };
  });
}

/**
 * The language of one message, given the conversation's so far (`current`); undefined when the
 * message shows none ("2", "Maria Lopez, 12/8/1990") and nothing is known yet.
 */
export function detectLanguage(text: string, current?: Lang): Lang | undefined {
  const all = scores(text);
  let best: Score | undefined;
  for (const s of all) {
    if (s.count === 0) continue;
    if (!best || s.count > best.count || (s.count === best.count && s.marked && !best.marked)) best = s;
  }
  if (!best) return current;
  if (!current || best.lang === current) return best.lang;
  return best.distinct >= SWITCH_WORDS ? best.lang : current;
}

/** The language of one message on its own, DEFAULT_LANG when it shows none ("STOP", "2"). */
export function messageLanguage(text: string): Lang {
  return detectLanguage(text) ?? DEFAULT_LANG;
}

/** The language of a conversation: each patient message in turn, oldest first, through the detector. */
export function conversationLanguage(texts: Iterable<string>): Lang | undefined {
  let lang: Lang | undefined;
  for (const text of texts) lang = detectLanguage(text, lang);
  return lang;
}

/** A stored chat message, as far as its language goes (the AI SDK's UI message shape). */
interface MessageLike {
  role: string;
  parts: ReadonlyArray<{ type: string; text?: string }>;
}

const userTexts = (messages: readonly MessageLike[]): string[] =>
  messages.flatMap((m) =>
    m.role === "user" ? [m.parts.flatMap((p) => (p.type === "text" && p.text ? [p.text] : [])).join("\n")] : [],
  );

/**
 * The language a conversation's patient messages show, or undefined when none shows one yet ("2",
 * a name): an error then follows the request's Accept-Language (the chat panel's own language).
 */
export function spokenLanguage(messages: readonly MessageLike[]): Lang | undefined {
  return conversationLanguage(userTexts(messages));
}

/** The language of a conversation from its patient messages; DEFAULT_LANG when none shows one yet. */
export function patientLanguage(messages: readonly MessageLike[]): Lang {
  return spokenLanguage(messages) ?? DEFAULT_LANG;
}

/**
 * The turn's language. With a language the patient picked (the panel's language button), that one,
 * unless the newest message is plainly in another (as many marker words as it takes to switch a
 * conversation); without a pick, the conversation's own (patientLanguage).
 */
export function turnLanguage(messages: readonly MessageLike[], picked?: Lang): Lang {
  if (!picked) return patientLanguage(messages);
  return detectLanguage(userTexts(messages).at(-1) ?? "", picked) ?? picked;
}
