// Every language's message catalog. Each is typed by the English one, so a language that lacks a
// key, or a key that one language renamed, does not compile.
import type { Lang } from "../langs.js";
import { type ErrorsCatalog, errors as enErrors } from "./en/errors.js";
import { guide as enGuide, type GuideCatalog } from "./en/guide.js";
import { sms as enSms, type SmsCatalog } from "./en/sms.js";
import { errors as esErrors } from "./es/errors.js";
import { guide as esGuide } from "./es/guide.js";
import { sms as esSms } from "./es/sms.js";
import { WIDGET_CATALOGS, type WidgetCatalog } from "./widget.js";

/** A language's words, one section per part of the product; each section's type is the English one's. */
export interface Catalog {
  guide: GuideCatalog;
  widget: WidgetCatalog;
  sms: SmsCatalog;
  errors: ErrorsCatalog;
}

export const CATALOGS: Record<Lang, Catalog> = {
  en: { guide: enGuide, widget: WIDGET_CATALOGS.en, sms: enSms, errors: enErrors },
  es: { guide: esGuide, widget: WIDGET_CATALOGS.es, sms: esSms, errors: esErrors },
};

/** A catalog text with its `{name}` placeholders filled in (a missing value leaves nothing). */
export function fill(text: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}
