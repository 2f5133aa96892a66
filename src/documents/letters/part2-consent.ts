// part2_consent: a written consent to disclose substance use disorder records under 42 CFR Part 2,
// carrying every element of 42 CFR 2.31(a) (patient, discloser, an explicit description of the SUD
// information, recipient, purpose, revocation, expiration, signature and date), the redisclosure rule
// of Part 2 rather than HIPAA's (2.32), who signs for a minor (2.14) or after death (2.15), and the
// statements a HIPAA authorization needs as well (164.508(c)), for a program that is also covered by HIPAA.
import type { Intake, PURPOSES } from "../../domain/intake.js";
import { minorStatus, sudRule } from "../../domain/minors.js";
import { PART2_CITE } from "../../domain/part2.js";
import { getStateRules } from "../../domain/states.js";
import { datesRow, enclosures, opening, patientRow, recordsRow, requesterRows, respondRow } from "../frame.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, p, type Run, t, val } from "../letter.js";
import { addressee, dateRange, patientTable, recordItems } from "../parts.js";
import { isRepresentative, proofDocuments, requesterBlocks, signature } from "../representative.js";

const PURPOSE_TEXT: Record<(typeof PURPOSES)[number], string> = {
  continuing_care: "Continuing medical care, at the request of the patient.",
  second_opinion: "A second medical opinion, at the request of the patient.",
  personal: "At the request of the patient.",
  legal: "A legal matter, at the request of the patient.",
  disability: "A disability benefits claim, at the request of the patient.",
  insurance: "An insurance claim, at the request of the patient.",
  school: "School requirements, at the request of the patient.",
  travel: "Travel, at the request of the patient.",
  other: "At the request of the patient.",
};

/** The explicit description of the SUD information 2.31(a)(3) asks for, then any other records asked for. */
function informationItems(intake: Intake): Run[][] {
  const sud: Run[][] = intake.records?.kinds?.includes("substance_use")
    ? [
        [
          t(
            "Records of the patient's substance use disorder treatment at the program named in item 2: diagnoses, treatment, medications, progress notes and summaries of that treatment",
          ),
        ],
      ]
    : [
        [
          blank(
            "which substance use disorder information may be disclosed (for example: dates of treatment, diagnosis, medications)",
          ),
        ],
      ];
  const others = (intake.records?.kinds ?? []).filter((k) => k !== "substance_use");
  return others.length > 0 ? [...sud, ...recordItems(intake, ["substance_use", "psychotherapy_notes"])] : sud;
}

/** Who signs for a minor: the minor alone where state law lets them consent to the treatment (42 CFR 2.14). */
function minorSigning(intake: Intake): Block[] {
  if (minorStatus(intake) !== "minor") return [];
  const state = intake.state;
  const rule = state ? sudRule(state, intake.patient?.age) : undefined;
  const name = state ? (getStateRules(state)?.name ?? state) : undefined;
  const parentLine = p(
    "Parent or guardian: sign below only if state law required a parent's or guardian's consent to this treatment; then both the patient and the parent or guardian sign (42 CFR 2.14).",
  );
  const parentSignature: Block = {
    type: "signature",
    name: [blank("parent's or guardian's full name, only if state law required their consent to the treatment")],
    // Whether a parent or a guardian signs is theirs to say: the Intake establishes neither.
    capacity: [
      blank("parent or guardian"),
      t(" of "),
      val(intake.patient?.name, "patient's full legal name", "patient.name"),
    ],
  };
  if (rule?.certainty === "certain" && name)
    return [
      p(
        `Only the patient signs: ${name} lets a minor consent to substance use disorder treatment alone (${rule.cite}), so only the minor may consent to this disclosure (42 CFR 2.14).`,
      ),
    ];
  return [parentLine, parentSignature];
}

