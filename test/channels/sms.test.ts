// The SMS channel end to end: signed Twilio webhooks in, TwiML out, over the built-in guide.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { conversationAlias, optOutAlias, phoneDigest } from "../../src/channels/messaging/phone.js";
import { segmentCount } from "../../src/channels/sms/gsm.js";
import { MAX_MESSAGES } from "../../src/channels/sms/render.js";
import { smsRoutes } from "../../src/channels/sms.js";
import { deriveHmacKey } from "../../src/keys.js";
import { MAX_CONVERSATION_MESSAGES } from "../../src/sessions/caps.js";
import { testApp } from "../support/app.js";
import { fillConversation, transcript } from "../support/transcripts.js";
import { AUTH_TOKEN, numberedOptions, SECRET, slowModel, smsClient, WEBHOOK } from "./sms/twilio-client.js";

const ENV = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET };
const REVIEW_PROMPT = /Reply YES to draft/;
const DOC_LINK = /https?:\/\/\S+\/api\/documents\/[A-Za-z0-9_.-]+/;

async function aliasOf(from: string, to: string): Promise<string> {
  return conversationAlias("sms", await phoneDigest(await deriveHmacKey(SECRET, "sms"), "sms", from, to));
}

function expectSmsShaped(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
  for (const m of messages) {
    expect(m).not.toMatch(/\*\*|^#+ |\]\(/m);
    expect(m.length).toBeLessThanOrEqual(1600);
  }
}

describe("the webhook only answers Twilio", () => {
  it("refuses a request without a signature with 403 in the error envelope", async () => {
    const { fetch } = await testApp({}, ENV);
    const res = await fetch(WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "From=%2B15551230001&To=%2B15559870000&Body=hi&MessageSid=SM00000000000000000000000000000000",
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("refuses a bad signature, one made with another token, and a tampered body", async () => {
    const { fetch } = await testApp({}, ENV);
    const bad = await smsClient(fetch).post(
      { Body: "hi" },
      { "x-twilio-signature": "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==" },
    );
    expect(bad.status).toBe(403);
    const otherToken = await smsClient(fetch, { token: "some-other-account-token" }).send("hi");
    expect(otherToken.status).toBe(403);
    const phone = smsClient(fetch);
    const params = {
      MessageSid: "SM11111111111111111111111111111111",
      From: "+15551230001",
      To: "+15559870000",
      Body: "hi",
    };
    const { default: twilio } = await import("twilio");
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, WEBHOOK, params);
    const tampered = await fetch(WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
      body: new URLSearchParams({ ...params, Body: "DELETE" }).toString(),
    });
    expect(tampered.status).toBe(403);
    expect((await phone.post(params)).status).toBe(200);
  });

  it("fails closed when TWILIO_AUTH_TOKEN is not configured", async () => {
    const { fetch } = await testApp({}, { SESSION_SECRET: SECRET });
    const res = await smsClient(fetch).send("hello");
    expect(res.status).toBe(403);
    expect(res.xml).toMatch(/"code":"forbidden"/);
  });

  it("checks the signature against PUBLIC_BASE_URL behind a proxy", async () => {
    const { fetch } = await testApp({}, { ...ENV, PUBLIC_BASE_URL: "https://sms.example.org/" });
    const proxied = (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(String(input).replace("https://sms.example.org", "http://10.0.0.7:8787"), init);
    const ok = await smsClient(proxied, { url: "https://sms.example.org/sms/twilio?clinic=x" }).send("hello");
    expect(ok.status).toBe(200);
    const internal = await smsClient(fetch, { url: "http://10.0.0.7:8787/sms/twilio" }).send("hello");
    expect(internal.status).toBe(403);
  });

  it("answers 415 to a non-form body and 400 naming a missing field without echoing values", async () => {
    const { fetch } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    const json = await phone.post({ Body: "x" }, { "content-type": "application/json" });
    expect(json.status).toBe(415);
    const missing = await phone.post({
      MessageSid: "SM22222222222222222222222222222222",
      To: "+15559870000",
      Body: "my secret",
    });
    expect(missing.status).toBe(400);
    expect(missing.xml).toMatch(/From: is required/);
    expect(missing.xml).not.toMatch(/my secret|15559870000/);
  });
});

describe("a conversation by SMS", () => {
  it("goes from the first text to a drafted letter's links with numbered answers", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);

    const first = await phone.send("Hi, I need my medical records");
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/xml/);
    expectSmsShaped(first.messages);
    expect(first.messages[0]).toMatch(/not encrypted/);
    expect(first.messages.join("\n")).toMatch(/DELETE/);
    expect(numberedOptions(first.messages).length).toBeGreaterThan(1);
    expect(first.messages.at(-1)).toMatch(/Reply 1, 2(, \d)* or \d\./);
    for (const m of first.messages) expect(segmentCount(m)).toBeLessThanOrEqual(2);

    let last = first;
    const reviews: string[][] = [];
    const answers = ["1", "Texas", "my x-rays and the whole chart"];
    for (let turn = 0; turn < 10 && !DOC_LINK.test(last.messages.join("\n")); turn++) {
      const options = numberedOptions(last.messages);
      const draft = options.findIndex((o) => /draft/i.test(o));
      // The review of the letter's contents: its items numbered, then how to answer; YES drafts.
      const review = REVIEW_PROMPT.test(last.messages.join("\n"));
      if (review) reviews.push(last.messages);
      const text = review
        ? "YES"
        : draft >= 0
          ? String(draft + 1)
          : (answers.shift() ?? (options.length > 0 ? "1" : "Please draft my letter"));
      last = await phone.send(text);
      expect(last.status).toBe(200);
      expectSmsShaped(last.messages);
      expect(last.messages.join("\n")).not.toMatch(/not encrypted/);
    }
    expect(reviews).toHaveLength(1);
    const summary = reviews[0]!.join("\n");
    expect(summary).toMatch(/^1\) Provider: /m);
    expect(summary).toMatch(/^\d\) Patient: blank$/m);
    expect(summary).toMatch(/Reply YES to draft, or send the number to change\.$/);
    for (const m of reviews[0]!) expect(segmentCount(m)).toBeLessThanOrEqual(2);
    const all = last.messages.join("\n");
    const docx = DOC_LINK.exec(all)?.[0];
    expect(docx).toBeDefined();
    expect(all).toContain(`${docx}?format=txt`);
    const linkMessage = last.messages.find((m) => m.includes(docx!))!;
    expect(segmentCount(linkMessage)).toBeLessThanOrEqual(2);

    const file = await fetch(docx!);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/officedocument\.wordprocessingml/);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    const text = await fetch(`${docx}?format=txt`);
    expect(text.status).toBe(200);
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);

    const id = await store.loadAlias(await aliasOf(phone.from, phone.to));
    expect(id).toMatch(/^sms_/);
    const session = await store.load(id!);
    expect(session?.documents.length).toBeGreaterThan(0);
  });

  it("keeps one conversation per phone pair and never stores the raw number", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const a = smsClient(fetch, { from: "+15550000001" });
    const b = smsClient(fetch, { from: "+15550000002" });
    await a.send("I need my records");
    await b.send("I need my records");
    const idA = await store.loadAlias(await aliasOf(a.from, a.to));
    const idB = await store.loadAlias(await aliasOf(b.from, b.to));
    expect(idA).not.toBeNull();
    expect(idA).not.toBe(idB);
    const session = await store.load(idA!);
    expect(session?.channel).toBe("sms");
    expect(JSON.stringify(session)).not.toContain("5550000001");
    expect(session?.aliases?.[0]).not.toContain("5550000001");
  });

  it("answers a redelivered MessageSid only once", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    const params = {
      MessageSid: "SM33333333333333333333333333333333",
      From: phone.from,
      To: phone.to,
      Body: "I need my records",
    };
    const once = await phone.post(params);
    const again = await phone.post(params);
    expect(once.messages.length).toBeGreaterThan(0);
    expect(again.status).toBe(200);
    expect(again.xml).toMatch(/<Response\/>$/);
    const session = await store.load((await store.loadAlias(await aliasOf(phone.from, phone.to)))!);
    expect(session?.messages.filter((m) => m.role === "user")).toHaveLength(1);
  });

  it.each([
    ["Chinese with an emoji", "我需要我的病历 🙏"],
    ["Arabic", "أحتاج إلى سجلاتي الطبية"],
    ["emoji only", "🙏🙏"],
    ["XML-looking text", "<Response>&amp; </Message>"],
  ])("answers %s with well-formed TwiML", async (_, body) => {
    const { fetch } = await testApp({}, ENV);
    const res = await smsClient(fetch).send(body);
    expect(res.status).toBe(200);
    expectSmsShaped(res.messages);
    expect(res.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><Response>(<Message>[^<]*<\/Message>)+<\/Response>$/,
    );
  });

  it("asks for words when the message is empty or only a picture", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    const empty = await phone.send("   ");
    expect(empty.messages).toEqual([expect.stringMatching(/empty/)]);
    const mms = await phone.send("", {
      NumMedia: "1",
      MediaUrl0: "https://api.twilio.com/x.jpg",
      MediaContentType0: "image/jpeg",
    });
    expect(mms.messages).toEqual([expect.stringMatching(/only read text.*in words/)]);
    expect(await store.loadAlias(await aliasOf(phone.from, phone.to))).toBeNull();
  });
});

