// follow_up: a firm reminder to the records office, citing the original request date and the
// deadline it missed (45 CFR 164.524(b)(2)), copied to the privacy officer.
import type { Intake } from "../../domain/intake.js";
import { complaintGuidance, nextStepParagraph } from "../escalation-terms.js";
import { askedBefore, heardNothing, isOverdue, sentOn } from "../established.js";
import { daysPhrase, dueDate, isCertain, longDate, responseDeadline } from "../facts.js";
import {
  datesRow,
  enclosures,
  formatRow,
  opening,
  patientRow,
  recordsRow,
  requesterRows,
  respondByDate,
  respondRow,
  sendCopyRow,
} from "../frame.js";
import { clinicGuidance } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, optionalBlank, p, type Run, t, val } from "../letter.js";
import {
  addressee,
  dateRange,
  earlierRequestRuns,
  isRepresentative,
  patientTable,
  recordItems,
  signature,
} from "../parts.js";
import { contactRuns } from "../representative.js";
import { denialParagraph, feeParagraph } from "../terms.js";
import { feeFollowUp } from "./fee-follow-up.js";

/** What the patient has (not) received, from priorRequest.outcome; never more than the Intake says. */
function statusRuns(intake: Intake): Run[] {
  switch (intake.priorRequest?.outcome) {
    case "partial":
      return [t("I have received only part of the records I asked for.")];
    case "denied":
      // Whether the denial came in writing is not in the Intake: the rule is stated, not its breach.
      return [
        t(
          "You denied the request. 45 CFR 164.524(d)(2) requires a denial to be in writing, in plain language, and to state its basis, any right to have it reviewed, and how to complain.",
        ),
      ];
    case "fee_dispute":
      return [
        t(
          "Instead of the records, I received a demand for a fee that I believe is more than the reasonable, cost-based fee 45 CFR 164.524(c)(4) allows.",
        ),
      ];
    case "received":
      return [blank("what is still missing from what you received")];
    case "pending":
      return [t("I have not received the records yet.")];
    case "no_response":
      return heardNothing(intake)
        ? [t("I have not received the records, nor any written notice extending the time.")]
        : [t("I have not received the records.")];
    default:
      return [blank("what you have received so far, if anything", "priorRequest.outcome")];
  }
}

/** Builds the follow-up; without a sent date the original date and deadline are blanks. */
export function followUp(intake: Intake, opts: LetterOptions): Letter {
  // A fee demand is an answer, not a missed deadline: it gets a fee challenge, never an overdue letter.
  if (intake.priorRequest?.outcome === "fee_dispute") return feeFollowUp(intake, opts);
  const facts = { intake, today: opts.today };
  const due = dueDate(intake);
  const whose = isRepresentative(intake) ? "the patient's" : "my";
  const overdue = isOverdue(facts);
  const rule = responseDeadline(intake);
  const period = daysPhrase(rule.days, rule.kind);
  const stateCite =
    rule.governedBy === "state" && isCertain(rule.stateRule) ? rule.stateRule.cite?.split(";")[0]?.trim() : undefined;
  const basis = stateCite ? `${stateCite} and 45 CFR 164.524(b)(2)` : "45 CFR 164.524(b)(2)";
  const title = overdue ? "Follow-up: overdue request for medical records" : "Follow-up: request for medical records";
  const respondBy = respondByDate("follow_up", intake, opts.today);
  const sent = sentOn(intake);
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic, undefined, "Privacy Officer"), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake),
      datesRow(intake),
      {
        label: "First request",
        value: [val(sent && longDate(sent), "date you sent your request", "priorRequest.sentOn")],
      },
      ...(overdue && due ? [{ label: "It was due", value: [t(longDate(due.dueOn))] }] : []),
      formatRow(intake),
      sendCopyRow(intake),
      respondRow(respondBy),
    ]),
    p("Dear Release of Information team:"),
    p(...earlierRequestRuns(intake, whose)),
    p(
      t(`${basis} required you to act on it within ${period} of receiving it, that is by about `),
      val(due && longDate(due.dueOn), `the date ${period} after you sent it`, "priorRequest.sentOn"),
      t(", or to tell me in writing within that time why you needed more time and by when you would act. "),
      ...statusRuns(intake),
    ),
    nextStepParagraph(intake, opts.today),
    feeParagraph(intake),
    denialParagraph,
    h("Patient"),
    patientTable(intake),
    h("Records requested"),
    { type: "list", items: recordItems(intake) },
    p(dateRange(intake)),
    p(t("You can reach me at "), contactRuns(intake), t(".")),
    p("Sincerely,"),
    signature(facts),
    // Whether a copy was kept is not in the Intake: the patient adds it if they have one.
    ...enclosures([[optionalBlank("a copy of your first request, if you kept one")]]),
  ];
  const guidance = [
    ...(askedBefore(intake)
      ? []
      : [
          "This letter follows up an earlier request. If you have not asked the records office yet, send the access request first: the deadline starts when they receive it.",
        ]),
    ...(!overdue && due && due.dueOn >= opts.today
      ? [
          `The ${period} deadline (counted from when you sent it) is ${longDate(due.dueOn)} and has not passed yet. You may prefer to wait until then, or send this as a polite reminder.`,
        ]
      : []),
    ...(due && due.extendedDueOn !== due.dueOn
      ? [
          `If the office sent you a written extension notice in time, its deadline can be as late as ${longDate(due.extendedDueOn)}; adjust the letter if you received one.`,
        ]
      : []),
    "The deadline really runs from when the office received your request, so a mailed request gets a few extra days.",
    ...complaintGuidance(intake, opts.today),
    "Send this to the records office and to the privacy officer (the notice of privacy practices names them). Keep copies of everything.",
    ...clinicGuidance(opts.clinic),
  ];
  return finishLetter("follow_up", title, blocks, guidance, respondBy);
}
