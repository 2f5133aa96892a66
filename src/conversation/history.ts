// What of the transcript an LLM reads: the last few messages, starting at a patient's message, with
// earlier turns' tool results cut to what a reply still needs. The case note carries everything the
// conversation established, so older turns add tokens, not facts; the prompt then stays the same
// size however long the conversation runs.
import type { ChatMessage } from "../sessions/session.js";

/**
 * Most UI messages an LLM is sent per turn: the patient's new message and up to five exchanges
 * before it (a window that would start at a reply starts at the next patient message instead, so
 * 11 in a conversation that alternates). The guide reads the whole transcript.
 */
export const LLM_HISTORY_MESSAGES = 12;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * An earlier turn's tool result as the LLM re-reads it. The Intake an `updateIntake` returned is
 * the case note's; the ranked paths were explained in that turn's reply, so their titles and the
 * letter that fits are enough; a letter's link is the card's. The review's numbered items stay
 * whole: the patient may answer "3 is wrong". Pure.
 */
export function recalledOutput(tool: string, output: unknown): unknown {
  if (!isRecord(output) || "error" in output) return output;
  if (tool === "updateIntake") return { changed: output.changed };
  if (tool === "recommendPath" && Array.isArray(output.paths)) {
    const paths = output.paths.map((p) => (isRecord(p) ? p.title : undefined));
    return { paths, suggestedDocument: output.suggestedDocument, explained: "in your reply of that turn" };
  }
  if (tool === "explainRights" && Array.isArray(output.statements)) {
    return { topic: output.topic, explained: "in your reply of that turn" };
  }
  if (tool === "draftRequest") return { title: output.title, blanks: output.blanks };
  return output;
}

/** The message with its tool results as an LLM re-reads them in a later turn. */
function recalled(message: ChatMessage): ChatMessage {
  if (message.role !== "assistant") return message;
  const parts = message.parts.map((part) =>
    part.type.startsWith("tool-") && "output" in part && part.state === "output-available"
      ? { ...part, output: recalledOutput(part.type.slice(5), part.output) }
      : part,
  );
  return { ...message, parts } as ChatMessage;
}

/**
 * The last `limit` messages, moved forward to start at a user message so no reply (or its tool
 * calls) is sent without the message it answered, earlier turns' tool results cut down
 * (recalledOutput). Never empty when `messages` is not.
 */
export function llmHistory(messages: readonly ChatMessage[], limit = LLM_HISTORY_MESSAGES): ChatMessage[] {
  let start = Math.max(0, messages.length - limit);
  while (start < messages.length - 1 && messages[start]?.role !== "user") start++;
  return messages.slice(start).map(recalled);
}
