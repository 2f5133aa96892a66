// The Upstash store against a real Redis through the Upstash-REST gateway: the shared contract,
// then what only a real backend can show (nothing readable at rest, rotation, tampering, outages).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLetter } from "../../src/documents/index.js";
import { AppError } from "../../src/errors.js";
import { parseEncryptionKeys, RedisKeys, type SessionCrypto } from "../../src/sessions/crypto.js";
import { newSession } from "../../src/sessions/session.js";
import { VersionConflict } from "../../src/sessions/store.js";
import { createUpstashRedis, UpstashStore } from "../../src/sessions/upstash-store.js";
import { storeContract } from "../support/store-contract.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const ttl = { sessionSeconds: 2, documentSeconds: 1 };
const SECRET = "test-session-secret-that-is-long-enough-0123456789";
const key = () => randomBytes(32).toString("base64");
const KEYS = `k1:${key()}`;
const prefixes: string[] = [];
let gateway: Gateway;
let crypto: SessionCrypto;

beforeAll(async () => {
  gateway = await startGateway({ token: "gateway-token" });
  crypto = await parseEncryptionKeys(KEYS);
});

afterAll(async () => {
  // Only our own keys: other suites share this Redis.
  for (const prefix of prefixes) await gateway.clear(prefix);
  await gateway.stop();
});

function makeStore(options: { crypto?: SessionCrypto; url?: string; timeoutMs?: number; prefix?: string } = {}) {
  const prefix = options.prefix ?? `rp-test-${randomBytes(6).toString("hex")}`;
  prefixes.push(prefix);
  const timeoutMs = options.timeoutMs ?? 2000;
  const redis = createUpstashRedis({ url: options.url ?? gateway.url, token: gateway.token, timeoutMs });
  const store = new UpstashStore({
    redis,
    crypto: options.crypto ?? crypto,
    keys: new RedisKeys(SECRET, prefix),
    ttl,
    timeoutMs,
  });
  return { store, prefix };
}

storeContract(
  "upstash",
  async () => {
    const { store, prefix } = makeStore();
    return {
      store,
      advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
      keyCount: async () => (await gateway.scan(prefix)).length,
    };
  },
  ttl,
);

describe("upstash store at rest", () => {
  it("keeps no message text, name, date of birth, phone or id readable in Redis", async () => {
    const { store, prefix } = makeStore();
    const s = newSession(`sess-${randomBytes(12).toString("hex")}`, "sms", new Date());
    const phone = "+14155550123";
    s.intake = { patient: { name: "Marguerite Oyelaran", dob: "1961-07-14" } } as typeof s.intake;
    s.messages = [{ id: "m1", role: "user", parts: [{ type: "text", text: "I need my knee MRI from Mercy Clinic" }] }];
    s.aliases = [phone];
    await store.save(s);
    await store.saveAlias(phone, s.id);
    await store.saveDocument({
      id: "doc-plain-0001",
      sessionId: s.id,
      kind: "access_request",
      title: "Request for Marguerite Oyelaran",
      filename: "request.docx",
      docx: new TextEncoder().encode("Marguerite Oyelaran 1961-07-14"),
      text: "Dear Mercy Clinic, I, Marguerite Oyelaran, request my knee MRI.",
      createdAt: "2026-11-26T00:00:00.000Z",
      expiresAt: "2026-11-27T00:00:00.000Z",
    });
    // A draft stored as its letter (rendered at download): the letter is sealed too.
    const intake = { patient: { name: "Marguerite Oyelaran", dateOfBirth: "1961-07-14" }, provider: { name: "Mercy" } };
    await store.saveDocument({
      id: "doc-plain-0002",
      sessionId: s.id,
      kind: "access_request",
      title: "Request for my medical records",
      filename: "request.docx",
      letter: buildLetter("access_request", intake, { today: "2026-11-26" }),
      text: "Dear Mercy Clinic, I, Marguerite Oyelaran, request my knee MRI.",
      createdAt: "2026-11-26T00:00:00.000Z",
      expiresAt: "2026-11-27T00:00:00.000Z",
    });
    expect(JSON.stringify((await store.loadDocument("doc-plain-0002"))?.letter)).toContain("Marguerite Oyelaran");
    const raw = await gateway.dump(prefix);
    expect(raw.length).toBeGreaterThan(0);
    for (const secret of [
      "Marguerite",
      "Oyelaran",
      "1961-07-14",
      "knee MRI",
      "Mercy",
      "4155550123",
      s.id,
      "doc-plain-0001",
      "doc-plain-0002",
    ]) {
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(Buffer.from(secret).toString("base64").slice(0, 8));
    }
  });

  it("gives every key a TTL no longer than its kind allows", async () => {
    const { store, prefix } = makeStore();
    const s = newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date());
    await store.save(s);
    await store.claimOnce("webhook-1", 1);
    const keys = await gateway.scan(prefix);
    expect(keys).toHaveLength(2);
    for (const k of keys) {
      const left = await gateway.redis.ttl(k);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(ttl.sessionSeconds);
    }
  });

  it("erases documents saved before the session itself, leaving nothing under the prefix", async () => {
    const { store, prefix } = makeStore();
    const s = newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date());
    const base = { kind: "k", title: "t", filename: "f.docx", text: "x", createdAt: "", expiresAt: "" };
    await store.saveDocument({ ...base, id: "early-doc-1", sessionId: s.id, docx: new Uint8Array([1]) });
    await store.saveAlias("+15550000001", s.id);
    await store.save(s);
    expect((await gateway.scan(prefix)).length).toBeGreaterThan(0);
    await store.delete(s.id);
    expect(await gateway.scan(prefix)).toEqual([]);
  });
});

