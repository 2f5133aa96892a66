// A reminder (issue 20): one text message recordpath sends the patient on a date, about a request
// they sent. It holds a snapshot of the request (the conversation it came from expires long before
// the due date), the patient's number and the sender, and is kept encrypted like a session until
// its date plus REMINDER_KEEP_DAYS. The Cron Trigger (src/reminders/run.ts) sends the due ones.
import type { Intake } from "../domain/intake.js";
import type { Lang } from "../i18n/langs.js";
import type { MessagingChannel } from "../sessions/session.js";

/** A reminder is kept (and can be answered) until its send date plus this many days, then expires. */
export const REMINDER_KEEP_DAYS = 200;

/** The hour (UTC) a reminder is sent on its date: 15:00 UTC is morning across the US. */
export const REMINDER_HOUR_UTC = 15;

/** What a reminder asks when it arrives. */
export type ReminderKind =
  /** On the due date: "Did you get your records?" */
  | "due"
  /** A week before the due date (web calendars only carry this one; texts are sent on the due date). */
  | "week_before";

/** The request a reminder tracks, as the patient confirmed it when the letter was drafted. */
export interface TrackedRequest {
  /** The confirmed Intake, with priorRequest.sentOn and sentVia: what a follow-up letter is drafted from. */
  intake: Intake;
  /** YYYY-MM-DD: the day the patient sent the request. */
  sentOn: string;
  /** YYYY-MM-DD: when the governing rule's time runs out. */
  dueOn: string;
  /** YYYY-MM-DD: the latest date with the one extension the rule allows (the same as dueOn when none). */
  extendedDueOn: string;
  /** The conversation's language: the reminder's words. */
  language: Lang;
  /** The clinic whose page or number the conversation came through, if any. */
  clinicId?: string;
}

export type ReminderStatus = "scheduled" | "sent" | "dropped";

export interface Reminder {
  /** Random, 32 hex characters; never derived from the patient. */
  id: string;
  kind: ReminderKind;
  /** The conversation it came from: erased with it (DELETE). */
  sessionId: string;
  /** ISO instant it is due to be sent. */
  sendAt: string;
  /** ISO instant after which it is gone from storage (sendAt + REMINDER_KEEP_DAYS). */
  expiresAt: string;
  channel: MessagingChannel;
  /** The patient's number, E.164 ("+15551234567"); stored only inside the encrypted record. */
  to: string;
  /** The number it is sent from: the clinic's when the conversation came from a clinic, else TWILIO_FROM_NUMBER. */
  from: string;
  request: TrackedRequest;
  status: ReminderStatus;
  /** Sending attempts made (a Twilio 5xx is retried with backoff). */
  attempts: number;
  /** The last attempt's outcome, PHI-free ("sent", "twilio_503", "twilio_400_21211", …). */
  outcome?: string;
}

/**
 * Reminders in storage: encrypted records with their own expiry, a time index of those still to send
 * (an Upstash sorted set, or memory's equivalent), and an owner index so a conversation's erasure
 * (DELETE, or STOP from the phone) erases its reminders too.
 */
export interface ReminderStore {
  /** Stores (or replaces) the reminder; while `status` is "scheduled" it is indexed at `sendAt`. */
  saveReminder(reminder: Reminder, owners: string[]): Promise<void>;
  loadReminder(id: string): Promise<Reminder | null>;
  /** Ids of scheduled reminders whose sendAt is at or before `now`, earliest first, at most `limit`. */
  dueReminders(now: Date, limit: number): Promise<string[]>;
  /** Erases the reminder and its index entries. */
  deleteReminder(id: string): Promise<void>;
  /** Erases every reminder owned by `owner` (a session id, or a phone digest's owner key). */
  deleteRemindersOf(owner: string): Promise<void>;
}

/** The owner key under which a phone's reminders are kept, for STOP (from its conversation digest). */
export const phoneOwner = (channel: MessagingChannel, digest: string) => `${channel}-phone:${digest}`;

/** The instant a reminder for `day` (YYYY-MM-DD) is sent. */
export function sendInstant(day: string): Date {
  return new Date(`${day}T${String(REMINDER_HOUR_UTC).padStart(2, "0")}:00:00.000Z`);
}

/** When a reminder sent at `sendAt` is gone from storage. */
export function expiryOf(sendAt: Date): Date {
  return new Date(sendAt.getTime() + REMINDER_KEEP_DAYS * 86_400_000);
}

/** A new random reminder id. */
export function reminderId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * What the Cron Trigger's run needs from the conversation side (src/reminders/check-in.ts): the words
 * of the text, and what to do once it is sent (put the question into the phone's conversation, so
 * the patient's answer is read as the answer to it).
 */
export interface CheckIn {
  /** The text to send: in the reminder's language, one or two SMS segments, nothing the patient did not choose. */
  text(reminder: Reminder): string;
  /** After Twilio accepted the text. */
  delivered(reminder: Reminder): Promise<void>;
}
