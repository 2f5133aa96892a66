// The reminder clock in Node: reminders scheduled through scheduleReminder on a test app, a fake
// Twilio REST server that records or fails sends, and a clock the test moves to the due date.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
import { createLogger } from "../../src/log.js";
import { type CheckIn, expiryOf, type Reminder } from "../../src/reminders/reminder.js";
import { MAX_ATTEMPTS, RETRY_BACKOFF_MS, runReminders } from "../../src/reminders/run.js";
import { scheduleReminder } from "../../src/reminders/schedule.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { testApp } from "../support/app.js";
import { bearer, chatClient } from "../support/chat-client.js";
import { FAKE_ACCOUNT_SID, type FakeTwilioRest, startFakeTwilioRest } from "../support/fake-twilio-rest.js";

const PATIENT = "+14155550123";
const OURS = "+15559870000";
const TEXT = "Test reminder: did you get your records from Mercy Clinic?";
let twilio: FakeTwilioRest;

beforeAll(async () => {
  twilio = await startFakeTwilioRest(AUTH_TOKEN);
});
afterAll(() => twilio.close());
beforeEach(() => {
  twilio.sent.length = 0;
});

/** Our own check-in, so these tests do not depend on the conversation's wording. */
function checkIn() {
  const delivered: string[] = [];
  const value: CheckIn = {
    text: () => TEXT,
    delivered: async (reminder) => {
      delivered.push(reminder.id);
    },
  };
  return { value, delivered };
}

async function setup() {
  let now = new Date("2026-11-26T15:00:00Z");
  const lines: string[] = [];
  const app = await testApp(
    { clock: () => now, log: createLogger("info", (line) => lines.push(line)) },
    {
      SESSION_SECRET: SECRET,
      TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: OURS,
      TWILIO_API_URL: twilio.url,
    },
  );
  const intake = { state: "CA", priorRequest: { sentOn: "2026-11-20", sentVia: "mail" } } as Intake;
  const schedule = (sessionId = `sess-${crypto.randomUUID()}`) =>
    scheduleReminder(app.deps, { sessionId, intake, language: "en", channel: "sms", to: PATIENT, from: OURS });
  const run = (c = checkIn().value) => runReminders({ deps: app.deps, checkIn: c, now });
  return {
    ...app,
    lines,
    schedule,
    run,
    moveTo: (instant: string | Date) => {
      now = new Date(instant);
    },
  };
}

