// Talks to POST /api/chat with the AI SDK's own client code: DefaultChatTransport parses the SSE
// stream and readUIMessageStream assembles the assistant's message, exactly as useChat would. It
// keeps each conversation's X-Session-Token and sends it back as Authorization, as a browser would.
import { DefaultChatTransport, readUIMessageStream, type UIMessageChunk } from "ai";
import { withoutWithdrawn } from "../../src/conversation/withdraw.js";
import type { ChatMessage } from "../../src/sessions/session.js";

export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface Reply {
  message: ChatMessage;
  chunks: UIMessageChunk[];
  text: string;
  toolNames: string[];
  choices: Array<{ label: string; value: string }>;
}

/** A reply with when it arrived, in milliseconds from the moment the message was sent. */
export interface TimedReply extends Reply {
  /** The first visible token: the first text-delta chunk with non-blank text (null when none came). */
  firstTextMs: number | null;
  /** The end of the stream: the whole turn as the patient waits for it. */
  totalMs: number;
}

/** The Authorization header that opens a conversation, given its X-Session-Token. */
export function bearer(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function chatClient(fetchFn: Fetch, base = "http://recordpath.test", extraBody: Record<string, unknown> = {}) {
  /** Each conversation's token, by chat id: answered once, on the turn that created it. */
  const tokens = new Map<string, string>();
  const clinic = typeof extraBody.clinic === "string" ? `?clinic=${encodeURIComponent(extraBody.clinic)}` : "";
  const transport = new DefaultChatTransport<ChatMessage>({
    api: `${base}/api/chat`,
    // The transport's own fetch hook: the token arrives in a response header, not in the stream.
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await fetchFn(input, init);
      const token = res.headers.get("X-Session-Token");
      if (token) tokens.set(token.slice(0, token.indexOf(".")), token);
      return res;
    }) as typeof fetch,
    prepareSendMessagesRequest: ({ id, messages, headers }) => ({
      body: { id, message: messages.at(-1), ...extraBody },
      headers: { ...(headers as Record<string, string> | undefined), ...bearer(tokens.get(id)) },
    }),
  });
  /** GET or DELETE /api/session for one conversation, with its token (and the client's clinic). */
  const sessionRoute = (chatId: string, method: "GET" | "DELETE") =>
    fetchFn(`${base}/api/session${clinic}`, { method, headers: bearer(tokens.get(chatId)) });
  return {
    /** The conversation's token (`<id>.<secret>`), once its first turn has answered. */
    token: (chatId: string) => tokens.get(chatId),
    /** GET /api/session for the conversation. */
    session: (chatId: string) => sessionRoute(chatId, "GET"),
    /** The conversation as GET /api/session answers it (its Intake, messages and documents). */
    async load<T = { intake: Record<string, unknown>; messages: ChatMessage[] }>(chatId: string): Promise<T> {
      const res = await sessionRoute(chatId, "GET");
      if (res.status !== 200) throw new Error(`GET /api/session answered ${res.status}`);
      return (await res.json()) as T;
    },
    /** DELETE /api/session for the conversation. */
    remove: (chatId: string) => sessionRoute(chatId, "DELETE"),
    /** The reply's chunks as the transport parses them, to read as they arrive (cancel to hang up). */
    stream: (chatId: string, text: string, abortSignal?: AbortSignal) => open(chatId, text, abortSignal),
    send: (chatId: string, text: string): Promise<Reply> => exchange(chatId, text),
    /** As send, timing the first visible token and the end of the stream (for the latency bench). */
    async sendTimed(chatId: string, text: string): Promise<TimedReply> {
      const sent = performance.now();
      let firstTextMs: number | null = null;
      const reply = await exchange(chatId, text, (chunk) => {
        if (firstTextMs === null && chunk.type === "text-delta" && chunk.delta.trim() !== "")
          firstTextMs = performance.now() - sent;
      });
      return { ...reply, firstTextMs, totalMs: performance.now() - sent };
    },
  };

  /** Sends one patient message; the reply's chunks as the transport parses them. */
  function open(chatId: string, text: string, abortSignal?: AbortSignal): Promise<ReadableStream<UIMessageChunk>> {
    const user: ChatMessage = { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] };
    return transport.sendMessages({
      chatId,
      messages: [user],
      trigger: "submit-message",
      messageId: undefined,
      abortSignal,
    });
  }

  /** Sends one patient message and reads the reply; `onChunk` sees each chunk as it arrives. */
  async function exchange(chatId: string, text: string, onChunk?: (chunk: UIMessageChunk) => void): Promise<Reply> {
    const stream = await open(chatId, text);
    const chunks: UIMessageChunk[] = [];
    const tapped = stream.pipeThrough(
      new TransformStream<UIMessageChunk, UIMessageChunk>({
        transform(chunk, controller) {
          onChunk?.(chunk);
          chunks.push(chunk);
          controller.enqueue(chunk);
        },
      }),
    );
    let message: ChatMessage | undefined;
    for await (const snapshot of readUIMessageStream<ChatMessage>({ stream: tapped, terminateOnError: true }))
      message = snapshot;
    if (!message) throw new Error("no assistant message in the stream");
    // As the README tells a client to: a withdrawn LLM attempt's parts are dropped.
    const kept = withoutWithdrawn(message);
    return { message: kept, chunks, ...summarize(kept) };
  }
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
