// Who signs a letter and on what authority (45 CFR 164.502(g)): the requester's own block (name and
// contact, never the patient's), the authority they state, the proof they attach and their signature
// capacity. Only authority the Intake supports is claimed: a parent for a minor, an agent or guardian
// while the patient lives, the executor after death; anything else is a marked blank.
import type { Intake, IntakePath } from "../domain/intake.js";
import { minorStatus } from "../domain/minors.js";
import { ageOn } from "../domain/paths/score.js";
import { authorityOf as established, type Facts, isRepresentative } from "./established.js";
import { type Block, blank, optionalBlank, p, type Run, t, val } from "./letter.js";

export { isRepresentative };

/**
 * What the letter says about the requester's standing: the authority established.ts establishes
 * (the claims table checks the same function), or which blank stands in for it.
 */
type Standing =
  | "self"
  | "parent_of_minor"
  | "parent_age_unknown"
  | "parent_of_adult"
  | "guardian"
  | "agent"
  | "executor"
  | "ended_at_death"
  | "unknown";

function standingOf(f: Facts): Standing {
  const who = f.intake.requester;
  if (!who || who === "self") return "self";
  const authority = established(f);
  if (authority) return authority === "parent" ? "parent_of_minor" : authority;
  // Not established: say which fact is missing, never claim the authority.
  if (who === "executor") return "unknown";
  if (f.intake.patient?.isDeceased === true) return "ended_at_death";
  if (who === "parent") return minorStatus(f.intake, f.today) === "unknown" ? "parent_age_unknown" : "parent_of_adult";
  return "unknown";
}

/**
 * The Intake as the letters read it: a date of birth, checked against the letter's date, settles
 * whether the patient is a minor (only when it does; nothing is guessed).
 */
export function withMinorStatus(intake: Intake, today: string): Intake {
  const age = ageOn(intake.patient?.dateOfBirth, today);
  if (age === undefined) return intake;
  return { ...intake, patient: { ...intake.patient, isMinor: age < 18, age } };
}

const AUTHORITY_BLANK =
  "your legal authority for the patient (health care power of attorney in effect, or guardianship)";
const AFTER_DEATH_BLANK =
  "your authority after the patient's death (executor or administrator of the estate, or the person state law names)";

/** The requester's role phrase; a blank where the Intake does not show the authority. */
export function roleRuns(f: Facts): Run[] {
  switch (standingOf(f)) {
    case "parent_of_minor":
      return [t("parent of the patient, who is a minor")];
    case "parent_age_unknown":
      return [t("parent of the patient")];
    case "parent_of_adult":
      return [t("parent of the patient, acting under "), blank(AUTHORITY_BLANK, "requester")];
    case "guardian":
      return [t("court-appointed guardian of the patient")];
    case "agent":
      return [t("personal representative of the patient under a health care power of attorney")];
    case "executor":
      return [t("executor or administrator of the patient's estate")];
    case "ended_at_death":
      return [blank(AFTER_DEATH_BLANK, "requester")];
    default:
      return [blank("your relationship to the patient and your legal authority", "requester")];
  }
}

/** The proof documents a representative attaches (45 CFR 164.502(g)); none when the patient asks. */
export function proofDocuments(f: Facts): Run[][] {
  switch (standingOf(f)) {
    case "self":
      return [];
    case "parent_of_minor":
    case "parent_age_unknown":
      return [
        [t("Proof that I am the patient's parent or have custody (for example, a birth certificate or custody order)")],
      ];
    case "parent_of_adult":
      return [
        [blank("the health care power of attorney in effect, or the court order appointing you guardian", "requester")],
      ];
    case "guardian":
      return [[t("The court order appointing me as guardian")]];
    case "agent":
      return [[t("The health care power of attorney, and any proof of incapacity it requires before it takes effect")]];
    case "executor":
      return [[t("Letters testamentary or letters of administration")], [t("The patient's death certificate")]];
    case "ended_at_death":
      return [
        [blank("letters testamentary or of administration, or the document state law requires", "requester")],
        [t("The patient's death certificate")],
      ];
    default:
      return [[blank("document showing your legal authority for the patient", "requester")]];
  }
}

