// Building blocks shared by the letter kinds: addressee, patient identification, the requester's
// authority, records and date range, format and delivery, and the signature block.
import type { Intake, RecordKind } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { type Authority, authorityOf, type Facts, isRepresentative } from "./established.js";
import { longDate } from "./facts.js";
import { type Block, blank, p, type Run, t, val } from "./letter.js";

const HIM = "Health Information Management / Release of Information";

export { isRepresentative };

/**
 * The dated addressee block: the clinic's records office when the records are the clinic's (the
 * builder passes a clinic only then, through clinicHolding), else the provider the patient named.
 */
export function addressee(
  intake: Intake,
  today: string,
  clinic: ClinicFacts | null | undefined,
  office = HIM,
): Block[] {
  const ro = clinic?.recordsOffice;
  const prov = intake.provider ?? {};
  const name = clinic?.name ?? prov.name;
  const address = ro?.address ?? (clinic ? undefined : prov.address);
  const fax = ro?.fax ?? (clinic ? undefined : prov.fax);
  const email = ro?.email ?? (clinic ? undefined : prov.email);
  const lines: Run[][] = [
    [t(`Date: ${longDate(today)}`)],
    [t("To: "), val(name, "provider or facility name", "provider.name")],
  ];
  // The office's own name when the clinic publishes one (never both: "HIM (HIM / Release of Information)").
  lines.push([t(ro?.name ?? office)]);
  if (address) lines.push([t(address)]);
  else if (!fax && !email)
    lines.push([blank("records office address, fax or email", "provider.address", "provider.fax", "provider.email")]);
  if (fax) lines.push([t(`Fax: ${fax}`)]);
  if (email) lines.push([t(`Email: ${email}`)]);
  return lines.map((runs) => ({ type: "paragraph", runs }));
}

/** Patient identification as a table (name, other names, date of birth, contact). */
export function patientTable(intake: Intake, extra: Array<{ label: string; value: Run[] }> = []): Block {
  const pt = intake.patient ?? {};
  const rows = [
    { label: "Patient's full legal name", value: [val(pt.name, "patient's full legal name", "patient.name")] },
    ...(pt.otherNames?.length ? [{ label: "Other names used", value: [t(pt.otherNames.join("; "))] }] : []),
    {
      label: "Date of birth",
      value: [val(pt.dateOfBirth && longDate(pt.dateOfBirth), "date of birth", "patient.dateOfBirth")],
    },
    { label: "Address", value: [val(pt.address, "mailing address", "patient.address")] },
    { label: "Phone", value: [val(pt.phone, "phone number", "patient.phone")] },
    ...(pt.email || intake.delivery === "email"
      ? [{ label: "Email", value: [val(pt.email, "email address", "patient.email")] }]
      : []),
    ...extra,
  ];
  return { type: "table", rows };
}

/** What each established authority is called, how its holder signs, and the proof they attach. */
const ROLES: Record<Authority, { role: string; short: string; proof: string[] }> = {
  parent: {
    role: "parent of the patient, who is a minor",
    short: "Parent",
    proof: ["Proof that I am the patient's parent or have custody (for example, a birth certificate or custody order)"],
  },
  guardian: {
    role: "court-appointed guardian of the patient",
    short: "Court-appointed guardian",
    proof: ["The court order appointing me as guardian"],
  },
  agent: {
    role: "personal representative of the patient under a health care power of attorney",
    short: "Health care agent under a power of attorney",
    proof: ["The health care power of attorney, and any proof of incapacity it requires before it takes effect"],
  },
  executor: {
    role: "executor or administrator of the patient's estate",
    short: "Executor or administrator of the estate",
    proof: ["Letters testamentary or letters of administration", "The patient's death certificate"],
  },
};

/**
 * The blank a representative fills in when the Intake does not establish their authority: a parent
 * of a patient whose age is unknown or who is an adult, anyone acting after the patient's death
 * other than an executor, an "executor" of a living patient, or a relative with no authority.
 */
