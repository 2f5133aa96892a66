// Withdrawing a streamed reply. An LLM attempt streams to the patient as it is written; when it
// fails after something was shown, the stream carries a `data-withdraw` part and the guide's answer
// follows. Every reader of the stream (the store's commit, SMS, the widget, an integrator's client)
// keeps only what comes after the last withdrawal.
import type { ChatChunk, ChatMessage } from "../sessions/session.js";

export const WITHDRAW_PART = "data-withdraw" as const;

/** The chunk that withdraws what the message showed so far. */
export const withdrawChunk = (): ChatChunk => ({ type: WITHDRAW_PART, data: { reason: "llm_failed" } });

/** The message's parts after its last withdrawal (the message itself when it has none). Pure. */
export function withoutWithdrawn(message: ChatMessage): ChatMessage {
  const at = message.parts.findLastIndex((p) => p.type === WITHDRAW_PART);
  return at < 0 ? message : { ...message, parts: message.parts.slice(at + 1) };
}
