// The request tracker's web routes (issue 20), opened like GET /api/session (Authorization: Bearer
// <token>, ?clinic=): the calendar file for a sent request, a text reminder on its due date, and
// "continue by text" (a code texted to the patient's phone, then the phone's SMS conversation points
// at this one). Mounted under /api. The patient's number travels only in request bodies and goes
// only into Twilio's request and the encrypted reminder; it is never logged, echoed or put in a URL.
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Clinic } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { dueDate } from "../domain/deadlines.js";
import { AppError } from "../errors.js";
import { patientLanguage } from "../i18n/detect.js";
import type { Lang } from "../i18n/langs.js";
import { plainDate } from "../i18n/plain.js";
import { calendarFile } from "../reminders/ics.js";
import {
  assertNotOptedOut,
  checkCode,
  issueCode,
  linkPhone,
  PHONE_HELP,
  smsAliasOf,
  usPhone,
} from "../reminders/phone-link.js";
import { ReminderRefused, scheduleReminder } from "../reminders/schedule.js";
import type { Session } from "../sessions/session.js";
import { clientIp } from "./client-ip.js";
import { type AppEnv, baseUrl, readJson } from "./http.js";
import { openSession } from "./web.js";

const TEXTS: Record<Lang, { confirm: string; code: string }> = {
  en: {
    confirm: "recordpath: we'll text you on {date} to ask if your records came. Reply STOP to opt out, HELP for help.",
    code: "recordpath: your code is {code}. It works for 10 minutes. If you did not ask for it, ignore this text.",
  },
  es: {
    confirm:
      "recordpath: le escribiremos el {date} para preguntarle si llegó su expediente. Responda STOP para darse de baja, HELP para ayuda.",
    code: "recordpath: su código es {code}. Sirve durante 10 minutos. Si no lo pidió, ignore este mensaje.",
  },
};

const PhoneBody = z.object({
  phone: z.string().max(40, PHONE_HELP),
  consent: z.unknown().optional(),
});

/** Texts need the patient's own yes (the ticked box), never a default. */
function assertConsent(consent: unknown): void {
  if (consent !== true) {
    throw new AppError(
      "invalid_input",
      "consent: must be true: the patient ticks the box agreeing to receive texts at this number.",
    );
  }
}
const VerifyBody = z.object({
  phone: z.string().max(40, PHONE_HELP),
  code: z.string().regex(/^\s*\d{6}\s*$/, "code: must be the 6 digits from the text message."),
});

/**
 * The conversation the bearer token opens for ?clinic=; anything else is the 404 of an unknown one.
 * Counted against the caller's IP first, like GET /api/session; answers are never cached.
 */
async function openTracked(c: Context, deps: AppDeps): Promise<Session> {
  await deps.limiter.check("ip", clientIp(c, deps));
  c.header("Cache-Control", "no-store");
  return openSession(c, deps);
}

/** The number as E.164, or a 400 that says how to write it (and never repeats it). */
function phoneOf(typed: string): string {
  const phone = usPhone(typed);
  if (!phone) throw new AppError("invalid_input", PHONE_HELP);
  return phone;
}

/** The clinic a conversation was started for, if it still exists. */
async function clinicOf(deps: AppDeps, session: Session): Promise<Clinic | null> {
  return session.clinicId ? await deps.clinics.get(session.clinicId) : null;
}

/** The number our texts come from: the clinic's when it has one, else TWILIO_FROM_NUMBER; 503 without Twilio. */
function senderFor(deps: AppDeps, clinic: Clinic | null): string {
  const from = clinic?.smsNumbers?.[0] ?? deps.settings.TWILIO_FROM_NUMBER;
  if (!deps.sendText || !from) {
    throw new AppError(
      "unavailable",
      "Text reminders are not set up here. Use the calendar file instead, or ask the assistant.",
    );
  }
  return from;
}

/**
 * Where the calendar's events link back to: the page the panel runs on when it names one of the
 * conversation's own origins (the clinic's allowed origins, or ours), without its query or fragment;
 * else the clinic's first origin, or our demo page.
 */
export function conversationPage(pageParam: string | undefined, clinic: Clinic | null, ours: string): string {
  const allowed = clinic ? clinic.allowedOrigins : [new URL(ours).origin];
  try {
    const url = new URL(pageParam ?? "");
    if ((url.protocol === "https:" || url.protocol === "http:") && allowed.includes(url.origin)) {
      return `${url.origin}${url.pathname}`;
    }
  } catch {
    // Not a URL: the default below.
  }
  return clinic ? `${clinic.allowedOrigins[0]}/` : `${ours}/`;
}

