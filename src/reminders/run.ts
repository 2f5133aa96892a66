// One run of the reminder clock (the hourly Cron Trigger, src/index.ts): sends every due reminder
// once, retries Twilio's passing failures later with backoff, drops the permanent ones, and answers
// a count of what happened. Nothing it logs or answers names a number or a word of the text.
import type { AppDeps } from "../deps.js";
import type { CheckIn, Reminder } from "./reminder.js";
import { phoneOwnerOf } from "./schedule.js";
import type { TextSender } from "./twilio-rest.js";

/** Due reminders handled per run: an hourly run that finds more leaves the rest to the next hour. */
export const DEFAULT_RUN_LIMIT = 100;

/** Delay before each retry, by the number of attempts already made; past the last one it is dropped. */
export const RETRY_BACKOFF_MS = [15 * 60_000, 60 * 60_000, 4 * 3600_000, 12 * 3600_000];
/** Attempts before a reminder Twilio keeps refusing for a passing reason is given up. */
export const MAX_ATTEMPTS = RETRY_BACKOFF_MS.length + 1;

/** A claim outlives any one run, so a run that overlaps (or a crash mid-send) never sends twice. */
const CLAIM_SECONDS = 24 * 3600;

export interface RunSummary {
  /** Due reminders found. */
  due: number;
  sent: number;
  /** Put back for a later run after a 5xx, a 429 or a timeout. */
  retried: number;
  /** Given up: a permanent Twilio error, or too many passing ones. */
  dropped: number;
  /** Claimed by another run, erased meanwhile, failed in storage, or no sender configured. */
  skipped: number;
}

export interface RunOptions {
  deps: AppDeps;
  checkIn: CheckIn;
  now: Date;
  limit?: number;
}

type Result = "sent" | "retried" | "dropped" | "skipped";

/** Sends the reminders due at `now`; one failing reminder never stops the others. */
export async function runReminders({ deps, checkIn, now, limit = DEFAULT_RUN_LIMIT }: RunOptions): Promise<RunSummary> {
  const ids = await deps.reminders.dueReminders(now, limit);
  const summary: RunSummary = { due: ids.length, sent: 0, retried: 0, dropped: 0, skipped: 0 };
  const send = deps.sendText;
  if (ids.length > 0 && !send) {
    // They stay scheduled: configuring Twilio later sends them on the next run.
    deps.log.warn("reminders.no_sender", { due: ids.length });
    summary.skipped = ids.length;
    return summary;
  }
  for (const id of ids) {
    let result: Result;
    try {
      result = send ? await sendOne(deps, send, checkIn, id, now) : "skipped";
    } catch (error) {
      deps.log.error("reminder.failed", { reminder: id, error: error instanceof Error ? error.name : "unknown" });
      result = "skipped";
    }
    summary[result] += 1;
  }
  deps.log.info("reminders.run", { ...summary });
  return summary;
}

async function sendOne(deps: AppDeps, send: TextSender, checkIn: CheckIn, id: string, now: Date): Promise<Result> {
  const seen = await deps.reminders.loadReminder(id);
  if (seen?.status !== "scheduled") return "skipped";
  // One claim per attempt: of two overlapping runs only one sends this attempt; a retry is a new one.
  if (!(await deps.store.claimOnce(`reminder:${id}:${seen.attempts}`, CLAIM_SECONDS))) return "skipped";
  // Read again under the claim: another run may have finished this attempt before we claimed it.
  const reminder = await deps.reminders.loadReminder(id);
  if (reminder?.status !== "scheduled" || reminder.attempts !== seen.attempts) return "skipped";

  const outcome = await send({ to: reminder.to, from: reminder.from, body: checkIn.text(reminder) });
  const attempts = reminder.attempts + 1;
  let next: Reminder;
  let result: Result;
  if (outcome.kind === "sent") {
    // Kept (out of the due index) until it expires, so the patient's answer can be matched to it.
    next = { ...reminder, status: "sent", attempts, outcome: "sent" };
    result = "sent";
  } else if (outcome.kind === "retry" && attempts < MAX_ATTEMPTS) {
    const sendAt = new Date(now.getTime() + RETRY_BACKOFF_MS[attempts - 1]!).toISOString();
    next = { ...reminder, sendAt, attempts, outcome: outcome.code };
    result = "retried";
  } else {
    next = { ...reminder, status: "dropped", attempts, outcome: outcome.code };
    result = "dropped";
  }
  deps.log[result === "sent" ? "info" : "warn"](`reminder.${result}`, {
    reminder: id,
    attempt: attempts,
    outcome: next.outcome,
    ...(result === "retried" ? { retryAt: next.sendAt } : {}),
  });
  // Erased while it was being sent (STOP, DELETE): saving now would bring it back.
  if (!(await deps.reminders.loadReminder(id))) return result;
  const owners = [reminder.sessionId, await phoneOwnerOf(deps, reminder.channel, reminder.to, reminder.from)];
  await deps.reminders.saveReminder(next, owners);
  if (result === "sent") await checkIn.delivered(next);
  return result;
}
