// The panel's calls to our own API: one streamed turn, the stored conversation, and erasing it.
// Patient text only ever travels in request bodies, and the session's token only in the
// Authorization header: neither is ever part of a URL.
import type { Failure } from "../failure-text.js";
import { sseParser } from "../sse.js";
import type { Credential } from "./session-store.js";

export type { Failure } from "../failure-text.js";

/** A failed call, with the server's own explanation when it sent one (they are written for people). */
export class ChatError extends Error {
  constructor(
    readonly kind: Failure,
    message = "",
    /** Seconds the server asked us to wait (Retry-After), 0 when it did not say. */
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

/** Retry-After in seconds: a number of seconds or an HTTP date; 0 when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
}

/** The browser says it has no network (navigator.onLine is typed only in the DOM library). */
const browserOffline = (): boolean => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;

/** A request that never got an answer: the browser knows when it is offline; otherwise we cannot tell why. */
const notReached = (): ChatError => new ChatError(browserOffline() ? "offline" : "unreachable");

export interface StoredSession {
  intake: unknown;
  messages: unknown;
}

/** The header that carries the token of a session the turn just created. */
export const TOKEN_HEADER = "X-Session-Token";

async function failure(res: Response, sentToken: boolean): Promise<ChatError> {
  const body: unknown = await res.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  // Our 503 (too busy, storage briefly away) is written for the patient; other 5xx may be a proxy's page.
  const readable = res.status < 500 || (res.status === 503 && error?.code === "unavailable");
  const message = readable && typeof error?.message === "string" ? error.message : "";
  // The server answers a token it does not know exactly like an unknown id: either way the
  // conversation this browser kept is no longer there to open.
  if (res.status === 410 || (res.status === 404 && sentToken)) return new ChatError("gone", message);
  if (res.status === 422 && error?.code === "conversation_full") return new ChatError("full", message);
  const kind: Failure = res.status >= 500 ? "down" : res.status === 409 || res.status === 429 ? "busy" : "error";
  return new ChatError(kind, message, retryAfterSeconds(res.headers.get("retry-after")));
}

const authorization = (token: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** `/api/session`, naming the clinic when the panel has one (the session must belong to it). */
const sessionUrl = (clinic: string | null): string =>
  clinic ? `/api/session?${new URLSearchParams({ clinic })}` : "/api/session";

/**
 * Sends one message and feeds every stream chunk to `onChunk` until the stream ends. `token` is
 * empty for the turn that starts a conversation; that turn's token goes to `onToken` as soon as the
 * response's headers arrive, so a reply cut off half-way still leaves the conversation reachable.
 * A reply that ends with an error part throws `error` with its text; one that stops before its
 * `finish` part throws `cut`. Sending a failed message again with the same `messageId` lets the
 * server replace it instead of adding it twice.
 */
export async function sendTurn(input: {
  id: string;
  token: string;
  /** The patient message's id: the same one when a failed message is sent again. */
  messageId: string;
  text: string;
  clinic: string | null;
  /** The panel's language: the server words its error messages in it when the conversation shows none. */
  lang: string;
  /** The language the patient picked with the language button, if they did: the reply comes in it. */
  picked?: string;
  signal: AbortSignal;
  onChunk: (chunk: unknown) => void;
  onToken?: (token: string) => void;
}): Promise<void> {
  let res: Response;
  try {
    res = await fetch("/api/chat", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": input.lang,
        ...authorization(input.token),
      },
      body: JSON.stringify({
        id: input.id,
        message: { id: input.messageId, role: "user", parts: [{ type: "text", text: input.text }] },
        ...(input.clinic ? { clinic: input.clinic } : {}),
        ...(input.picked ? { language: input.picked } : {}),
      }),
      signal: input.signal,
    });
  } catch (error) {
    if (input.signal.aborted) throw error;
    throw notReached();
  }
  if (!res.ok || !res.body) throw await failure(res, Boolean(input.token));
  const token = res.headers.get(TOKEN_HEADER);
  if (token?.startsWith(`${input.id}.`)) input.onToken?.(token);
  let finished = false;
  let failed: string | null = null;
  const push = sseParser((data) => {
    if (data === "[DONE]") return;
    let chunk: { type?: unknown; errorText?: unknown };
    try {
      chunk = JSON.parse(data) as typeof chunk;
    } catch {
      // A malformed chunk is skipped rather than ending the reply.
      return;
    }
    if (chunk?.type === "finish") finished = true;
    else if (chunk?.type === "error") failed = typeof chunk.errorText === "string" ? chunk.errorText : "";
    else input.onChunk(chunk);
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      push(value);
    }
  } catch (error) {
    if (input.signal.aborted) throw error;
    // The connection broke half-way: a cut reply, unless the browser knows it went offline.
    throw browserOffline() ? notReached() : new ChatError("cut");
  }
  push("", true);
  if (failed !== null) throw new ChatError("error", failed);
  if (!finished) throw new ChatError("cut");
}

/** The stored conversation, or null when it expired or was deleted; throws `gone` when it cannot be opened. */
export async function loadSession(credential: Credential, clinic: string | null): Promise<StoredSession | null> {
  let res: Response;
  try {
    res = await fetch(sessionUrl(clinic), { cache: "no-store", headers: authorization(credential.token) });
  } catch {
    throw notReached();
  }
  if (res.status === 404) return null;
  if (!res.ok) throw await failure(res, true);
  return (await res.json()) as StoredSession;
}

/** Erases the conversation and its documents on the server. */
export async function deleteSession(credential: Credential, clinic: string | null): Promise<void> {
  const res = await fetch(sessionUrl(clinic), { method: "DELETE", headers: authorization(credential.token) });
  if (!res.ok && res.status !== 404 && res.status !== 410) throw await failure(res, true);
}

/** A fresh session id (32 characters, within the API's 16–64 of [A-Za-z0-9_-]). */
export const newSessionId = (): string => crypto.randomUUID().replaceAll("-", "");

/** `/api/session/<path>` for the tracker's routes, with the clinic (and, for the calendar, the page to link back to). */
const trackerUrl = (path: string, clinic: string | null, page?: string): string => {
  const query = new URLSearchParams({ ...(clinic ? { clinic } : {}), ...(page ? { page } : {}) }).toString();
  return `/api/session/${path}${query ? `?${query}` : ""}`;
};

/**
 * The conversation's calendar file (two reminders of the request's due date), fetched with the
 * token in its header: the browser saves it from a Blob URL, so no credential is ever in a link.
 */
export async function calendarFile(credential: Credential, clinic: string | null, page: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(trackerUrl("calendar.ics", clinic, page), {
      cache: "no-store",
      headers: authorization(credential.token),
    });
  } catch {
    throw notReached();
  }
  if (!res.ok) throw await failure(res, false);
  return res.blob();
}

/** POSTs to a tracker route (reminder, phone, phone/verify); the number only ever in the body. */
export async function trackerPost(
  credential: Credential,
  clinic: string | null,
  path: "reminder" | "phone" | "phone/verify",
  body: Record<string, unknown>,
  lang: string,
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(trackerUrl(path, clinic), {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": lang, ...authorization(credential.token) },
      body: JSON.stringify(body),
    });
  } catch {
    throw notReached();
  }
  if (!res.ok) throw await failure(res, false);
  return (await res.json()) as Record<string, unknown>;
}
