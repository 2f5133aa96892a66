// The guide's questions: one per topic it may ask about, in the patient's language, each with quick
// replies whose values the extractor understands. The words live in the catalogs (src/i18n).
import { CATALOGS } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import type { Choices } from "../../sessions/session.js";
import type { AskedTopic } from "./topics.js";

/** The question's text and its quick replies in the patient's language. */
export function question(topic: AskedTopic, lang: Lang): { text: string; choices: Choices } {
  const q = CATALOGS[lang].guide.questions[topic];
  return { text: q.text, choices: { topic, options: q.options.map(([label, value]) => ({ label, value })) } };
}
