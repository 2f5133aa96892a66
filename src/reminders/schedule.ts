// Scheduling the due-date text for a request the patient sent (issue 20): the one way a reminder is
// made, from the web (the patient typed their number and opted in) or by SMS (they said yes). The
// reminder is owned by the conversation and by the phone, so DELETE and STOP both erase it.

import { patientDigest } from "../channels/messaging/phone.js";
import type { AppDeps } from "../deps.js";
import { dueDate } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import type { Lang } from "../i18n/langs.js";
import type { MessagingChannel } from "../sessions/session.js";
import { expiryOf, phoneOwner, type Reminder, reminderId, sendInstant, type TrackedRequest } from "./reminder.js";

export interface ReminderRequest {
  sessionId: string;
  intake: Intake;
  language: Lang;
  clinicId?: string;
  channel: MessagingChannel;
  /** The patient's number, E.164. */
  to: string;
  /** The sender: the clinic's number, or TWILIO_FROM_NUMBER. */
  from: string;
}

/** Why a reminder cannot be made, in words an integrator can act on. */
export class ReminderRefused extends Error {
  constructor(readonly reason: "not_sent" | "past_due" | "no_sender") {
    super(
      reason === "not_sent"
        ? "The request has no sent date yet (priorRequest.sentOn)."
        : reason === "past_due"
          ? "The request's due date has already passed."
          : "Text reminders are not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and a sender number).",
    );
    this.name = "ReminderRefused";
  }
}

/** The owner key of a phone's reminders on a channel, from the number pair (STOP erases by it). */
export async function phoneOwnerOf(
  deps: Pick<AppDeps, "settings">,
  channel: MessagingChannel,
  to: string,
  from: string,
): Promise<string> {
  return phoneOwner(channel, await patientDigest(deps.settings, channel, to, from));
}

/** Stores the due-date reminder for this request and answers it; throws ReminderRefused. */
export async function scheduleReminder(
  deps: Pick<AppDeps, "settings" | "reminders" | "sendText" | "clock">,
  input: ReminderRequest,
): Promise<Reminder> {
  if (!deps.sendText) throw new ReminderRefused("no_sender");
  const due = dueDate(input.intake);
  const sentOn = input.intake.priorRequest?.sentOn;
  if (!due || !sentOn) throw new ReminderRefused("not_sent");
  const sendAt = sendInstant(due.dueOn);
  if (sendAt.getTime() <= deps.clock().getTime()) throw new ReminderRefused("past_due");
  const request: TrackedRequest = {
    intake: input.intake,
    sentOn,
    dueOn: due.dueOn,
    extendedDueOn: due.extendedDueOn,
    language: input.language,
    ...(input.clinicId ? { clinicId: input.clinicId } : {}),
  };
  const reminder: Reminder = {
    id: reminderId(),
    kind: "due",
    sessionId: input.sessionId,
    sendAt: sendAt.toISOString(),
    expiresAt: expiryOf(sendAt).toISOString(),
    channel: input.channel,
    to: input.to,
    from: input.from,
    request,
    status: "scheduled",
    attempts: 0,
  };
  const owners = [input.sessionId, await phoneOwnerOf(deps, input.channel, input.to, input.from)];
  await deps.reminders.saveReminder(reminder, owners);
  return reminder;
}
