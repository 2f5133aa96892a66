// The guide's questions: one per topic it may ask about, in the patient's language, each with quick
// replies whose values the extractor understands, and a second wording with an example for when it
// is asked again. The words live in the catalogs (src/i18n).
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import type { Choices } from "../../sessions/session.js";
import type { AskedTopic } from "./topics.js";

/**
 * The question's text and its quick replies in the patient's language; `{clinic}` is the host
 * clinic's name. `again` words it differently, with an example of an answer.
 */
export function question(
  topic: AskedTopic,
  lang: Lang,
  vars: Readonly<Record<string, string>> = {},
  wording: "first" | "again" = "first",
): { text: string; choices: Choices } {
  const words = CATALOGS[lang].guide;
  const q = words.questions[topic];
  return {
    text: fill(wording === "again" ? words.again[topic] : q.text, vars),
    choices: { topic, options: q.options.map(([label, value]) => ({ label: fill(label, vars), value })) },
  };
}
