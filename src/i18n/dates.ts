// Dates as each language shows them to a patient. English keeps the YYYY-MM-DD the engine has always
// written; Spanish writes "4 de marzo de 2026". Partial dates ("2020", "2020-05") read naturally too.
import type { Lang } from "./langs.js";

const MONTHS_ES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** "2026-03-04" → "4 de marzo de 2026", "2026-03" → "marzo de 2026"; anything else as it is. */
function spanishDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  const month = m?.[2] ? MONTHS_ES[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} de ${month} de ${m[1]}` : `${month} de ${m[1]}`;
}

/** A YYYY-MM-DD (or YYYY-MM, YYYY) date as the patient reads it in `lang`. */
export const SHOWN_DATE: Record<Lang, (iso: string) => string> = {
  en: (iso) => iso,
  es: spanishDate,
};
