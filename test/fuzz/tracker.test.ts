// Fuzzes the tracker routes (issue 20) under the suite's invariant (test/fuzz/harness.ts): any
// token, any body, any content type on the calendar, reminder and continue-by-text routes, with
// texting set up against the fake Twilio REST server. No 5xx, every 4xx in the envelope, and no
// text ever sent for a request that was refused.
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chatClient } from "../support/chat-client.js";
import { FAKE_ACCOUNT_SID, type FakeTwilioRest, startFakeTwilioRest } from "../support/fake-twilio-rest.js";
import { authorization, contentType, garbage, wireBody } from "./arbitraries.js";
import { BASE, type FuzzApp, fuzzApp, TWILIO_TOKEN } from "./harness.js";

let app: FuzzApp;
let twilio: FakeTwilioRest;
const tokens: string[] = [];

beforeAll(async () => {
  twilio = await startFakeTwilioRest(TWILIO_TOKEN);
  app = await fuzzApp({
    SESSION_SECRET: "fuzz-session-secret-0123456789abcdef",
    TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
    TWILIO_FROM_NUMBER: "+15559870000",
    TWILIO_API_URL: twilio.url,
  });
  // Two real conversations for the fuzzed tokens to open (neither has a sent date).
  const chat = chatClient(app.fetch, BASE);
  for (const id of ["fuzz_tracker_conversation_a", "fuzz_tracker_conversation_b"]) {
    await chat.send(id, "I need my records from a hospital in Texas");
    const token = chat.token(id);
    if (token) tokens.push(token);
  }
  expect(tokens).toHaveLength(2);
});
afterEach(() => {
  expect(app.errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await twilio.close();
});

const phone = fc.oneof(
  fc.constantFrom("(503) 555-0100", "+15035550100", "5035550100", "555", "+44 20 7946 0958", "", "+1503555010O"),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);
const trackerBody = fc.oneof(
  garbage,
  fc.record({ phone, consent: fc.oneof(fc.constant(true), garbage) }, { requiredKeys: [] }),
  fc.record({ phone, code: fc.oneof(fc.stringMatching(/^\d{6}$/), garbage) }, { requiredKeys: [] }),
);
const auth = fc.oneof(
  authorization,
  fc.integer({ min: 0, max: 1 }).map((i) => `Bearer ${tokens[i]}`),
);

describe("fuzz: tracker routes", () => {
  it("POST reminder / phone / phone/verify and GET calendar.ics: any token, body and content type", async () => {
    const route = fc.constantFrom(
      "POST /api/session/reminder",
      "POST /api/session/phone",
      "POST /api/session/phone/verify",
      "GET /api/session/calendar.ics",
    );
    const query = fc.constantFrom("", "?clinic=riverbend", "?page=https%3A%2F%2Fevil.example%2F", "?page=%ZZ");
    await check(
      fc.tuple(route, auth, wireBody(trackerBody), contentType, query),
      600,
      async ([r, a, body, type, q]) => {
        const [method, path] = r.split(" ") as [string, string];
        const sentBefore = twilio.sent.length;
        const headers: Record<string, string> = { authorization: a };
        if (type !== undefined) headers["content-type"] = type;
        const { status } = await app.send(`${path}${q}`, method === "GET" ? { headers } : { method, headers, body });
        const opens = tokens.some((t) => a === `Bearer ${t}`) && !q.startsWith("?clinic");
        // The body limit applies before anything else (413); then the token decides, whatever the route.
        if (!opens) expect([404, 413]).toContain(status);
        // Only a code request that was accepted texts anyone (the conversations have no sent date, so no reminder).
        if (!(path === "/api/session/phone" && status === 202)) expect(twilio.sent.length).toBe(sentBefore);
      },
    );
  });
});

function check<T>(arb: fc.Arbitrary<T>, numRuns: number, body: (value: T) => Promise<void>) {
  return fc.assert(fc.asyncProperty(arb, body), { numRuns });
}
