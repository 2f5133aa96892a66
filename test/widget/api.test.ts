// The panel's API calls against contract-shaped answers: the session token travels only in the
// Authorization header (never in a URL), the first turn's token is handed back, and each refusal
// (410 gone, 422 conversation_full, busy, down, offline, a reply cut off or ended by an error)
// becomes the failure the panel acts on.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChatError, deleteSession, loadSession, retryAfterSeconds, sendTurn } from "../../src/widget/browser/api.js";

const ID = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
const TOKEN = `${ID}.${"s".repeat(43)}`;

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** Stubs fetch with one answer and records the request the panel made. */
function answer(res: () => Response): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? init.body : "",
    });
    return res();
  });
  return calls;
}

const OPENING = 'data: {"type":"text-start","id":"t"}\n\ndata: {"type":"text-delta","id":"t","delta":"Hi"}\n\n';

const stream = (headers: Record<string, string> = {}, body = `${OPENING}data: {"type":"finish"}\n\ndata: [DONE]\n\n`) =>
  new Response(body, { headers: { "content-type": "text/event-stream", ...headers } });

const refusal = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { "content-type": "application/json" },
  });

async function turn(token: string, onToken?: (t: string) => void, clinic: string | null = null, messageId = "m-1") {
  const chunks: unknown[] = [];
  await sendTurn({
    id: ID,
    token,
    messageId,
    text: "I need my records",
    clinic,
    lang: "en",
    signal: new AbortController().signal,
    onChunk: (c) => chunks.push(c),
    ...(onToken ? { onToken } : {}),
  });
  return chunks;
}

