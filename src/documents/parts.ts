// Building blocks shared by the letter kinds: addressee, patient identification, the requester's
// authority, records and date range, format and delivery, and the signature block.
import type { Intake, RecordKind } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { askedBefore, sentOn } from "./established.js";
import { longDate } from "./facts.js";
import { type Block, blank, type Run, t, val } from "./letter.js";
import { patientContactRows } from "./representative.js";

const HIM = "Health Information Management / Release of Information";

/**
 * The addressee block: the clinic's records office when the records are the clinic's (the builder
 * passes a clinic only then, through clinicHolding), else the provider the patient named; its fax and
 * email when known.
 */
export function addressee(
  intake: Intake,
  clinic: ClinicFacts | null | undefined,
  office = HIM,
  copyTo?: string,
): Block {
  const ro = clinic?.recordsOffice;
  const prov = intake.provider ?? {};
  const name = clinic?.name ?? prov.name;
  const address = ro?.address ?? (clinic ? undefined : prov.address);
  const fax = ro?.fax ?? (clinic ? undefined : prov.fax);
  const email = ro?.email ?? (clinic ? undefined : prov.email);
  // The office's own name when the clinic publishes one (never both: "HIM (HIM / Release of Information)").
  const lines: Run[][] = [
    [val(name, "provider or facility name", "provider.name")],
    [t(`Attn: ${ro?.name ?? office}`)],
  ];
  if (address) lines.push([t(address)]);
  else if (!fax && !email)
    lines.push([blank("records office address, fax or email", "provider.address", "provider.fax", "provider.email")]);
  if (fax) lines.push([t(`Fax: ${fax}`)]);
  if (email) lines.push([t(`Email: ${email}`)]);
  if (copyTo) lines.push([t(`Copy to: ${copyTo}`)]);
  return { type: "address", role: "addressee", lines };
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
    ...patientContactRows(intake),
    ...extra,
  ];
  return { type: "table", rows };
}

// Who signs and on what authority lives in representative.ts (issue 14: only authority the Intake shows).
export { isRepresentative, proofDocuments, requesterBlocks, roleRuns, signature } from "./representative.js";

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

/**
 * The earlier request as the patient described it, one sentence ending in a space: dated and
 * "written" only when the Intake has its date, a date blank when only the asking is known, else a
 * blank for the whole of it. `whose` is "my" or "the patient's"; `to` names the provider ("you").
 */
export function earlierRequestRuns(intake: Intake, whose: string, to = "you"): Run[] {
  const right = `a copy of ${whose} health records under the HIPAA right of access, 45 CFR 164.524`;
  const sent = sentOn(intake);
  if (sent) return [t(`On ${longDate(sent)}, I sent ${to} a written request for ${right}. `)];
  if (askedBefore(intake))
    return [t(`I asked ${to} for ${right}, on `), blank("date you sent your request", "priorRequest.sentOn"), t(". ")];
  return [blank("when and how you asked for the records", "priorRequest.sentOn"), t(" ")];
}