describe("keywords", () => {
  it("STOP erases the conversation and silences every reply until START", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("I need my records");
    const alias = await aliasOf(phone.from, phone.to);
    const id = await store.loadAlias(alias);
    for (const word of ["stop", "Unsubscribe", "CANCEL.", "end", "quit", "STOPALL"]) {
      const res = await phone.send(word);
      expect(res.status).toBe(200);
      expect(res.xml).toMatch(/<Response\/>$/);
    }
    expect(await store.load(id!)).toBeNull();
    expect(await store.loadAlias(alias)).toBeNull();
    expect((await phone.send("hello?")).messages).toEqual([]);
    expect((await phone.send("HELP")).messages).toEqual([]);
    const digest = await phoneDigest(await deriveHmacKey(SECRET, "sms"), "sms", phone.from, phone.to);
    expect(await store.loadAlias(optOutAlias("sms", digest))).toMatch(/^optout-/);

    const start = await phone.send("Start");
    expect(start.messages).toEqual([expect.stringMatching(/subscribed again/)]);
    const next = await phone.send("I need my records");
    expect(next.messages[0]).toMatch(/not encrypted/);
  });

  it("a sentence containing stop is a message, not an opt-out", async () => {
    const { fetch } = await testApp({}, ENV);
    const res = await smsClient(fetch).send("how do I stop a records request");
    expect(res.messages.length).toBeGreaterThan(0);
  });

  it("HELP says what the service is and how to delete and opt out", async () => {
    const { fetch } = await testApp({}, ENV);
    const res = await smsClient(fetch).send("help");
    expect(res.messages).toHaveLength(1);
    expect(res.messages[0]).toMatch(/medical records.*DELETE.*STOP/s);
    expect(segmentCount(res.messages[0]!)).toBeLessThanOrEqual(1);
    expect((await smsClient(fetch).send("INFO")).messages[0]).toMatch(/DELETE/);
  });

  it("HELP names the clinic's records office when the Twilio number belongs to a clinic", async () => {
    const clinics = {
      // The clinic directory's byPhone: a whole clinic record, of which SMS uses only the facts.
      async byPhone(to: string) {
        return to === "+15559870000"
          ? {
              id: "oak-clinic",
              name: "Oak Street Clinic",
              allowedOrigins: ["https://oak.example"],
              recordsOffice: { phone: "555-0100" },
              smsNumbers: [to],
            }
          : null;
      },
    };
    const { fetch, store } = await testApp({ clinics } as unknown as Parameters<typeof testApp>[0], ENV);
    const phone = smsClient(fetch);
    const res = await phone.send("HELP");
    expect(res.messages.join(" ")).toMatch(/Oak Street Clinic records office: call 555-0100\./);
    await phone.send("I need my records");
    const session = await store.load((await store.loadAlias(await aliasOf(phone.from, phone.to)))!);
    expect(session?.clinicId).toBe("oak-clinic");
    // Another Twilio number of the service is not the clinic's.
    const generic = await smsClient(fetch, { to: "+15559870001" }).send("HELP");
    expect(generic.messages.join(" ")).not.toMatch(/Oak Street/);
  });

  it("DELETE erases the session, its documents and the phone mapping, and confirms", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("I need my records");
    const alias = await aliasOf(phone.from, phone.to);
    const id = await store.loadAlias(alias);
    expect(await store.load(id!)).not.toBeNull();
    const res = await phone.send(" delete ");
    expect(res.messages).toEqual([expect.stringMatching(/erased/)]);
    expect(await store.load(id!)).toBeNull();
    expect(await store.loadAlias(alias)).toBeNull();
    expect(store.size()).toBe(0);
    expect((await phone.send("I need my records")).messages[0]).toMatch(/not encrypted/);
  });

  it("BORRAR deletes too and answers in Spanish", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("Necesito mis registros médicos");
    const res = await phone.send("BORRAR");
    expect(res.messages).toEqual([expect.stringMatching(/^Listo: borramos/)]);
    expect(await store.loadAlias(await aliasOf(phone.from, phone.to))).toBeNull();
  });

  it("cannot be read or erased through the web's session routes, which only a web credential opens", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("I need my records");
    const alias = await aliasOf(phone.from, phone.to);
    const id = await store.loadAlias(alias);
    const headers = { Authorization: `Bearer ${id}.${"A".repeat(43)}` };
    for (const method of ["GET", "DELETE"]) {
      expect((await fetch("http://recordpath.test/api/session", { method, headers })).status).toBe(404);
    }
    expect(await store.load(id!)).not.toBeNull();
    expect(await store.loadAlias(alias)).toBe(id);
  });
});

