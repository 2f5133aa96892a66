// The request tracker end to end (issue 20): on the web, a letter, then "I sent it" by quick reply
// and typed, with the due date under a verified state rule (Texas) and under HIPAA alone (Wisconsin)
// and the data-tracker part; by SMS, the reminder's opt-in (the number stored only in the reminder);
// and the check-in, whose "no" leads to the follow-up letter and whose "yes" closes the request.
import { describe, expect, it } from "vitest";
import { conversationAlias, phoneDigest } from "../../src/channels/messaging/phone.js";
import { dueDate, ocrComplaintDeadline } from "../../src/domain/deadlines.js";
import type { Intake } from "../../src/domain/intake.js";
import { plainDate } from "../../src/i18n/plain.js";
import { deriveHmacKey } from "../../src/keys.js";
import { createCheckIn } from "../../src/reminders/check-in.js";
import type { Reminder } from "../../src/reminders/reminder.js";
import type { ChatMessage, Session, TrackerCard } from "../../src/sessions/session.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { TODAY, testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { FAKE_ACCOUNT_SID } from "../support/fake-twilio-rest.js";
import { confirmReviewReply, reviewIn } from "../support/quick-replies.js";

const OUR_NUMBER = "+15559870000";
const SMS_ENV = {
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  SESSION_SECRET: SECRET,
  TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
  TWILIO_FROM_NUMBER: OUR_NUMBER,
  // A whole letter and its check-in from one phone in a moment: more than a person types.
  RATE_LIMIT_PHONE: "100/60s",
};

const topicOf = (parts: ChatMessage["parts"]) =>
  (parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;
const hasDocument = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");
const trackerIn = (r: Reply) =>
  (r.message.parts.find((p) => p.type === "data-tracker") as { data: TrackerCard } | undefined)?.data;

async function webLetter(story: string) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `track-${crypto.randomUUID().replaceAll("-", "")}`;
  const send = (text: string) => chat.send(id, text);
  const answers: Record<string, string> = { next: "yes, draft it", "patient.name": "Dana Lee, 4/5/1977" };
  let reply = await send(story);
  for (let i = 0; i < 10 && !hasDocument(reply); i++)
    reply = await send(
      reviewIn(reply.message)
        ? confirmReviewReply(reply.message)
        : (answers[topicOf(reply.message.parts) ?? ""] ?? "I don't know"),
    );
  expect(hasDocument(reply), reply.text).toBe(true);
  return { reply, send, intake: async () => (await chat.load(id)).intake as Intake };
}

describe("I sent it, on the web", () => {
  it("Texas (a verified 15-business-day rule): the quick reply, the way asked once, the due date and the card", async () => {
    const c = await webLetter("I need my own whole chart from Lakeshore Medical Clinic in Texas");
    expect(c.reply.choices.map((o) => o.value)).toContain("I sent it today");
    expect(c.reply.choices.map((o) => o.value)).toContain("I sent it another day");
    const asked = await c.send("I sent it today");
    expect(topicOf(asked.message.parts)).toBe("tracker.sent");
    expect(asked.text).toMatch(/how did you send it/i);
    const told = await c.send("By mail");
    const intake = await c.intake();
    expect(intake.priorRequest).toMatchObject({ sentOn: TODAY, sentVia: "mail", outcome: "pending" });
    const due = dueDate(intake)!;
    const card = trackerIn(told);
    expect(card).toEqual({
      sentOn: TODAY,
      sentVia: "mail",
      dueOn: due.dueOn,
      extendedDueOn: due.extendedDueOn,
      governedBy: "state",
      textReminders: false,
    });
    // 15 business days from Thursday, Nov 26 2026 (Thanksgiving is not skipped by the rule's count).
    expect(due.dueOn).toBe("2026-12-17");
    expect(told.text).toContain("December 17, 2026");
    expect(told.text).toMatch(/Add to calendar/);
    expect(told.text).toMatch(/follow-up letter/);
  });

  it("Wisconsin (HIPAA alone): typed with the way and the day, 30 days and the extension's latest date", async () => {
    const c = await webLetter("I need my own whole chart from Lakeshore Medical Clinic in Wisconsin");
    const told = await c.send("faxed it this morning");
    const intake = await c.intake();
    expect(intake.priorRequest).toMatchObject({ sentOn: TODAY, sentVia: "fax", outcome: "pending" });
    expect(trackerIn(told)).toMatchObject({
      dueOn: "2026-12-26",
      extendedDueOn: "2027-01-25",
      governedBy: "hipaa",
    });
    expect(told.text).toContain("December 26, 2026");
    expect(told.text).toContain("January 25, 2027");
    // Wisconsin's own deadline is unconfirmed: the engine's own words say so, once.
    expect(told.text).toMatch(/could not confirm whether Wisconsin/);
    expect(told.text).not.toMatch(/Got it: earlier request/);
    expect(topicOf(told.message.parts)).toBe("after_letter");
  });

  it("typed in Spanish, and a day that is not given is asked, never invented", async () => {
    const c = await webLetter("I need my own whole chart from Lakeshore Medical Clinic in Wisconsin");
    const asked = await c.send("I sent it another day");
    expect(topicOf(asked.message.parts)).toBe("tracker.sent");
    expect((await c.intake()).priorRequest?.sentOn).toBeUndefined();
    const told = await c.send("lo mandé por email el lunes");
    expect((await c.intake()).priorRequest).toMatchObject({ sentOn: "2026-11-23", sentVia: "email" });
    expect(trackerIn(told)?.dueOn).toBe("2026-12-23");
  });
});

