// The Worker's `scheduled` export inside workerd: the hourly Cron Trigger builds the Worker's own
// dependencies from env (memory store here), finds the due reminder and sends it through Twilio's
// REST API with Web Crypto and the runtime's fetch. Nothing in Node runs beside the workers pool
// (vitest.config.ts starts no server for it), so Twilio is faked by a stub of the isolate's fetch;
// the same path against a real server is test/e2e/scheduled.test.ts under wrangler dev.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSettings } from "../../src/config.js";
import worker from "../../src/index.js";
import { MemoryReminders } from "../../src/reminders/memory-reminders.js";
import { phoneOwnerOf } from "../../src/reminders/schedule.js";
import { PATIENT_NAME, PATIENT_PHONE, sampleReminder } from "../support/reminders.js";

const SID = `AC${"0123456789abcdef".repeat(2)}`;
const FROM = "+15559870000";
const SECRET = "worker-scheduled-session-secret-0123456789";
const TWILIO = "https://twilio.fake.test";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the scheduled handler inside workerd", () => {
  it("sends the due reminder once through Twilio's REST API and leaves the later one", async () => {
    const sent: Array<{ url: string; auth: string | null; form: URLSearchParams }> = [];
    const realFetch = globalThis.fetch;
    // Installed before the Worker builds its dependencies, so its Twilio sender uses it.
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(TWILIO)) return realFetch(input, init);
      sent.push({
        url: request.url,
        auth: request.headers.get("authorization"),
        form: new URLSearchParams(await request.text()),
      });
      return Response.json({ sid: `SM${"1".repeat(32)}` }, { status: 201 });
    });

    const now = Date.parse("2026-12-01T15:00:00Z");
    const due = sampleReminder(new Date(now - 60_000), { from: FROM });
    const later = sampleReminder(new Date(now + 86_400_000), { from: FROM });
    const settings = loadSettings({ SESSION_SECRET: SECRET });
    // The Worker's memory reminders are its own: they are seeded as the store first answers the run.
    const dueReminders = MemoryReminders.prototype.dueReminders;
    vi.spyOn(MemoryReminders.prototype, "dueReminders").mockImplementation(async function (
      this: MemoryReminders,
      at,
      limit,
    ) {
      if (this.size === 0) {
        for (const r of [due, later])
          await this.saveReminder(r, [r.sessionId, await phoneOwnerOf({ settings }, r.channel, r.to, r.from)]);
      }
      return dueReminders.call(this, at, limit);
    });

    const workerEnv = {
      ...env,
      SESSION_SECRET: SECRET,
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: "twilio-test-auth-token-0123456789",
      TWILIO_FROM_NUMBER: FROM,
      TWILIO_API_URL: TWILIO,
    } as Env;
    const scheduled = worker.scheduled as NonNullable<typeof worker.scheduled>;
    for (let run = 0; run < 2; run++) {
      const ctx = createExecutionContext();
      await scheduled(createScheduledController({ scheduledTime: now, cron: "0 * * * *" }), workerEnv, ctx);
      await waitOnExecutionContext(ctx);
    }

    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`${TWILIO}/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(sent[0]!.auth).toBe(`Basic ${btoa(`${SID}:twilio-test-auth-token-0123456789`)}`);
    expect(sent[0]!.form.get("To")).toBe(PATIENT_PHONE);
    expect(sent[0]!.form.get("From")).toBe(FROM);
    expect(sent[0]!.form.get("Body")).not.toContain(PATIENT_NAME);
  });
});
