// The request tracker in the guide (issue 20): "I sent it" after a letter (the missing day or way
// asked once, never guessed), the due date and what happens then, the text reminder's opt-in on
// SMS, and the answer to the check-in "Did you get your records?".
import { TOOL } from "../../../tools/names.js";
import { dueDate, hipaaDueDate, ocrComplaintDeadline } from "../../domain/deadlines.js";
import type { Intake } from "../../domain/intake.js";
import { ocrWindow } from "../../domain/ocr-window.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import { plainDate } from "../../i18n/plain.js";
import { type Channel, type Choices, isMessagingChannel } from "../../sessions/session.js";
import type { GuideStep } from "./decide.js";
import type { Extraction } from "./extract.js";
import type { PromptView } from "./read-prompt.js";
import { afterLetter } from "./replies.js";
import type { ToolOutput } from "./tool-results.js";

export interface TrackerTurn {
  view: PromptView;
  ex: Extraction;
  lang: Lang;
  intake: Intake;
  lastTopic: string | undefined;
}

const words = (lang: Lang) => CATALOGS[lang].guide.tracker;
const options = (topic: string, list: ReadonlyArray<readonly [string, string]>): Choices => ({
  topic,
  options: list.map(([label, value]) => ({ label, value })),
});
const YES_WORD = /^\s*(?:y(?:es|ea|eah|ep)?|s[ií]|ok(?:ay)?|sure|claro)\b/i;

/** The check-in's question and its quick replies (check-in.ts puts it into the phone's conversation). */
export function checkInChoices(lang: Lang): Choices {
  return options("tracker.received", words(lang).receivedOptions);
}

/**
 * The tracker's step for this message, or undefined when it is not about the tracked request: the
 * opt-in's answer, "I sent it" (asking the missing day, then the way, once), or the check-in's "yes".
 */
export function trackerStep(turn: TrackerTurn, open: string): GuideStep | undefined {
  const { view, ex, lang, intake, lastTopic } = turn;
  const t = words(lang);
  const messaging = isMessagingChannel(view.context.channel);
  const due = intake.priorRequest?.sentOn ? lastDue(view) : undefined;
  if (lastTopic === "tracker.remind") {
    if (ex.intents.has("yes") || YES_WORD.test(view.userText))
      return { text: open || undefined, toolCalls: [{ toolName: TOOL.trackRequest, input: { textReminder: true } }] };
    if (ex.intents.has("no") && due)
      return reply(join(open, fill(t.textNotSet, { due: plainDate(due, lang) })), lang, messaging);
  }
  if (lastTopic === "tracker.received" && ex.patch.priorRequest?.outcome === "received")
    return { text: join(open, t.received), toolCalls: [] };
  if (lastTopic === "tracker.sent" && ex.intents.has("unsure") && !intake.priorRequest?.sentOn)
    return reply(join(open, t.noDay), lang, messaging);
  const sentNow =
    ex.patch.priorRequest?.outcome === "pending" || (lastTopic === "tracker.sent" && ex.patch.priorRequest);
  if (!sentNow) return undefined;
  const prior = intake.priorRequest ?? {};
  const askedBefore = (view.asked.get("tracker.sent") ?? 0) > 0;
  if (!askedBefore && !prior.sentOn) return ask(join(open, t.askDay), options("tracker.sent", t.dayOptions));
  if (!askedBefore && !prior.sentVia) return ask(join(open, t.askWay), options("tracker.sent", t.wayOptions));
  if (!prior.sentOn) return reply(join(open, t.noDay), lang, messaging);
  // The reply after the dates says what was recorded itself: no "Got it" or story note before it.
  return { toolCalls: [{ toolName: TOOL.trackRequest, input: {} }] };
}

/** The reply once trackRequest answered: the due date, what happens then, and the reminder's offer. */
export function afterTracking(out: ToolOutput<"trackRequest">, lang: Lang, channel: Channel, open: string): GuideStep {
  const t = words(lang);
  if ("error" in out) return reply(join(open, t.noDay), lang, isMessagingChannel(channel));
  const due = plainDate(out.dueOn, lang);
  if ("reminder" in out)
    return { text: join(open, fill(out.reminder === "scheduled" ? t.textSet : t.textFailed, { due })), toolCalls: [] };
  const parts = [
    fill(t.sent, { sent: plainDate(out.sentOn, lang) }),
    fill(t.due, { due, rule: out.rule }),
    out.extendedDueOn !== out.dueOn ? fill(t.extension, { latest: plainDate(out.extendedDueOn, lang) }) : "",
    // The engine's own words for an unverified state rule carry their caution; otherwise say it once.
    "stateNote" in out && out.stateNote ? out.stateNote : out.certain ? "" : t.maybe,
    t.whatNext,
  ];
  const told = join(open, parts.filter(Boolean).join(" "));
  if (!isMessagingChannel(channel)) return reply(join(told, t.webButtons), lang);
  if (out.canOfferText) return ask(join(told, fill(t.offerText, { due })), options("tracker.remind", t.textOptions));
  return reply(told, lang, isMessagingChannel(channel));
}

/**
 * The check-in answered "partly" or "no": the follow-up letter's lead, with the OCR option's own
 * date. The check-in is sent on the due date, when the office still has the rest of that day: the
 * letter is then offered as ready for tomorrow, never as citing a deadline already missed.
 */
export function notReceivedLead(intake: Intake, today: string, lang: Lang): string {
  const t = words(lang);
  const sent = intake.priorRequest?.sentOn;
  const due = dueDate(intake)?.dueOn;
  const lead = !sent
    ? ""
    : due && today <= due
      ? fill(t.notReceivedYet, { sent: plainDate(sent, lang), due: plainDate(due, lang) })
      : fill(t.notReceived, { sent: plainDate(sent, lang) });
  const ocr = ocrWindow(intake, today);
  if (ocr) return join(lead, ocr.passed ? "" : fill(t.ocr, { fileBy: plainDate(ocr.fileBy, lang) }));
  // Not open yet (HIPAA's own deadline has not passed): say when it opens and closes.
  const hipaaDue = hipaaDueDate(intake);
  if (!hipaaDue || intake.priorRequest?.outcome !== "no_response") return lead;
  const after = { after: plainDate(hipaaDue, lang), fileBy: plainDate(ocrComplaintDeadline(hipaaDue), lang) };
  return join(lead, fill(t.ocrLater, after));
}

/** The check-in was answered "partly" or "no" in this conversation: its letter is the follow-up. */
export function followingUp(turn: TrackerTurn): boolean {
  const outcome = turn.intake.priorRequest?.outcome;
  return (outcome === "partial" || outcome === "no_response") && (turn.view.asked.get("tracker.received") ?? 0) > 0;
}

/** The due date the last trackRequest gave, read from the text reminder's offer (its input is the Intake). */
function lastDue(view: PromptView): string | undefined {
  return view.lastTracker?.dueOn;
}

function ask(text: string, choices: Choices): GuideStep {
  return { text, toolCalls: [{ toolName: TOOL.offerChoices, input: choices }] };
}

function reply(text: string, lang: Lang, messaging = false): GuideStep {
  return ask(text, afterLetter(lang, messaging));
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join("\n\n");
}
