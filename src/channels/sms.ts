// The SMS channel: POST /sms/twilio, Twilio's inbound-message webhook. Signed requests only; the
// conversation is keyed by an HMAC of the phone pair and every answer is TwiML within 10 seconds.
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import { AppError, describeZodError } from "../errors.js";
import { messageLanguage, patientLanguage } from "../i18n/detect.js";
import type { Lang } from "../i18n/langs.js";
import { deriveHmacKey } from "../keys.js";
import type { ChatMessage } from "../sessions/session.js";
import { beginTurn } from "../sessions/turns.js";
import { baseUrl } from "./http.js";
import { type BoundClinic, clinicContact, clinicForPhone } from "./sms/clinic-binding.js";
import { isOptInWhileStopped, keywordOf } from "./sms/keywords.js";
import { conversationAlias, optOutAlias, phoneDigest } from "./sms/phone.js";
import { renderReply, renderText } from "./sms/render.js";
import { formParams, signedUrl, verifyTwilioSignature } from "./sms/signature.js";
import { smsTexts } from "./sms/texts.js";
import { answerTurn, sessionForPhone } from "./sms/turn.js";
import { twiml } from "./sms/twiml.js";
import { MAX_MESSAGE_CHARS } from "./web.js";

/** Time we allow a reply: Twilio waits 15 s, and the answer still has to travel back. */
export const SMS_DEADLINE_MS = 10_000;
/** How long a MessageSid is remembered, so a redelivered webhook is answered only once. */
const DEDUPE_SECONDS = 24 * 3600;
/** A rate-limited phone hears about it at most once per this many seconds (each notice is an SMS). */
const LIMIT_NOTICE_SECONDS = 60;

const TWILIO_SID = /^[A-Z]{2}[0-9a-f]{32}$/i;
// Phone numbers, short codes and channel addresses ("whatsapp:+1…"); never echoed back.
const ADDRESS = z.string().regex(/^[A-Za-z0-9:+@._-]{1,64}$/, "must be a phone number or messaging address");

const InboundSms = z
  .object({
    MessageSid: z.string().regex(TWILIO_SID, "must be a Twilio message SID"),
    From: ADDRESS,
    To: ADDRESS,
    Body: z.string().max(MAX_MESSAGE_CHARS).default(""),
    NumMedia: z
      .string()
      .regex(/^\d{1,2}$/, "must be a number")
      .default("0")
      .transform(Number),
  })
  .loose();

type InboundSms = z.output<typeof InboundSms>;

const FORBIDDEN = "The request is not signed by Twilio with this service's auth token.";

export interface SmsOptions {
  /** Overrides SMS_DEADLINE_MS (tests use a short one). */
  deadlineMs?: number;
}

/**
 * Reads the form and checks X-Twilio-Signature before anything else is looked at. Fails closed:
 * no TWILIO_AUTH_TOKEN, no signature or a wrong one are all 403.
 */
async function signedForm(c: Context, deps: AppDeps): Promise<URLSearchParams> {
  const token = deps.settings.TWILIO_AUTH_TOKEN;
  const signature = c.req.header("x-twilio-signature");
  if (!token || !signature) throw new AppError("forbidden", FORBIDDEN);
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the webhook as a form with Content-Type: application/x-www-form-urlencoded.",
    );
  }
  // Decoded by hand: workerd warns when .text() reads a body whose type is a form.
  const form = new URLSearchParams(new TextDecoder().decode(await c.req.arrayBuffer()));
  const url = signedUrl(c.req.url, deps.settings.PUBLIC_BASE_URL);
  if (!(await verifyTwilioSignature({ authToken: token, url, params: formParams(form), signature }))) {
    throw new AppError("forbidden", FORBIDDEN);
  }
  return form;
}

function inbound(form: URLSearchParams): InboundSms {
  const fields: Record<string, string> = {};
  for (const [key, value] of form) fields[key] ??= value;
  const parsed = InboundSms.safeParse(fields);
  if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
  return parsed.data;
}

