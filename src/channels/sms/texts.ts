// The SMS channel's own fixed replies (keywords, limits, timeouts) in the conversation's language; the
// words are in the catalogs (src/i18n/catalogs/*/sms.ts).

import type { SmsCatalog } from "../../i18n/catalogs/en/sms.js";
import { CATALOGS } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";

/** The fixed replies in `lang`. */
export function smsTexts(lang: Lang): SmsCatalog["texts"] {
  return CATALOGS[lang].sms.texts;
}
