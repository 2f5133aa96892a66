// The frame every letter shares (issue 18): the sender block and date at the top, the addressee, a
// plain title, the boxed summary a records clerk acts on (who, what, format, where to send, respond
// by), and at the end the enclosures. The letter kinds fill in the body between.
import { addDays, responseDeadline } from "../domain/deadlines.js";
import type { Intake, RecordKind } from "../domain/intake.js";
import type { DocumentKind } from "../domain/recommendation.js";
import { FOLLOW_UP_DAYS } from "./escalation-terms.js";
import type { Facts } from "./established.js";
import { longDate } from "./facts.js";
import { type Block, blank, type Run, t, val } from "./letter.js";
import { deliveryContact, isRepresentative, needsAddress, roleRuns } from "./representative.js";
import { dueIfSentToday } from "./send-to.js";

/** One row of the boxed summary. */
export type SummaryRow = { label: string; value: Run[] };

/** Joins lists of runs with a separator, for one-line summary values. */
function joinRuns(parts: Run[][], sep: string): Run[] {
  return parts.flatMap((part, i) => (i === 0 ? part : [t(sep), ...part]));
}

/**
 * The sender block: the requester's name and where to reach them, and the patient's name on its own
 * line when someone else asks. Labels match the patient and requester tables, so a blank is asked once.
 */
export function senderBlock(f: Facts): Block {
  const { intake } = f;
  const pt = intake.patient ?? {};
  const patientName = val(pt.name, "patient's full legal name", "patient.name");
  const lines: Run[][] = [];
  if (isRepresentative(intake)) {
    const r = intake.representative ?? {};
    lines.push([val(r.name, "your full name (the person asking)", "representative.name")]);
    if (r.address || needsAddress(intake))
      lines.push([val(r.address, "your mailing address", "representative.address")]);
    if (r.phone) lines.push([t(`Phone: ${r.phone}`)]);
    if (r.email) lines.push([t(`Email: ${r.email}`)]);
    lines.push([t("For the patient: "), patientName]);
  } else {
    lines.push([patientName]);
    if (pt.address || needsAddress(intake)) lines.push([val(pt.address, "mailing address", "patient.address")]);
    if (pt.phone) lines.push([t(`Phone: ${pt.phone}`)]);
    if (pt.email) lines.push([t(`Email: ${pt.email}`)]);
  }
  return { type: "address", role: "sender", lines };
}

/** The letter's date, as printed. */
export const dateBlock = (today: string): Block => ({ type: "date", text: longDate(today) });

/** The addressee block from its lines (name, office, address, fax, email). */
export const addresseeBlock = (lines: Run[][]): Block => ({ type: "address", role: "addressee", lines });

/** The summary's "Patient" row: the name and, when known, the date of birth. */
export function patientRow(intake: Intake, label = "Patient"): SummaryRow {
  const pt = intake.patient ?? {};
  const value: Run[] = [val(pt.name, "patient's full legal name", "patient.name")];
  if (pt.dateOfBirth) value.push(t(`, born ${longDate(pt.dateOfBirth)}`));
  return { label, value };
}

/** The summary's "Requested by" row, only when someone other than the patient asks. */
export function requesterRows(f: Facts): SummaryRow[] {
  if (!isRepresentative(f.intake)) return [];
  const name = val(f.intake.representative?.name, "your full name (the person asking)", "representative.name");
  return [{ label: "Requested by", value: [name, t(", "), ...roleRuns(f)] }];
}

const KIND_SHORT: Record<RecordKind, string> = {
  full_chart: "Complete record (medical and billing)",
  visit_notes: "visit notes",
  test_results: "test results",
  imaging: "imaging reports and images",
  medications: "medication records",
  immunizations: "immunization records",
  billing: "billing records",
  claims: "claims records",
  mental_health: "mental health records",
  psychotherapy_notes: "psychotherapy notes (voluntary)",
  substance_use: "substance use disorder treatment records",
  dental: "dental records",
  other: "",
};

