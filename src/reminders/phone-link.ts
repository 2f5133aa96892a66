// Continue by text (issue 20, point 5): the web patient types their number, we text a 6-digit code,
// and when they type it back the phone's SMS conversation alias points at this web conversation, so
// their texts to our number continue it. Nothing about the number is kept between the two steps:
// the code's record is a store counter keyed by an HMAC of (conversation, phone digest, code), which
// lives ten minutes; the patient sends the number again with the code.
import { conversationAlias, optOutAlias, patientDigest } from "../channels/messaging/phone.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { deriveHmacKey } from "../keys.js";
import type { Session } from "../sessions/session.js";
import { VersionConflict } from "../sessions/store.js";

/** How long a texted code can be entered. */
export const CODE_TTL_SECONDS = 600;
/** Wrong codes allowed per conversation within CODE_TTL_SECONDS; the next is refused until the window ends. */
export const CODE_TRIES = 5;
/** Codes a conversation may have texted per hour, so the route cannot be used to text a stranger repeatedly. */
export const CODES_PER_HOUR = 3;

const US_DIGITS = /^(?:\+?1)?([2-9]\d{2}[2-9]\d{6})$/;

/** The number as E.164 (+1 and ten digits) from what a patient types ("(503) 555-0100", "+1 503…"), or null. */
export function usPhone(typed: string): string | null {
  const bare = typed.replace(/[\s().-]/g, "");
  const match = US_DIGITS.exec(bare);
  return match ? `+1${match[1]}` : null;
}

/** What to tell a patient whose number was not understood: never the number itself. */
export const PHONE_HELP =
  "phone: must be a US mobile number: 10 digits such as 503 555 0100, or +1 followed by the 10 digits.";

/** The SMS conversation alias of (patient's number, our number): what the webhook looks up for their texts. */
export async function smsAliasOf(deps: Pick<AppDeps, "settings">, patient: string, ours: string) {
  const digest = await patientDigest(deps.settings, "sms", patient, ours);
  return { digest, alias: conversationAlias("sms", digest) };
}

/** Refuses a number that texted STOP to our number: it must text START first. */
export async function assertNotOptedOut(deps: Pick<AppDeps, "store">, digest: string): Promise<void> {
  const marker = await deps.store.loadAlias(optOutAlias("sms", digest));
  if (marker?.startsWith("optout-")) {
    throw new AppError(
      "conflict",
      "This number has opted out of our texts (STOP). Text START to our number first, then try again.",
    );
  }
}

async function codeKey(sessionId: string, digest: string, code: string, deps: Pick<AppDeps, "settings">) {
  const key = await deriveHmacKey(deps.settings.SESSION_SECRET, "phone-code");
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${sessionId}|${digest}|${code}`)),
  );
  return `phone-code:${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Six random digits, each code equally likely (rejection sampling: 2^32 is not a multiple of 10^6). */
function randomCode(): string {
  for (;;) {
    const [n] = crypto.getRandomValues(new Uint32Array(1));
    if (n !== undefined && n < 4_294_000_000) return String(n % 1_000_000).padStart(6, "0");
  }
}

/** A new code recorded for this conversation and phone; throws 429 past CODES_PER_HOUR. */
export async function issueCode(
  deps: Pick<AppDeps, "settings" | "store">,
  sessionId: string,
  digest: string,
): Promise<string> {
  const sent = await deps.store.addUsage(`phone-code-sent:${sessionId}`, 1, 3600, sessionId);
  if (sent > CODES_PER_HOUR) {
    throw new AppError("rate_limited", "Too many codes were texted for this conversation. Try again in an hour.");
  }
  const code = randomCode();
  await deps.store.addUsage(await codeKey(sessionId, digest, code, deps), 1, CODE_TTL_SECONDS, sessionId);
  return code;
}

/** Whether `code` is the one texted to this phone for this conversation in the last ten minutes; counts the try. */
export async function checkCode(
  deps: Pick<AppDeps, "settings" | "store">,
  sessionId: string,
  digest: string,
  code: string,
): Promise<boolean> {
  const tries = await deps.store.addUsage(`phone-code-tries:${sessionId}`, 1, CODE_TTL_SECONDS, sessionId);
  if (tries > CODE_TRIES) {
    throw new AppError("rate_limited", "Too many wrong codes. Wait ten minutes, then ask for a new code.", {
      "Retry-After": String(CODE_TTL_SECONDS),
    });
  }
  // A counter read (0 tokens) does not create it: an unknown code stays unknown.
  const key = await codeKey(sessionId, digest, code, deps);
  return (await deps.store.addUsage(key, 0, CODE_TTL_SECONDS, sessionId)) > 0;
}

const WRITE_ATTEMPTS = 4;

/**
 * Points the phone's SMS conversation alias at this web conversation and lists it in
 * session.aliases (so DELETE erases it, and the SMS turn may open a web conversation it lists). A
 * reply being written holds the conversation: writing now would make that reply's save fail, so the
 * patient is asked to wait for it.
 */
export async function linkPhone(deps: Pick<AppDeps, "store" | "clock">, sessionId: string, alias: string) {
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    const session: Session | null = await deps.store.load(sessionId);
    if (!session) throw new AppError("not_found", "This conversation has expired or was deleted: start a new one.");
    if (session.lock && session.lock.until > deps.clock().getTime()) {
      throw new AppError("conflict", "The assistant is still answering. Wait for its reply, then try again.", {
        "Retry-After": "2",
      });
    }
    const aliases = session.aliases ?? [];
    try {
      if (!aliases.includes(alias)) await deps.store.save({ ...session, aliases: [...aliases, alias] });
      await deps.store.saveAlias(alias, sessionId);
      return;
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  throw new AppError("conflict", "This conversation is busy. Try again in a moment.", { "Retry-After": "2" });
}
