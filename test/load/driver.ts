// The load suite's client: one conversation's requests (POST /api/chat, reading and erasing the
// session) and how each reply ended. How a request proves it holds the conversation lives in
// `credentials()` alone, so a change of the chat contract is one edit here.

/** One conversation as a client holds it: its id and, once the server issued one, its session token. */
export interface Conversation {
  id: string;
  /** The `X-Session-Token` the turn that created the session returned (absent before, or on servers without one). */
  token?: string;
}

/** How one POST /api/chat ended, as the patient's client saw it. */
export type Ending =
  /** 200, the stream ran to `[DONE]` and carried no error part: the reply was acknowledged. */
  | "ok"
  /** 200 and `[DONE]`, but the stream ended with an error part (the patient was told to resend). */
  | "error-part"
  /** 200 whose stream broke off before `[DONE]`. */
  | "cut"
  /** Any other status (refused before the turn started). */
  | "refused";

export interface TurnResult {
  status: number;
  ending: Ending;
  ms: number;
  /** The Retry-After header, when the server sent one. */
  retryAfter: string | null;
  /** The id the patient's message was sent with (the stored transcript keeps it). */
  messageId: string;
  /** For a refusal: its error envelope's code ("unavailable", "rate_limited", "conflict", …) and message. */
  error?: { code: string; message: string };
}

/** The headers that prove the request is this conversation's; the one place to change with the contract. */
export function credentials(conversation: Conversation): Record<string, string> {
  return conversation.token ? { authorization: `Bearer ${conversation.token}` } : {};
}

/** Keeps the session token a response issued (only the turn that created the session carries one). */
function remember(conversation: Conversation, res: Response): void {
  const token = res.headers.get("x-session-token");
  if (token) conversation.token = token;
}

/** Sends one patient message and reads the whole reply. */
export async function sendTurn(origin: string, conversation: Conversation, text: string): Promise<TurnResult> {
  const messageId = crypto.randomUUID();
  const started = performance.now();
  const res = await fetch(`${origin}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...credentials(conversation) },
    body: JSON.stringify({
      id: conversation.id,
      message: { id: messageId, role: "user", parts: [{ type: "text", text }] },
    }),
  });
  remember(conversation, res);
  const retryAfter = res.headers.get("retry-after");
  let body: string;
  try {
    body = await res.text();
  } catch {
    return { status: res.status, ending: "cut", ms: performance.now() - started, retryAfter, messageId };
  }
  const ms = performance.now() - started;
  if (res.status !== 200) {
    const error = errorOf(body);
    return { status: res.status, ending: "refused", ms, retryAfter, messageId, ...(error ? { error } : {}) };
  }
  const ending: Ending = !body.trimEnd().endsWith("data: [DONE]")
    ? "cut"
    : body.includes('"type":"error"')
      ? "error-part"
      : "ok";
  return { status: res.status, ending, ms, retryAfter, messageId };
}

export interface StoredMessage {
  id: string;
  role: string;
  parts: Array<{ type: string; text?: string }>;
}

/** The stored conversation as GET returns it; null when the server answers anything but 200. */
export async function readSession(
  origin: string,
  conversation: Conversation,
): Promise<{ messages: StoredMessage[] } | null> {
  const res = await fetch(`${origin}/api/session`, { headers: credentials(conversation) });
  if (res.status !== 200) return null;
  return (await res.json()) as { messages: StoredMessage[] };
}

/** Erases the conversation; the status the server answered. */
export async function deleteSession(origin: string, conversation: Conversation): Promise<number> {
  const res = await fetch(`${origin}/api/session`, {
    method: "DELETE",
    headers: credentials(conversation),
  });
  return res.status;
}

/** The code and message of an error envelope, if the body is one. */
function errorOf(body: string): { code: string; message: string } | undefined {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof error?.code === "string" && typeof error.message === "string"
      ? { code: error.code, message: error.message }
      : undefined;
  } catch {
    return undefined;
  }
}
