// The panel's calls to our own API: one streamed turn, the stored conversation, and erasing it.
// Patient text only ever travels in request bodies, never in URLs.
import { sseParser } from "../sse.js";

export type Failure = "busy" | "offline" | "error";

/** A failed call, with the server's own explanation when it sent one (they are written for people). */
export class ChatError extends Error {
  constructor(
    readonly kind: Failure,
    message = "",
  ) {
    super(message);
  }
}

export interface StoredSession {
  intake: unknown;
  messages: unknown;
}

async function failure(res: Response): Promise<ChatError> {
  const body: unknown = await res.json().catch(() => null);
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  const kind: Failure = res.status === 409 || res.status === 429 ? "busy" : "error";
  return new ChatError(kind, res.status < 500 && typeof message === "string" ? message : "");
}

/** Sends one message and feeds every stream chunk to `onChunk` until the stream ends. */
export async function sendTurn(input: {
  id: string;
  text: string;
  clinic: string | null;
  /** The panel's language: the server words its error messages in it when the conversation shows none. */
  lang: string;
  signal: AbortSignal;
  onChunk: (chunk: unknown) => void;
}): Promise<void> {
  let res: Response;
  try {
    res = await fetch("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": input.lang },
      body: JSON.stringify({
        id: input.id,
        message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: input.text }] },
        ...(input.clinic ? { clinic: input.clinic } : {}),
      }),
      signal: input.signal,
    });
  } catch (error) {
    if (input.signal.aborted) throw error;
    throw new ChatError("offline");
  }
  if (!res.ok || !res.body) throw await failure(res);
  const push = sseParser((data) => {
    if (data === "[DONE]") return;
    try {
      input.onChunk(JSON.parse(data));
    } catch {
      // A malformed chunk is skipped rather than ending the reply.
    }
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    push(value);
  }
  push("", true);
}

/** The stored conversation, or null when it expired or never existed. */
export async function loadSession(id: string): Promise<StoredSession | null> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (res.status === 404) return null;
  if (!res.ok) throw await failure(res);
  return (await res.json()) as StoredSession;
}

/** Erases the conversation and its documents on the server. */
export async function deleteSession(id: string): Promise<void> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
  if (!res.ok && res.status !== 404) throw await failure(res);
}

/** A fresh session id (32 characters, within the API's 16–64 of [A-Za-z0-9_-]). */
export const newSessionId = (): string => crypto.randomUUID().replaceAll("-", "");
