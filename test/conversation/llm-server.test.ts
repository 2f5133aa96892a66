// The scripted OpenAI-compatible server itself: it fails loudly when called more or fewer times
// than planned, answers non-streaming requests with tool calls as well as streaming ones, and keeps
// a latency profile's pace.
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, streamText, tool } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plannedMs, startScriptedServer } from "../support/openai-server.js";

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

describe("the scripted server's latency profile", () => {
  // Lower bounds only, with a few milliseconds' margin for timer granularity: a busy machine is slower, never faster.
  const MARGIN_MS = 5;

  it("streams nothing before the time to first token, then one token-sized delta per token, the last no sooner than the rate allows", async () => {
    const text = "word".repeat(60); // 240 characters: 60 tokens of 4 characters.
    const server = await startScriptedServer([{ text }], { latency: { ttftMs: 150, tokensPerSecond: 600 } });
    const start = performance.now();
    const deltas: number[] = [];
    try {
      const result = streamText({ model: modelFor(server.url), prompt: "talk", maxRetries: 0 });
      for await (const part of result.stream) if (part.type === "text-delta") deltas.push(performance.now() - start);
    } finally {
      await server.close();
    }
    expect(deltas).toHaveLength(60);
    expect(deltas[0]).toBeGreaterThanOrEqual(150 - MARGIN_MS);
    // The last token is due 59 intervals of 1/600 s (about 98 ms) after the first.
    expect(deltas.at(-1)).toBeGreaterThanOrEqual(150 + 98 - MARGIN_MS);
  });

  it("answers a non-streaming request when the whole reply would have been generated", async () => {
    const planned = { text: "ok", toolCalls: [{ name: "echo", arguments: { word: "a".repeat(100) } }] };
    const profile = { ttftMs: 100, tokensPerSecond: 290 };
    const server = await startScriptedServer([planned], { latency: profile });
    const start = performance.now();
    try {
      await generateText({
        model: modelFor(server.url),
        prompt: "echo",
        tools: { echo: tool({ inputSchema: z.object({ word: z.string() }) }) },
        maxRetries: 0,
      });
    } finally {
      await server.close();
    }
    // "ok" is one token, the call's name one more, its 111 characters of arguments 28: 100 ms + 29/290 s.
    expect(plannedMs(planned, profile)).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(200 - MARGIN_MS);
  });

  it("goes back to its unpaced two-delta answers when the profile is removed", async () => {
    const text = "twelve chars";
    const server = await startScriptedServer([{ text }, { text }], { latency: { ttftMs: 50, tokensPerSecond: 600 } });
    const deltas = async () => {
      const result = streamText({ model: modelFor(server.url), prompt: "talk", maxRetries: 0 });
      const seen: string[] = [];
      for await (const part of result.stream) if (part.type === "text-delta") seen.push(part.text);
      return seen;
    };
    try {
      expect(await deltas()).toEqual(["twel", "ve c", "hars"]);
      server.setLatency(undefined);
      expect(await deltas()).toEqual(["twelve", " chars"]);
    } finally {
      await server.close();
    }
  });
});
