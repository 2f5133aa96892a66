// follow_up after a fee demand: a challenge to the fee (45 CFR 164.524(c)(4)), never an overdue-request
// letter. For copies that were to go to someone else, whose fee state law sets (Ciox), it asks for the
// patient's own copy at the patient rate instead.
import { freeCopyRights, sentToOthers } from "../../domain/fees.js";
import type { Intake } from "../../domain/intake.js";
import { complaintGuidance } from "../escalation-terms.js";
import { authorityOf, sentOn } from "../established.js";
import { longDate } from "../facts.js";
import { datesRow, opening, patientRow, recordsRow, requesterRows, respondRow } from "../frame.js";
import { clinicGuidance } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, finishLetter, h, type Letter, p, t, val } from "../letter.js";
import {
  addressee,
  dateRange,
  earlierRequestRuns,
  isRepresentative,
  patientTable,
  recordItems,
  signature,
} from "../parts.js";

/** Builds the fee challenge; without a sent date the request's date is a blank. */
export function feeFollowUp(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const rep = isRepresentative(intake);
  const whose = rep ? "the patient's" : "my";
  const others = sentToOthers(intake);
  const free = freeCopyRights(intake).filter((s) => s.certainty === "certain");
  const title = "Follow-up: the fee for my request for medical records";
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
      { label: "What I ask", value: [t("A corrected, cost-based fee in writing")] },
      // The fee letter asks for a corrected fee, with no deadline of its own to count.
      respondRow(undefined),
    ]),
    p("Dear Release of Information team:"),
    p(
      ...earlierRequestRuns(intake, whose),
      t("I was asked to pay a fee for it that I believe is more than the law allows."),
    ),
    others
      ? p(
          `Please send the copy to me instead, as ${rep ? (authorityOf(facts) ? "the patient's personal representative" : "the person asking for the patient") : "the patient"}, for the reasonable, cost-based fee HIPAA allows for an individual's own copy: the labor of copying, supplies and postage only (45 CFR 164.524(c)(4)). I will forward it myself.`,
        )
      : p(
          `For ${whose} own copy, HIPAA allows only a reasonable, cost-based fee for the labor of copying, supplies and postage (45 CFR 164.524(c)(4)); it does not allow search or retrieval fees, and for electronic copies of records you keep electronically HHS guidance allows a flat fee of no more than $6.50 instead of calculating costs. Please send me an itemized statement showing how the fee was calculated, and correct it to a cost-based fee.`,
        ),
    ...free.map((s) => p(`${s.text} (${s.cite})`)),
    p(
      "Please tell me the corrected fee in writing, and do not withhold the records because of any unpaid bill for care.",
    ),
    h("Patient"),
    patientTable(intake),
    h("Records requested"),
    { type: "list", items: recordItems(intake) },
    p(dateRange(intake)),
    p(
      t("You can reach me at "),
      val(intake.patient?.phone ?? intake.patient?.email, "phone number or email", "patient.phone", "patient.email"),
      t("."),
    ),
    p("Sincerely,"),
    signature(facts),
  ];
  const guidance = [
    ...(others
      ? [
          "Since Ciox v. Azar (2020), HIPAA's patient fee limit does not cover copies sent straight to someone else; state law sets that fee. Getting your own copy and forwarding it is usually cheapest.",
        ]
      : []),
    ...complaintGuidance(intake, opts.today),
    "Send this to the records office and to the privacy officer (the notice of privacy practices names them). Keep copies of the fee quote and of everything you send.",
    ...clinicGuidance(opts.clinic),
  ];
  return finishLetter("follow_up", title, blocks, guidance);
}
