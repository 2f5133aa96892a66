// Facts in the patient's own words: ISO dates as "June 14, 1991" or "14 de junio de 1991", state codes
// as names. Shared by the panel's "What I know so far" and the guide's "Got it", so both say the same.
import { WIDGET_CATALOGS, type WidgetCatalog } from "./catalogs/widget.js";
import type { Lang } from "./langs.js";

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2026-06-14" → "June 14, 2026"; "2025-10" → "October 2025"; "2025" and anything else as given. */
export function plainDate(iso: string, lang: Lang): string {
  return plainDateIn(iso, WIDGET_CATALOGS[lang].dates);
}

/** The same, with a catalog's date words (the panel has its strings, not their language's code). */
export function plainDateIn(iso: string, t: WidgetCatalog["dates"]): string {
  const m = ISO.exec(iso);
  const month = m?.[2] ? t.months[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const vars: Record<string, string> = { month, year: m[1]!, day: String(Number(m[3])) };
  // The catalogs' own small fill: the browser bundle carries only the panel's words.
  return (m[3] ? t.full : t.monthYear).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
}

/** "CO" → "Colorado" (the catalog's name in `lang`); an unknown code as given. */
export function stateName(code: string, lang: Lang): string {
  return WIDGET_CATALOGS[lang].stateNames[code] ?? code;
}
