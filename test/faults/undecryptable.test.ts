// A stored conversation that cannot be decrypted (its key rotated out of ENCRYPTION_KEYS, or the
// value damaged) is treated as gone: the web routes answer 410 `gone` with a message saying to start
// a new conversation (never 500), a new id works, and a phone starts a fresh conversation and is told.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { AUTH_TOKEN, smsClient } from "../channels/sms/twilio-client.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { dropPrefix, newId, postTurn, tokenHeaders, upstashApp } from "./support.js";

let gateway: Gateway;
const prefixes: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({ token: "fault-undecryptable-token-0123" });
});
afterAll(async () => {
  for (const prefix of prefixes) await dropPrefix(gateway, prefix);
  await gateway.stop();
});

const keySet = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;
const OPENING = "I need my whole chart from the hospital where I had surgery in Texas";
const GONE = { error: { code: "gone", message: CATALOGS.en.errors.conversationGone } };

/** The same Redis prefix opened twice: first under key set K1, then with only K2 configured. */
async function rotatedOut(env: Record<string, string> = {}) {
  const before = await upstashApp(gateway, gateway.url, { ENCRYPTION_KEYS: keySet("k1"), ...env });
  prefixes.push(before.prefix);
  const after = await upstashApp(gateway, gateway.url, {
    ENCRYPTION_KEYS: keySet("k2"),
    REDIS_KEY_PREFIX: before.prefix,
    ...env,
  });
  return { before, after };
}

describe("a conversation whose key was rotated out", () => {
  it("answers GET and POST /api/chat with 410 gone and a message to start again; a new id works", async () => {
    const { before, after } = await rotatedOut();
    const id = newId();
    expect((await postTurn(before.fetch, id, OPENING)).status).toBe(200);

    const read = await after.fetch("http://recordpath.test/api/session", { headers: tokenHeaders(id) });
    expect(read.status).toBe(410);
    expect(await read.json()).toEqual(GONE);
    const turn = await postTurn(after.fetch, id, "Mercy General Hospital in Austin");
    expect(turn.status).toBe(410);
    expect(JSON.parse(turn.body)).toEqual(GONE);
    // In the patient's language when the request says it.
    const spanish = await after.fetch("http://recordpath.test/api/session", {
      headers: { "accept-language": "es", ...tokenHeaders(id) },
    });
    expect(((await spanish.json()) as typeof GONE).error.message).toBe(CATALOGS.es.errors.conversationGone);

    const fresh = await postTurn(after.fetch, newId(), OPENING);
    expect(fresh.status).toBe(200);
    expect(fresh.body.trimEnd().endsWith("data: [DONE]")).toBe(true);
    // Erasing it still works: the store's index names its keys.
    expect(
      (await after.fetch("http://recordpath.test/api/session", { method: "DELETE", headers: tokenHeaders(id) })).status,
    ).toBe(204);
    expect((await after.fetch("http://recordpath.test/api/session", { headers: tokenHeaders(id) })).status).toBe(404);
  });

  it("starts a phone on a fresh conversation and tells the patient why", async () => {
    const env = { TWILIO_AUTH_TOKEN: AUTH_TOKEN };
    const { before, after } = await rotatedOut(env);
    expect((await smsClient(before.fetch).send(OPENING)).status).toBe(200);
    const reply = await smsClient(after.fetch).send("Mercy General Hospital in Austin");
    expect(reply.status).toBe(200);
    expect(reply.messages[0]).toBe(CATALOGS.en.errors.conversationRestarted);
    expect(reply.messages.length).toBeGreaterThan(1);
    // The next message continues the new conversation, without the notice.
    const next = await smsClient(after.fetch).send("Texas");
    expect(next.messages).not.toContain(CATALOGS.en.errors.conversationRestarted);
    expect(next.messages.join(" ")).not.toMatch(/went wrong/);
  });
});

describe("a damaged stored conversation", () => {
  it("answers 410 gone, not 500", async () => {
    const app = await upstashApp(gateway, gateway.url);
    prefixes.push(app.prefix);
    const id = newId();
    expect((await postTurn(app.fetch, id, OPENING)).status).toBe(200);
    const [sessionKey] = (await gateway.scan(app.prefix)).filter((k) => k.includes(":s:"));
    await gateway.redis.hSet(sessionKey!, "d", "k1:bm90IGEgc2VhbGVkIHZhbHVlIGF0IGFsbCwganVzdCBub2lzZQ");
    const read = await app.fetch("http://recordpath.test/api/session", { headers: tokenHeaders(id) });
    expect(read.status).toBe(410);
    expect(await read.json()).toEqual(GONE);
    expect((await postTurn(app.fetch, id, "Texas")).status).toBe(410);
  });
});