/**
 * The sentence stating the requester's authority, true to what the Intake shows: proof is said to be
 * attached only for an authority the Intake establishes (otherwise the proof list is a blank).
 */
function authorityParagraph(f: Facts): Block {
  const attached = t(" Copies of the documents showing my authority are attached.");
  switch (standingOf(f)) {
    case "parent_of_minor":
      return p(
        t(
          "I am the patient's parent. The patient is a minor, and I act for the patient as a personal representative under 45 CFR 164.502(g).",
        ),
        attached,
      );
    case "parent_age_unknown":
      return p(
        t("I am the patient's parent. The patient's age: "),
        blank("the patient's date of birth (a parent acts only for a patient under 18)", "patient.dateOfBirth"),
        t(". If the patient is 18 or older, I act under "),
        blank(AUTHORITY_BLANK, "requester"),
        t("."),
      );
    case "parent_of_adult":
      return p(
        t(
          `I am the patient's parent. The patient is ${minorStatus(f.intake, f.today) === "emancipated" ? "emancipated" : "an adult"}, so I make this request under `,
        ),
        blank(AUTHORITY_BLANK, "requester"),
        t(" (45 CFR 164.502(g)(2))."),
      );
    case "guardian":
      return p(
        t(
          "I am the patient's court-appointed guardian, and I act for the patient as a personal representative under 45 CFR 164.502(g).",
        ),
        attached,
      );
    case "agent":
      return p(
        t(
          "I am the patient's agent under a health care power of attorney that is in effect, and I act for the patient as a personal representative under 45 CFR 164.502(g).",
        ),
        attached,
      );
    case "executor":
      return p(
        t(
          "I am the executor or administrator of the estate of the patient, who has died, and I act for the patient as a personal representative under 45 CFR 164.502(g)(4).",
        ),
        attached,
      );
    case "ended_at_death":
      return p(t("The patient has died. I make this request as "), blank(AFTER_DEATH_BLANK, "requester"), t("."));
    default:
      return p(t("I make this request as "), ...roleRuns(f), t("."));
  }
}

/** The requester's own details: their name and where to reach them, never the patient's. */
export function representativeTable(f: Facts): Block {
  const r = f.intake.representative ?? {};
  const rows = [
    { label: "Name", value: [val(r.name, "your full name (the person asking)", "representative.name")] },
    { label: "Relationship to the patient", value: roleRuns(f) },
    { label: "Address", value: [r.address ? t(r.address) : optionalBlank("your mailing address")] },
  ];
  if (r.phone || !r.email)
    rows.push({ label: "Phone", value: [val(r.phone, "your phone number", "representative.phone")] });
  if (r.email) rows.push({ label: "Email", value: [t(r.email)] });
  return { type: "table", rows };
}

/** Who is asking and on what authority, with the requester's own block; empty when the patient asks. */
export function requesterBlocks(f: Facts): Block[] {
  if (!isRepresentative(f.intake)) return [];
  return [authorityParagraph(f), { type: "heading", text: "Person making this request" }, representativeTable(f)];
}

/** Signature capacity phrase, after "Signing as:". */
function capacityRuns(f: Facts, patient: Run): Run[] {
  switch (standingOf(f)) {
    case "parent_of_minor":
    case "parent_age_unknown":
      return [t("Parent of "), patient];
    case "parent_of_adult":
      return [blank("health care agent or guardian", "requester"), t(" of "), patient];
    case "guardian":
      return [t("Court-appointed guardian of "), patient];
    case "agent":
      return [t("Health care agent under a power of attorney for "), patient];
    case "executor":
      return [t("Executor or administrator of the estate of "), patient];
    case "ended_at_death":
      return [blank("your authority after the patient's death", "requester"), t(" for "), patient];
    default:
      return [blank("your relationship to the patient", "requester"), t(" of "), patient];
  }
}

