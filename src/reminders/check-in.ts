// The check-in (issue 20): what the due-date text says, and, once Twilio accepted it, the same
// question put into the phone's conversation, so the patient's "YES", "PARTLY" or "NO" is read as the
// answer to it. The conversation may be gone by then (sessions live 72 hours, a request takes 30
// days): a new one is started for the phone from the reminder's snapshot of the request.
import { conversationAlias, patientDigest } from "../channels/messaging/phone.js";
import { normalizeForSms, segmentInfo } from "../channels/sms/gsm.js";
import { startPhoneSession } from "../channels/sms/turn.js";
import { checkInChoices } from "../conversation/guide/tracker.js";
import type { AppDeps } from "../deps.js";
import { CATALOGS, fill } from "../i18n/catalogs/index.js";
import { plainDate } from "../i18n/plain.js";
import type { ChatMessage, Session } from "../sessions/session.js";
import { VersionConflict } from "../sessions/store.js";
import type { CheckIn, Reminder } from "./reminder.js";

export function createCheckIn(deps: AppDeps): CheckIn {
  return {
    text,
    async delivered(reminder) {
      const id = await conversationOf(deps, reminder);
      try {
        await append(deps, id, reminder);
      } catch (error) {
        // The patient wrote at the same moment: read the session again and add the question once more.
        if (!(error instanceof VersionConflict)) throw error;
        await append(deps, id, reminder);
      }
    },
  };
}

/**
 * The text: the question, the date that passed, and how to stop, in the request's language. The
 * provider is named only as the patient named it (their own words), and the rest is GSM-7 so two
 * segments hold it.
 */
function text(reminder: Reminder): string {
  const { request } = reminder;
  const t = CATALOGS[request.language].guide.tracker;
  const name = request.intake.provider?.name;
  const due = plainDate(request.dueOn, request.language);
  const named = normalizeForSms(fill(t.checkIn, { provider: name ? fill(t.checkInFrom, { name }) : "", due }));
  // A name too long for two segments (or one that forces UCS-2 past them) is left out, not cut.
  return segmentInfo(named).segments <= 2 ? named : normalizeForSms(fill(t.checkIn, { provider: "", due }));
}

/** The phone's conversation, or a new one holding the tracked request when it has expired. */
async function conversationOf(deps: AppDeps, reminder: Reminder): Promise<string> {
  const digest = await patientDigest(deps.settings, reminder.channel, reminder.to, reminder.from);
  const alias = conversationAlias(reminder.channel, digest);
  const existing = await deps.store.loadAlias(alias);
  if (existing && (await deps.store.load(existing))) return existing;
  const clinicId = reminder.request.clinicId;
  const clinic = clinicId ? { id: clinicId, name: "" } : null;
  const id = await startPhoneSession(deps, reminder.channel, alias, clinic, deps.clock());
  const session = await deps.store.load(id);
  if (session) await deps.store.save({ ...session, intake: reminder.request.intake });
  return id;
}

/** Adds the check-in as the assistant's latest message, with its quick replies. */
async function append(deps: AppDeps, id: string, reminder: Reminder): Promise<void> {
  const session: Session | null = await deps.store.load(id);
  if (!session) return;
  const choices = checkInChoices(reminder.request.language);
  const message: ChatMessage = {
    id: crypto.randomUUID(),
    role: "assistant",
    parts: [
      { type: "text", text: text(reminder) },
      // As offerChoices leaves it in a turn: the guide (and an LLM) read the question's topic from the call.
      {
        type: "tool-offerChoices",
        toolCallId: `check-in-${reminder.id}`,
        state: "output-available",
        input: choices,
        output: { shown: choices.options.length },
      },
      { type: "data-choices", data: choices },
    ],
    metadata: { createdAt: deps.clock().toISOString(), language: reminder.request.language },
  };
  await deps.store.save({ ...session, messages: [...session.messages, message] });
}
