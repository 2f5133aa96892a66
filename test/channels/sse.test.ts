// The web reply's SSE writer (src/channels/sse.ts) against the AI SDK's own: the same bytes in the
// end, read back by the SDK's own parser; chunks of one task in one write; chunks of separate tasks
// (a model's tokens) each written when they come.
import { createUIMessageStreamResponse, parseJsonEventStream, type UIMessageChunk, uiMessageChunkSchema } from "ai";
import { describe, expect, it } from "vitest";
import { uiMessageStreamResponse } from "../../src/channels/sse.js";

const CHUNKS: UIMessageChunk[] = [
  { type: "start", messageId: "m1", messageMetadata: { language: "en" } },
  { type: "start-step" },
  { type: "text-start", id: "t" },
  { type: "text-delta", id: "t", delta: 'He said "hi"\nand left — ¿qué? ' },
  { type: "text-end", id: "t" },
  { type: "data-choices", data: { options: ["Yes", "No"] } },
  { type: "finish-step" },
  { type: "finish" },
];

const streamOf = (chunks: UIMessageChunk[], gapMs?: number) =>
  new ReadableStream<UIMessageChunk>({
    async start(controller) {
      for (const chunk of chunks) {
        if (gapMs !== undefined) await new Promise((r) => setTimeout(r, gapMs));
        controller.enqueue(chunk);
      }
      controller.close();
    },
  });

/** Each write the response body received, as text. */
async function writes(res: Response): Promise<string[]> {
  const out: string[] = [];
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(decoder.decode(r.value));
  return out;
}

describe("the web reply's SSE", () => {
  it("carries the same events as the AI SDK's createUIMessageStreamResponse, with its headers", async () => {
    const ours = uiMessageStreamResponse(streamOf(CHUNKS), { "X-Session-Token": "abc" });
    const sdk = createUIMessageStreamResponse({ stream: streamOf(CHUNKS), headers: { "X-Session-Token": "abc" } });
    expect((await writes(ours)).join("")).toBe((await writes(sdk)).join(""));
    expect(Object.fromEntries(ours.headers)).toEqual(Object.fromEntries(sdk.headers));
  });

  it("is read back chunk for chunk by the SDK's own parser", async () => {
    const parsed = parseJsonEventStream({
      stream: uiMessageStreamResponse(streamOf(CHUNKS)).body!,
      schema: uiMessageChunkSchema,
    });
    const read: UIMessageChunk[] = [];
    for await (const result of parsed as unknown as AsyncIterable<{ success: boolean; value: UIMessageChunk }>) {
      expect(result.success).toBe(true);
      read.push(result.value);
    }
    expect(read).toEqual(CHUNKS);
  });

  it("writes the chunks of one task as one block, and [DONE] with the last", async () => {
    const got = await writes(uiMessageStreamResponse(streamOf(CHUNKS)));
    expect(got.length).toBeLessThanOrEqual(2);
    expect(got.join("").match(/^data: /gm)).toHaveLength(CHUNKS.length + 1);
    expect(got.at(-1)?.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("writes chunks that come in separate tasks as they come (a model's tokens are not held)", async () => {
    const got = await writes(uiMessageStreamResponse(streamOf(CHUNKS, 2)));
    expect(got.length).toBeGreaterThanOrEqual(CHUNKS.length);
  });
});