/** The signature and date block; representatives sign in their own name with their capacity. */
export function signature(f: Facts): Block {
  const patient = val(f.intake.patient?.name, "patient's full legal name", "patient.name");
  if (!isRepresentative(f.intake)) return { type: "signature", name: [patient] };
  return {
    type: "signature",
    name: [val(f.intake.representative?.name, "your full name (the person signing)", "representative.name")],
    capacity: capacityRuns(f, patient),
  };
}

/** Where the copy and any questions go: the requester's own contact details, never a deceased patient's. */
export function deliveryContact(intake: Intake): {
  email?: string;
  address?: string;
  phone?: string;
  from: { email: IntakePath; address: IntakePath; phone: IntakePath };
} {
  if (isRepresentative(intake)) {
    const r = intake.representative ?? {};
    return {
      ...r,
      from: { email: "representative.email", address: "representative.address", phone: "representative.phone" },
    };
  }
  const pt = intake.patient ?? {};
  return {
    ...(pt.email ? { email: pt.email } : {}),
    ...(pt.address ? { address: pt.address } : {}),
    ...(pt.phone ? { phone: pt.phone } : {}),
    from: { email: "patient.email", address: "patient.address", phone: "patient.phone" },
  };
}

/** "…at <phone or email>": how the records office reaches whoever is asking. */
export function contactRuns(intake: Intake): Run {
  const c = deliveryContact(intake);
  return val(c.phone ?? c.email, "phone number or email", c.from.phone, c.from.email);
}

/**
 * Whether the letter must carry the requester's mailing address: the copy comes by mail, or the
 * office has no other way to reach them. A phone or an email is enough otherwise (issue 18: no blank
 * the letter does not need).
 */
export function needsAddress(intake: Intake): boolean {
  const c = deliveryContact(intake);
  return intake.delivery === "mail" || (!c.phone && !c.email);
}

/**
 * The patient's own contact rows in the patient table: from a patient, the address when the letter
 * needs it and a phone unless an email reaches them; optional for a representative's letter.
 */
export function patientContactRows(intake: Intake): Array<{ label: string; value: Run[] }> {
  const pt = intake.patient ?? {};
  if (!isRepresentative(intake))
    return [
      ...(pt.address || needsAddress(intake)
        ? [{ label: "Address", value: [val(pt.address, "mailing address", "patient.address")] }]
        : []),
      ...(pt.phone || !pt.email ? [{ label: "Phone", value: [val(pt.phone, "phone number", "patient.phone")] }] : []),
      ...(pt.email || intake.delivery === "email"
        ? [{ label: "Email", value: [val(pt.email, "email address", "patient.email")] }]
        : []),
    ];
  // A representative's copy goes to the representative; the patient's details only identify the record.
  return [
    ...(pt.address ? [{ label: "Patient's address", value: [t(pt.address)] }] : []),
    ...(pt.phone && !pt.isDeceased ? [{ label: "Patient's phone", value: [t(pt.phone)] }] : []),
  ];
}

/** Notes for a representative about their authority; never sent. */
export function representativeGuidance(f: Facts): string[] {
  switch (standingOf(f)) {
    case "parent_age_unknown":
      return [
        "A parent acts for a child only while the child is under 18 and not emancipated: add the date of birth, or tell us the age, before you send this.",
      ];
    case "parent_of_adult":
      return [
        "Your child is an adult, so being their parent does not let you ask for their records. Sign this only as their health care agent (a power of attorney that is in effect) or their guardian, and attach that document; otherwise ask your child to request the records themself, or to sign an authorization that names you.",
      ];
    case "ended_at_death":
      return [
        "A health care agent's or guardian's authority ends when the patient dies. Only the executor or administrator of the estate, or a person state law names (in some states a spouse or next of kin), can ask now; fill in that authority and attach the document that shows it.",
      ];
    default:
      return [];
  }
}
