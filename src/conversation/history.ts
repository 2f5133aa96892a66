// What of the transcript an LLM reads: the last few messages, starting at a patient's message. The
// Intake (everything the conversation established) is in the system prompt, so older turns add
// tokens, not facts; the prompt then stays the same size however long the conversation runs.
import type { ChatMessage } from "../sessions/session.js";

/**
 * Most UI messages an LLM is sent per turn: the patient's new message and up to five exchanges
 * before it (a window that would start at a reply starts at the next patient message instead, so
 * 11 in a conversation that alternates). The guide reads the whole transcript.
 */
export const LLM_HISTORY_MESSAGES = 12;

/**
 * The last `limit` messages, moved forward to start at a user message so no reply (or its tool
 * calls) is sent without the message it answered. Never empty when `messages` is not.
 */
export function llmHistory(messages: readonly ChatMessage[], limit = LLM_HISTORY_MESSAGES): ChatMessage[] {
  let start = Math.max(0, messages.length - limit);
  while (start < messages.length - 1 && messages[start]?.role !== "user") start++;
  return messages.slice(start);
}
