// Phone numbers never reach storage: a messaging conversation is keyed by an HMAC of its two addresses.
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

/** Store alias that points the address pair at its session. */
export const conversationAlias = (channel: MessagingChannel, digest: string) => `${channel}:${digest}`;

/** Store alias that remembers an opt-out (STOP) until START. */
export const optOutAlias = (channel: MessagingChannel, digest: string) => `${channel}-optout:${digest}`;