describe("limits and deadlines", () => {
  it("answers a phone over its rate limit with one polite SMS, then silence, never an HTTP error", async () => {
    const { fetch } = await testApp({}, { ...ENV, RATE_LIMIT_PHONE: "2/60s" });
    const phone = smsClient(fetch);
    await phone.send("I need my records");
    await phone.send("1");
    const limited = await phone.send("Texas");
    expect(limited.status).toBe(200);
    expect(limited.messages).toEqual([expect.stringMatching(/wait a minute/)]);
    const quiet = await phone.send("Texas");
    expect(quiet.status).toBe(200);
    expect(quiet.messages).toEqual([]);
    expect((await phone.send("DELETE")).messages[0]).toMatch(/erased/);
  });

  it("answers a conversation at its cap with how to start over, and DELETE then starts a new one", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("I need my records");
    const id = (await store.loadAlias(await aliasOf(phone.from, phone.to)))!;
    await fillConversation(store, id, transcript(MAX_CONVERSATION_MESSAGES));
    const full = await phone.send("Texas");
    expect(full.status).toBe(200);
    expect(full.messages).toEqual([expect.stringMatching(/chat is full.*reply DELETE/)]);
    expect(segmentCount(full.messages[0]!)).toBe(1);
    expect((await store.load(id))?.messages).toHaveLength(MAX_CONVERSATION_MESSAGES);
    expect((await phone.send("DELETE")).messages[0]).toMatch(/erased/);
    const fresh = await phone.send("I need my records");
    expect(fresh.messages[0]).toMatch(/not encrypted/);
    const next = (await store.loadAlias(await aliasOf(phone.from, phone.to)))!;
    expect(next).not.toBe(id);
    expect((await store.load(next))?.messages).toHaveLength(2);
  });

  it("names BORRAR when a Spanish conversation is at its cap", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = smsClient(fetch);
    await phone.send("Necesito mis registros médicos");
    const id = (await store.loadAlias(await aliasOf(phone.from, phone.to)))!;
    await fillConversation(store, id, transcript(MAX_CONVERSATION_MESSAGES, 40, "necesito mis registros médicos "));
    expect((await phone.send("2")).messages).toEqual([expect.stringMatching(/chat está lleno.*BORRAR/)]);
  });

  it("answers a second message during a turn with 'one moment'", async () => {
    const base = await testApp({}, ENV);
    const { fetch } = await testApp({ model: { name: "guide", model: slowModel(base.deps.model.model, 300) } }, ENV);
    const phone = smsClient(fetch);
    const [a, b] = await Promise.all([
      phone.send("I need my records"),
      new Promise((r) => setTimeout(r, 50)).then(() => phone.send("hello?")),
    ]);
    expect(a.messages[0]).toMatch(/not encrypted/);
    expect(b.messages).toEqual(["One moment, I'm still answering your last message."]);
  });

  it("says it is still working instead of letting Twilio's window close", async () => {
    const { deps } = await testApp({}, ENV);
    const slow = { ...deps, model: { name: "guide" as const, model: slowModel(deps.model.model, 5_000) } };
    const app = new Hono().route("/", smsRoutes(slow, { deadlineMs: 200 }));
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(app.request(String(input), init));
    // The model takes 5 s; only the 200 ms deadline can produce this answer (its timing is in npm run bench).
    const res = await smsClient(fetch).send("I need my records");
    expect(res.messages).toEqual([expect.stringMatching(/still working.*reply again/i)]);
    // The aborted turn releases its lease, so replying again is answered rather than "one moment".
    await new Promise((r) => setTimeout(r, 100));
    const id = await slow.store.loadAlias(await aliasOf("+15551230001", "+15559870000"));
    const session = await slow.store.load(id!);
    expect(session?.lock).toBeUndefined();
  });
});
