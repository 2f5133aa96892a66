// The whole tracker, through the product's own routes and the reminder clock (issue 20): a web
// conversation to its letter, "I sent it", a text reminder asked for on the web, the clock moved to
// the due date, the hourly run sending the check-in through the fake Twilio REST server, and the
// patient's texted "no" leading to the follow-up letter in the same phone conversation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueDate } from "../../src/domain/deadlines.js";
import type { Intake } from "../../src/domain/intake.js";
import { createCheckIn } from "../../src/reminders/check-in.js";
import { runReminders } from "../../src/reminders/run.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { TODAY, testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { FAKE_ACCOUNT_SID, type FakeTwilioRest, startFakeTwilioRest } from "../support/fake-twilio-rest.js";
import { confirmReviewReply, reviewIn } from "../support/quick-replies.js";

const OUR_NUMBER = "+15559870000";
const PATIENT = "+15035550100";

let twilio: FakeTwilioRest;
beforeAll(async () => {
  twilio = await startFakeTwilioRest(AUTH_TOKEN);
});
afterAll(async () => {
  await twilio.close();
});

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;
const hasDocument = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");

describe("the tracker, end to end", () => {
  it("web letter → I sent it → text reminder → the due date's run → NO by text → the follow-up letter", async () => {
    let now = new Date(`${TODAY}T15:00:00Z`);
    const { fetch, deps } = await testApp(
      { clock: () => now },
      {
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        SESSION_SECRET: SECRET,
        TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
        TWILIO_FROM_NUMBER: OUR_NUMBER,
        TWILIO_API_URL: twilio.url,
        RATE_LIMIT_PHONE: "100/60s",
      },
    );
    const chat = chatClient(fetch);
    const id = `journey-${crypto.randomUUID().replaceAll("-", "")}`;
    const answers: Record<string, string> = { next: "yes, draft it", "patient.name": "Dana Lee, 4/5/1977" };
    let reply = await chat.send(id, "I need my own whole chart from Lakeshore Medical Clinic in Wisconsin");
    for (let i = 0; i < 10 && !hasDocument(reply); i++)
      reply = await chat.send(
        id,
        reviewIn(reply.message) ? confirmReviewReply(reply.message) : (answers[topicOf(reply) ?? ""] ?? "I don't know"),
      );
    expect(hasDocument(reply), reply.text).toBe(true);

    // "I sent it", typed with the way: the card says texts can be set up here.
    const sent = await chat.send(id, "faxed it this morning");
    const card = sent.message.parts.find((p) => p.type === "data-tracker") as {
      data: { dueOn: string; textReminders: boolean };
    };
    expect(card?.data.textReminders).toBe(true);
    const intake = (await chat.load(id)).intake as Intake;
    expect(intake.priorRequest).toMatchObject({ sentOn: TODAY, sentVia: "fax" });
    const due = dueDate(intake)!;
    expect(card.data.dueOn).toBe(due.dueOn);

    // The web's "Text me a reminder": one confirmation text now, nothing else.
    const asked = await fetch(`http://recordpath.test/api/session/reminder`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${chat.token(id)}` },
      body: JSON.stringify({ phone: "(503) 555-0100", consent: true }),
    });
    expect(asked.status, await asked.clone().text()).toBe(201);
    expect(twilio.sent.map((t) => [t.to, t.from])).toEqual([[PATIENT, OUR_NUMBER]]);

    // The day before the due date the hourly run sends nothing; on the due date, the check-in once.
    const checkIn = createCheckIn(deps);
    now = new Date(`${due.dueOn}T14:00:00Z`);
    expect((await runReminders({ deps, checkIn, now })).sent).toBe(0);
    now = new Date(`${due.dueOn}T15:00:00Z`);
    expect((await runReminders({ deps, checkIn, now })).sent).toBe(1);
    expect((await runReminders({ deps, checkIn, now })).sent).toBe(0);
    expect(twilio.sent).toHaveLength(2);
    expect(twilio.sent[1]).toMatchObject({ to: PATIENT, from: OUR_NUMBER });
    expect(twilio.sent[1]?.body).toMatch(/Did you get your records.*Reply YES, PARTLY or NO/s);
    expect(twilio.sent[1]?.body).not.toContain("Dana");

    // The patient answers the text: the follow-up letter's review, then YES drafts it.
    now = new Date(`${due.dueOn}T18:00:00Z`);
    const phone = smsClient(fetch, { from: PATIENT, to: OUR_NUMBER });
    const no = await phone.send("no");
    expect(no.status).toBe(200);
    const said = no.messages.join("\n");
    expect(said).toMatch(/follow-up letter/);
    // Before the due date's end the office still has time: the letter is for tomorrow, not "missed".
    expect(said).toMatch(/until the end of today/);
    expect(said).not.toMatch(/still have time/);
    // The OCR complaint is not open yet on the due date: when it opens and its own last date.
    expect(said).toMatch(
      /after December 26, 2026, you can also complain to the HHS Office for Civil Rights, until June 24, 2027/,
    );
    // The follow-up letter's details and review by text, to its link: "not sure" to each detail.
    let last = no.messages.join("\n");
    for (let i = 0; i < 8 && !/https?:\/\/\S+\/api\/documents\//.test(last); i++)
      last = (await phone.send(/Reply YES to draft/.test(last) ? "YES" : "not sure")).messages.join("\n");
    expect(last).toMatch(/https?:\/\/\S+\/api\/documents\//);
  });
});
