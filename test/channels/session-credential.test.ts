// The id is not a key (issue 16): a web conversation is opened only with the token its first turn
// handed out, only for the clinic it was started for, and the session routes grant no CORS.
import { describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { hashSecret } from "../../src/sessions/credential.js";
import { createMemoryRateLimiter } from "../../src/sessions/rate-limit.js";
import { newSession } from "../../src/sessions/session.js";
import { testApp } from "../support/app.js";
import { bearer, chatClient } from "../support/chat-client.js";

const BASE = "http://recordpath.test";
const ORIGIN_A = "https://www.riverbend.example";
const ORIGIN_B = "https://www.lakeside.example";
const clinics = () =>
  new MemoryClinicDirectory([
    { ...DEMO_CLINIC, allowedOrigins: [ORIGIN_A] },
    { ...DEMO_CLINIC, id: "lakeside", name: "Lakeside Clinic", allowedOrigins: [ORIGIN_B] },
  ]);
const newId = () => `cred-${crypto.randomUUID().replaceAll("-", "")}`;
const turn = (id: string, text = "Hi, I need my records", clinic?: string) =>
  JSON.stringify({ id, message: { role: "user", parts: [{ type: "text", text }] }, ...(clinic ? { clinic } : {}) });

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
const postChat = (fetch: Fetch, body: string, headers: Record<string, string> = {}, query = "") =>
  fetch(`${BASE}/api/chat${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

/** The body of a 404 for an id nobody ever used: every refusal must look exactly like it. */
async function unknownIdBody(fetch: Fetch): Promise<unknown> {
  const res = await fetch(`${BASE}/api/session`, { headers: bearer(`${newId()}.${"A".repeat(43)}`) });
  expect(res.status).toBe(404);
  return res.json();
}

describe("the session credential", () => {
  it("answers the first turn with a token of 256 random bits, and stores only its SHA-256", async () => {
    const { fetch, store } = await testApp();
    const id = newId();
    const res = await postChat(fetch, turn(id));
    expect(res.status).toBe(200);
    await res.text();
    const token = res.headers.get("X-Session-Token") ?? "";
    expect(token).toMatch(new RegExp(`^${id}\\.[A-Za-z0-9_-]{43}$`));
    const secret = token.slice(id.length + 1);
    const stored = await store.load(id);
    expect(stored?.credentialHash).toBe(await hashSecret(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("hands out the token only on the turn that created the conversation", async () => {
    const { fetch } = await testApp();
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "Hi");
    const second = await postChat(fetch, turn(id, "Texas"), bearer(chat.token(id)));
    expect(second.status).toBe(200);
    await second.text();
    expect(second.headers.get("X-Session-Token")).toBeNull();
  });

  it("refuses a later turn without the token, or with a wrong one, exactly as an unknown id", async () => {
    const { fetch, store } = await testApp();
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "Hi");
    const expected = await unknownIdBody(fetch);
    const wrong = `${id}.${"B".repeat(43)}`;
    const otherId = newId();
    await chat.send(otherId, "Hi");
    for (const headers of [{}, bearer(wrong), bearer(chat.token(otherId))]) {
      const res = await postChat(fetch, turn(id, "Texas"), headers);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(expected);
    }
    expect((await store.load(id))?.messages).toHaveLength(2);
  });

  it("reads and deletes the conversation with its token; with a wrong one reads nothing and deletes nothing", async () => {
    const { fetch, store } = await testApp();
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "My records are from a hospital in Ohio");
    const expected = await unknownIdBody(fetch);
    for (const headers of [{}, bearer(`${id}.${"C".repeat(43)}`), { Authorization: id }]) {
      for (const method of ["GET", "DELETE"]) {
        const res = await fetch(`${BASE}/api/session`, { method, headers });
        expect(res.status, `${method} ${JSON.stringify(headers)}`).toBe(404);
        expect(await res.json()).toEqual(expected);
      }
    }
    expect(await store.load(id)).not.toBeNull();
    const read = await chat.session(id);
    expect(read.status).toBe(200);
    const body = (await read.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["documents", "id", "intake", "messages"]);
    expect((await chat.remove(id)).status).toBe(204);
    expect(await store.load(id)).toBeNull();
    expect((await chat.session(id)).status).toBe(404);
  });

  it("grants a second client nothing for a client-chosen id the first already uses", async () => {
    const { fetch, store } = await testApp();
    const id = "0000000000000001";
    const first = chatClient(fetch);
    await first.send(id, "My name is Maria Lopez");
    const second = chatClient(fetch);
    await expect(second.send(id, "What did I say my name was?")).rejects.toThrow();
    expect(second.token(id)).toBeUndefined();
    expect((await second.session(id)).status).toBe(404);
    expect((await second.remove(id)).status).toBe(404);
    expect((await store.load(id))?.messages).toHaveLength(2);
  });

  it("answers the old /api/sessions/:id routes with 404 naming the new route, without looking the id up", async () => {
    const { fetch } = await testApp();
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "Hi");
    for (const method of ["GET", "DELETE"]) {
      const res = await fetch(`${BASE}/api/sessions/${id}`, { method, headers: bearer(chat.token(id)) });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/\/api\/session\b/);
    }
    expect((await chat.session(id)).status).toBe(200);
  });

  it("never opens an SMS conversation through the web routes", async () => {
    const { fetch, store } = await testApp();
    const id = "sms_0123456789abcdef0123456789abcdef";
    await store.save(newSession(id, "sms", new Date()));
    const token = `${id}.${"D".repeat(43)}`;
    expect((await fetch(`${BASE}/api/session`, { headers: bearer(token) })).status).toBe(404);
    expect((await postChat(fetch, turn(id), bearer(token))).status).toBe(404);
    expect((await postChat(fetch, turn(id))).status).toBe(404);
  });
});

describe("the per-conversation rate limit", () => {
  it("counts only turns that carry the conversation's token, so its id alone cannot use the limit up", async () => {
    const { fetch } = await testApp({}, { RATE_LIMIT_SESSION: "2/60s" });
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "Hi");
    for (let i = 0; i < 3; i++) expect((await postChat(fetch, turn(id, "Texas"))).status).toBe(404);
    const second = await postChat(fetch, turn(id, "Texas"), bearer(chat.token(id)));
    expect(second.status).toBe(200);
    await second.text();
    expect((await postChat(fetch, turn(id, "Ohio"), bearer(chat.token(id)))).status).toBe(429);
  });
});

describe("a conversation belongs to the clinic it was started for", () => {
  it("refuses a turn, read or delete naming another clinic, or none, as an unknown id", async () => {
    const { fetch, store } = await testApp({ clinics: clinics() });
    const chat = chatClient(fetch, BASE, { clinic: "riverbend" });
    const id = newId();
    await chat.send(id, "Hi");
    const auth = bearer(chat.token(id));
    for (const clinic of ["lakeside", undefined]) {
      expect((await postChat(fetch, turn(id, "Texas", clinic), auth)).status).toBe(404);
      const query = clinic ? `?clinic=${clinic}` : "";
      expect((await fetch(`${BASE}/api/session${query}`, { headers: auth })).status).toBe(404);
      expect((await fetch(`${BASE}/api/session${query}`, { method: "DELETE", headers: auth })).status).toBe(404);
    }
    expect(await store.load(id)).not.toBeNull();
    expect((await chat.session(id)).status).toBe(200);
  });

  it("refuses a clinic's turn on a conversation started without one", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "Hi");
    expect((await postChat(fetch, turn(id, "Texas", "riverbend"), bearer(chat.token(id)))).status).toBe(404);
  });

  it("gives clinic B's origin no CORS headers on the session routes, even with clinic A's token", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const chat = chatClient(fetch, BASE, { clinic: "riverbend" });
    const id = newId();
    await chat.send(id, "Hi");
    for (const [origin, clinic] of [
      [ORIGIN_B, "lakeside"],
      [ORIGIN_A, "riverbend"],
    ]) {
      // Clinic A's own DELETE would succeed (a browser never sends it: its preflight is refused).
      for (const method of clinic === "lakeside" ? ["GET", "DELETE", "OPTIONS"] : ["GET", "OPTIONS"]) {
        const res = await fetch(`${BASE}/api/session?clinic=${clinic}`, {
          method,
          headers: { origin: origin!, ...bearer(chat.token(id)), "access-control-request-method": "GET" },
        });
        expect(res.headers.get("access-control-allow-origin"), `${method} ${origin}`).toBeNull();
      }
    }
    expect((await chat.session(id)).status).toBe(200);
  });

  it("keeps CORS for a clinic's own origin on the chat, and lets its preflight send the token", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const preflight = await fetch(`${BASE}/api/chat?clinic=riverbend`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN_A,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    const res = await postChat(fetch, turn(newId()), { origin: ORIGIN_A }, "?clinic=riverbend");
    expect(res.status).toBe(200);
    await res.text();
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN_A);
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Session-Token");
    expect(res.headers.get("X-Session-Token")).toBeTruthy();
  });

  it("gives no CORS headers on /api/recommend or /api/states", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const states = await fetch(`${BASE}/api/states/TX?clinic=riverbend`, { headers: { origin: ORIGIN_A } });
    expect(states.headers.get("access-control-allow-origin")).toBeNull();
    const recommend = await fetch(`${BASE}/api/recommend?clinic=riverbend`, {
      method: "POST",
      headers: { origin: ORIGIN_A, "content-type": "application/json" },
      body: JSON.stringify({ state: "TX" }),
    });
    expect(recommend.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("per-IP rate limits beyond the chat", () => {
  const tiny = () =>
    createMemoryRateLimiter({
      limits: {
        ip: { requests: 2, windowSeconds: 60 },
        session: { requests: 100, windowSeconds: 60 },
        phone: { requests: 100, windowSeconds: 60 },
      },
    });

  it("limits GET and DELETE /api/session, POST /api/recommend and POST /api/documents per IP", async () => {
    const requests: Array<[string, RequestInit]> = [
      ["/api/session", { method: "GET", headers: bearer(`${newId()}.${"E".repeat(43)}`) }],
      ["/api/session", { method: "DELETE", headers: bearer(`${newId()}.${"E".repeat(43)}`) }],
      [
        "/api/recommend",
        { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ state: "TX" }) },
      ],
      [
        "/api/documents?format=txt",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ kind: "access_request", intake: { state: "TX" }, format: "txt" }),
        },
      ],
    ];
    for (const [path, init] of requests) {
      const { fetch } = await testApp({ limiter: tiny() });
      const ip = { "cf-connecting-ip": "203.0.113.9" };
      const send = () => fetch(`${BASE}${path}`, { ...init, headers: { ...(init.headers as object), ...ip } });
      expect((await send()).status, path).not.toBe(429);
      expect((await send()).status, path).not.toBe(429);
      const third = await send();
      expect(third.status, `${init.method} ${path}`).toBe(429);
      expect(third.headers.get("retry-after")).toBeTruthy();
    }
  });
});
