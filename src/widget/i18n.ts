// The panel's choice of interface language: the patient's own pick first, then the browser's
// languages, then the clinic's first language. The words are the catalogs' widget section.
import { WIDGET_CATALOGS, type WidgetCatalog } from "../i18n/catalogs/widget.js";
import { DEFAULT_LANG, firstOffered, isLang, type Lang } from "../i18n/langs.js";

export type { Lang } from "../i18n/langs.js";
export type Strings = WidgetCatalog;

export const STRINGS: Record<Lang, Strings> = WIDGET_CATALOGS;

/** The interface language: a stored pick if the clinic offers it, else the browser's, else the clinic's first. */
export function pickLanguage(offered: readonly string[], stored: string | null, browser: readonly string[]): Lang {
  const ok = offered.filter(isLang);
  if (isLang(stored) && ok.includes(stored)) return stored;
  return firstOffered(browser, ok) ?? ok[0] ?? DEFAULT_LANG;
}

/** The language the panel's language button switches to: the next one the clinic offers. */
export function nextLanguage(current: Lang, offered: readonly string[]): Lang {
  const ok = offered.filter(isLang);
  return ok[(ok.indexOf(current) + 1) % ok.length] ?? current;
}
