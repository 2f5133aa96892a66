// The WhatsApp channel end to end: signed Twilio webhooks with whatsapp: addresses in, TwiML out,
// over the built-in guide (and a scripted model for a long reply).
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { convertArrayToReadableStream, MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { conversationAlias, optOutAlias, phoneDigest } from "../../src/channels/messaging/phone.js";
import { segmentCount } from "../../src/channels/sms/gsm.js";
import { WHATSAPP_MAX_CHARS } from "../../src/channels/whatsapp/render.js";
import { llmTimeoutMs } from "../../src/conversation/run-turn.js";
import { deriveHmacKey } from "../../src/keys.js";
import type { MessagingChannel } from "../../src/sessions/session.js";
import { testApp } from "../support/app.js";
import {
  AUTH_TOKEN,
  numberedOptions,
  SECRET,
  smsClient,
  WEBHOOK,
  WHATSAPP_WEBHOOK,
  whatsappClient,
} from "./sms/twilio-client.js";

const ENV = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET };
const REVIEW_PROMPT = /Reply YES to draft/;
const DOC_LINK = /https?:\/\/\S+\/api\/documents\/[A-Za-z0-9_.-]+/;

async function digestOf(channel: MessagingChannel, from: string, to: string): Promise<string> {
  return phoneDigest(await deriveHmacKey(SECRET, "sms"), channel, from, to);
}

async function aliasOf(channel: MessagingChannel, from: string, to: string): Promise<string> {
  return conversationAlias(channel, await digestOf(channel, from, to));
}