/** The summary's "Records" row: the kinds asked for in a few words (the body lists them in full). */
export function recordsRow(intake: Intake, skip: RecordKind[] = []): SummaryRow {
  const kinds = (intake.records?.kinds ?? []).filter((k) => !skip.includes(k));
  if (kinds.length === 0)
    return {
      label: "Records",
      value: [
        blank(
          "which records you want (for example: complete record, visit notes, test results, imaging)",
          "records.kinds",
        ),
      ],
    };
  const parts = kinds.map((k) => (k === "other" ? [blank("the other records you want")] : [t(KIND_SHORT[k])]));
  const first = parts[0]?.[0];
  // Sentence case: the first item starts with a capital.
  if (first && "text" in first) parts[0] = [t(first.text.charAt(0).toUpperCase() + first.text.slice(1))];
  return { label: "Records", value: joinRuns(parts, "; ") };
}

/** The summary's "Dates" row. */
export function datesRow(intake: Intake): SummaryRow {
  const { from, to } = intake.records ?? {};
  const text =
    from && to
      ? `${longDate(from)} through ${longDate(to)}`
      : from
        ? `${longDate(from)} to the present`
        : to
          ? `All dates through ${longDate(to)}`
          : "All dates";
  return { label: "Dates of service", value: [t(text)] };
}

/** The summary's "Format" row; an unset choice is the same blank the body asks for. */
export function formatRow(intake: Intake): SummaryRow {
  const value =
    intake.format === "electronic"
      ? [t("Electronic copy")]
      : intake.format === "paper"
        ? [t("Paper copy")]
        : [blank("electronic or paper copy", "format")];
  return { label: "Format", value };
}

/** The summary's "Send the copy to" row: where the requester's copy goes, as the body says. */
export function sendCopyRow(intake: Intake): SummaryRow {
  const c = deliveryContact(intake);
  let value: Run[];
  switch (intake.delivery) {
    case "portal":
      value = [t("The patient portal account")];
      break;
    case "email":
      value = [t("Email: "), val(c.email, "email address", c.from.email)];
      break;
    case "mail":
      value = [t("Mail: "), val(c.address, "mailing address", c.from.address)];
      break;
    case "pickup":
      value = [t("Pickup: please call "), val(c.phone, "phone number", c.from.phone), t(" when ready")];
      break;
    case "fax":
      value = [t("Fax: "), blank("fax number for the copy")];
      break;
    default:
      value = [blank("how you want to receive the copy (portal, email, mail or pickup)", "delivery")];
  }
  return { label: "Send the copy to", value };
}

/**
 * YYYY-MM-DD the summary asks the answer by: the card's due date when the letter starts a clock
 * (send-to.ts); for a follow-up, the day its closing paragraph names (FOLLOW_UP_DAYS after the letter);
 * for a review request, the governing access deadline counted from the letter's date; undefined when
 * no date can be computed (the row then says "within 30 days of receipt").
 */
export function respondByDate(kind: DocumentKind, intake: Intake, today: string): string | undefined {
  const due = dueIfSentToday(kind, intake, today);
  if (due) return due;
  if (kind === "follow_up") return addDays(today, FOLLOW_UP_DAYS, "calendar");
  if (kind !== "review_request") return undefined;
  const rule = responseDeadline(intake);
  return addDays(today, rule.days, rule.kind);
}

/** The summary's last row: "Please respond by <date>", or "within 30 days of receipt". */
export function respondRow(respondBy: string | undefined): SummaryRow {
  return respondBy
    ? { label: "Please respond by", value: [t(longDate(respondBy), true)] }
    : { label: "Please respond", value: [t("Within 30 days of receipt", true)] };
}

/** The boxed summary block. */
export const summaryBlock = (rows: SummaryRow[]): Block => ({ type: "summary", rows });

/** The enclosures block, when there is anything to enclose. */
export const enclosures = (items: Run[][]): Block[] => (items.length ? [{ type: "enclosures", items }] : []);

/** The top of every letter: sender, date, addressee, the plain title and the boxed summary. */
export function opening(f: Facts, to: Block, title: string, rows: SummaryRow[]): Block[] {
  return [senderBlock(f), dateBlock(f.today), to, { type: "heading", text: title }, summaryBlock(rows)];
}
