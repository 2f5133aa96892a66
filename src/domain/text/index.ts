// The engine's words in every language: recommendPath, explainRights and stateFacts write their
// Statements through one of these, chosen by the conversation's language; citations and certainty
// never depend on it.
import { DEFAULT_LANG, type Lang } from "../../i18n/langs.js";
import { type EngineText, en } from "./en/index.js";
import { es } from "./es/index.js";

export type { EngineText } from "./en/index.js";

export const TEXT: Record<Lang, EngineText> = { en, es };

/** The engine's words in `lang` (English by default). */
export function engineText(lang: Lang = DEFAULT_LANG): EngineText {
  return TEXT[lang];
}
