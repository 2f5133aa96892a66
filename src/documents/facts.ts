// Legal and calendar facts the letters state: deadlines and the OCR window (from the engine's
// src/domain, so a letter and the recommendation never disagree), the state statute (cautiously when
// only recalled), dates in words. Pure; no I/O.

import { licensingBoard } from "../domain/boards.js";
import { dueDate, hipaaDueDate, responseDeadline } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import { ocrWindow } from "../domain/ocr-window.js";
import type { OcrWindow, Statement } from "../domain/recommendation.js";
import { stateCitation } from "../domain/state-citations.js";
import { getStateRules, type StateRules } from "../domain/states.js";
import { plainDate } from "../i18n/plain.js";

export { dueDate, hipaaDueDate, ocrComplaintDeadline, responseDeadline } from "../domain/deadlines.js";

/** "2026-11-26" → "November 26, 2026" (the panel's own date words); anything else is returned as given. */
export function longDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? plainDate(iso, "en") : iso;
}

/** The intake's state rules, if the state is known. */
export function stateOf(intake: Intake): StateRules | undefined {
  return intake.state ? getStateRules(intake.state) : undefined;
}

/**
 * The state access statute a letter may print for this request (chosen by provider type where the state
 * splits its law), or null. Only a verified citation is printed; a recalled one is left to guidance.
 */
export function stateStatute(intake: Intake): { cite: string; certain: boolean } | null {
  return stateCitation(intake) ?? null;
}

/** "30 calendar days" and the like, from a deadline shape. */
export function daysPhrase(days: number, kind: string): string {
  return `${days} ${kind} day${days === 1 ? "" : "s"}`;
}

/** Whether a statement may be written as fact in a letter. */
export const isCertain = (s: Statement | undefined): s is Statement => s?.certainty === "certain";

/** Where the 180 days run from, in words for the patient. */
function windowStart(w: OcrWindow): string {
  switch (w.counted) {
    case "answer":
      return `the provider's answer (${longDate(w.from)})`;
    case "request":
      return `your request (${longDate(w.from)}), to be safe, since the date of their answer is not known`;
    case "hipaa_deadline":
      return `HIPAA's own deadline for your request (${longDate(w.from)})`;
  }
}

/**
 * The patient's note on the HHS OCR deadline, from the same window the recommendation reports
 * (src/domain/ocr-window.ts); undefined while no OCR complaint is open.
 */
export function ocrGuidance(intake: Intake, today: string): string | undefined {
  const w = ocrWindow(intake, today);
  if (!w) return undefined;
  if (!w.passed)
    return `File with HHS OCR within 180 days of when you knew of the problem, counted from ${windowStart(w)}: that is by ${longDate(w.fileBy)}. OCR may extend the window for good cause.`;
  const st = stateOf(intake)?.name;
  return `The usual 180 days to complain to HHS OCR, counted from ${windowStart(w)}, ended on ${longDate(w.fileBy)}. OCR may still accept a complaint for good cause, so explain the delay. You can also complain to ${licensingBoard(intake)} and to the ${st ? `${st} ` : "state "}attorney general, who can enforce HIPAA for state residents.`;
}

/**
 * When only a shorter state deadline has passed (HIPAA's own has not): the state licensing board to
 * turn to and the day HIPAA's deadline ends; undefined otherwise. OCR enforces only HIPAA's deadline.
 */
export function stateOnlyMiss(intake: Intake, today: string): { board: string; hipaaDue: string } | undefined {
  const outcome = intake.priorRequest?.outcome;
  if (outcome !== "pending" && outcome !== "no_response") return undefined;
  const due = dueDate(intake);
  const hipaaDue = hipaaDueDate(intake);
  if (!due || !hipaaDue || responseDeadline(intake).governedBy !== "state") return undefined;
  if (today <= due.dueOn || today > hipaaDue) return undefined;
  return { board: licensingBoard(intake), hipaaDue };
}