function authorityBlank(f: Facts): Run {
  const { requester, patient } = f.intake;
  if (patient?.isDeceased === true)
    return blank("your legal authority after the patient's death (for example, executor or administrator)");
  if (requester === "parent" && !patient?.dateOfBirth && patient?.isMinor === undefined)
    return blank(
      "your legal authority: the patient's date of birth if under 18, or your health care power of attorney or guardianship",
      "patient.dateOfBirth",
    );
  if (requester === "parent")
    return blank("your legal authority for an adult patient (health care power of attorney or guardianship)");
  return blank("your legal authority to act for the patient (for example, guardian or health care agent)");
}

/** The requester's role phrase when the Intake establishes their authority, else the blank for it. */
export function roleRuns(f: Facts): Run[] {
  const a = authorityOf(f);
  return [a ? t(ROLES[a].role) : authorityBlank(f)];
}

/** The proof documents a representative attaches (45 CFR 164.502(g)); a blank when authority is not established. */
export function proofDocuments(f: Facts): Run[][] {
  if (!isRepresentative(f.intake)) return [];
  const a = authorityOf(f);
  return a ? ROLES[a].proof.map((d) => [t(d)]) : [[blank("a copy of the document showing your legal authority")]];
}

/**
 * The paragraph saying who is asking and on what authority (empty when the patient asks). Authority
 * is claimed only when the Intake establishes it; otherwise it is a marked blank, and a parent says
 * only that they are the parent.
 */
export function requesterBlocks(f: Facts): Block[] {
  if (!isRepresentative(f.intake)) return [];
  const a = authorityOf(f);
  if (a)
    return [
      p(
        t(`I am making this request as the ${ROLES[a].role}, and I act for the patient as a personal representative `),
        t("under 45 CFR 164.502(g). Copies of the documents showing my authority are attached."),
      ),
    ];
  const who =
    f.intake.requester === "parent"
      ? "I am the patient's parent and make this request for the patient."
      : "I am making this request for the patient.";
  return [p(t(`${who} My legal authority to act for the patient: `), authorityBlank(f), t("."))];
}

const KIND_TEXT: Record<RecordKind, string> = {
  full_chart: "The complete designated record set (all medical and billing records about the patient)",
  visit_notes: "Office and visit notes, progress notes and discharge summaries",
  test_results: "Laboratory, pathology and other test results",
  imaging: "Imaging reports and the images themselves (for example, DICOM files)",
  medications: "Medication lists and prescription records",
  immunizations: "Immunization records",
  billing: "Billing records, including itemized statements",
  claims: "Claims records",
  mental_health:
    "Mental health records other than psychotherapy notes (diagnoses, medications, treatment plans, test results and summaries)",
  psychotherapy_notes:
    "Psychotherapy notes, which I ask you to release voluntarily (I understand the right of access excludes them under 45 CFR 164.524(a)(1))",
  substance_use: "Substance use disorder treatment records",
  dental: "Dental records, including charts and X-rays",
  other: "",
};

/** The records asked for, one list item each; no kinds at all is a blank, never a guess. */
export function recordItems(intake: Intake, skip: RecordKind[] = []): Run[][] {
  const kinds = (intake.records?.kinds ?? []).filter((k) => !skip.includes(k));
  if (kinds.length === 0)
    return [
      [
        blank(
          "which records you want (for example: complete record, visit notes, test results, imaging)",
          "records.kinds",
        ),
      ],
    ];
  return kinds.map((k) => (k === "other" ? [blank("the other records you want")] : [t(KIND_TEXT[k])]));
}

/** "from 2019-01-01 through 2021" in words, or all dates of service. */
export function dateRange(intake: Intake): string {
  const { from, to } = intake.records ?? {};
  if (from && to) return `Dates of service: ${longDate(from)} through ${longDate(to)}.`;
  if (from) return `Dates of service: ${longDate(from)} to the present.`;
  if (to) return `Dates of service: all dates through ${longDate(to)}.`;
  return "Dates of service: all dates.";
}

/** The signature and date block; representatives sign with their capacity, or a blank for it. */
export function signature(f: Facts): Block {
  const name = val(f.intake.patient?.name, "patient's full legal name", "patient.name");
  if (!isRepresentative(f.intake)) return { type: "signature", name: [name] };
  const a = authorityOf(f);
  return {
    type: "signature",
    name: [blank("your full name (the person signing)")],
    capacity: a ? [t(`${ROLES[a].short} of `), name] : [authorityBlank(f), t(", for "), name],
  };
}
