// Rate limits: the Upstash sliding window against a real Redis (its Lua scripts run for real
// through the gateway), and the in-memory limiter used with the memory store.
import { randomBytes } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { RedisKeys } from "../../src/sessions/crypto.js";
import {
  createMemoryRateLimiter,
  createUpstashRateLimiter,
  type Limits,
  type RateLimiter,
} from "../../src/sessions/rate-limit.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const SECRET = "rate-limit-test-secret-0123456789abcdef";
const limits: Limits = {
  session: { requests: 3, windowSeconds: 60 },
  ip: { requests: 5, windowSeconds: 60 },
  phone: { requests: 2, windowSeconds: 60 },
};
const prefix = `rp-test-rl-${randomBytes(6).toString("hex")}`;
let gateway: Gateway;

beforeAll(async () => {
  gateway = await startGateway({ token: "rl-token" });
});

afterAll(async () => {
  for await (const batch of gateway.redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
    for (const k of batch) await gateway.redis.del(k);
  }
  await gateway.stop();
});

async function rejection(limiter: RateLimiter, kind: "session" | "ip" | "phone", id: string): Promise<AppError> {
  const error = await limiter.check(kind, id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function expect429(error: AppError, windowSeconds: number) {
  expect(error.code).toBe("rate_limited");
  expect(error.status).toBe(429);
  const retry = Number(error.headers["Retry-After"]);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(windowSeconds);
  expect(error.message).toBe(`Too many messages. Wait ${retry} seconds and try again.`);
}

describe("Upstash rate limiter over a real Redis", () => {
  const make = () =>
    createUpstashRateLimiter({
      redis: createUpstashRedis({ url: gateway.url, token: gateway.token }),
      keys: new RedisKeys(SECRET, prefix),
      limits,
    });

  it("refuses the call after the limit with 429 and a Retry-After", async () => {
    const limiter = make();
    const id = `session-${randomBytes(8).toString("hex")}`;
    for (let i = 0; i < limits.session.requests; i++) await limiter.check("session", id);
    expect429(await rejection(limiter, "session", id), limits.session.windowSeconds);
  });

  it("counts each id and each kind on its own", async () => {
    const limiter = make();
    const phone = `+1415555${randomBytes(2).readUInt16BE(0)}`;
    await limiter.check("phone", phone);
    await limiter.check("phone", phone);
    expect429(await rejection(limiter, "phone", phone), 60);
    await limiter.check("phone", `${phone}9`);
    await limiter.check("ip", phone);
    await limiter.check("session", phone);
  });

  it("shares the window between isolates (two limiters, one Redis)", async () => {
    const id = `session-${randomBytes(8).toString("hex")}`;
    const [a, b] = [make(), make()];
    await a.check("session", id);
    await b.check("session", id);
    await a.check("session", id);
    expect429(await rejection(b, "session", id), 60);
  });

  it("stores nothing but HMACed identifiers", async () => {
    const phone = "+14155550188";
    await make().check("phone", phone);
    const keys: string[] = [];
    for await (const batch of gateway.redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) keys.push(...batch);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).not.toContain("4155550188");
  });

  it("answers 503 when Redis is unreachable instead of letting everything through", async () => {
    const down = await startGateway({ token: "rl-token" });
    const limiter = createUpstashRateLimiter({
      redis: new Redis({ url: down.url, token: down.token, enableTelemetry: false, retry: false }),
      keys: new RedisKeys(SECRET, prefix),
      limits,
      timeoutMs: 300,
    });
    await down.stop();
    const error = await limiter.check("ip", "203.0.113.9").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unavailable", status: 503, headers: { "Retry-After": "5" } });
  });
});

describe("memory rate limiter", () => {
  it("refuses the call after the limit and lets it through once the window slides", async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter({ limits, now: () => now });
    await limiter.check("session", "s1");
    now += 20_000;
    await limiter.check("session", "s1");
    await limiter.check("session", "s1");
    const error = await rejection(limiter, "session", "s1");
    expect429(error, 60);
    expect(error.headers["Retry-After"]).toBe("40");
    await limiter.check("session", "s2");
    await limiter.check("ip", "s1");
    now += 40_000;
    await limiter.check("session", "s1");
    await expect(limiter.check("session", "s1")).rejects.toBeInstanceOf(AppError);
  });
});
