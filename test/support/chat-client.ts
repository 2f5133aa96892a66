// Talks to POST /api/chat with the AI SDK's own client code: DefaultChatTransport parses the SSE
// stream and readUIMessageStream assembles the assistant's message, exactly as useChat would.
import { DefaultChatTransport, readUIMessageStream, type UIMessageChunk } from "ai";
import type { ChatMessage } from "../../src/sessions/session.js";

export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface Reply {
  message: ChatMessage;
  chunks: UIMessageChunk[];
  text: string;
  toolNames: string[];
  choices: Array<{ label: string; value: string }>;
}

export function chatClient(fetchFn: Fetch, base = "http://recordpath.test", extraBody: Record<string, unknown> = {}) {
  const transport = new DefaultChatTransport<ChatMessage>({
    api: `${base}/api/chat`,
    fetch: fetchFn as typeof fetch,
    prepareSendMessagesRequest: ({ id, messages }) => ({ body: { id, message: messages.at(-1), ...extraBody } }),
  });
  return {
    async send(chatId: string, text: string): Promise<Reply> {
      const user: ChatMessage = { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] };
      const stream = await transport.sendMessages({
        chatId,
        messages: [user],
        trigger: "submit-message",
        messageId: undefined,
        abortSignal: undefined,
      });
      const chunks: UIMessageChunk[] = [];
      const tapped = stream.pipeThrough(
        new TransformStream<UIMessageChunk, UIMessageChunk>({
          transform(chunk, controller) {
            chunks.push(chunk);
            controller.enqueue(chunk);
          },
        }),
      );
      let message: ChatMessage | undefined;
      for await (const snapshot of readUIMessageStream<ChatMessage>({ stream: tapped, terminateOnError: true }))
        message = snapshot;
      if (!message) throw new Error("no assistant message in the stream");
      return { message, chunks, ...summarize(message) };
    },
  };
}

function summarize(message: ChatMessage) {
  const text = message.parts
    .filter((p) => p.type === "text")
    .map((p) => (p as { text: string }).text)
    .join("\n");
  const toolNames = message.parts.filter((p) => p.type.startsWith("tool-")).map((p) => p.type.slice(5));
  const choicePart = message.parts.findLast((p) => p.type === "data-choices") as
    | { data: { options: Array<{ label: string; value: string }> } }
    | undefined;
  return { text, toolNames, choices: choicePart?.data.options ?? [] };
}