/** Sends one text; a refusal answers what the patient can do instead. */
async function text(deps: AppDeps, to: string, from: string, body: string): Promise<void> {
  const sent = await deps.sendText!({ to, from, body });
  if (sent.kind === "sent") return;
  deps.log.warn("tracker.text_failed", { outcome: sent.code });
  if (sent.kind === "permanent") {
    throw new AppError(
      "invalid_input",
      "phone: this number cannot receive our texts. Check it is a mobile number, or use the calendar file.",
    );
  }
  throw new AppError("unavailable", "Texts cannot be sent just now. Try again in a few minutes.", {
    "Retry-After": "60",
  });
}

/** The tracker's routes as a Hono sub-app; mount with app.route("/api", trackerRoutes(deps)). */
export function trackerRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/session/calendar.ics", async (c) => {
    const session = await openTracked(c, deps);
    const due = dueDate(session.intake);
    if (!due) {
      throw new AppError(
        "not_found",
        'This conversation has no sent date yet. Tell the assistant when you sent your request (for example "I sent it today"), then download the calendar file.',
      );
    }
    const clinic = await clinicOf(deps, session);
    const ics = calendarFile({
      ...due,
      link: conversationPage(c.req.query("page"), clinic, baseUrl(c, deps)),
      language: patientLanguage(session.messages),
      now: deps.clock(),
      // Stable per conversation and date: importing the file twice replaces the events.
      uidSeed: `${await shortHash(session.id)}-${due.dueOn}`,
    });
    return c.body(ics, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="records-request.ics"',
    });
  });

  app.post("/session/reminder", async (c) => {
    const session = await openTracked(c, deps);
    const body = await readJson(c, PhoneBody);
    assertConsent(body.consent);
    const to = phoneOf(body.phone);
    const clinic = await clinicOf(deps, session);
    const from = senderFor(deps, clinic);
    const { digest } = await smsAliasOf(deps, to, from);
    await assertNotOptedOut(deps, digest);
    const language = patientLanguage(session.messages);
    let reminder: Awaited<ReturnType<typeof scheduleReminder>>;
    try {
      reminder = await scheduleReminder(deps, {
        sessionId: session.id,
        intake: session.intake,
        language,
        ...(session.clinicId ? { clinicId: session.clinicId } : {}),
        channel: "sms",
        to,
        from,
      });
    } catch (error) {
      if (!(error instanceof ReminderRefused)) throw error;
      throw refusal(error);
    }
    const date = plainDate(reminder.request.dueOn, language);
    try {
      await text(deps, to, from, TEXTS[language].confirm.replace("{date}", date));
    } catch (error) {
      // A number we cannot text now would not get the reminder either: nothing is kept.
      await deps.reminders.deleteReminder(reminder.id);
      throw error;
    }
    return c.json({ reminder: { sendOn: reminder.request.dueOn, channel: "sms" } }, 201);
  });

  app.post("/session/phone", async (c) => {
    const session = await openTracked(c, deps);
    const body = await readJson(c, PhoneBody);
    assertConsent(body.consent);
    const to = phoneOf(body.phone);
    const from = senderFor(deps, await clinicOf(deps, session));
    const { digest } = await smsAliasOf(deps, to, from);
    await assertNotOptedOut(deps, digest);
    const code = await issueCode(deps, session.id, digest);
    await text(deps, to, from, TEXTS[patientLanguage(session.messages)].code.replace("{code}", code));
    return c.json({ sent: true, expiresInSeconds: 600 }, 202);
  });

  app.post("/session/phone/verify", async (c) => {
    const session = await openTracked(c, deps);
    const body = await readJson(c, VerifyBody);
    const to = phoneOf(body.phone);
    const from = senderFor(deps, await clinicOf(deps, session));
    const { digest, alias } = await smsAliasOf(deps, to, from);
    if (!(await checkCode(deps, session.id, digest, body.code.trim()))) {
      throw new AppError(
        "invalid_input",
        "code: that is not the code we texted, or it is more than 10 minutes old. Check the text, or ask for a new code.",
      );
    }
    await linkPhone(deps, session.id, alias);
    return c.json({ linked: true, textTo: from });
  });

  return app;
}

/** A refused reminder as an answer that says what to do. */
function refusal(error: ReminderRefused): AppError {
  if (error.reason === "no_sender") {
    return new AppError("unavailable", "Text reminders are not set up here. Use the calendar file instead.");
  }
  if (error.reason === "past_due") {
    return new AppError(
      "conflict",
      "The due date has already passed, so there is nothing to remind you of. Ask the assistant for the follow-up letter.",
    );
  }
  return new AppError(
    "conflict",
    'There is no sent date yet. Tell the assistant when you sent your request (for example "I sent it today") first.',
  );
}

/** A short, one-way name for the conversation in the calendar's UIDs (its id is a credential's half). */
async function shortHash(id: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`ics:${id}`)));
  return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, "0")).join("");
}
