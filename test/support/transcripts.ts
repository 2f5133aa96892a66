// Long conversations without running every turn: a transcript of alternating messages, written
// straight into a stored session.
import type { ChatMessage } from "../../src/sessions/session.js";
import type { SessionStore } from "../../src/sessions/store.js";

/** One text message. */
export const textMessage = (role: "user" | "assistant", text: string): ChatMessage => ({
  id: crypto.randomUUID(),
  role,
  parts: [{ type: "text", text }],
});

/** `count` alternating messages (user first), each `chars` long, made of `words` repeated. */
export function transcript(count: number, chars = 20, words = "records "): ChatMessage[] {
  const body = words.repeat(Math.ceil(chars / words.length)).slice(0, chars);
  return Array.from({ length: count }, (_, i) => textMessage(i % 2 === 0 ? "user" : "assistant", body));
}

/** Replaces a stored conversation's transcript, as if it had run that many turns. */
export async function fillConversation(store: SessionStore, id: string, messages: ChatMessage[]): Promise<void> {
  const session = await store.load(id);
  if (!session) throw new Error("fillConversation: no such session");
  await store.save({ ...session, messages });
}