function reply(c: Context, messages: readonly string[]) {
  return c.body(twiml(messages), 200, { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" });
}

/** HELP: the clinic's records office when the number is a clinic's, then how to delete and opt out. */
function helpText(clinic: BoundClinic | null, language: Lang): string[] {
  const contact = clinic ? clinicContact(clinic) : null;
  return renderText(contact ? `${contact} ${smsTexts(language).help}` : smsTexts(language).help);
}

/** The SMS sub-app: POST /sms/twilio. */
export function smsRoutes(deps: AppDeps, options: SmsOptions = {}) {
  const app = new Hono();
  const deadlineMs = options.deadlineMs ?? SMS_DEADLINE_MS;
  // Stable across isolates when SESSION_SECRET is set; otherwise as short-lived as the memory store.
  const phoneKey = deriveHmacKey(deps.settings.SESSION_SECRET, "sms");

  /** Erases the phone's conversation (session, documents and the alias itself). */
  async function erase(alias: string): Promise<void> {
    const id = await deps.store.loadAlias(alias);
    if (id) await deps.store.delete(id);
  }

  /** False (after at most one polite notice per minute) when the phone is over its message limit. */
  async function withinLimit(digest: string): Promise<boolean | "notify"> {
    try {
      await deps.limiter.check("phone", digest);
      return true;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
      return (await deps.store.claimOnce(`sms-limited:${digest}`, LIMIT_NOTICE_SECONDS)) ? "notify" : false;
    }
  }

  async function converse(
    c: Context,
    sms: InboundSms,
    alias: string,
    clinic: BoundClinic | null,
    started: number,
  ): Promise<string[]> {
    const text = sms.Body.trim();
    const language = messageLanguage(text);
    const now = deps.clock();
    const id = await sessionForPhone(deps, alias, clinic, now);
    const message: ChatMessage = {
      id: crypto.randomUUID(),
      role: "user",
      parts: [{ type: "text", text }],
      metadata: { createdAt: now.toISOString() },
    };
    let session: Awaited<ReturnType<typeof beginTurn>>;
    try {
      session = await beginTurn({ store: deps.store, id, channel: "sms", clinicId: clinic?.id, message, now });
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") return [smsTexts(language).busy];
      throw error;
    }
    // Refreshed every turn so the phone mapping lives as long as the session it points at.
    await deps.store.saveAlias(alias, id);
    const first = !session.messages.some((m) => m.role === "assistant");
    // From here the conversation is known: its language, not just this message's ("2" shows none).
    const spoken = patientLanguage(session.messages);
    const outcome = await answerTurn({
      deps,
      session,
      clinic,
      baseUrl: baseUrl(c, deps),
      signal: c.req.raw.signal,
      budgetMs: Math.max(0, deadlineMs - (Date.now() - started)),
      waitUntil: waitUntilOf(c),
    });
    if (outcome.kind === "slow") {
      deps.log.warn("sms.slow", { deadlineMs });
      return [smsTexts(spoken).slow];
    }
    if (outcome.kind === "failed") return [smsTexts(spoken).failed];
    return renderReply(outcome.message, { notice: first });
  }

  app.post("/sms/twilio", async (c) => {
    const started = Date.now();
    const sms = inbound(await signedForm(c, deps));
    // Twilio redelivers on timeouts: the same message must not start a second turn.
    if (!(await deps.store.claimOnce(`sms:${sms.MessageSid}`, DEDUPE_SECONDS))) return reply(c, []);
    // The message's own language: the Spanish keywords (BORRAR, AYUDA) get Spanish.
    const language = messageLanguage(sms.Body);
    try {
      const digest = await phoneDigest(await phoneKey, sms.From, sms.To);
      const alias = conversationAlias(digest);
      const optOut = optOutAlias(digest);
      const keyword = keywordOf(sms.Body);
      if (keyword) deps.log.info("sms.keyword", { keyword });

      if (keyword === "stop") {
        await erase(alias);
        await deps.store.saveAlias(optOut, `optout-${digest}`);
        return reply(c, []);
      }
      if ((await deps.store.loadAlias(optOut))?.startsWith("optout-")) {
        if (!isOptInWhileStopped(sms.Body)) {
          // Keep remembering the opt-out while the phone keeps writing; never answer it.
          await deps.store.saveAlias(optOut, `optout-${digest}`);
          return reply(c, []);
        }
        await deps.store.saveAlias(optOut, `optin-${digest}`);
        return reply(c, [smsTexts(language).started]);
      }
      if (keyword === "start") return reply(c, [smsTexts(language).started]);
      if (keyword === "delete") {
        await erase(alias);
        return reply(c, [smsTexts(language).deleted]);
      }

      const limit = await withinLimit(digest);
      if (limit !== true) return reply(c, limit === "notify" ? [smsTexts(language).limited] : []);
      const clinic = await clinicForPhone(deps, sms.To);
      if (keyword === "help") return reply(c, helpText(clinic, language));
      if (!sms.Body.trim()) return reply(c, [sms.NumMedia > 0 ? smsTexts(language).noText : smsTexts(language).empty]);
      return reply(c, await converse(c, sms, alias, clinic, started));
    } catch (error) {
      // The MessageSid is claimed, so Twilio's retry would be dropped: answer now instead of a 5xx.
      deps.log.error("sms.failed", { error: error instanceof Error ? error.name : "unknown" });
      return reply(c, [smsTexts(language).failed]);
    }
  });

  return app;
}

/** workerd's waitUntil when the request has an execution context (not under app.request in Node). */
function waitUntilOf(c: Context): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}