/** Builds the Part 2 consent from the Intake alone; missing facts are marked blanks. */
export function part2Consent(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const rep = isRepresentative(intake);
  const whose = rep ? "the patient's" : "my";
  const program = val(
    opts.clinic?.name ?? intake.provider?.name,
    "substance use disorder program's name",
    "provider.name",
  );
  const programAddress = opts.clinic?.recordsOffice?.address ?? (opts.clinic ? undefined : intake.provider?.address);
  const rec = intake.recipient ?? {};
  const where = rec.address ?? rec.email ?? rec.fax;
  const proofs = proofDocuments(facts);
  const title = "Consent to release substance use disorder records";
  const blocks: Block[] = [
    ...opening(facts, addressee(intake, opts.clinic), title, [
      patientRow(intake),
      ...requesterRows(facts),
      recordsRow(intake, ["psychotherapy_notes"]),
      datesRow(intake),
      {
        label: "Release the records to",
        value: [
          val(rec.name, "name of the person or organization receiving the records", "recipient.name"),
          t(", "),
          val(where, "their address, email or fax", "recipient.address", "recipient.email", "recipient.fax"),
        ],
      },
      respondRow(undefined),
    ]),
    p(
      `I consent to the disclosure of ${intake.records?.kinds?.includes("substance_use") ? `${whose} substance use disorder records` : "the substance use disorder records"} described below, under the federal confidentiality rules for substance use disorder records, 42 CFR Part 2 (42 CFR 2.31). This consent also contains every element of a HIPAA authorization (45 CFR 164.508(c)).`,
    ),
    ...requesterBlocks(facts),
    h("1. Patient"),
    patientTable(intake),
    h("2. Who may disclose the records"),
    p(program, ...(programAddress ? [t(`, ${programAddress}`)] : [])),
    h("3. Information to be disclosed"),
    { type: "list", items: informationItems(intake) },
    p(dateRange(intake)),
    p(
      "Not included: substance use disorder counseling notes, which need their own separate consent (42 CFR 2.31(b)), and psychotherapy notes (45 CFR 164.508(a)(2)).",
    ),
    h("4. Who may receive the records"),
    p(
      val(rec.name, "name of the person or organization receiving the records", "recipient.name"),
      t(", "),
      val(where, "their address, email or fax", "recipient.address", "recipient.email", "recipient.fax"),
    ),
    h("5. Purpose of the disclosure"),
    p(intake.purpose ? PURPOSE_TEXT[intake.purpose] : "At the request of the patient."),
    h("6. Right to revoke"),
    p(
      t(
        "This consent may be revoked in writing at any time, except to the extent that the program has already acted in reliance on it. To revoke it, write to ",
      ),
      program,
      t(" at "),
      val(programAddress, "the program's address", "provider.address"),
      t("."),
    ),
    h("7. Expiration"),
    p(
      t("This consent expires on "),
      blank("expiration date, event or condition (for example, one year after signing)"),
      t("."),
    ),
    h("8. Protection of the records after disclosure"),
    p(
      "Records disclosed under this consent stay protected by 42 CFR Part 2. With each disclosure the program must send the notice required by 42 CFR 2.32(a), and a copy of this consent or a clear explanation of its scope (42 CFR 2.32(b)). That notice tells the recipient that the records, or testimony describing them, may not be used or disclosed in any civil, criminal, administrative or legislative proceeding against the patient without the patient's consent or a court order, and that any other use or disclosure is allowed only as 42 CFR Part 2 permits; a general authorization for the release of medical information is not enough for that.",
    ),
    p(
      "If the recipient is a HIPAA covered entity or business associate, the records may be redisclosed as the HIPAA Privacy Rule permits, but never for a proceeding against the patient without the patient's consent or a court order.",
    ),
    h("9. If I do not sign"),
    p(
      "Signing is voluntary. If this consent is not signed, the records will not be sent to the recipient under it. The program may not condition treatment, payment, enrollment in a health plan or eligibility for benefits on whether this consent is signed (45 CFR 164.508(b)(4)). I am entitled to a copy of this signed consent.",
    ),
    h("10. Signature"),
    signature(facts),
    ...minorSigning(intake),
  ];
  if (intake.patient?.isDeceased)
    blocks.push(
      p(
        `The patient has died: this consent is signed by the person state law appoints to act for the patient's estate or, if there is none, by the spouse or a responsible family member (${PART2_CITE.deceased}).`,
      ),
    );
  blocks.push(...enclosures(proofs));
  const guidance = [
    "A HIPAA authorization or a direction to send records is not enough on its own for substance use disorder records from a federally assisted program: this consent carries every element of 42 CFR 2.31. If the program insists on its own Part 2 form, use theirs.",
    "The simplest way is usually to ask for your own copy (the access request) and send it on yourself: you need no special consent for your own records (42 CFR 2.23).",
    "Every numbered item must be filled in before you sign: a consent with a blank required element, or whose expiration has passed, is not valid.",
    ...(rep ? [] : ["Sign and date it yourself; keep a copy."]),
  ];
  return finishLetter("part2_consent", title, blocks, guidance);
}
