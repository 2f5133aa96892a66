// access_request: the HIPAA right-of-access request (45 CFR 164.524) to the provider's records office.
import type { Intake } from "../../domain/intake.js";
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
import { clinicGuidance, recordGuidance, SEND_TIPS } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, finishLetter, h, type Letter, p, t } from "../letter.js";
import {
  addressee,
  dateRange,
  isRepresentative,
  patientTable,
  proofDocuments,
  recordItems,
  requesterBlocks,
  signature,
} from "../parts.js";
import { privateRequestBlocks, privateRequestGuidance } from "../private-request.js";
import { contactRuns } from "../representative.js";
import {
  deadlineParagraph,
  denialParagraph,
  feeParagraph,
  formatAndDelivery,
  legalBasis,
  statuteGuidance,
} from "../terms.js";

/** Builds the access request from the Intake alone; missing facts become marked blanks. */
export function accessRequest(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const self = !isRepresentative(intake);
  const whose = self ? "my" : "the patient's";
  const proofs = proofDocuments(facts);
  const title = self ? "Request for my medical records" : "Request for the patient's medical records";
  const respondBy = respondByDate("access_request", intake, opts.today);
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake),
      datesRow(intake),
      formatRow(intake),
      sendCopyRow(intake),
      respondRow(respondBy),
    ]),
    p("Dear Release of Information team:"),
    legalBasis(intake, `I am asking for a copy of ${whose} health records under the right of access.`),
    ...requesterBlocks(facts),
    h("Patient"),
    patientTable(intake),
    h("Records requested"),
    { type: "list", items: recordItems(intake) },
    p(dateRange(intake)),
    h("Format, delivery, fees and timing"),
    ...formatAndDelivery(intake),
    ...privateRequestBlocks(intake),
    feeParagraph(intake),
    deadlineParagraph(intake),
    denialParagraph,
    p(t("Please contact me with any questions at "), contactRuns(intake), t(". Thank you for your help.")),
    p("Sincerely,"),
    signature(facts),
    ...enclosures(proofs),
  ];
  const guidance = [
    SEND_TIPS,
    ...clinicGuidance(opts.clinic),
    ...statuteGuidance(intake),
    ...recordGuidance(intake, opts.today),
    ...privateRequestGuidance(intake),
    ...(intake.delivery === "third_party"
      ? [
          "To have records sent straight to someone else, draft the third-party directive instead; this letter asks for the copy to come to you.",
        ]
      : []),
  ];
  return finishLetter("access_request", title, blocks, guidance, respondBy);
}
