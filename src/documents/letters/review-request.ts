// review_request: asks for review of a denial made on a reviewable ground (45 CFR 164.524(a)(3)) by a
// licensed health care professional who did not take part in the denial (164.524(a)(4)), with written
// notice of the decision and action on it (164.524(d)(4)).
import type { Intake } from "../../domain/intake.js";
import { complaintGuidance } from "../escalation-terms.js";
import { answeredOn, wasDenied } from "../established.js";
import { longDate } from "../facts.js";
import {
  datesRow,
  enclosures,
  opening,
  patientRow,
  recordsRow,
  requesterRows,
  respondByDate,
  respondRow,
} from "../frame.js";
import { clinicGuidance } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, p, type Run, t } from "../letter.js";
import {
  addressee,
  dateRange,
  earlierRequestRuns,
  isRepresentative,
  patientTable,
  proofDocuments,
  recordItems,
  requesterBlocks,
  signature,
} from "../parts.js";
import { contactRuns } from "../representative.js";

/** The denial, only as far as the Intake records it; its stated reason is always the patient's to copy in. */
function denialRuns(intake: Intake): Run[] {
  // A blank names the outcome only while the Intake has none (one it has, other than a denial, is not this letter's).
  if (!wasDenied(intake))
    return intake.priorRequest?.outcome
      ? [blank("what you were told about your request (a denial, and its date)")]
      : [blank("what you were told about your request (a denial, and its date)", "priorRequest.outcome")];
  const on = answeredOn(intake);
  return [
    t(on ? `You denied my request on ${longDate(on)}. ` : "You denied my request. "),
    ...(on ? [] : [t("The date of the denial: "), blank("date of the denial", "priorRequest.answeredOn"), t(". ")]),
    t("The reason it gave was: "),
    blank("the reason the denial gave, in its own words"),
    t("."),
  ];
}

/** Builds the review request; the denial's stated reason is always the patient's to copy in. */
export function reviewRequest(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const whose = isRepresentative(intake) ? "the patient's" : "my";
  const proofs = proofDocuments(facts);
  const title = "Request for review of a denial of access to medical records";
  const respondBy = respondByDate("review_request", intake, opts.today);
  const on = answeredOn(intake);
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic, "Privacy Officer / Health Information Management"), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake),
      datesRow(intake),
      ...(wasDenied(intake) && on ? [{ label: "Denied on", value: [t(longDate(on))] }] : []),
      {
        label: "What I ask",
        // "The denial" only when the Intake says there was one (claims.ts).
        value: [
          t(
            wasDenied(intake)
              ? "Review of the denial by a licensed health care professional who did not take part in it"
              : "Review of any denial by a licensed health care professional who did not take part in it",
          ),
        ],
      },
      respondRow(respondBy),
    ]),
    p("Dear Privacy Officer:"),
    p(...earlierRequestRuns(intake, whose), ...denialRuns(intake)),
    ...requesterBlocks(facts),
    p(
      "A denial on the ground that access is reasonably likely to endanger the life or physical safety of the patient or another person, to cause substantial harm to another person the records refer to, or, for a request made by the patient's representative, to cause substantial harm, is one the individual may have reviewed (45 CFR 164.524(a)(3)).",
    ),
    p(
      wasDenied(intake)
        ? "I ask for a review of the denial by a licensed health care professional you designate as a reviewing official, who did not take part in the original decision to deny, as 45 CFR 164.524(a)(4) provides. Please give me written notice of the reviewing official's decision and then provide access as that decision requires (45 CFR 164.524(d)(4))."
        : "If any part of the request was denied on such a ground, I ask that a licensed health care professional you designate as a reviewing official, who did not take part in that decision, review it, as 45 CFR 164.524(a)(4) provides, and that you give me written notice of the outcome and act on it (45 CFR 164.524(d)(4)).",
    ),
    p(
      "HHS guidance states that general concern that a person may be upset by the information, or may not understand it, is not a reason to deny access. Please also provide now the records the denial does not cover (45 CFR 164.524(d)(1)).",
    ),
    h("Patient"),
    patientTable(intake),
    h("Records requested"),
    { type: "list", items: recordItems(intake) },
    p(dateRange(intake)),
    p(t("You can reach me at "), contactRuns(intake), t(".")),
    p("Sincerely,"),
    signature(facts),
    ...enclosures(proofs),
  ];
  const guidance = [
    "Copy the reason from the denial letter word for word. Only denials for likely harm can be reviewed; psychotherapy notes, material prepared for a lawsuit and a few other grounds cannot (45 CFR 164.524(a)(2)).",
    "Send this to the privacy officer named in the denial letter or in the notice of privacy practices, and keep a copy.",
    ...complaintGuidance(intake, opts.today),
    ...clinicGuidance(opts.clinic),
  ];
  return finishLetter("review_request", title, blocks, guidance, respondBy);
}