function expectWhatsAppShaped(messages: string[]) {
  expect(messages).toHaveLength(1);
  expect(messages[0]).not.toMatch(/\*\*|^#+ |\]\(/m);
  expect(messages[0]!.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
}

/** A model that answers every turn with `text` and records the prompts it was given. */
function textModel(text: string) {
  const parts: LanguageModelV4StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t1" },
    { type: "text-delta", id: "t1", delta: text },
    { type: "text-end", id: "t1" },
    {
      type: "finish",
      finishReason: { unified: "stop", raw: "stop" },
      usage: {
        inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
        outputTokens: { total: 10, text: 10, reasoning: undefined },
      },
    },
  ];
  return new MockLanguageModelV4({ doStream: async () => ({ stream: convertArrayToReadableStream(parts) }) });
}

describe("the WhatsApp webhook only answers Twilio", () => {
  it("refuses a request without a signature, a bad one and one made with another token with 403", async () => {
    const { fetch } = await testApp({}, ENV);
    const unsigned = await fetch(WHATSAPP_WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "From=whatsapp%3A%2B15551230001&To=whatsapp%3A%2B15559870000&Body=hi&MessageSid=SM00000000000000000000000000000000",
    });
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const bad = await whatsappClient(fetch).post(
      { Body: "hi" },
      { "x-twilio-signature": "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==" },
    );
    expect(bad.status).toBe(403);
    expect((await whatsappClient(fetch, { token: "some-other-account-token" }).send("hi")).status).toBe(403);
    expect((await whatsappClient(fetch).send("hi")).status).toBe(200);
  });

  it("refuses a request signed for the SMS URL: the signature covers the path", async () => {
    const { fetch } = await testApp({}, ENV);
    const signedForSms = whatsappClient(fetch, { url: WEBHOOK });
    const params = {
      MessageSid: "SM44444444444444444444444444444444",
      From: signedForSms.from,
      To: signedForSms.to,
      Body: "hi",
    };
    const { default: twilio } = await import("twilio");
    const res = await fetch(WHATSAPP_WEBHOOK, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilio.getExpectedTwilioSignature(AUTH_TOKEN, WEBHOOK, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    expect(res.status).toBe(403);
  });

  it("fails closed when TWILIO_AUTH_TOKEN is not configured", async () => {
    const { fetch } = await testApp({}, { SESSION_SECRET: SECRET });
    const res = await whatsappClient(fetch).send("hello");
    expect(res.status).toBe(403);
    expect(res.xml).toMatch(/"code":"forbidden"/);
  });

  it("answers 400 naming From to an SMS number pointed at the WhatsApp URL, without echoing it", async () => {
    const { fetch } = await testApp({}, ENV);
    const res = await whatsappClient(fetch, { from: "+15551230001" }).send("my secret");
    expect(res.status).toBe(400);
    expect(res.xml).toMatch(/From: must be a WhatsApp address/);
    expect(res.xml).not.toMatch(/my secret|15551230001/);
  });
});

describe("a conversation on WhatsApp", () => {
  it("goes from the first message to a drafted letter's links with numbered answers", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = whatsappClient(fetch);

    const first = await phone.send("Hi, I need my medical records");
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/xml/);
    expectWhatsAppShaped(first.messages);
    expect(first.messages[0]).toMatch(/^This chat reaches us through Meta and Twilio\. Reply DELETE/);
    expect(first.messages[0]).not.toMatch(/not encrypted/);
    expect(numberedOptions(first.messages).length).toBeGreaterThan(1);
    expect(first.messages[0]).toMatch(/Reply 1, 2(, \d)* or \d\.$/);

    let last = first;
    const reviews: string[][] = [];
    const replies: string[] = [];
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
      expectWhatsAppShaped(last.messages);
      expect(last.messages.join("\n")).not.toMatch(/through Meta and Twilio/);
      replies.push(...last.messages);
    }
    expect(reviews).toHaveLength(1);
    const summary = reviews[0]!.join("\n");
    expect(summary).toMatch(/^1\) Provider: /m);
    expect(summary).toMatch(/^\d\) Patient: blank$/m);
    expect(summary).toMatch(/Reply YES to draft, or send the number to change\.$/);
    // The recommendation in the brief style of the text channels, not the web's list of steps.
    expect(replies.join("\n")).toMatch(/Best path: .+ How long: /);
    expect(replies.join("\n")).not.toMatch(/What to do:/);
    const docx = DOC_LINK.exec(last.messages[0]!)?.[0];
    expect(docx).toBeDefined();
    expect(last.messages[0]).toContain(`${docx}?format=txt`);
    const file = await fetch(docx!);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/officedocument\.wordprocessingml/);

    const id = await store.loadAlias(await aliasOf("whatsapp", phone.from, phone.to));
    expect(id).toMatch(/^whatsapp_/);
    const session = await store.load(id!);
    expect(session?.channel).toBe("whatsapp");
    expect(session?.documents.length).toBeGreaterThan(0);
    // Neither the number nor the WhatsApp profile name (the patient's own) is kept.
    expect(JSON.stringify(session)).not.toMatch(/5551230001|Rosa Quintero/);
  });

  it("keeps WhatsApp and SMS from the same phone as separate conversations", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const wa = whatsappClient(fetch);
    const sms = smsClient(fetch, { from: "+15551230001", to: "+15559870000" });
    expect((await wa.send("I need my records")).messages[0]).toMatch(/through Meta and Twilio/);
    expect((await sms.send("I need my records")).messages[0]).toMatch(/not encrypted/);
    const waId = await store.loadAlias(await aliasOf("whatsapp", wa.from, wa.to));
    const smsId = await store.loadAlias(await aliasOf("sms", sms.from, sms.to));
    expect(waId).not.toBeNull();
    expect(smsId).toMatch(/^sms_/);
    expect(waId).not.toBe(smsId);

    expect((await wa.send("DELETE")).messages).toEqual([expect.stringMatching(/erased/)]);
    expect(await store.load(waId!)).toBeNull();
    expect(await store.load(smsId!)).not.toBeNull();
    expect((await wa.send("STOP")).messages).toEqual([]);
    expect((await sms.send("1")).messages.length).toBeGreaterThan(0);
  });

  it("answers a redelivered MessageSid only once", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = whatsappClient(fetch);
    const params = {
      MessageSid: "SM55555555555555555555555555555555",
      From: phone.from,
      To: phone.to,
      Body: "I need my records",
    };
    expect((await phone.post(params)).messages.length).toBeGreaterThan(0);
    const again = await phone.post(params);
    expect(again.status).toBe(200);
    expect(again.xml).toMatch(/<Response\/>$/);
    const session = await store.load((await store.loadAlias(await aliasOf("whatsapp", phone.from, phone.to)))!);
    expect(session?.messages.filter((m) => m.role === "user")).toHaveLength(1);
  });

  it("sends a long reply as one WhatsApp message, Unicode kept, where SMS needs several", async () => {
    const sentence =
      "Your clinic’s records office must answer within 30 days, and it may charge only a reasonable fee 📄. ";
    const long = `**Next:** ${sentence.repeat(8).trim()}`;
    const model = textModel(long);
    const { fetch } = await testApp({ model: { name: "guide", model } }, ENV);

    const res = await whatsappClient(fetch).send("How long will it take?");
    expectWhatsAppShaped(res.messages);
    const body = sentence.repeat(8).trim();
    expect(res.messages[0]).toContain(`Next: ${body}`);
    expect(segmentCount(res.messages[0]!)).toBeGreaterThan(2);
    // The channel reaches the model: WhatsApp's brevity rules, not the web's.
    expect(JSON.stringify(model.doStreamCalls[0]?.prompt)).toMatch(/WhatsApp: at most 300 characters/);

    const sms = await smsClient(fetch).send("How long will it take?");
    expect(sms.messages.length).toBeGreaterThan(1);
    expect(sms.messages.join(" ")).not.toContain("’");
  });

  it("gives WhatsApp turns the SMS deadline for the LLM: Twilio's window is the same", async () => {
    const { deps } = await testApp({}, ENV);
    expect(llmTimeoutMs(deps, "whatsapp")).toBe(deps.settings.SMS_LLM_TIMEOUT_MS);
    expect(llmTimeoutMs(deps, "web")).toBe(deps.settings.LLM_TIMEOUT_MS);
  });
});

