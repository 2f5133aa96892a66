// A stand-in for the session API as issue 16's contract words it, served inside the browser with
// page.route: POST /api/chat hands out `X-Session-Token` on the turn that creates a session and
// then wants `Authorization: Bearer <token>`; GET/DELETE /api/session take the token; any call can
// be made to answer 410 gone, 422 conversation_full or 429. The panel, its page and its storage are
// the real ones; only the answers to the API calls are written here, so the widget's handling of
// each answer is tested whatever state the server's side of the contract is in.
import type { BrowserContext, Page, Request, Route } from "playwright-core";

/** One API request as the panel sent it. */
export interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  body: { id?: string; clinic?: string; message?: { parts?: Array<{ text?: string }> } } | null;
}

type Answer = { status: number; code: string; message: string } | "drop";

export interface FakeApi {
  /** Every /api/ request, in order. */
  seen: Seen[];
  /** The next call of that route gets this answer instead of the usual one. */
  failNext(route: "chat" | "session", answer: Answer): void;
  /** The token given for the session with this id. */
  tokenOf(id: string): string | undefined;
  /** The next chat reply streams an LLM attempt, withdraws it, then answers as the guide. */
  withdrawNext(): void;
}

const SECRET = "S3cr3t-0123456789abcdefghijklmnopqrstuvwxyz".slice(0, 43);

/** What a failed LLM attempt streamed before it was withdrawn: words and quick replies (issue 19). */
const WITHDRAWN = [
  { type: "start", messageId: "llm", messageMetadata: { model: "openai" } },
  { type: "text-start", id: "0" },
  { type: "text-delta", id: "0", delta: "WITHDRAWN-WORDS of an attempt that" },
  { type: "data-choices", data: { topic: "withdrawn", options: [{ label: "WITHDRAWN-CHOICE", value: "x" }] } },
  { type: "data-withdraw", data: { reason: "llm_failed" } },
];

/**
 * The assistant's fixed reply: one question with two quick replies, as the guide streams it; after
 * a withdrawn LLM attempt when `withdrawn`.
 */
function reply(turn: number, withdrawn = false): string {
  const chunks = [
    ...(withdrawn ? WITHDRAWN : []),
    { type: "start", messageId: `m${turn}` },
    { type: "text-start", id: "t" },
    { type: "text-delta", id: "t", delta: `Thanks. Which state were you treated in? (turn ${turn})` },
    { type: "text-end", id: "t" },
    {
      type: "data-choices",
      data: {
        topic: "state",
        options: [
          { label: "Ohio", value: "Ohio" },
          { label: "Texas", value: "Texas" },
        ],
      },
    },
    { type: "finish" },
  ];
  return `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;
}

const refuse = (route: Route, a: Exclude<Answer, "drop">) =>
  route.fulfill({
    status: a.status,
    contentType: "application/json",
    body: JSON.stringify({ error: { code: a.code, message: a.message } }),
  });

/** Routes /api/chat and /api/session of a page or a whole browser context (frames included) to the stand-in. */
export async function fakeApi(page: Page | BrowserContext): Promise<FakeApi> {
  const seen: Seen[] = [];
  const sessions = new Map<string, { token: string; messages: unknown[] }>();
  const next: Partial<Record<"chat" | "session", Answer>> = {};
  let withdraw = false;
  const record = (req: Request): Seen => {
    let body: Seen["body"] = null;
    try {
      body = req.postDataJSON() as Seen["body"];
    } catch {
      // GET and DELETE have no body.
    }
    const s = { method: req.method(), url: req.url(), authorization: req.headers().authorization ?? null, body };
    seen.push(s);
    return s;
  };
  const bearer = (s: Seen) => s.authorization?.replace(/^Bearer /, "") ?? "";
  const take = (route: "chat" | "session") => {
    const a = next[route];
    delete next[route];
    return a;
  };

  await page.route("**/api/chat*", async (route) => {
    const s = record(route.request());
    const forced = take("chat");
    if (forced === "drop") return route.abort("connectionrefused");
    if (forced) return refuse(route, forced);
    const id = s.body?.id ?? "";
    const known = sessions.get(id);
    const headers: Record<string, string> = { "cache-control": "no-store" };
    if (!known) {
      if (s.authorization) return refuse(route, { status: 404, code: "not_found", message: "No conversation." });
      const token = `${id}.${SECRET}`;
      sessions.set(id, { token, messages: [] });
      headers["x-session-token"] = token;
    } else if (bearer(s) !== known.token) {
      return refuse(route, { status: 404, code: "not_found", message: "No conversation." });
    }
    const session = sessions.get(id);
    const turn = (session?.messages.length ?? 0) / 2 + 1;
    const text = s.body?.message?.parts?.[0]?.text ?? "";
    session?.messages.push(
      { id: `u${turn}`, role: "user", parts: [{ type: "text", text }] },
      {
        id: `m${turn}`,
        role: "assistant",
        parts: [{ type: "text", text: `Thanks. Which state were you treated in? (turn ${turn})` }],
      },
    );
    const body = reply(turn, withdraw);
    withdraw = false;
    return route.fulfill({ status: 200, contentType: "text/event-stream", headers, body });
  });

  await page.route("**/api/session*", async (route) => {
    const s = record(route.request());
    const forced = take("session");
    if (forced === "drop") return route.abort("connectionrefused");
    if (forced) return refuse(route, forced);
    const token = bearer(s);
    const entry = [...sessions.entries()].find(([, v]) => v.token === token);
    if (!entry) return refuse(route, { status: 404, code: "not_found", message: "No conversation." });
    if (s.method === "DELETE") {
      sessions.delete(entry[0]);
      return route.fulfill({ status: 204 });
    }
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "cache-control": "no-store" },
      body: JSON.stringify({ id: entry[0], intake: { state: "OH" }, messages: entry[1].messages }),
    });
  });

  return {
    seen,
    failNext: (route, answer) => {
      next[route] = answer;
    },
    tokenOf: (id) => sessions.get(id)?.token,
    withdrawNext: () => {
      withdraw = true;
    },
  };
}
