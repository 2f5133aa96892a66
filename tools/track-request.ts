// trackRequest (issue 20): once the patient says they sent the letter, works out when the answer is
// due under the governing rule, shows it on the send-it card (data-tracker), and, when the patient
// said yes to a text on that day, schedules the reminder. Dates come from the turn's Intake only.
import { tool } from "ai";
import { z } from "zod";
import { dueDate, responseDeadline } from "../src/domain/deadlines.js";
import { engineText } from "../src/domain/text/index.js";
import { ReminderRefused, scheduleReminder } from "../src/reminders/schedule.js";
import { isMessagingChannel, type TrackerCard } from "../src/sessions/session.js";
import type { ToolContext } from "./context.js";

/** What the model hears when the sent day is not recorded yet. */
const NOT_SENT =
  "Record priorRequest.sentOn (and sentVia) with `updateIntake` first: ask the patient which day they sent it.";

export function trackRequest(props: Pick<ToolContext, "turn" | "writer" | "language" | "tracking">) {
  const { turn, writer, tracking } = props;
  return tool({
    description:
      "After the patient says they sent their letter (priorRequest.sentOn recorded with `updateIntake`): " +
      "work out the due date under the governing rule and show it on the send-it card. " +
      "Set `textReminder` only after the patient said yes, in this conversation by text message, to a text on the due date.",
    inputSchema: z
      .object({
        textReminder: z
          .boolean()
          .optional()
          .describe("The patient opted in (by text message) to a text from us on the due date."),
      })
      .strict(),
    execute: async ({ textReminder }) => {
      const intake = turn.intake;
      const sentOn = intake.priorRequest?.sentOn;
      const due = dueDate(intake);
      if (!sentOn || !due) return { error: NOT_SENT };
      const rule = responseDeadline(intake, engineText(props.language));
      const canText = tracking?.deps.sendText != null;
      const card: TrackerCard = {
        sentOn,
        ...(intake.priorRequest?.sentVia ? { sentVia: intake.priorRequest.sentVia } : {}),
        dueOn: due.dueOn,
        extendedDueOn: due.extendedDueOn,
        governedBy: rule.governedBy,
        textReminders: canText,
      };
      if (!textReminder) writer.write({ type: "data-tracker", data: card });
      const out = {
        ...card,
        rule: rule.basis.text,
        // A state rule not verified against its own text (the engine's "check this") is carried as
        // it is, with its uncertainty, beside the date the verified rule gives.
        ...(rule.stateRule?.certainty === "uncertain" ? { stateNote: rule.stateRule.text } : {}),
        certain: rule.basis.certainty !== "uncertain" && rule.stateRule?.certainty !== "uncertain",
        // A text can be offered here: Twilio is set up and this turn came from the patient's phone.
        canOfferText: canText && tracking !== undefined && isMessagingChannel(tracking.channel) && !!tracking.phone,
      };
      if (!textReminder) return out;
      return { ...out, reminder: await schedule(props, turn.sessionId) };
    },
  });
}

/** Schedules the due-date text to the phone this turn came from: "scheduled", or why not. */
async function schedule(
  { turn, language, tracking }: Pick<ToolContext, "turn" | "language" | "tracking">,
  sessionId: string,
): Promise<string> {
  if (!tracking?.phone || !isMessagingChannel(tracking.channel)) return "no_phone";
  try {
    await scheduleReminder(tracking.deps, {
      sessionId,
      intake: turn.intake,
      language,
      ...(tracking.clinicId ? { clinicId: tracking.clinicId } : {}),
      channel: tracking.channel,
      to: tracking.phone.to,
      from: tracking.phone.from,
    });
    return "scheduled";
  } catch (error) {
    if (error instanceof ReminderRefused) return error.reason;
    throw error;
  }
}
