// What every messaging channel does with an inbound text, whatever the channel: de-duplication by
// message id, keywords and opt-out, the per-phone rate limit, and the turn within Twilio's window.
import type { Context, Handler } from "hono";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../errors.js";
import { CATALOGS } from "../../i18n/catalogs/index.js";
import { messageLanguage, patientLanguage } from "../../i18n/detect.js";
import type { Lang } from "../../i18n/langs.js";
import { phoneOwner } from "../../reminders/reminder.js";
import { turnGate } from "../../sessions/admission.js";
import type { ChatMessage, Session } from "../../sessions/session.js";
import { beginTurn } from "../../sessions/turns.js";
import { baseUrl, waitUntilOf } from "../http.js";
import { smsTexts } from "../sms/texts.js";
import { answerTurn, sessionForPhone, startPhoneSession } from "../sms/turn.js";
import type { InboundText, MessagingAdapter } from "./adapter.js";
import { type BoundClinic, clinicContact, clinicForPhone } from "./clinic-binding.js";
import { isOptInWhileStopped, keywordOf } from "./keywords.js";
import { conversationAlias, optOutAlias, phoneDigest, phoneKey } from "./phone.js";

/** Time we allow a reply: Twilio waits 15 s, and the answer still has to travel back. */
const REPLY_DEADLINE_MS = 10_000;
/** How long a message id is remembered, so a redelivered webhook is answered only once. */
const DEDUPE_SECONDS = 24 * 3600;
/** A rate-limited phone hears about it at most once per this many seconds (each notice is a message). */
const LIMIT_NOTICE_SECONDS = 60;

export interface InboundOptions {
  /** Overrides REPLY_DEADLINE_MS (tests use a short one). */
  deadlineMs?: number;
}

/**
 * The webhook handler for one messaging channel: the adapter parses and verifies the request, the
 * shared logic below decides what to send, and the adapter renders and answers.
 */
