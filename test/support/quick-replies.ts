// The guide's quick replies as the tests tap them, read from the guide's own questions rather than
// copied, so rewording a label or value moves the tests with it. The one import to re-point when
// the question texts move.
import { type Lang, question, type Topic } from "../../src/conversation/guide/questions.js";
import type { Choices } from "../../src/sessions/session.js";

export type { Lang, Topic };

/** The quick replies the guide offers with its question on `topic`. */
export function quickReplies(topic: Topic, lang: Lang = "en"): Choices {
  return question(topic, lang).choices;
}

/** What the patient sends by tapping the `n`-th quick reply (1-based) of the question on `topic`. */
export function quickReply(topic: Topic, n: number, lang: Lang = "en"): string {
  const option = quickReplies(topic, lang).options[n - 1];
  if (!option) throw new Error(`the ${lang} question on ${topic} has no quick reply ${n}`);
  return option.value;
}