async function failureOf(p: Promise<unknown>): Promise<ChatError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ChatError)) throw new Error(`expected a ChatError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendTurn", () => {
  it("starts a conversation without a token and hands back the one its response brings", async () => {
    const calls = answer(() => stream({ "X-Session-Token": TOKEN }));
    const tokens: string[] = [];
    const chunks = await turn("", (t) => tokens.push(t));
    expect(tokens).toEqual([TOKEN]);
    expect(chunks).toHaveLength(2);
    expect(calls[0]?.url).toBe("/api/chat");
    expect(calls[0]?.headers.has("authorization")).toBe(false);
    expect(JSON.parse(calls[0]?.body ?? "{}")).toMatchObject({ id: ID, message: { id: "m-1", role: "user" } });
  });

  it("sends the token as a Bearer credential, never in the URL", async () => {
    const calls = answer(() => stream());
    await turn(TOKEN, undefined, "lakeside");
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.url).toBe("/api/chat");
    expect(calls[0]?.body).not.toContain(TOKEN.split(".")[1]);
    expect(JSON.parse(calls[0]?.body ?? "{}")).toMatchObject({ id: ID, clinic: "lakeside" });
  });

  it("ignores a token that names another session", async () => {
    answer(() => stream({ "X-Session-Token": `other0123456789abcdef.${"x".repeat(43)}` }));
    const tokens: string[] = [];
    await turn("", (t) => tokens.push(t));
    expect(tokens).toEqual([]);
  });

  it("reads 410 as a conversation that is gone, with the server's words", async () => {
    answer(() => refusal(410, "gone", "We could not open this conversation. Please start a new one."));
    const error = await failureOf(turn(TOKEN));
    expect(error.kind).toBe("gone");
    expect(error.message).toMatch(/start a new one/);
  });

  it("reads 404 for a turn that carried a token as gone (expired or deleted), and without one as an error", async () => {
    answer(() => refusal(404, "not_found", "No conversation with this id."));
    expect((await failureOf(turn(TOKEN))).kind).toBe("gone");
    expect((await failureOf(turn(""))).kind).toBe("error");
  });

  it("reads 422 conversation_full as a full conversation, and other 422s as errors", async () => {
    answer(() => refusal(422, "conversation_full", "This conversation is full. Start a new one."));
    const full = await failureOf(turn(TOKEN));
    expect(full.kind).toBe("full");
    expect(full.message).toBe("This conversation is full. Start a new one.");
    answer(() => refusal(422, "invalid_input", "Something else."));
    expect((await failureOf(turn(TOKEN))).kind).toBe("error");
  });

  it("sends the message id it is given, so a failed message sent again keeps its id", async () => {
    const calls = answer(() => stream());
    await turn(TOKEN, undefined, null, "same-id");
    await turn(TOKEN, undefined, null, "same-id");
    expect(calls.map((c) => (JSON.parse(c.body) as { message: { id: string } }).message.id)).toEqual([
      "same-id",
      "same-id",
    ]);
  });

  it("reads 409 and 429 as busy and 5xx as our server down, with the wait Retry-After asks for", async () => {
    answer(() => refusal(429, "rate_limited", "Slow down."));
    expect((await failureOf(turn(TOKEN))).kind).toBe("busy");
    answer(() => {
      const res = refusal(503, "unavailable", "We are answering many conversations right now.");
      res.headers.set("retry-after", "4");
      return res;
    });
    const shed = await failureOf(turn(TOKEN));
    expect(shed.kind).toBe("down");
    expect(shed.message).toBe("We are answering many conversations right now.");
    expect(shed.retryAfter).toBe(4);
    // A 502 from a proxy, or our own 500, carries no words for the patient: the panel uses its own.
    answer(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    const proxy = await failureOf(turn(TOKEN));
    expect([proxy.kind, proxy.message, proxy.retryAfter]).toEqual(["down", "", 0]);
  });

  it("tells a browser that is offline from a request that did not get through", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect((await failureOf(turn(TOKEN))).kind).toBe("unreachable");
    vi.stubGlobal("navigator", { onLine: false });
    expect((await failureOf(turn(TOKEN))).kind).toBe("offline");
  });

  it("reads a reply that stops before its finish part as cut off, after passing on what arrived", async () => {
    answer(() => stream({}, OPENING));
    const chunks: unknown[] = [];
    const error = await failureOf(
      sendTurn({
        id: ID,
        token: TOKEN,
        messageId: "m-1",
        text: "hi",
        clinic: null,
        lang: "en",
        signal: new AbortController().signal,
        onChunk: (c) => chunks.push(c),
      }),
    );
    expect(error.kind).toBe("cut");
    expect(chunks).toHaveLength(2);
  });

  it("reads a reply that ends with an error part as failed, with the server's words", async () => {
    const notSaved = "This reply could not be saved. Please send your message again.";
    answer(() =>
      stream(
        {},
        `${OPENING}data: ${JSON.stringify({ type: "error", errorText: notSaved })}\n\ndata: {"type":"finish"}\n\n`,
      ),
    );
    const error = await failureOf(turn(TOKEN));
    expect([error.kind, error.message]).toEqual(["error", notSaved]);
  });

  it("reads Retry-After as seconds or as a date, and anything else as no wait", () => {
    const now = Date.parse("2026-11-30T12:00:00Z");
    expect(retryAfterSeconds("3", now)).toBe(3);
    expect(retryAfterSeconds("Mon, 30 Nov 2026 12:00:10 GMT", now)).toBe(10);
    expect(retryAfterSeconds("soon", now)).toBe(0);
    expect(retryAfterSeconds(null, now)).toBe(0);
  });
});

describe("loadSession and deleteSession", () => {
  it("read the conversation from /api/session with the token in the Authorization header", async () => {
    const calls = answer(() => Response.json({ intake: { state: "OH" }, messages: [] }));
    expect(await loadSession({ id: ID, token: TOKEN }, null)).toEqual({ intake: { state: "OH" }, messages: [] });
    expect(calls[0]).toMatchObject({ url: "/api/session", method: "GET" });
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("name the clinic in the query and nothing else", async () => {
    const calls = answer(() => new Response(null, { status: 204 }));
    await deleteSession({ id: ID, token: TOKEN }, "lakeside");
    expect(calls[0]).toMatchObject({ url: "/api/session?clinic=lakeside", method: "DELETE" });
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.url).not.toContain(ID);
  });

  it("answer null for an expired conversation and throw gone for one that cannot be opened", async () => {
    answer(() => refusal(404, "not_found", "No conversation."));
    expect(await loadSession({ id: ID, token: TOKEN }, null)).toBeNull();
    answer(() => refusal(410, "gone", "Could not be opened."));
    expect((await failureOf(loadSession({ id: ID, token: TOKEN }, null))).kind).toBe("gone");
  });

  it("treat a conversation already gone as deleted", async () => {
    answer(() => refusal(410, "gone", "Could not be opened."));
    await expect(deleteSession({ id: ID, token: TOKEN }, null)).resolves.toBeUndefined();
  });
});
