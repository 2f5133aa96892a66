// The chat panel's catalog in every language, apart from the rest so the browser bundle carries
// only the panel's words.
import type { Lang } from "../langs.js";
import { widget as en, type WidgetCatalog } from "./en/widget.js";
import { widget as es } from "./es/widget.js";

export type { WidgetCatalog } from "./en/widget.js";

export const WIDGET_CATALOGS: Record<Lang, WidgetCatalog> = { en, es };
