// A ToolContext for calling one tool directly: a fresh TurnState over the given Intake, with the
// parts the tool writes to the UI stream collected. `reviewed` starts it after the patient was shown
// that letter's review in an earlier turn, as a confirmed draft needs.
import type { ToolExecutionOptions } from "ai";
import { buildReview } from "../../src/conversation/review.js";
import { TurnState } from "../../src/conversation/turn-state.js";
import type { Intake } from "../../src/domain/intake.js";
import type { DocumentKind } from "../../src/domain/recommendation.js";
import type { Lang } from "../../src/i18n/langs.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import type { ToolContext } from "../../tools/context.js";
import { TODAY, testApp } from "./app.js";

export async function toolContext(intake: Intake = {}, options: { reviewed?: DocumentKind; language?: Lang } = {}) {
  const { deps } = await testApp();
  const written: unknown[] = [];
  const language = options.language ?? "en";
  const messages = options.reviewed ? await reviewedTranscript(options.reviewed, intake, language) : [];
  const ctx: ToolContext = {
    turn: new TurnState({ id: "tool-test-session-0001", intake, messages }),
    today: TODAY,
    clinic: null,
    language,
    drafting: deps,
    baseUrl: "https://rp.example",
    writer: { write: (p) => written.push(p), merge: () => {}, onError: undefined },
  };
  return { ctx, written, deps };
}

/** A transcript whose last assistant reply showed the review of a letter of `kind` over `intake`, answered "yes". */
export async function reviewedTranscript(
  kind: DocumentKind,
  intake: Intake,
  lang: Lang = "en",
): Promise<ChatMessage[]> {
  const review = await buildReview(kind, intake, { lang, clinic: null });
  return [
    { id: "u1", role: "user", parts: [{ type: "text", text: "Please draft my letter" }] },
    { id: "a1", role: "assistant", parts: [{ type: "data-review", data: review }] },
    { id: "u2", role: "user", parts: [{ type: "text", text: "yes" }] },
  ];
}

export const callOptions = { toolCallId: "call-1", messages: [] } as unknown as ToolExecutionOptions<never>;
