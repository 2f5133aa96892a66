// The scripted LLM conversations the benches measure are real conversations: every turn is answered
// by the LLM (no fallback), with exactly the planned model calls, and each ends with its letter.
import { describe, expect, it } from "vitest";
import { playConversation } from "../support/llm-play.js";
import { LLM_CONVERSATIONS } from "./llm-conversations.js";

describe("the scripted LLM conversations", () => {
  it.each(LLM_CONVERSATIONS.map((c) => [c.name, c] as const))("%s", async (_name, conversation) => {
    const played = await playConversation(conversation);
    const last = played.at(-1)?.reply.message;
    expect(last?.parts.some((p) => p.type === "data-document")).toBe(true);
    // A turn that asks is one call; only a turn that reads a tool's answer takes two.
    for (const [n, turn] of played.entries()) {
      const reads = conversation.turns[n]?.plan[0];
      const readsTool =
        reads &&
        "toolCalls" in reads &&
        reads.toolCalls?.some((c) => ["recommendPath", "explainRights", "lookupStateRules"].includes(c.name));
      expect(turn.requests).toHaveLength(readsTool ? 2 : 1);
    }
  });
});
