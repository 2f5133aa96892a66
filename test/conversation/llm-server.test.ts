// The scripted OpenAI-compatible server itself: it fails loudly when called more or fewer times
// than planned, and answers non-streaming requests with tool calls as well as streaming ones.
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, tool } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { startScriptedServer } from "../support/openai-server.js";

const modelFor = (url: string) => createOpenAI({ apiKey: "sk-test", baseURL: url }).chat("scripted-model");

describe("the scripted OpenAI-compatible server", () => {
  it("answers a non-streaming request with text and tool calls, and records it", async () => {
    const server = await startScriptedServer([
      { toolCalls: [{ name: "echo", arguments: { word: "hi" } }] },
      { text: "done" },
    ]);
    const seen: string[] = [];
    const result = await generateText({
      model: modelFor(server.url),
      prompt: "say hi",
      tools: {
        echo: tool({
          inputSchema: z.object({ word: z.string() }),
          execute: async ({ word }) => {
            seen.push(word);
            return word;
          },
        }),
      },
      stopWhen: () => false,
      maxRetries: 0,
    }).catch(async (e: unknown) => {
      await server.close();
      throw e;
    });
    await server.close();
    expect(seen).toEqual(["hi"]);
    expect(result.text).toBe("done");
    expect(server.requests.map((r) => r.body.stream ?? false)).toEqual([false, false]);
    expect(server.requests[1]?.body.messages.at(-1)).toMatchObject({ role: "tool", tool_call_id: "call_1_0" });
  });

  it("fails loudly when a planned response is never requested", async () => {
    const server = await startScriptedServer([{ text: "one" }, { text: "two" }]);
    await generateText({ model: modelFor(server.url), prompt: "hi", maxRetries: 0 });
    await expect(server.close()).rejects.toThrow(/only 1 of 2 planned responses were requested/);
  });

  it("fails loudly when called more often than planned", async () => {
    const server = await startScriptedServer([{ text: "one" }]);
    await generateText({ model: modelFor(server.url), prompt: "hi", maxRetries: 0 });
    await expect(generateText({ model: modelFor(server.url), prompt: "again", maxRetries: 0 })).rejects.toThrow();
    await expect(server.close()).rejects.toThrow(/call 2: not planned/);
  });
});