export function inboundTextHandler(deps: AppDeps, adapter: MessagingAdapter, options: InboundOptions = {}): Handler {
  const { channel } = adapter;
  const deadlineMs = options.deadlineMs ?? REPLY_DEADLINE_MS;
  // Stable across isolates when SESSION_SECRET is set; otherwise as short-lived as the memory store.
  const key = phoneKey(deps.settings);

  /** Where an alias points; `unreadable` when it was written under a key no longer configured (410). */
  async function aliasTarget(alias: string, unreadable: string | null): Promise<string | null> {
    try {
      return await deps.store.loadAlias(alias);
    } catch (error) {
      if (error instanceof AppError && error.code === "gone") return unreadable;
      throw error;
    }
  }

  /** Erases the phone's conversation (session, documents, the alias itself and its reminders). */
  async function erase(alias: string): Promise<void> {
    const id = await aliasTarget(alias, null);
    if (!id) return;
    await deps.store.delete(id);
    await deps.reminders.deleteRemindersOf(id);
  }

  /** False (after at most one polite notice per minute) when the phone is over its message limit. */
  async function withinLimit(digest: string): Promise<boolean | "notify"> {
    try {
      await deps.limiter.check("phone", digest);
      return true;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
      return (await deps.store.claimOnce(`${channel}-limited:${digest}`, LIMIT_NOTICE_SECONDS)) ? "notify" : false;
    }
  }

  /** HELP: the clinic's records office when the number is a clinic's, then how to delete and opt out. */
  function helpText(clinic: BoundClinic | null, language: Lang): string[] {
    const contact = clinic ? clinicContact(clinic) : null;
    return adapter.renderText(contact ? `${contact} ${smsTexts(language).help}` : smsTexts(language).help);
  }

  async function converse(
    c: Context,
    inbound: InboundText,
    alias: string,
    clinic: BoundClinic | null,
    received: number,
  ): Promise<string[]> {
    const text = inbound.body.trim();
    const language = messageLanguage(text);
    const now = deps.clock();
    let restarted = false;
    const id = await sessionForPhone(deps, channel, alias, clinic, now).catch(async (error: unknown) => {
      if (!(error instanceof AppError && error.code === "gone")) throw error;
      // The phone's conversation cannot be read (its key was rotated out, or it is damaged): start a new one.
      restarted = true;
      await erase(alias);
      return startPhoneSession(deps, channel, alias, clinic, now);
    });
    const message: ChatMessage = {
      id: crypto.randomUUID(),
      role: "user",
      parts: [{ type: "text", text }],
      metadata: { createdAt: now.toISOString() },
    };
    let session: Session;
    try {
      // The phone pair (vouched for by Twilio's signature) found the session: it has no web credential.
      ({ session } = await beginTurn({
        store: deps.store,
        id,
        channel,
        clinicId: clinic?.id,
        message,
        now,
        access: { phone: true },
      }));
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") return [smsTexts(language).busy];
      // DELETE is the way to start over: its reply says so, and it needs no new word a patient might send as an answer.
      if (error instanceof AppError && error.code === "conversation_full")
        return [smsTexts(error.say?.lang ?? language).full];
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
      channel,
      clinic,
      baseUrl: baseUrl(c, deps),
      signal: c.req.raw.signal,
      budgetMs: Math.max(0, deadlineMs - (Date.now() - received)),
      waitUntil: waitUntilOf(c),
      phone: { to: inbound.from, from: inbound.to },
    });
    // The patient hears once that the earlier conversation is gone, before this message's answer.
    const notice = restarted ? [CATALOGS[language].errors.conversationRestarted] : [];
    if (outcome.kind === "slow") {
      deps.log.warn(`${channel}.slow`, { deadlineMs });
      return [...notice, smsTexts(spoken).slow];
    }
    if (outcome.kind === "failed") return [...notice, smsTexts(spoken).failed];
    return [...notice, ...adapter.renderReply(outcome.message, { notice: first })];
  }

  /** The texts to send for one inbound message (none for a redelivery or an opted-out phone). */
  async function handleInboundText(c: Context, inbound: InboundText, received: number): Promise<string[]> {
    // Twilio redelivers on timeouts: the same message must not start a second turn.
    if (!(await deps.store.claimOnce(`${channel}:${inbound.messageId}`, DEDUPE_SECONDS))) return [];
    // The message's own language: the Spanish keywords (BORRAR, AYUDA) get Spanish.
    const language = messageLanguage(inbound.body);
    try {
      const digest = await phoneDigest(await key, channel, inbound.from, inbound.to);
      const alias = conversationAlias(channel, digest);
      const optOut = optOutAlias(channel, digest);
      const keyword = keywordOf(inbound.body);
      if (keyword) deps.log.info(`${channel}.keyword`, { keyword });

      if (keyword === "stop") {
        await erase(alias);
        // Reminders scheduled for this phone from any conversation (the web's too) are never sent.
        await deps.reminders.deleteRemindersOf(phoneOwner(channel, digest));
        await deps.store.saveAlias(optOut, `optout-${digest}`);
        return [];
      }
      // A marker that cannot be read may say STOP: stay silent until the phone says START again.
      if ((await aliasTarget(optOut, "optout-"))?.startsWith("optout-")) {
        if (!isOptInWhileStopped(inbound.body)) {
          // Keep remembering the opt-out while the phone keeps writing; never answer it.
          await deps.store.saveAlias(optOut, `optout-${digest}`);
          return [];
        }
        await deps.store.saveAlias(optOut, `optin-${digest}`);
        return [smsTexts(language).started];
      }
      if (keyword === "start") return [smsTexts(language).started];
      if (keyword === "delete") {
        await erase(alias);
        await deps.reminders.deleteRemindersOf(phoneOwner(channel, digest));
        return [smsTexts(language).deleted];
      }

      const limit = await withinLimit(digest);
      if (limit !== true) return limit === "notify" ? [smsTexts(language).limited] : [];
      const clinic = await clinicForPhone(deps, inbound.to);
      if (keyword === "help") return helpText(clinic, language);
      if (!inbound.body.trim()) return [inbound.mediaCount > 0 ? smsTexts(language).noText : smsTexts(language).empty];
      // Refused before any work when this isolate is answering all the turns it can.
      const release = turnGate(deps).tryEnter();
      if (!release) return [CATALOGS[language].errors.overloaded];
      try {
        return await converse(c, inbound, alias, clinic, received);
      } finally {
        release();
      }
    } catch (error) {
      // The message id is claimed, so Twilio's retry would be dropped: answer now instead of a 5xx.
      deps.log.error(`${channel}.failed`, { error: error instanceof Error ? error.name : "unknown" });
      return [smsTexts(language).failed];
    }
  }

  return async (c) => {
    const received = Date.now();
    const inbound = await adapter.parseInbound(c, deps);
    return adapter.reply(c, await handleInboundText(c, inbound, received));
  };
}
