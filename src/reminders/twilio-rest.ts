// Sending a text through Twilio's REST Messages API with a plain fetch (no Twilio SDK in the Worker):
// POST {TWILIO_API_URL}/2010-04-01/Accounts/{SID}/Messages.json, form-encoded To, From, Body, with
// HTTP Basic auth (account SID : auth token). The outcome says whether a failure is worth retrying.
import type { Settings } from "../config.js";

const TWILIO_API = "https://api.twilio.com";
/** A send that takes longer than this is treated as a 5xx: retried later. */
const SEND_TIMEOUT_MS = 10_000;

export interface OutgoingText {
  to: string;
  from: string;
  body: string;
}

export type SendOutcome =
  | { kind: "sent"; sid: string }
  /** Twilio (or the network) failed in a way a later attempt may not: 5xx, 429, a timeout. */
  | { kind: "retry"; code: string }
  /** Twilio refused this message for good (a 4xx: bad number, unsubscribed recipient, bad credentials). */
  | { kind: "permanent"; code: string };

export type TextSender = (text: OutgoingText) => Promise<SendOutcome>;

/** The sender for these settings, or null when Twilio's account SID and auth token are not both set. */
export function twilioSender(
  settings: Pick<Settings, "TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN" | "TWILIO_API_URL">,
  fetcher: typeof fetch = fetch,
): TextSender | null {
  const sid = settings.TWILIO_ACCOUNT_SID;
  const token = settings.TWILIO_AUTH_TOKEN;
  if (!sid || !token) return null;
  const url = `${(settings.TWILIO_API_URL ?? TWILIO_API).replace(/\/+$/, "")}/2010-04-01/Accounts/${sid}/Messages.json`;
  const auth = `Basic ${btoa(`${sid}:${token}`)}`;
  return async ({ to, from, body }) => {
    let res: Response;
    try {
      res = await fetcher(url, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (error) {
      return { kind: "retry", code: error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network" };
    }
    const answer = (await res.json().catch(() => ({}))) as { sid?: unknown; code?: unknown };
    if (res.ok && typeof answer.sid === "string") return { kind: "sent", sid: answer.sid };
    // Twilio's error code (a number, such as 21211 "invalid To") is PHI-free and says what went wrong.
    const code = `twilio_${res.status}${typeof answer.code === "number" ? `_${answer.code}` : ""}`;
    return res.status >= 500 || res.status === 429 ? { kind: "retry", code } : { kind: "permanent", code };
  };
}
