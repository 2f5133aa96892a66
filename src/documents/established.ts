// What an Intake establishes, as the letters may state it: the patient's minority or death, the
// requester's legal authority, and what became of an earlier request. Each answer is "yes" only when
// the Intake's facts make it true and none contradicts it; the letters and the claims table
// (claims.ts) read the same functions, so a sentence and its check cannot drift apart.
import { dueDate } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import { minorStatus } from "../domain/minors.js";

/** An Intake and the letter's date: minority and lateness depend on the day. */
export interface Facts {
  intake: Intake;
  /** YYYY-MM-DD: the letter's date. */
  today: string;
}

/** Whether someone other than the patient asks; an unset requester is read as the patient. */
export const isRepresentative = (intake: Intake) => !!intake.requester && intake.requester !== "self";

/**
 * A minor under 18 on the letter's date, by domain/minors.ts's one rule: a date of birth beats a
 * stated age, which beats a tapped "under 18" (a date of birth that says 22 beats a tapped "yes").
 */
export function isMinorPatient({ intake, today }: Facts): boolean {
  const status = minorStatus(intake, today);
  return status === "minor" || status === "emancipated";
}

/** The patient has died: said so, or an executor asks for a patient not said to be alive. */
export function isDeceasedPatient(intake: Intake): boolean {
  const dead = intake.patient?.isDeceased;
  return dead === true || (intake.requester === "executor" && dead !== false);
}

/** A personal representative's kind of authority (45 CFR 164.502(g)). */
export type Authority = "parent" | "guardian" | "agent" | "executor";

/**
 * The authority the Intake establishes for the requester, or undefined. A parent acts for an
 * unemancipated minor (164.502(g)(3)); a guardian's and a health care agent's authority end at death, after which only
 * an executor or administrator acts (164.502(g)(4)); an executor acts only after death.
 */
export function authorityOf(f: Facts): Authority | undefined {
  const dead = f.intake.patient?.isDeceased === true;
  switch (f.intake.requester) {
    case "parent":
      // An emancipated minor acts for themself (164.502(g)(3)).
      return minorStatus(f.intake, f.today) === "minor" && !dead ? "parent" : undefined;
    case "guardian":
      return dead ? undefined : "guardian";
    case "personal_representative":
      return dead ? undefined : "agent";
    case "executor":
      return isDeceasedPatient(f.intake) ? "executor" : undefined;
    default:
      return undefined;
  }
}

/** The patient made an earlier request: its date or what became of it is known. */
export const askedBefore = (intake: Intake) => !!intake.priorRequest?.sentOn || !!intake.priorRequest?.outcome;

/** The date of an earlier written request, when the patient gave one. */
export const sentOn = (intake: Intake) => intake.priorRequest?.sentOn;

const outcome = (intake: Intake) => intake.priorRequest?.outcome;

/**
 * A field of the earlier request read by name: the answer's date and the extension notice are facts
 * the Intake is gaining (issue 14), read here without depending on when they land.
 */
function priorField(intake: Intake, name: string): unknown {
  const prior: Record<string, unknown> = intake.priorRequest ?? {};
  return prior[name];
}

/** The date of the provider's answer (a denial, a fee quote, a partial copy), when the patient gave it. */
export const answeredOn = (intake: Intake): string | undefined => {
  const d = priorField(intake, "answeredOn");
  return typeof d === "string" ? d : undefined;
};

/** The provider sent a written notice taking its one extension. */
const extended = (intake: Intake) => priorField(intake, "extensionNotice") === true;

/** Nothing at all came back: no records and no notice extending the time. */
export const heardNothing = (intake: Intake) => outcome(intake) === "no_response" && !extended(intake);

/** No records came back (nothing, or the patient is still waiting). */
export const noRecordsYet = (intake: Intake) => outcome(intake) === "no_response" || outcome(intake) === "pending";

/** The patient does not have (all) the records: not sent, denied, held back over a fee, or sent in part. */
export function stillWithoutRecords(intake: Intake): boolean {
  const o = outcome(intake);
  return o === "no_response" || o === "pending" || o === "denied" || o === "fee_dispute" || o === "partial";
}

export const wasDenied = (intake: Intake) => outcome(intake) === "denied";
export const wasPartial = (intake: Intake) => outcome(intake) === "partial";
export const wasFeeDispute = (intake: Intake) => outcome(intake) === "fee_dispute";

/**
 * The request is overdue: sent on a known date, and the deadline has passed with nothing (or, while
 * the patient still waits or has only part, even the extended deadline has). A fee demand or a
 * denial is an answer, so neither is overdue.
 */
export function isOverdue({ intake, today }: Facts): boolean {
  const due = dueDate(intake);
  if (!due) return false;
  const o = outcome(intake);
  if (o === "no_response") return (extended(intake) ? due.extendedDueOn : due.dueOn) < today;
  if (o === "pending" || o === "partial") return due.extendedDueOn < today;
  return false;
}
