// Phone numbers never reach storage: an SMS conversation is keyed by an HMAC of its two numbers.

const encoder = new TextEncoder();

/** The HMAC (base64url) naming the conversation between `from` and the Twilio number `to`. */
export async function phoneDigest(key: CryptoKey, from: string, to: string): Promise<string> {
  // The separator keeps ("12", "345") and ("123", "45") apart.
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`sms:${from}|${to}`)));
  let binary = "";
  for (const b of mac) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Store alias that points the phone pair at its session. */
export const conversationAlias = (digest: string) => `sms:${digest}`;

/** Store alias that remembers an opt-out (STOP) until START. */
export const optOutAlias = (digest: string) => `sms-optout:${digest}`;
