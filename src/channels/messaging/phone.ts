// Phone numbers never reach storage: a messaging conversation is keyed by an HMAC of its two addresses.
import type { Settings } from "../../config.js";
import { deriveHmacKey } from "../../keys.js";
import type { MessagingChannel } from "../../sessions/session.js";

const encoder = new TextEncoder();

/**
 * The HMAC (base64url) naming the conversation between `from` and the Twilio number `to` on
 * `channel`. The channel is part of the input, so SMS and WhatsApp from one phone stay apart.
 */
export async function phoneDigest(
  key: CryptoKey,
  channel: MessagingChannel,
  from: string,
  to: string,
): Promise<string> {
  // The separator keeps ("12", "345") and ("123", "45") apart.
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${channel}:${from}|${to}`)));
  let binary = "";
  for (const b of mac) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The key of every phone digest: the webhook's, a reminder's and a linked phone's must agree, so all
 * derive it here. Without SESSION_SECRET it is random per call (texting needs the secret: config.ts).
 */
export function phoneKey(settings: Pick<Settings, "SESSION_SECRET">): Promise<CryptoKey> {
  return deriveHmacKey(settings.SESSION_SECRET, "sms");
}

/** The digest of (the patient's number, ours) on `channel`, as the webhook computes it for their texts. */
export async function patientDigest(
  settings: Pick<Settings, "SESSION_SECRET">,
  channel: MessagingChannel,
  patient: string,
  ours: string,
): Promise<string> {
  return phoneDigest(await phoneKey(settings), channel, patient, ours);
}

/** Store alias that points the address pair at its session. */
export const conversationAlias = (channel: MessagingChannel, digest: string) => `${channel}:${digest}`;

/** Store alias that remembers an opt-out (STOP) until START. */
export const optOutAlias = (channel: MessagingChannel, digest: string) => `${channel}-optout:${digest}`;
