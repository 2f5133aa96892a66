// The ReminderStore contract, run against the memory store (with a clock the test moves) and the
// Upstash store over a real Redis through the Upstash-REST gateway (with real expiry), then what only
// the real backend can show: nothing about the patient readable in Redis, stale index entries removed.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryReminders } from "../../src/reminders/memory-reminders.js";
import type { ReminderStore } from "../../src/reminders/reminder.js";
import { UpstashReminders } from "../../src/reminders/upstash-reminders.js";
import { parseEncryptionKeys, RedisKeys } from "../../src/sessions/crypto.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { CLINIC_PHONE, PATIENT_NAME, PATIENT_PHONE, sampleReminder } from "../support/reminders.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const SECRET = "test-session-secret-that-is-long-enough-0123456789";
const KEYS = `k1:${randomBytes(32).toString("base64")}`;
const prefixes: string[] = [];
let gateway: Gateway;

beforeAll(async () => {
  gateway = await startGateway({ token: "gateway-token" });
});

afterAll(async () => {
  for (const prefix of prefixes) await gateway.clear(prefix);
  await gateway.stop();
});

interface Harness {
  store: ReminderStore;
  /** The store's notion of now (ms). */
  now(): number;
  /** Moves the store's clock forward (memory) or waits for real time to pass (Redis TTLs). */
  advance(ms: number): Promise<void>;
}

async function upstash(prefix = `rp-test-${randomBytes(6).toString("hex")}`) {
  prefixes.push(prefix);
  const redis = createUpstashRedis({ url: gateway.url, token: gateway.token });
  const store = new UpstashReminders({
    redis,
    crypto: await parseEncryptionKeys(KEYS),
    keys: new RedisKeys(SECRET, prefix),
  });
  return { store, prefix };
}

const harnesses: Array<[string, () => Promise<Harness>]> = [
  [
    "memory",
    async () => {
      let now = Date.now();
      return {
        store: new MemoryReminders(() => now),
        now: () => now,
        advance: async (ms) => {
          now += ms;
        },
      };
    },
  ],
  [
    "upstash",
    async () => ({
      store: (await upstash()).store,
      now: () => Date.now(),
      advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    }),
  ],
];

