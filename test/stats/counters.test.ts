// The dashboard's counter store contract, run against MemoryStats and UpstashStats (a real Redis
// behind the Upstash-REST gateway): deltas add up per scope and day, a range reads only its days,
// the retention drops old days; and Upstash's own layout: one hash per scope per day under
// REDIS_KEY_PREFIX, expiring 400 days after its day.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { dayRange, daysBefore, MemoryStats, STATS_RETENTION_DAYS, type StatsStore } from "../../src/stats/counters.js";
import { statsExpiry, statsKey, UpstashStats } from "../../src/stats/upstash-counters.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

// Real today: Redis expires keys by its own clock.
const TODAY = new Date().toISOString().slice(0, 10);
const dayBefore = (n: number) => daysBefore(TODAY, n);

function contract(name: string, make: (today?: () => string) => StatsStore) {
  describe(name, () => {
    it("adds deltas, negative ones too, per scope and day, and reads a range inclusively", async () => {
      const stats = make();
      await stats.add("riverbend", TODAY, { "started:web": 1, "stop:opened": 1 });
      await stats.add("riverbend", TODAY, { "stop:opened": -1, "stop:situation": 1, "started:web": 1 });
      await stats.add("riverbend", dayBefore(2), { "started:sms": 3 });
      await stats.add("lakeside", TODAY, { "started:web": 5 });
      expect(await stats.read("riverbend", dayBefore(2), TODAY)).toEqual({
        [dayBefore(2)]: { "started:sms": 3 },
        [TODAY]: { "started:web": 2, "stop:opened": 0, "stop:situation": 1 },
      });
      expect(await stats.read("riverbend", dayBefore(1), dayBefore(1))).toEqual({});
      expect(await stats.read("riverbend", TODAY, TODAY)).toEqual({
        [TODAY]: { "started:web": 2, "stop:opened": 0, "stop:situation": 1 },
      });
      expect(await stats.read("lakeside", dayBefore(25), TODAY)).toEqual({ [TODAY]: { "started:web": 5 } });
      expect(await stats.read("nobody", dayBefore(25), TODAY)).toEqual({});
    });

    it("keeps a transient negative count as it is (the report clamps it)", async () => {
      const stats = make();
      await stats.add("_", TODAY, { "stop:opened": -1, "stop:situation": 1 });
      expect(await stats.read("_", TODAY, TODAY)).toEqual({ [TODAY]: { "stop:opened": -1, "stop:situation": 1 } });
    });

    it("neither writes nor reads a day past the 400-day retention", async () => {
      const stats = make(() => TODAY);
      const oldest = daysBefore(TODAY, STATS_RETENTION_DAYS);
      const tooOld = daysBefore(oldest, 1);
      await stats.add("old", tooOld, { "started:web": 1 });
      await stats.add("old", oldest, { "started:web": 2 });
      expect(await stats.read("old", daysBefore(TODAY, 450), TODAY)).toEqual({ [oldest]: { "started:web": 2 } });
    });

    it("reads a 400-day range in one call", async () => {
      const stats = make(() => TODAY);
      const from = daysBefore(TODAY, 399);
      await stats.add("long", from, { "letter:follow_up": 6 });
      await stats.add("long", TODAY, { "letter:follow_up": 1 });
      const read = await stats.read("long", from, TODAY);
      expect(Object.keys(read).sort()).toEqual([from, TODAY]);
    });
  });
}

contract("MemoryStats", (today) => new MemoryStats(today));

it("lists every day of a range, across months and a leap day", () => {
  expect(dayRange("2028-02-27", "2028-03-01")).toEqual(["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"]);
  expect(dayRange(TODAY, TODAY)).toEqual([TODAY]);
  expect(dayRange(TODAY, dayBefore(1))).toEqual([]);
});

describe("UpstashStats", () => {
  let gateway: Gateway;
  const prefixes: string[] = [];
  beforeAll(async () => {
    gateway = await startGateway({ token: "stats-gateway-token" });
  });
  afterAll(async () => {
    for (const p of prefixes) await gateway.clear(p);
    await gateway.stop();
  });
  const fresh = () => {
    const prefix = `stats-${randomBytes(4).toString("hex")}`;
    prefixes.push(prefix);
    return prefix;
  };
  const redis = () => createUpstashRedis({ url: gateway.url, token: gateway.token });
  contract(
    "against a real Redis",
    (today) => new UpstashStats(redis(), { prefix: fresh(), ...(today ? { today } : {}) }),
  );

  it("keeps one hash per scope per day under {REDIS_KEY_PREFIX}:stats, expiring 400 days after its day", async () => {
    const prefix = fresh();
    const today = new Date().toISOString().slice(0, 10);
    const stats = new UpstashStats(redis(), { prefix });
    await stats.add("riverbend", today, { "started:web": 1, "path:provider": 1 });
    expect(await gateway.scan(prefix)).toEqual([`${prefix}:stats:riverbend:${today}`]);
    expect(await gateway.redis.hGetAll(statsKey(prefix, "riverbend", today))).toEqual({
      "started:web": "1",
      "path:provider": "1",
    });
    // Until the end of the 400th day after today: between 400 and 401 days from now.
    const ttl = await gateway.redis.ttl(statsKey(prefix, "riverbend", today));
    expect(ttl).toBeGreaterThan(400 * 86_400 - 60);
    expect(ttl).toBeLessThanOrEqual(401 * 86_400);
    expect(await gateway.redis.expireTime(statsKey(prefix, "riverbend", today))).toBe(statsExpiry(today));
  });

  it("does not let a late write keep a day past its retention: the expiry follows the day, not the write", async () => {
    const prefix = fresh();
    const day = daysBefore(new Date().toISOString().slice(0, 10), 10);
    const stats = new UpstashStats(redis(), { prefix });
    await stats.add("_", day, { "stop:opened": 1 });
    await stats.add("_", day, { "stop:opened": -1, "stop:sent": 1 });
    const expires = await gateway.redis.expireTime(statsKey(prefix, "_", day));
    expect(expires).toBe(Date.parse(`${day}T00:00:00Z`) / 1000 + 401 * 86_400);
    expect(await gateway.redis.ttl(statsKey(prefix, "_", day))).toBeLessThan(391 * 86_400);
  });

  it("keeps two prefixes on one Redis apart", async () => {
    const [a, b] = [fresh(), fresh()];
    await new UpstashStats(redis(), { prefix: a }).add("riverbend", TODAY, { "started:web": 7 });
    expect(await new UpstashStats(redis(), { prefix: b }).read("riverbend", TODAY, TODAY)).toEqual({});
  });

  it("answers 'unavailable' (503) when Redis cannot be read, naming no detail", async () => {
    const dead = new UpstashStats(createUpstashRedis({ url: "http://127.0.0.1:9", token: "x", timeoutMs: 300 }), {
      prefix: fresh(),
    });
    const error = await dead.read("riverbend", TODAY, TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unavailable");
    expect((error as AppError).message).toMatch(/counters cannot be read right now/);
  });
});
