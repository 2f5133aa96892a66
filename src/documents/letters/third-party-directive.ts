// third_party_directive: the patient's written, signed direction to send an electronic copy of EHR
// records to a named person (45 CFR 164.524(c)(3)(ii), as limited by Ciox Health v. Azar).
import type { Intake } from "../../domain/intake.js";
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
import { clinicGuidance, part2Guidance, recordGuidance, SEND_TIPS } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, p, type Run, t, val } from "../letter.js";
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
import { contactRuns } from "../representative.js";
import { deadlineParagraph, denialParagraph } from "../terms.js";

/** Recipient rows: a name and at least one place to send; whichever is missing is a blank. */
function recipientRows(intake: Intake): Array<{ label: string; value: Run[] }> {
  const r = intake.recipient ?? {};
  const rows = [
    { label: "Send to (person or organization)", value: [val(r.name, "recipient's name", "recipient.name")] },
  ];
  if (r.email) rows.push({ label: "Email", value: [t(r.email)] });
  if (r.fax) rows.push({ label: "Fax", value: [t(r.fax)] });
  if (r.address) rows.push({ label: "Address", value: [t(r.address)] });
  if (!r.email && !r.fax && !r.address)
    rows.push({
      label: "Where to send",
      value: [blank("recipient's email, fax or address", "recipient.email", "recipient.fax", "recipient.address")],
    });
  return rows;
}

/** Builds the directive from the Intake alone; the recipient stands out in its own table. */
export function thirdPartyDirective(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const whose = isRepresentative(intake) ? "the patient's" : "my";
  const proofs = proofDocuments(facts);
  const title = "Direction to send medical records to another person";
  const respondBy = respondByDate("third_party_directive", intake, opts.today);
  const recipient = recipientRows(intake);
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake, ["substance_use"]),
      datesRow(intake),
      { label: "Format", value: [t("Electronic copy")] },
      {
        label: "Send the records to",
        value: recipient.flatMap((row, i) => (i === 0 ? row.value : [t("; "), ...row.value])),
      },
      respondRow(respondBy),
    ]),
    p("Dear Release of Information team:"),
    p(
      `Under the right of access in the HIPAA Privacy Rule, 45 CFR 164.524(c)(3)(ii), and 42 U.S.C. 17935(e), I direct you to send an electronic copy of ${whose} protected health information that you keep in an electronic health record, described below, directly to the recipient named below. This is a request for access, not an authorization under 45 CFR 164.508.`,
    ),
    ...requesterBlocks(facts),
    h("Send the records to"),
    { type: "table", rows: recipient },
    h("Patient"),
    patientTable(intake),
    h("Records to send"),
    { type: "list", items: recordItems(intake, ["substance_use"]) },
    p(dateRange(intake)),
    p(
      "Format: an electronic copy, in the electronic form and format the recipient can use if it is readily producible (PDF, or structured data such as a C-CDA file).",
    ),
    p("Fees: please tell me the approximate fee, if any, before you send the records."),
    // State deadlines in the data cover copies to the patient; a directive is held to HIPAA alone.
    deadlineParagraph(intake, false),
    denialParagraph,
    p(
      t("Please send me confirmation when the records have been sent. You can reach me at "),
      contactRuns(intake),
      t("."),
    ),
    p("Sincerely,"),
    signature(facts),
    ...enclosures(proofs),
  ];
  const guidance = [
    "Since Ciox Health v. Azar (D.D.C. 2020), a provider must follow a third-party directive only for electronic copies of records kept in an electronic health record, and the HIPAA patient-rate fee limit does not apply to it. For paper records, or to keep the cost down, ask for the copy yourself (the access request) and forward it to the recipient.",
    "The directive must be in writing and signed, and must name the recipient and where to send the copy: sign it before you send it.",
    "Some states require a form that names HIV-related information expressly before it goes to anyone else; if that applies, ask the records office.",
    ...part2Guidance(intake),
    SEND_TIPS,
    ...clinicGuidance(opts.clinic),
    ...recordGuidance(intake, opts.today),
  ];
  return finishLetter("third_party_directive", title, blocks, guidance, respondBy);
}
