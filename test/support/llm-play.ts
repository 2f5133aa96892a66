// Plays one scripted LLM conversation (test/conversation/llm-conversations.ts) through the app's
// POST /api/chat, read with the AI SDK's own client code, and reports what each turn cost: the
// model calls it made and the requests the scripted server received.
import type { ScriptedConversation } from "../conversation/llm-conversations.js";
import { testApp } from "./app.js";
import { chatClient, type Reply } from "./chat-client.js";
import { type RecordedRequest, scriptedEnv, startScriptedServer } from "./openai-server.js";

export interface PlayedTurn {
  reply: Reply;
  /** The requests the model received for this turn, in order. */
  requests: RecordedRequest[];
}

/** Plays `conversation` on the web channel; throws if any turn was not answered by the LLM as planned. */
export async function playConversation(
  conversation: ScriptedConversation,
  extraBody: Record<string, unknown> = {},
  env: Record<string, string> = {},
): Promise<PlayedTurn[]> {
  const server = await startScriptedServer(conversation.turns.flatMap((t) => t.plan));
  const played: PlayedTurn[] = [];
  try {
    const { fetch } = await testApp({}, scriptedEnv(server, env));
    const chat = chatClient(fetch, undefined, extraBody);
    const id = `play-${crypto.randomUUID().replaceAll("-", "")}`;
    for (const [n, turn] of conversation.turns.entries()) {
      const before = server.requests.length;
      const reply = await chat.send(id, turn.patient);
      const requests = server.requests.slice(before);
      if (reply.message.metadata?.model !== "openai")
        throw new Error(`"${conversation.name}", turn ${n + 1}: the guide answered (the LLM attempt failed)`);
      if (requests.length !== turn.plan.length)
        throw new Error(
          `"${conversation.name}", turn ${n + 1}: ${requests.length} model calls, ${turn.plan.length} planned`,
        );
      played.push({ reply, requests });
    }
  } finally {
    await server.close();
  }
  return played;
}
