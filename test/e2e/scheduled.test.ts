// The Cron Trigger under `wrangler dev --test-scheduled`: the Worker as wrangler bundles it, on the
// Upstash store over the real Redis, sends a reminder that is due through the fake Twilio REST
// server when /__scheduled fires the hourly cron. The reminder is saved from the test with
// UpstashReminders under the Worker's own secret, keys and prefix: the web route that schedules one
// is built on another branch.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config.js";
import { phoneOwnerOf } from "../../src/reminders/schedule.js";
import { UpstashReminders } from "../../src/reminders/upstash-reminders.js";
import { parseEncryptionKeys, RedisKeys } from "../../src/sessions/crypto.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { FAKE_ACCOUNT_SID, type FakeTwilioRest, startFakeTwilioRest } from "../support/fake-twilio-rest.js";
import { PATIENT_NAME, sampleReminder } from "../support/reminders.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.js";

const AUTH_TOKEN = "twilio-e2e-auth-token-0123456789";
const FROM = "+15559870000";
const SECRET = randomBytes(24).toString("hex");
const KEYS = `k1:${randomBytes(32).toString("base64")}`;
const prefix = `rpe2e-${randomBytes(4).toString("hex")}`;
let gateway: Gateway;
let twilio: FakeTwilioRest;
let worker: WranglerDev | undefined;

beforeAll(async () => {
  gateway = await startGateway({ token: `e2e-${randomBytes(12).toString("hex")}` });
  twilio = await startFakeTwilioRest(AUTH_TOKEN);
  worker = await startWranglerDev(
    {
      LOG_LEVEL: "warn",
      UPSTASH_REDIS_REST_URL: gateway.url,
      UPSTASH_REDIS_REST_TOKEN: gateway.token,
      SESSION_SECRET: SECRET,
      ENCRYPTION_KEYS: KEYS,
      REDIS_KEY_PREFIX: prefix,
      TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: FROM,
      TWILIO_API_URL: twilio.url,
    },
    { args: ["--test-scheduled"] },
  );
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await twilio?.close();
  if (gateway) {
    await gateway.clear(prefix);
    await gateway.stop();
  }
});

async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the Cron Trigger under wrangler dev", () => {
  it("sends a due reminder once through Twilio's REST API and records it as sent", async () => {
    const origin = (worker as WranglerDev).origin;
    const reminders = new UpstashReminders({
      redis: createUpstashRedis({ url: gateway.url, token: gateway.token }),
      crypto: await parseEncryptionKeys(KEYS),
      keys: new RedisKeys(SECRET, prefix),
    });
    const due = sampleReminder(new Date(Date.now() - 60_000), { from: FROM });
    const later = sampleReminder(new Date(Date.now() + 86_400_000), { from: FROM, to: "+14155550777" });
    const settings = loadSettings({ SESSION_SECRET: SECRET });
    for (const r of [due, later]) {
      await reminders.saveReminder(r, [r.sessionId, await phoneOwnerOf({ settings }, r.channel, r.to, r.from)]);
    }

    const res = await fetch(`${origin}/__scheduled?cron=${encodeURIComponent("0 * * * *")}`);
    expect(res.status).toBe(200);
    await until(
      () => reminders.loadReminder(due.id),
      (r) => r?.status === "sent",
    );
    expect(twilio.sent).toEqual([expect.objectContaining({ to: due.to, from: FROM })]);
    expect(twilio.sent[0]!.body).not.toContain(PATIENT_NAME);
    expect(await reminders.loadReminder(due.id)).toMatchObject({ status: "sent", attempts: 1, outcome: "sent" });
    expect(await reminders.loadReminder(later.id)).toMatchObject({ status: "scheduled", attempts: 0 });

    // A second run finds nothing more to send.
    await fetch(`${origin}/__scheduled?cron=${encodeURIComponent("0 * * * *")}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(twilio.sent).toHaveLength(1);
  }, 60_000);
});
