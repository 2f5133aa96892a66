// The guide's quick replies as the tests tap them, read from the guide's own questions and replies
// rather than copied, so rewording a label or value moves the tests with it. The one place to
// re-point when those texts move.
import { question } from "../../src/conversation/guide/questions.js";
import { afterRecommendation } from "../../src/conversation/guide/replies.js";
import type { AskedTopic as Topic } from "../../src/conversation/guide/topics.js";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import type { Lang } from "../../src/i18n/langs.js";
import type { ChatMessage, Choices, LetterReview } from "../../src/sessions/session.js";

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

/** What the patient sends by tapping "Draft my letter" after a recommendation. */
export function draftLetterReply(lang: Lang = "en"): string {
  const draft = afterRecommendation(lang, true).options[0];
  if (!draft) throw new Error(`no ${lang} quick reply to draft the letter`);
  return draft.value;
}

/** The review of a letter's contents the message shows before drafting (a data-review part), if any. */
export function reviewIn(message: Pick<ChatMessage, "parts">): LetterReview | undefined {
  const part = message.parts.findLast((p) => p.type === "data-review");
  return part?.type === "data-review" ? part.data : undefined;
}

/** What the review's "Draft my letter" button sends in `lang`, known before the review is shown. */
export function draftReviewedReply(lang: Lang = "en"): string {
  return CATALOGS[lang].guide.review.draftValue;
}

/** What the patient sends by tapping the review's "Draft my letter" (its confirm button). */
export function confirmReviewReply(message: Pick<ChatMessage, "parts">): string {
  const review = reviewIn(message);
  if (!review) throw new Error("the reply shows no review to confirm");
  return review.draftValue;
}
