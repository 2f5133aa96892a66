// How long one conversation may grow: a cap on its messages and on the bytes of its stored
// transcript, checked when a turn begins, so a session (and each turn's load, decrypt, encrypt and
// save of it) stays bounded however long a patient keeps typing.

import { spokenLanguage } from "../i18n/detect.js";
import { patientError } from "../i18n/errors.js";
import type { ChatMessage, Session } from "./session.js";

/**
 * Most messages a conversation keeps: 100 exchanges. A records request takes 10–30 turns; a
 * conversation at 100 is going in circles, and a fresh one (the Intake is quickly re-told) serves
 * the patient better than an ever longer one.
 */
export const MAX_CONVERSATION_MESSAGES = 200;

/**
 * Most bytes (UTF-8 JSON) the stored transcript may reach before a turn: 512 KiB, so 100 turns of
 * the longest message the web accepts (4,000 characters) fit. Sealed and base64-encoded that is
 * about 700 KB per Redis write, far under Upstash's 10 MB request limit, and the work each turn
 * spends loading and saving the session stays small.
 */
export const MAX_CONVERSATION_BYTES = 512 * 1024;

const encoder = new TextEncoder();

/** UTF-8 bytes of `value` as JSON: what the store keeps (before encryption). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).byteLength;
}

/**
 * Refuses a turn that would take the conversation past its cap: the patient's message and the reply
 * must fit under MAX_CONVERSATION_MESSAGES, and the transcript with the new message under
 * MAX_CONVERSATION_BYTES (one reply may go past the bytes; the next turn is then refused). Throws
 * a 422 `conversation_full` whose message tells the patient to start a new conversation.
 */
export function assertConversationRoom(session: Session, message: ChatMessage): void {
  const messages = session.messages.length + 2;
  if (messages <= MAX_CONVERSATION_MESSAGES && jsonBytes([...session.messages, message]) <= MAX_CONVERSATION_BYTES)
    return;
  const lang = spokenLanguage(session.messages);
  throw patientError("conversation_full", "conversationFull", lang ? { lang } : {});
}
