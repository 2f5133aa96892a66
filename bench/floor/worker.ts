// The throughput floor: the least a chat route on this stack can cost. A bare Hono route reads the
// JSON body, runs the AI SDK's streamText with a fixed one-step mock model and returns the UI message
// stream, as the SDK's own chatbot example does. bench/throughput.ts measures recordpath's guided
// turn as a share of it. Nothing of recordpath is imported: the floor must not move when it changes.
import type { LanguageModelV4, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  streamText,
  toUIMessageStream,
  type UIMessage,
} from "ai";
import { Hono } from "hono";

/** About as long as a guided reply (≈ 90 words), in a few deltas (a real model streams many more). */
export const FLOOR_REPLY = [
  "Thanks, that helps. Under HIPAA you have the right to a copy of your medical records, ",
  "and a hospital in Texas must answer a written request within 15 business days. ",
  "Most hospitals take the request through their health information management office, often with a short form, ",
  "by mail, fax or a patient portal, and may charge a reasonable, cost-based fee for copies. To write the request I need the hospital's name and city, the dates of your surgery, and whether you want paper or electronic copies.",
];

const USAGE = {
  inputTokens: { total: 40, noCache: 40, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 120, text: 120, reasoning: 0 },
};

/** A fixed one-step model: the same text every call, finishing with "stop". */
const model: LanguageModelV4 = {
  specificationVersion: "v4",
  provider: "floor",
  modelId: "fixed",
  supportedUrls: {},
  async doGenerate() {
    return {
      content: [{ type: "text", text: FLOOR_REPLY.join("") }],
      finishReason: { unified: "stop", raw: undefined },
      usage: USAGE,
      warnings: [],
    };
  },
  async doStream() {
    const parts: LanguageModelV4StreamPart[] = [
      { type: "stream-start", warnings: [] },
      { type: "text-start", id: "t" },
    ];
    for (const delta of FLOOR_REPLY) parts.push({ type: "text-delta", id: "t", delta });
    parts.push(
      { type: "text-end", id: "t" },
      { type: "finish", usage: USAGE, finishReason: { unified: "stop", raw: undefined } },
    );
    return {
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  },
};

const app = new Hono();

app.get("/healthz", (c) => c.json({ ok: true }));

/** recordpath's request body: `{ id, message }` (the widget sends only the new message), or `{ messages }`. */
app.post("/api/chat", async (c) => {
  const body = await c.req.json<{ message?: UIMessage; messages?: UIMessage[] }>();
  const messages = body.messages ?? (body.message ? [body.message] : []);
  const result = streamText({
    model,
    instructions: "You help patients get their medical records.",
    messages: await convertToModelMessages(messages),
  });
  return createUIMessageStreamResponse({ stream: toUIMessageStream({ stream: result.stream }) });
});

export default app;