describe("keywords on WhatsApp", () => {
  it("STOP erases the conversation and silences every reply until START", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = whatsappClient(fetch);
    await phone.send("I need my records");
    const alias = await aliasOf("whatsapp", phone.from, phone.to);
    const id = await store.loadAlias(alias);
    expect((await phone.send("Stop")).xml).toMatch(/<Response\/>$/);
    expect(await store.load(id!)).toBeNull();
    expect(await store.loadAlias(alias)).toBeNull();
    expect((await phone.send("hello?")).messages).toEqual([]);
    expect((await phone.send("HELP")).messages).toEqual([]);
    const digest = await digestOf("whatsapp", phone.from, phone.to);
    expect(await store.loadAlias(optOutAlias("whatsapp", digest))).toMatch(/^optout-/);
    expect((await phone.send("START")).messages).toEqual([expect.stringMatching(/subscribed again/)]);
    expect((await phone.send("I need my records")).messages[0]).toMatch(/through Meta and Twilio/);
  });

  it("HELP names the clinic whose number is the WhatsApp sender, and how to delete and opt out", async () => {
    const clinics = {
      async byPhone(to: string) {
        return to === "+15559870000"
          ? { id: "oak-clinic", name: "Oak Street Clinic", recordsOffice: { phone: "555-0100" }, smsNumbers: [to] }
          : null;
      },
    };
    const { fetch, store } = await testApp({ clinics } as unknown as Parameters<typeof testApp>[0], ENV);
    const phone = whatsappClient(fetch);
    const help = await phone.send("help");
    expect(help.messages).toHaveLength(1);
    expect(help.messages[0]).toMatch(/^Oak Street Clinic records office: call 555-0100\. .*DELETE.*STOP/s);
    await phone.send("I need my records");
    const session = await store.load((await store.loadAlias(await aliasOf("whatsapp", phone.from, phone.to)))!);
    expect(session?.clinicId).toBe("oak-clinic");
  });

  it("DELETE and BORRAR erase the conversation and confirm in the patient's language", async () => {
    const { fetch, store } = await testApp({}, ENV);
    const phone = whatsappClient(fetch);
    await phone.send("I need my records");
    const alias = await aliasOf("whatsapp", phone.from, phone.to);
    expect((await phone.send("delete")).messages).toEqual([expect.stringMatching(/erased/)]);
    expect(await store.loadAlias(alias)).toBeNull();
    await phone.send("Necesito mis registros médicos");
    expect((await phone.send("BORRAR")).messages).toEqual([expect.stringMatching(/^Listo: borramos/)]);
    expect(store.size()).toBe(0);
  });

  it("asks for words when the message is only a picture", async () => {
    const { fetch } = await testApp({}, ENV);
    const res = await whatsappClient(fetch).send("", {
      NumMedia: "1",
      MediaUrl0: "https://api.twilio.com/x.jpg",
      MediaContentType0: "image/jpeg",
      MessageType: "image",
    });
    expect(res.messages).toEqual([expect.stringMatching(/only read text.*in words/)]);
  });
});