describe("upstash store encryption", () => {
  it("still reads values written under an old key after a new key is put first", async () => {
    const k1 = key();
    const old = await parseEncryptionKeys(`old:${k1}`);
    const rotated = await parseEncryptionKeys(`new:${key()},old:${k1}`);
    const first = makeStore({ crypto: old });
    const s = await first.store.save(newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date()));
    const second = makeStore({ crypto: rotated, prefix: first.prefix });
    const loaded = await second.store.load(s.id);
    expect(loaded?.version).toBe(1);
    await second.store.save({ ...loaded!, intake: { state: "CA" } });
    const [sessionKey] = (await gateway.scan(first.prefix)).filter((k) => k.includes(":s:"));
    expect((await gateway.redis.hGet(sessionKey!, "d"))?.startsWith("new:")).toBe(true);
    expect((await second.store.load(s.id))?.intake.state).toBe("CA");
  });

  it("fails closed on a tampered or moved ciphertext: the conversation is gone (410)", async () => {
    const { store, prefix } = makeStore();
    const a = await store.save(newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date()));
    const b = await store.save(newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date()));
    const [keyA, keyB] = await Promise.all([a, b].map(async (s) => new RedisKeys(SECRET, prefix).keyFor("s", s.id)));
    const sealedA = (await gateway.redis.hGet(keyA!, "d"))!;
    // Moved: A's ciphertext under B's key.
    await gateway.redis.hSet(keyB!, "d", sealedA);
    await expect(store.load(b.id)).rejects.toMatchObject({ status: 410, code: "gone" });
    // Tampered: one character of A's ciphertext changed.
    const i = sealedA.length - 5;
    await gateway.redis.hSet(keyA!, "d", sealedA.slice(0, i) + (sealedA[i] === "A" ? "B" : "A") + sealedA.slice(i + 1));
    await expect(store.load(a.id)).rejects.toMatchObject({ status: 410, code: "gone" });
  });

  it("answers 410 for a session and a phone mapping written under a key no longer configured, and still erases them", async () => {
    const first = makeStore({ crypto: await parseEncryptionKeys(`k1:${key()}`) });
    const s = await first.store.save({
      ...newSession(`sess-${randomBytes(12).toString("hex")}`, "sms", new Date()),
      aliases: ["sms:phone-pair"],
    });
    await first.store.saveAlias("sms:phone-pair", s.id);
    const second = makeStore({ crypto: await parseEncryptionKeys(`k2:${key()}`), prefix: first.prefix });
    const gone = second.store.load(s.id);
    await expect(gone).rejects.toBeInstanceOf(AppError);
    await expect(gone).rejects.toMatchObject({ status: 410, code: "gone" });
    await expect(second.store.loadAlias("sms:phone-pair")).rejects.toMatchObject({ status: 410 });
    await second.store.delete(s.id);
    expect(await gateway.scan(first.prefix)).toEqual([]);
  });
});

describe("upstash store concurrency", () => {
  it("lets exactly one of many concurrent saves on the same version win", async () => {
    const { store } = makeStore();
    const base = await store.save(newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date()));
    const states = ["NY", "NJ", "CT", "PA", "MA", "VT", "ME", "RI"] as const;
    const results = await Promise.allSettled(states.map((state) => store.save({ ...base, intake: { state } })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(VersionConflict);
    const stored = await store.load(base.id);
    expect(stored?.version).toBe(2);
    expect(stored?.intake.state).toBe(
      (won[0] as PromiseFulfilledResult<{ intake: { state?: string } }>).value.intake.state,
    );
  });
});

describe("upstash store outages", () => {
  it("answers 503 with Retry-After when Redis is unreachable", async () => {
    const down = await startGateway({ token: "gateway-token" });
    const { store } = makeStore({ url: down.url });
    const s = await store.save(newSession(`sess-${randomBytes(12).toString("hex")}`, "web", new Date()));
    await down.stop();
    const error = await store.save(s).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unavailable", status: 503, headers: { "Retry-After": "5" } });
    await expect(store.load(s.id)).rejects.toMatchObject({ status: 503 });
  });

  // A paused gateway never answers: without the timeout this read would outlast the test's own.
  // How soon the 503 comes is measured by `npm run bench` (bench/timeouts.ts).
  it("gives up after the timeout when Redis hangs", async () => {
    const slow = await startGateway({ token: "gateway-token" });
    const { store } = makeStore({ url: slow.url, timeoutMs: 300 });
    slow.pause();
    const error = await store.load("sess-hanging-000000001").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unavailable", status: 503, headers: { "Retry-After": "5" } });
    await slow.stop();
  });
});