for (const [name, make] of harnesses) {
  describe(`${name} reminder store contract`, () => {
    it("reads a saved reminder back unchanged, and nothing for an unknown id", async () => {
      const { store, now } = await make();
      const r = sampleReminder(new Date(now() + 86_400_000));
      await store.saveReminder(r, [r.sessionId]);
      expect(await store.loadReminder(r.id)).toEqual(r);
      expect(await store.loadReminder("0".repeat(32))).toBeNull();
    });

    it("answers due reminders earliest first, up to the limit, and none not yet due", async () => {
      const { store, now } = await make();
      const t = now();
      const late = sampleReminder(new Date(t - 1_000));
      const early = sampleReminder(new Date(t - 3_000));
      const middle = sampleReminder(new Date(t - 2_000));
      const future = sampleReminder(new Date(t + 60_000));
      for (const r of [late, early, middle, future]) await store.saveReminder(r, [r.sessionId]);
      expect(await store.dueReminders(new Date(t), 10)).toEqual([early.id, middle.id, late.id]);
      expect(await store.dueReminders(new Date(t), 2)).toEqual([early.id, middle.id]);
      expect(await store.dueReminders(new Date(t + 60_000), 10)).toContain(future.id);
    });

    it("leaves a reminder that is no longer scheduled out of the due ones, but keeps it stored", async () => {
      const { store, now } = await make();
      const r = sampleReminder(new Date(now() - 1_000));
      await store.saveReminder(r, [r.sessionId]);
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([r.id]);
      await store.saveReminder({ ...r, status: "sent", outcome: "sent", attempts: 1 }, [r.sessionId]);
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([]);
      expect((await store.loadReminder(r.id))?.status).toBe("sent");
    });

    it("forgets a reminder at its expiry: not loaded, not due", async () => {
      const { store, now, advance } = await make();
      const r = sampleReminder(new Date(now() - 1_000), { expiresAt: new Date(now() + 800).toISOString() });
      await store.saveReminder(r, [r.sessionId]);
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([r.id]);
      await advance(1_200);
      expect(await store.loadReminder(r.id)).toBeNull();
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([]);
    });

    it("deletes one reminder and leaves the owner's others", async () => {
      const { store, now } = await make();
      const a = sampleReminder(new Date(now() - 1_000));
      const b = sampleReminder(new Date(now() - 500), { sessionId: a.sessionId });
      await store.saveReminder(a, [a.sessionId]);
      await store.saveReminder(b, [a.sessionId]);
      await store.deleteReminder(a.id);
      expect(await store.loadReminder(a.id)).toBeNull();
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([b.id]);
      await store.deleteRemindersOf(a.sessionId);
      expect(await store.loadReminder(b.id)).toBeNull();
    });

    it("erases every reminder of an owner, by either of its owners, and no one else's", async () => {
      const { store, now } = await make();
      const phone = `sms-phone:${randomBytes(8).toString("hex")}`;
      const web = sampleReminder(new Date(now() - 2_000));
      const sms = sampleReminder(new Date(now() - 1_000));
      const other = sampleReminder(new Date(now() - 500));
      await store.saveReminder(web, [web.sessionId, phone]);
      await store.saveReminder(sms, [sms.sessionId, phone]);
      await store.saveReminder(other, [other.sessionId]);

      await store.deleteRemindersOf(web.sessionId);
      expect(await store.loadReminder(web.id)).toBeNull();
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([sms.id, other.id]);

      await store.deleteRemindersOf(phone);
      expect(await store.loadReminder(sms.id)).toBeNull();
      expect(await store.dueReminders(new Date(now()), 10)).toEqual([other.id]);
      expect(await store.loadReminder(other.id)).not.toBeNull();
    });
  });
}

describe("upstash reminders at rest", () => {
  it("keeps no phone number, name, session id or request detail readable in Redis", async () => {
    const { store, prefix } = await upstash();
    const r = sampleReminder(new Date(Date.now() + 86_400_000));
    const phoneOwner = "sms-phone:digest-of-the-phone";
    await store.saveReminder(r, [r.sessionId, phoneOwner]);
    const dump = await gateway.dump(prefix);
    expect(dump).toContain(r.id);
    for (const secret of [
      PATIENT_PHONE,
      PATIENT_PHONE.slice(1),
      CLINIC_PHONE,
      PATIENT_NAME,
      "Oyelaran",
      "1961-07-14",
      "2026-10-01",
      r.sessionId,
      phoneOwner,
    ]) {
      expect(dump).not.toContain(secret);
    }
    // Every key it wrote expires, none later than the reminder.
    for (const key of await gateway.scan(prefix)) {
      const at = await gateway.redis.pExpireTime(key);
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThanOrEqual(Date.parse(r.expiresAt));
    }
  });

  it("removes an index entry whose record expired, and erases an owner's keys completely", async () => {
    const { store, prefix } = await upstash();
    const keys = new RedisKeys(SECRET, prefix);
    const gone = sampleReminder(new Date(Date.now() - 5_000));
    const kept = sampleReminder(new Date(Date.now() - 1_000));
    await store.saveReminder(gone, [gone.sessionId]);
    await store.saveReminder(kept, [kept.sessionId]);
    // The record's expiry passes while its index entry stays: as when a reminder outlives its date.
    await gateway.redis.pExpireAt(await keys.keyFor("r", gone.id), Date.now() - 1);
    const index = await keys.keyFor("q", "due");
    expect(await gateway.redis.zCard(index)).toBe(2);
    expect(await store.dueReminders(new Date(), 1)).toEqual([kept.id]);
    expect(await gateway.redis.zRange(index, 0, -1)).toEqual([kept.id]);

    await store.deleteRemindersOf(gone.sessionId);
    await store.deleteRemindersOf(kept.sessionId);
    expect(await gateway.scan(prefix)).toEqual([]);
  });
});
