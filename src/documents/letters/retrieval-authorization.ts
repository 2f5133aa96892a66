// retrieval_authorization: a HIPAA authorization (45 CFR 164.508) letting a named service collect
// records, carrying every core element of 164.508(c)(1) and every statement of 164.508(c)(2).
import type { Intake, PURPOSES } from "../../domain/intake.js";
import { authorityOf } from "../established.js";
import { datesRow, enclosures, opening, patientRow, recordsRow, requesterRows, respondRow } from "../frame.js";
import { part2Guidance, recordGuidance } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, p, type Run, t, val } from "../letter.js";
import {
  addressee,
  dateRange,
  isRepresentative,
  patientTable,
  proofDocuments,
  recordItems,
  roleRuns,
  signature,
} from "../parts.js";

const PURPOSE_TEXT: Record<(typeof PURPOSES)[number], string> = {
  continuing_care: "continuing medical care",
  second_opinion: "a second medical opinion",
  personal: "the patient's personal records",
  legal: "a legal matter",
  disability: "a disability benefits claim",
  insurance: "an insurance claim",
  school: "school requirements",
  travel: "travel",
  other: "",
};

/** Builds the authorization; psychotherapy notes are left out because they need their own form. */
export function retrievalAuthorization(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const prov = opts.clinic?.name ?? intake.provider?.name;
  const rec = intake.recipient ?? {};
  const discloser = val(prov, "provider or facility name", "provider.name");
  const purpose = intake.purpose && PURPOSE_TEXT[intake.purpose];
  const recipientRuns: Run[] = [val(rec.name, "name of the service or person receiving the records", "recipient.name")];
  const where = rec.email ?? rec.fax ?? rec.address;
  recipientRuns.push(
    t(", "),
    val(where, "their address, fax or email", "recipient.address", "recipient.fax", "recipient.email"),
  );
  const revokeTo = opts.clinic?.recordsOffice?.address ?? intake.provider?.address;
  const title = "Authorization to release medical records";
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake, ["psychotherapy_notes", "substance_use"]),
      datesRow(intake),
      { label: "Release the records to", value: recipientRuns },
      respondRow(undefined),
    ]),
    p(
      `I authorize the disclosure of ${isRepresentative(intake) ? "the patient's" : "my"} health information described below, under 45 CFR 164.508.`,
    ),
    h("Patient"),
    patientTable(intake),
    h("1. Information to be disclosed"),
    { type: "list", items: recordItems(intake, ["psychotherapy_notes", "substance_use"]) },
    p(dateRange(intake)),
    h("2. Who may disclose it"),
    p(discloser, ...(intake.provider?.address && !opts.clinic ? [t(`, ${intake.provider.address}`)] : [])),
    h("3. Who may receive it"),
    p(...recipientRuns),
    h("4. Purpose"),
    p(
      purpose
        ? `${purpose[0]!.toUpperCase()}${purpose.slice(1)}, at the request of the individual.`
        : "At the request of the individual.",
    ),
    h("5. Expiration"),
    p(
      t("This authorization expires on "),
      blank("expiration date or event (for example, one year after signing)"),
      t("."),
    ),
    h("6. Your rights"),
    p(
      t("Right to revoke: this authorization may be revoked at any time by writing to "),
      discloser,
      t(" at "),
      val(revokeTo, "provider's records office address", "provider.address"),
      t(
        ". A revocation does not undo any disclosure already made in reliance on this authorization (45 CFR 164.508(b)(5)).",
      ),
    ),
    p(
      "No conditions: the provider may not condition treatment, payment, enrollment in a health plan or eligibility for benefits on whether this authorization is signed.",
    ),
    p(
      "Redisclosure: information disclosed under this authorization may be redisclosed by the recipient and may then no longer be protected by the federal HIPAA Privacy Rule.",
    ),
    p("I am entitled to a copy of this signed authorization."),
    h("7. Signature"),
    signature(facts),
  ];
  if (isRepresentative(intake)) {
    // Authority is claimed only when the Intake establishes it; otherwise the signer fills it in.
    blocks.push(
      authorityOf(facts)
        ? p(
            t("Personal representative's authority: I sign as the "),
            ...roleRuns(facts),
            t(" (45 CFR 164.502(g)). Documents showing this authority are attached."),
          )
        : p(t("Authority to sign for the patient: "), ...roleRuns(facts), t(".")),
      ...enclosures(proofDocuments(facts)),
    );
  }
  const guidance = [
    "Under an authorization the provider is permitted, not required, to send the records, and state fee schedules apply instead of the HIPAA patient rate. Asking for the records yourself (the access request) is usually faster and cheaper.",
    "Every numbered item must be filled in: an authorization with a blank required element, or whose expiration has passed, is not valid.",
    ...part2Guidance(intake),
    ...(intake.records?.kinds?.includes("psychotherapy_notes")
      ? [
          "Psychotherapy notes were left out: they need a separate authorization that covers nothing else (45 CFR 164.508(a)(2)).",
        ]
      : []),
    "In some states an authorization covering HIV test results must name HIV-related information expressly; if that applies, ask the records office.",
    ...recordGuidance(intake, opts.today),
  ];
  return finishLetter("retrieval_authorization", title, blocks, guidance);
}
