// The tracker's web routes (issue 20): the calendar file read back by a real iCalendar parser, the
// text reminder and its confirmation through the fake Twilio REST server, and continue-by-text from
// the code to a signed SMS webhook that carries on the same conversation.
import ICAL from "ical.js";
import twilio from "twilio";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversationPage } from "../../src/channels/tracker.js";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { ClinicSchema } from "../../src/clinics/schema.js";
import type { Intake } from "../../src/domain/intake.js";
import { createLogger } from "../../src/log.js";
import { CODE_TRIES } from "../../src/reminders/phone-link.js";
import { TODAY, testApp } from "../support/app.js";
import { FAKE_ACCOUNT_SID, type FakeTwilioRest, startFakeTwilioRest } from "../support/fake-twilio-rest.js";
import { FULL_INTAKE } from "../support/intakes.js";
import { AUTH_TOKEN, SECRET, WEBHOOK } from "./sms/twilio-client.js";

const OURS = "+15559870000";
const PATIENT = "+15035550123";
const BASE = "http://recordpath.test";

let fake: FakeTwilioRest;
beforeEach(async () => {
  fake = await startFakeTwilioRest(AUTH_TOKEN);
});
afterEach(async () => {
  await fake.close();
});

function env(): Record<string, string> {
  return {
    SESSION_SECRET: SECRET,
    TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: OURS,
    TWILIO_API_URL: fake.url,
  };
}

type App = Awaited<ReturnType<typeof testApp>>;

