// Test helper: posts signed Twilio webhooks (SMS and WhatsApp, signed by the twilio library itself)
// and reads TwiML.
import type { LanguageModelV4 } from "@ai-sdk/provider";
import twilio from "twilio";
import type { Fetch } from "../../support/chat-client.js";

export const AUTH_TOKEN = "twilio-test-auth-token-0123456789";
export const SECRET = "sms-test-session-secret-0123456789abcdef";
export const WEBHOOK = "http://recordpath.test/sms/twilio";
export const WHATSAPP_WEBHOOK = "http://recordpath.test/whatsapp/twilio";

export interface SmsReply {
  status: number;
  type: string | null;
  xml: string;
  messages: string[];
}

let sidCounter = 0;
/** A fresh, well-formed Twilio message SID. */
function newSid(): string {
  return `SM${(++sidCounter).toString(16).padStart(8, "0")}${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;
}

/** The texts of a TwiML reply, unescaped. */
function parseTwiml(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]!
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&apos;", "'")
      .replaceAll("&amp;", "&"),
  );
}

export interface SmsClientOptions {
  url?: string;
  token?: string;
  from?: string;
  to?: string;
}

/** A phone texting the service: every send is a signed webhook with a new MessageSid. */
export function smsClient(fetchFn: Fetch, options: SmsClientOptions = {}) {
  const url = options.url ?? WEBHOOK;
  const token = options.token ?? AUTH_TOKEN;
  const from = options.from ?? "+15551230001";
  const to = options.to ?? "+15559870000";

  async function post(params: Record<string, string>, headers: Record<string, string> = {}): Promise<SmsReply> {
    const signature = twilio.getExpectedTwilioSignature(token, url, params);
    const res = await fetchFn(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature, ...headers },
      body: new URLSearchParams(params).toString(),
    });
    const xml = await res.text();
    return {
      status: res.status,
      type: res.headers.get("content-type"),
      xml,
      messages: res.status === 200 ? parseTwiml(xml) : [],
    };
  }

  return {
    from,
    to,
    post,
    /** Texts `body` (extra fields such as NumMedia override the defaults). */
    send(body: string, extra: Record<string, string> = {}): Promise<SmsReply> {
      return post({
        AccountSid: "AC00000000000000000000000000000000",
        MessageSid: newSid(),
        From: from,
        To: to,
        Body: body,
        NumMedia: "0",
        NumSegments: "1",
        SmsStatus: "received",
        ApiVersion: "2010-04-01",
        ...extra,
      });
    },
  };
}

/**
 * A WhatsApp user writing to the service's WhatsApp sender: the same webhook with whatsapp:
 * addresses and the fields Twilio adds for WhatsApp (the profile name is the patient's own).
 */
export function whatsappClient(fetchFn: Fetch, options: SmsClientOptions = {}) {
  const phone = smsClient(fetchFn, {
    url: WHATSAPP_WEBHOOK,
    from: "whatsapp:+15551230001",
    to: "whatsapp:+15559870000",
    ...options,
  });
  return {
    ...phone,
    send(body: string, extra: Record<string, string> = {}): Promise<SmsReply> {
      const waId = phone.from.replace(/^whatsapp:\+/, "");
      return phone.send(body, { ProfileName: "Rosa Quintero", WaId: waId, MessageType: "text", ...extra });
    },
  };
}

/** The numbered options ("1) Me") of a reply, in order. */
export function numberedOptions(messages: string[]): string[] {
  return messages
    .join("\n")
    .split("\n")
    .flatMap((line) => {
      const m = /^(\d)\) (.+)$/.exec(line);
      return m ? [m[2]!] : [];
    });
}

/** Wraps a model so every call first waits `ms` (or until the turn is aborted). */
export function slowModel(inner: LanguageModelV4, ms: number): LanguageModelV4 {
  const wait = (signal: AbortSignal | undefined) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(signal.reason ?? new Error("aborted"));
      });
    });
  return {
    ...inner,
    async doGenerate(options) {
      await wait(options.abortSignal);
      return inner.doGenerate(options);
    },
    async doStream(options) {
      await wait(options.abortSignal);
      return inner.doStream(options);
    },
  };
}
