// The web reply as the AI SDK's UI message stream protocol: Server-Sent Events, one `data: <chunk
// JSON>` event per chunk, ending with `data: [DONE]`, under the SDK's headers (what its
// createUIMessageStreamResponse writes, which the SDK's client and the widget read).
//
// Written here rather than with createUIMessageStreamResponse for one reason: CPU. That helper
// pipes each chunk through two more streams (JSON to SSE, then a TextEncoderStream), so every chunk
// is its own write into the response body. A guided turn produces its 20–60 chunks within one task;
// here they are gathered and written as one encoded block when the task ends (a timer of 0 ms), so
// the body gets one write per task instead of one per chunk. A model's tokens arrive in separate
// tasks (network reads), so each still reaches the patient as soon as it is read.
import type { UIMessageChunk } from "ai";

/** The SDK's UI message stream headers (ai's UI_MESSAGE_STREAM_HEADERS; the client checks none of them). */
const UI_STREAM_HEADERS: Record<string, string> = {
  "content-type": "text/event-stream",
  "cache-control": "no-cache",
  connection: "keep-alive",
  "x-vercel-ai-ui-message-stream": "v1",
  "x-accel-buffering": "no",
};

const DONE = "data: [DONE]\n\n";

/** Chunks to SSE bytes, one write per task. */
export function sseBatches(): TransformStream<UIMessageChunk, Uint8Array> {
  const encoder = new TextEncoder();
  let pending = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (controller: TransformStreamDefaultController<Uint8Array>) => {
    timer = undefined;
    if (pending.length === 0) return;
    const block = pending;
    pending = "";
    controller.enqueue(encoder.encode(block));
  };
  return new TransformStream<UIMessageChunk, Uint8Array>({
    transform(chunk, controller) {
      pending += `data: ${JSON.stringify(chunk)}\n\n`;
      timer ??= setTimeout(() => write(controller), 0);
    },
    flush(controller) {
      clearTimeout(timer);
      pending += DONE;
      write(controller);
    },
    cancel() {
      clearTimeout(timer);
      pending = "";
    },
  });
}

/** The Response for a UI message stream; `headers` are added to (and override) the protocol's. */
export function uiMessageStreamResponse(
  stream: ReadableStream<UIMessageChunk>,
  headers: Record<string, string> = {},
): Response {
  return new Response(stream.pipeThrough(sseBatches()), { headers: { ...UI_STREAM_HEADERS, ...headers } });
}
