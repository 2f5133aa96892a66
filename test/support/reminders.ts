// A reminder as scheduleReminder would make it, with a name and numbers the at-rest tests look for.
import type { Intake } from "../../src/domain/intake.js";
import { expiryOf, type Reminder, reminderId } from "../../src/reminders/reminder.js";

export const PATIENT_NAME = "Marguerite Oyelaran";
export const PATIENT_PHONE = "+14155550123";
export const CLINIC_PHONE = "+15005550006";

/** A scheduled reminder due at `sendAt` (expiring 200 days later unless `expiresAt` is given). */
export function sampleReminder(sendAt: Date, overrides: Partial<Reminder> = {}): Reminder {
  const intake = {
    state: "CA",
    patient: { name: PATIENT_NAME, dob: "1961-07-14" },
    priorRequest: { sentOn: "2026-10-01", sentVia: "mail" },
  } as Intake;
  return {
    id: reminderId(),
    kind: "due",
    sessionId: `sess-${reminderId()}`,
    sendAt: sendAt.toISOString(),
    expiresAt: expiryOf(sendAt).toISOString(),
    channel: "sms",
    to: PATIENT_PHONE,
    from: CLINIC_PHONE,
    request: {
      intake,
      sentOn: "2026-10-01",
      dueOn: "2026-10-31",
      extendedDueOn: "2026-11-30",
      language: "en",
    },
    status: "scheduled",
    attempts: 0,
    ...overrides,
  };
}