/** A web conversation with one turn; `sentOn` sets the request's sent date as the guide would. */
async function conversation(t: App, sentOn?: string, intake: Intake = {}, clinic?: string) {
  const id = crypto.randomUUID().replaceAll("-", "");
  const res = await t.fetch(`${BASE}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id,
      message: { role: "user", parts: [{ type: "text", text: "Hello" }] },
      ...(clinic ? { clinic } : {}),
    }),
  });
  await res.text();
  const token = res.headers.get("X-Session-Token");
  if (!token) throw new Error(`no token (${res.status})`);
  if (sentOn) {
    const stored = await t.store.load(id);
    await t.store.save({ ...stored!, intake: { ...intake, priorRequest: { sentOn, sentVia: "mail" } } });
  }
  const auth = { authorization: `Bearer ${token}` };
  const post = (path: string, body: unknown) =>
    t.fetch(`${BASE}/api/session/${path}`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  return { id, auth, post };
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("GET /api/session/calendar.ics", () => {
  it("answers an iCalendar file with an event a week before the due date and one on it, linking back", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const res = await t.fetch(`${BASE}/api/session/calendar.ics?page=${encodeURIComponent(`${BASE}/?x=1#y`)}`, {
      headers: c.auth,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    // HIPAA's 30 calendar days from 2026-11-26 (no state named).
    expect(events.map((e) => e.startDate.toString())).toEqual(["2026-12-19", "2026-12-26"]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect(events[1]!.description).toContain("reply to the assistant or send the follow-up letter");
    // The page without its query or fragment; nothing about the patient.
    expect(events[1]!.description).toContain(`${BASE}/`);
    expect(text).not.toContain("x=1");
    expect(text).not.toContain(c.id);
  });

  it("carries nothing of the patient, the provider or the recipient: only dates and the way back", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY, FULL_INTAKE);
    const res = await t.fetch(`${BASE}/api/session/calendar.ics`, { headers: c.auth });
    const text = (await res.text()).replaceAll("\r\n ", "");
    expect(text).toContain("BEGIN:VEVENT");
    for (const secret of [
      "Maria",
      "Lopez",
      "Garcia",
      "1980",
      "0100",
      "maria@",
      "Oak St",
      "Hill Country",
      "0199",
      "Chen",
      "Lone Star",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("writes CRLF lines of at most 75 octets, folded where longer, with commas escaped", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const text = await (await t.fetch(`${BASE}/api/session/calendar.ics`, { headers: c.auth })).text();
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(text.replaceAll("\r\n ", "")).toMatch(/DESCRIPTION:[^\r]*\\,/);
  });

  it("moves the early event to tomorrow when a week before the due date has passed", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, "2026-11-01");
    const text = await (await t.fetch(`${BASE}/api/session/calendar.ics`, { headers: c.auth })).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString())).toEqual(["2026-11-27", "2026-12-01"]);
  });

  it("is a 404 saying what to do before the patient said they sent the request", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t);
    const res = await t.fetch(`${BASE}/api/session/calendar.ics`, { headers: c.auth });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toMatch(/I sent it today/);
  });

  it("is the same 404 as an unknown conversation without the token", async () => {
    const t = await testApp({}, env());
    await conversation(t, TODAY);
    const res = await t.fetch(`${BASE}/api/session/calendar.ics`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toMatch(/No conversation matches/);
  });

  it("links only to the conversation's own origins", () => {
    expect(conversationPage("https://evil.example/x", null, BASE)).toBe(`${BASE}/`);
    expect(conversationPage("javascript:alert(1)", null, BASE)).toBe(`${BASE}/`);
    const origin = DEMO_CLINIC.allowedOrigins[0]!;
    expect(conversationPage(`${origin}/records?name=Jo`, DEMO_CLINIC, BASE)).toBe(`${origin}/records`);
    expect(conversationPage(`${BASE}/`, DEMO_CLINIC, BASE)).toBe(`${origin}/`);
  });
});

describe("POST /api/session/reminder", () => {
  it("stores the due-date reminder and texts one confirmation with the date", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const res = await c.post("reminder", { phone: "(503) 555-0123", consent: true });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ reminder: { sendOn: "2026-12-26", channel: "sms" } });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ to: PATIENT, from: OURS });
    expect(fake.sent[0]!.body).toMatch(/December 26, 2026.*STOP.*HELP/);
    const due = await t.deps.reminders.dueReminders(new Date("2026-12-26T15:00:00Z"), 10);
    expect(due).toHaveLength(1);
    const reminder = await t.deps.reminders.loadReminder(due[0]!);
    expect(reminder).toMatchObject({ sessionId: c.id, to: PATIENT, from: OURS, channel: "sms", kind: "due" });
  });

  it.each([
    [{ phone: "555-0123", consent: true }, /10 digits/],
    [{ phone: "+44 20 7946 0958", consent: true }, /US mobile number/],
    [{ phone: "(503) 555-0123" }, /consent: must be true/],
    [{ phone: "(503) 555-0123", consent: "yes" }, /consent: must be true/],
  ])("refuses %j with a 400 saying what to fix, storing and sending nothing", async (body, message) => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const res = await c.post("reminder", body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/0123|7946/);
    expect(await t.deps.reminders.dueReminders(new Date("2027-12-31T00:00:00Z"), 10)).toEqual([]);
    expect(fake.requests).toBe(0);
  });

  it("is a 409 saying what to do before the request was sent", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t);
    const res = await c.post("reminder", { phone: "5035550123", consent: true });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toMatch(/sent date/);
    expect(fake.requests).toBe(0);
  });

  it("keeps nothing when Twilio refuses the number", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    fake.failNext(400, 1, 21211);
    const res = await c.post("reminder", { phone: "5035550123", consent: true });
    expect(res.status).toBe(400);
    expect(await t.deps.reminders.dueReminders(new Date("2027-12-31T00:00:00Z"), 10)).toEqual([]);
  });

  it("texts from the clinic's own number when the conversation came from a clinic that has one", async () => {
    const clinic = ClinicSchema.parse({
      id: "harbor-texts",
      name: "Harbor Clinic",
      allowedOrigins: ["https://harbor.example"],
      smsNumbers: ["+15415550142"],
    });
    const t = await testApp({ clinics: new MemoryClinicDirectory([clinic]) }, env());
    const c = await conversation(t, TODAY, {}, clinic.id);
    const res = await t.fetch(`${BASE}/api/session/reminder?clinic=${clinic.id}`, {
      method: "POST",
      headers: { ...c.auth, "content-type": "application/json" },
      body: JSON.stringify({ phone: PATIENT, consent: true }),
    });
    expect(res.status).toBe(201);
    expect(fake.sent[0]).toMatchObject({ to: PATIENT, from: "+15415550142" });
    // Without ?clinic= the clinic's conversation does not open, as for GET /api/session.
    expect((await c.post("reminder", { phone: PATIENT, consent: true })).status).toBe(404);
  });

  it("logs the request and Twilio's refusal without the number", async () => {
    const lines: string[] = [];
    const t = await testApp({ log: createLogger("debug", (l) => lines.push(l)) }, env());
    const c = await conversation(t, TODAY);
    fake.failNext(400, 1, 21211);
    await c.post("reminder", { phone: "(503) 555-0123", consent: true });
    await c.post("phone", { phone: "(503) 555-0123", consent: true });
    await c.post("reminder", { phone: "503555012", consent: true });
    expect(lines.some((l) => l.includes("twilio_400_21211"))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/555.?0123|5035550123|503555012/);
  });

  it("is a 503 saying texts are not set up when Twilio is not configured", async () => {
    const t = await testApp({}, { SESSION_SECRET: SECRET });
    const c = await conversation(t, TODAY);
    const res = await c.post("reminder", { phone: "5035550123", consent: true });
    expect(res.status).toBe(503);
    expect((await errorOf(res)).message).toMatch(/not set up here/);
  });
});

describe("continue by text", () => {
  async function signedSms(t: App, from: string, body: string) {
    const params = { MessageSid: `SM${crypto.randomUUID().replaceAll("-", "")}`, From: from, To: OURS, Body: body };
    const res = await t.fetch(WEBHOOK, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilio.getExpectedTwilioSignature(AUTH_TOKEN, WEBHOOK, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    return { status: res.status, xml: await res.text() };
  }

  const codeOf = (body: string) => /\b(\d{6})\b/.exec(body)?.[1] ?? "";

  it("texts a code, and after it the phone's texts continue the same conversation", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const asked = await c.post("phone", { phone: "503 555 0123", consent: true });
    expect(asked.status).toBe(202);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ to: PATIENT, from: OURS });
    const code = codeOf(fake.sent[0]!.body);
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === "000000" ? "000001" : "000000";
    const refused = await c.post("phone/verify", { phone: PATIENT, code: wrong });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toMatch(/not the code/);
    const ok = await c.post("phone/verify", { phone: "5035550123", code });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ linked: true, textTo: OURS });
    expect((await t.store.load(c.id))!.aliases).toHaveLength(1);
    const sms = await signedSms(t, PATIENT, "What happens next?");
    expect(sms.status).toBe(200);
    const session = await t.store.load(c.id);
    const texts = session!.messages.flatMap((m) => m.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])));
    // The web turn and the texted one are one transcript.
    expect(texts).toContain("Hello");
    expect(texts).toContain("What happens next?");
    expect(session!.messages.at(-1)!.role).toBe("assistant");
  });

  it("refuses the sixth try even with the right code", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    await c.post("phone", { phone: PATIENT, consent: true });
    const code = codeOf(fake.sent[0]!.body);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < CODE_TRIES; i++) {
      expect((await c.post("phone/verify", { phone: PATIENT, code: wrong })).status).toBe(400);
    }
    const sixth = await c.post("phone/verify", { phone: PATIENT, code });
    expect(sixth.status).toBe(429);
    expect((await errorOf(sixth)).message).toMatch(/Too many wrong codes/);
    expect((await t.store.load(c.id))!.aliases ?? []).toEqual([]);
  });

  it("does not accept the code for another number", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    await c.post("phone", { phone: PATIENT, consent: true });
    const code = codeOf(fake.sent[0]!.body);
    expect((await c.post("phone/verify", { phone: "5035550199", code })).status).toBe(400);
  });

  it("without consent texts nothing", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    const res = await c.post("phone", { phone: PATIENT, consent: false });
    expect(res.status).toBe(400);
    expect(fake.requests).toBe(0);
  });

  it("leaves an SMS from a phone that never confirmed a code out of the web conversation", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    await c.post("phone", { phone: PATIENT, consent: true });
    await signedSms(t, PATIENT, "Hi there");
    const session = await t.store.load(c.id);
    expect(session!.messages.some((m) => m.parts.some((p) => p.type === "text" && p.text === "Hi there"))).toBe(false);
  });

  it("erases the phone's link with the conversation (DELETE)", async () => {
    const t = await testApp({}, env());
    const c = await conversation(t, TODAY);
    await c.post("phone", { phone: PATIENT, consent: true });
    await c.post("phone/verify", { phone: PATIENT, code: codeOf(fake.sent[0]!.body) });
    expect((await t.fetch(`${BASE}/api/session`, { method: "DELETE", headers: c.auth })).status).toBe(204);
    await signedSms(t, PATIENT, "Still there?");
    expect(await t.store.load(c.id)).toBeNull();
  });
});