describe("the reminder clock", () => {
  it("sends a due reminder exactly once, on its date and not before", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    const c = checkIn();
    t.moveTo(new Date(Date.parse(reminder.sendAt) - 60_000));
    expect(await t.run(c.value)).toMatchObject({ due: 0, sent: 0 });
    t.moveTo(reminder.sendAt);
    expect(await t.run(c.value)).toEqual({ due: 1, sent: 1, retried: 0, dropped: 0, skipped: 0 });
    expect(twilio.sent).toEqual([expect.objectContaining({ to: PATIENT, from: OURS, body: TEXT })]);
    expect(c.delivered).toEqual([reminder.id]);
    // Stored as sent, to match the answer; no longer due.
    expect(await t.deps.reminders.loadReminder(reminder.id)).toMatchObject({ status: "sent", outcome: "sent" });
    t.moveTo(new Date(Date.parse(reminder.sendAt) + 3600_000));
    expect(await t.run(c.value)).toMatchObject({ due: 0, sent: 0 });
    expect(twilio.sent).toHaveLength(1);
  });

  it("sends each reminder once when two runs overlap", async () => {
    const t = await setup();
    const reminders = await Promise.all([t.schedule(), t.schedule(), t.schedule()]);
    t.moveTo(reminders[0]!.sendAt);
    const [a, b] = await Promise.all([t.run(), t.run()]);
    expect(a!.sent + b!.sent).toBe(3);
    expect(a!.skipped + b!.skipped).toBe(3);
    expect(twilio.sent).toHaveLength(3);
  });

  it("retries a Twilio 503 after the backoff, not before, and then sends", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    t.moveTo(reminder.sendAt);
    twilio.failNext(503);
    expect(await t.run()).toMatchObject({ due: 1, retried: 1, sent: 0 });
    const retried = (await t.deps.reminders.loadReminder(reminder.id)) as Reminder;
    expect(retried).toMatchObject({ status: "scheduled", attempts: 1, outcome: expect.stringMatching(/^twilio_503/) });
    const retryAt = Date.parse(reminder.sendAt) + RETRY_BACKOFF_MS[0]!;
    expect(Date.parse(retried.sendAt)).toBe(retryAt);
    t.moveTo(new Date(retryAt - 1000));
    expect(await t.run()).toMatchObject({ due: 0 });
    t.moveTo(new Date(retryAt));
    expect(await t.run()).toMatchObject({ due: 1, sent: 1 });
    expect(twilio.sent).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} passing failures`, async () => {
    const t = await setup();
    const reminder = await t.schedule();
    let at = Date.parse(reminder.sendAt);
    twilio.failNext(503, MAX_ATTEMPTS);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      t.moveTo(new Date(at));
      const summary = await t.run();
      expect(summary).toMatchObject(attempt < MAX_ATTEMPTS ? { retried: 1 } : { dropped: 1 });
      at = Date.parse(((await t.deps.reminders.loadReminder(reminder.id)) as Reminder).sendAt);
    }
    expect(await t.deps.reminders.loadReminder(reminder.id)).toMatchObject({ status: "dropped" });
    t.moveTo(new Date(at + 48 * 3600_000));
    expect(await t.run()).toMatchObject({ due: 0 });
    expect(twilio.sent).toHaveLength(0);
  });

  it("drops a reminder Twilio refuses for good, with a log line that names no number or text", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    t.moveTo(reminder.sendAt);
    twilio.failNext(400, 1, 21211);
    expect(await t.run()).toMatchObject({ due: 1, dropped: 1, retried: 0 });
    expect(await t.deps.reminders.loadReminder(reminder.id)).toMatchObject({
      status: "dropped",
      outcome: "twilio_400_21211",
    });
    t.moveTo(new Date(Date.parse(reminder.sendAt) + 24 * 3600_000));
    expect(await t.run()).toMatchObject({ due: 0 });
    const dropped = t.lines.find((line) => line.includes('"reminder.dropped"'));
    expect(dropped).toContain("twilio_400_21211");
    expect(dropped).toContain(reminder.id);
    const all = t.lines.join("\n");
    for (const secret of [PATIENT, PATIENT.slice(2), OURS, TEXT, "Mercy"]) expect(all).not.toContain(secret);
  });

  it("sends nothing to a phone that said STOP before the due date", async () => {
    const t = await setup();
    // Scheduled from a web conversation: STOP from the phone still reaches it through the phone's owner key.
    const reminder = await t.schedule();
    const reply = await smsClient(t.fetch, { from: PATIENT, to: OURS }).send("STOP");
    expect(reply.status).toBe(200);
    t.moveTo(reminder.sendAt);
    expect(await t.run()).toMatchObject({ due: 0, sent: 0 });
    expect(await t.deps.reminders.loadReminder(reminder.id)).toBeNull();
    expect(twilio.sent).toHaveLength(0);
  });

  it("keeps another phone's reminder when one phone says STOP", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    await smsClient(t.fetch, { from: "+14155550999", to: OURS }).send("STOP");
    t.moveTo(reminder.sendAt);
    expect(await t.run()).toMatchObject({ sent: 1 });
  });

  it("erases the reminders of a web conversation deleted with DELETE /api/session", async () => {
    const t = await setup();
    const chat = chatClient(t.fetch);
    await chat.send("chat-reminder-erasure-0001", "I need my records");
    const token = chat.token("chat-reminder-erasure-0001") as string;
    const sessionId = token.slice(0, token.indexOf("."));
    const reminder = await t.schedule(sessionId);
    const other = await t.schedule();
    expect(await t.deps.reminders.loadReminder(reminder.id)).not.toBeNull();
    const res = await t.fetch("http://recordpath.test/api/session", { method: "DELETE", headers: bearer(token) });
    expect(res.status).toBe(204);
    expect(await t.deps.reminders.loadReminder(reminder.id)).toBeNull();
    t.moveTo(reminder.sendAt);
    expect(await t.run()).toMatchObject({ due: 1, sent: 1 });
    expect(await t.deps.reminders.loadReminder(other.id)).toMatchObject({ status: "sent" });
  });

  it("forgets a reminder after its date plus 200 days", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    t.moveTo(reminder.sendAt);
    await t.run();
    expect(reminder.expiresAt).toBe(expiryOf(new Date(reminder.sendAt)).toISOString());
    t.moveTo(new Date(Date.parse(reminder.expiresAt) - 1000));
    expect(await t.deps.reminders.loadReminder(reminder.id)).not.toBeNull();
    t.moveTo(reminder.expiresAt);
    expect(await t.deps.reminders.loadReminder(reminder.id)).toBeNull();
  });

  it("leaves reminders scheduled when no Twilio sender is configured", async () => {
    const t = await setup();
    const reminder = await t.schedule();
    t.deps.sendText = null;
    t.moveTo(reminder.sendAt);
    expect(await t.run()).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(await t.deps.reminders.loadReminder(reminder.id)).toMatchObject({ status: "scheduled", attempts: 0 });
    expect(t.lines.filter((l) => l.includes("reminders.no_sender"))).toHaveLength(1);
  });
});
