// The patient's side of the app: one conversation over the web chat (the AI SDK client, as the
// widget) or over SMS (signed Twilio webhooks), each reading back the session's Intake.
import { conversationAlias, phoneDigest } from "../../../src/channels/messaging/phone.js";
import type { Intake } from "../../../src/domain/intake.js";
import { deriveHmacKey } from "../../../src/keys.js";
import type { SessionStore } from "../../../src/sessions/store.js";
import { AUTH_TOKEN, numberedOptions, SECRET, smsClient } from "../../channels/sms/twilio-client.js";
import { chatClient, type Fetch } from "../../support/chat-client.js";
import { failedReply, type ReadReply, readMessage } from "./reply.js";

/** Settings the scorer's app needs: limits no single patient reaches, and SMS signing. */
export const SCORER_ENV = {
  RATE_LIMIT_IP: "1000000/60s",
  RATE_LIMIT_SESSION: "1000/60s",
  RATE_LIMIT_PHONE: "1000/60s",
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  SESSION_SECRET: SECRET,
};

export interface PatientLine {
  send(text: string): Promise<ReadReply>;
  intake(): Promise<Intake>;
}

/** The failure as the scorer records it: its kind and the start of its message (no patient text is echoed). */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 160)}` : String(error).slice(0, 160);
}

/** A patient in the web chat, conversation `id`. */
export function webLine(fetchFn: Fetch, store: SessionStore, id: string): PatientLine {
  const chat = chatClient(fetchFn);
  return {
    async send(text) {
      try {
        const reply = await chat.send(id, text);
        const read = readMessage(
          reply.message,
          reply.text,
          reply.choices.map((c) => c.label),
        );
        const streamError = reply.chunks.find((c) => c.type === "error");
        if (streamError) read.error = "error chunk in the stream";
        return read;
      } catch (error) {
        return failedReply(describe(error));
      }
    },
    async intake() {
      return (await store.load(id))?.intake ?? {};
    },
  };
}

/** A patient texting from `from` (each conversation its own phone). */
export function smsLine(fetchFn: Fetch, store: SessionStore, from: string): PatientLine {
  const phone = smsClient(fetchFn, { from });
  const session = async () => {
    const digest = await phoneDigest(await deriveHmacKey(SECRET, "sms"), "sms", phone.from, phone.to);
    const id = await store.loadAlias(conversationAlias("sms", digest));
    return id ? store.load(id) : null;
  };
  return {
    async send(text) {
      try {
        const reply = await phone.send(text);
        if (reply.status !== 200) return failedReply(`HTTP ${reply.status}`);
        const last = (await session())?.messages.at(-1);
        const message = last?.role === "assistant" ? last : undefined;
        // The numbered options are the quick replies; the text is the rest, as on the web.
        const prose = reply.messages
          .join("\n")
          .split("\n")
          .filter((line) => !/^\d+\) /.test(line))
          .join("\n");
        return readMessage(message, prose, numberedOptions(reply.messages));
      } catch (error) {
        return failedReply(describe(error));
      }
    },
    async intake() {
      return (await session())?.intake ?? {};
    },
  };
}