/** The phone's session, found as the webhook finds it (by the digest alias). */
async function phoneSession(deps: Awaited<ReturnType<typeof testApp>>["deps"], patient: string): Promise<Session> {
  const key = await deriveHmacKey(SECRET, "sms");
  const id = await deps.store.loadAlias(conversationAlias("sms", await phoneDigest(key, "sms", patient, OUR_NUMBER)));
  const session = id ? await deps.store.load(id) : null;
  if (!session) throw new Error("no session for the phone");
  return session;
}

async function smsLetter() {
  const app = await testApp({}, SMS_ENV);
  const phone = smsClient(app.fetch, { to: OUR_NUMBER });
  const answers: Record<string, string> = {
    next: "yes",
    "patient.name": "Dana Lee, 4/5/1977",
    "letter.delivery": "email",
    "letter.contact": "dana.lee@example.com, 555-123-4567",
  };
  let reply = await phone.send("I need my own whole chart from Lakeshore Medical Clinic in Wisconsin");
  for (let i = 0; i < 14; i++) {
    const session = await phoneSession(app.deps, phone.from);
    if (session.documents.length > 0) break;
    const last = session.messages.findLast((m) => m.role === "assistant")!;
    const review = last.parts.some((p) => p.type === "data-review");
    reply = await phone.send(review ? "yes" : (answers[topicOf(last.parts) ?? ""] ?? "I don't know"));
  }
  expect((await phoneSession(app.deps, phone.from)).documents.length, reply.messages.join("\n")).toBeGreaterThan(0);
  return { ...app, phone };
}

describe("by text message", () => {
  it("offers a text on the due date, and YES schedules it; the number is only in the reminder", async () => {
    const { deps, phone } = await smsLetter();
    const told = await phone.send("mailed it yesterday");
    const all = told.messages.join("\n");
    expect(all).toContain("December 25, 2026");
    expect(all).toMatch(/Want a text from us on December 25, 2026/);
    await phone.send("YES");
    const session = await phoneSession(deps, phone.from);
    const due = await deps.reminders.dueReminders(new Date("2027-01-01T00:00:00Z"), 10);
    expect(due).toHaveLength(1);
    const reminder = (await deps.reminders.loadReminder(due[0]!))!;
    expect(reminder).toMatchObject({
      sessionId: session.id,
      sendAt: "2026-12-25T15:00:00.000Z",
      to: phone.from,
      from: OUR_NUMBER,
      channel: "sms",
    });
    expect(JSON.stringify(session)).not.toContain(phone.from.slice(2));
    expect(JSON.stringify(session)).not.toContain(OUR_NUMBER.slice(2));
  });
});

describe("the check-in", () => {
  async function checkedIn(conversationGone: boolean) {
    const { deps, phone, store } = await smsLetter();
    await phone.send("mailed it 10/20");
    const session = await phoneSession(deps, phone.from);
    const intake = session.intake;
    const due = dueDate(intake)!;
    const reminder: Reminder = {
      id: "0".repeat(32),
      kind: "due",
      sessionId: session.id,
      sendAt: `${due.dueOn}T15:00:00.000Z`,
      expiresAt: "2027-07-01T15:00:00.000Z",
      channel: "sms",
      to: phone.from,
      from: OUR_NUMBER,
      request: { intake, sentOn: "2026-10-20", dueOn: due.dueOn, extendedDueOn: due.extendedDueOn, language: "en" },
      status: "sent",
      attempts: 1,
    };
    if (conversationGone) await store.delete(session.id);
    const checkIn = createCheckIn(deps);
    const text = checkIn.text(reminder);
    expect(text).toMatch(
      /Did you get your records from Lakeshore Medical Clinic\? .*Reply YES, PARTLY or NO\. Reply STOP to stop texts\./,
    );
    await checkIn.delivered(reminder);
    return { deps, phone, dueOn: due.dueOn };
  }

  it("NO: the follow-up letter's review, with the OCR complaint's last date", async () => {
    const { deps, phone, dueOn } = await checkedIn(false);
    const reply = await phone.send("NO");
    const session = await phoneSession(deps, phone.from);
    expect(session.intake.priorRequest?.outcome).toBe("no_response");
    const all = reply.messages.join("\n");
    expect(all).toMatch(/follow-up letter/);
    expect(all).toContain(plainDate("2026-10-20", "en"));
    // The check-in comes after the due date: HIPAA's 30 days passed, so the OCR window is open.
    expect(dueOn < TODAY).toBe(true);
    expect(all).toContain(`Office for Civil Rights until ${plainDate(ocrComplaintDeadline("2026-11-19"), "en")}`);
    const last = session.messages.at(-1)!;
    const reviewed = last.parts.find((p) => p.type === "data-review") as { data: { kind: string } } | undefined;
    expect(reviewed?.data.kind, all).toBe("follow_up");
    await phone.send("YES");
    const drafted = await phoneSession(deps, phone.from);
    expect(drafted.documents.at(-1)?.kind).toBe("follow_up");
  });

  it("YES when the conversation had expired: a new one from the reminder's request, closed", async () => {
    const { deps, phone } = await checkedIn(true);
    const reply = await phone.send("yes");
    const session = await phoneSession(deps, phone.from);
    expect(session.intake.priorRequest?.outcome).toBe("received");
    expect(reply.messages.join("\n")).toMatch(/request is closed/);
  });
});
