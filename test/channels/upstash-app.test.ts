// The whole app on the Upstash store over a real Redis (through the Upstash-REST gateway): nothing
// readable at rest or in logs, complete deletion, concurrency, rate limits and outages.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { wire } from "../../src/wire.js";
import { folderAssets } from "../support/assets.js";
import { bearer, chatClient } from "../support/chat-client.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const NAME = "Maria Lopez";
const DOB = "3/4/1980";
const PHONE = "512-555-0199";
const OPENING = `My name is ${NAME}, born ${DOB}, phone ${PHONE}. I need my whole chart from the hospital in Texas.`;
let gateway: Gateway;
const prefixes: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({ token: "gateway-token-for-app-tests" });
});

afterAll(async () => {
  for (const prefix of prefixes) await gateway.clear(prefix);
  await gateway.stop();
});

async function upstashApp(env: Record<string, string> = {}) {
  const prefix = `rpapp-${randomBytes(4).toString("hex")}`;
  prefixes.push(prefix);
  const settings = loadSettings({
    LOG_LEVEL: "debug",
    UPSTASH_REDIS_REST_URL: gateway.url,
    UPSTASH_REDIS_REST_TOKEN: gateway.token,
    SESSION_SECRET: "app-test-secret-0123456789-abcdefghijklmnop",
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    REDIS_KEY_PREFIX: prefix,
    REDIS_TIMEOUT_MS: "500",
    ...env,
  });
  const lines: string[] = [];
  const deps = {
    ...(await wire(settings, { assets: folderAssets() })),
    log: createLogger("debug", (l) => lines.push(l)),
  };
  const app = createApp(deps);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(app.request(String(input), init));
  return { deps, fetch, chat: chatClient(fetch), prefix, lines };
}

const newId = () => `up-${randomBytes(12).toString("hex")}`;

describe("the app on Upstash over a real Redis", () => {
  it("reports the upstash store on /healthz", async () => {
    const { fetch } = await upstashApp();
    expect(await (await fetch("http://x/healthz")).json()).toMatchObject({ store: "upstash" });
  });

  it("keeps no readable message text, name, date of birth, phone, session id or credential in Redis or the logs", async () => {
    const { chat, prefix, lines } = await upstashApp();
    const id = newId();
    await chat.send(id, OPENING);
    await chat.send(id, "They are my own records, thank you very much");
    const session = await chat.load(id);
    expect(session.messages).toHaveLength(4);
    const raw = await gateway.dump(prefix);
    expect(raw.length).toBeGreaterThan(0);
    const credential = chat.token(id)!.slice(id.length + 1);
    const texts = [NAME, "Lopez", "1980", PHONE, "5550199", "whole chart", "thank you very much", id, credential];
    for (const secret of texts) {
      expect(raw, `Redis holds "${secret}"`).not.toContain(secret);
      expect(lines.join("\n"), `logs hold "${secret}"`).not.toContain(secret);
    }
    expect(lines.some((l) => JSON.parse(l).route === "/api/chat")).toBe(true);
    for (const line of lines) expect(Object.keys(JSON.parse(line))).not.toContain("text");
  });

  it("erases every key of a conversation on DELETE", async () => {
    const { chat, prefix } = await upstashApp();
    const id = newId();
    await chat.send(id, OPENING);
    expect((await gateway.scan(prefix)).length).toBeGreaterThan(0);
    expect((await chat.remove(id)).status).toBe(204);
    // Not the per-IP limit nor the dashboard's day counters (`:stats:`, no conversation data): they outlive it by design.
    const left = (await gateway.scan(prefix)).filter((k) => !k.startsWith(`${prefix}:rl:ip`) && !k.includes(":stats:"));
    expect(left).toEqual([]);
    expect((await chat.session(id)).status).toBe(404);
  });

  it("never loses a turn when two arrive at the same moment: both are kept in order, or one gets 409", async () => {
    const { chat, fetch } = await upstashApp();
    const id = newId();
    await chat.send(id, OPENING);
    const send = (text: string) =>
      fetch("http://x/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(chat.token(id)) },
        body: JSON.stringify({ id, message: { role: "user", parts: [{ type: "text", text }] } }),
      }).then(async (r) => ({ status: r.status, body: await r.text(), text }));
    const results = await Promise.all([
      send("first of two at once, they are my own records"),
      send("second of two at once, the whole chart please"),
    ]);
    for (const r of results) expect([200, 409]).toContain(r.status);
    const refused = results.filter((r) => r.status === 409);
    for (const r of refused) {
      expect(JSON.parse(r.body).error.code).toBe("conflict");
    }
    const session = await chat.load<{
      messages: Array<{ role: string; parts: Array<{ type: string; text?: string }> }>;
    }>(id);
    const userTexts = session.messages.filter((m) => m.role === "user").map((m) => m.parts[0]?.text);
    for (const r of results.filter((x) => x.status === 200)) expect(userTexts).toContain(r.text);
    for (const r of refused) expect(userTexts).not.toContain(r.text);
    // Every user message is followed by the assistant's answer to it.
    for (const [i, m] of session.messages.entries()) expect(m.role).toBe(i % 2 === 0 ? "user" : "assistant");
  });

  it("answers 429 with Retry-After once a session sends too many messages", async () => {
    const { chat, fetch } = await upstashApp({ RATE_LIMIT_SESSION: "2/60s" });
    const id = newId();
    await chat.send(id, OPENING);
    await chat.send(id, "They are my own records, thank you very much");
    const res = await fetch("http://x/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(chat.token(id)) },
      body: JSON.stringify({
        id,
        message: { role: "user", parts: [{ type: "text", text: "one more message please" }] },
      }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  });

  it("answers 503 with Retry-After when Redis stops answering mid-conversation, and keeps no partial turn", async () => {
    const { chat, fetch } = await upstashApp();
    const id = newId();
    await chat.send(id, OPENING);
    gateway.pause();
    try {
      const res = await fetch("http://x/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(chat.token(id)) },
        body: JSON.stringify({
          id,
          message: { role: "user", parts: [{ type: "text", text: "this turn happens while storage is down" }] },
        }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: "unavailable",
        message: expect.stringMatching(/try again/),
      });
    } finally {
      gateway.resume();
    }
    const transcript = () =>
      chat.load<{ messages: Array<{ role: string; parts: Array<{ type: string; text?: string }> }> }>(id);
    expect(JSON.stringify((await transcript()).messages)).not.toContain("while storage is down");
    const again = await chat.send(id, "They are my own records, thank you very much");
    expect(again.message.metadata?.model).toBe("guide");
    // The conversation goes on from where it was: both turns kept, each with its answer.
    const after = await transcript();
    expect(after.messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(after.messages.filter((m) => m.role === "user").map((m) => m.parts[0]?.text)).toEqual([
      OPENING,
      "They are my own records, thank you very much",
    ]);
  });
});
