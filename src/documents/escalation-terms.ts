// What a follow-up letter says it will do next, and the notes on where to complain, from the engine's
// one OCR window: OCR only once a denial or HIPAA's own deadline has passed; a missed state deadline
// alone is for the state licensing board.
import type { Intake } from "../domain/intake.js";
import { ocrWindow } from "../domain/ocr-window.js";
import { hipaaDueDate, longDate, ocrGuidance, stateOf, stateOnlyMiss } from "./facts.js";
import { type Block, p } from "./letter.js";

/** The days a follow-up gives the office before the patient escalates; its summary asks by the same day. */
export const FOLLOW_UP_DAYS = 10;

/** The closing paragraph of a follow-up: send now, or the letter says where the patient goes next. */
export function nextStepParagraph(intake: Intake, today: string): Block {
  const miss = stateOnlyMiss(intake, today);
  const ocr = "to file a complaint with the U.S. Department of Health and Human Services, Office for Civil Rights";
  const hipaaDue = hipaaDueDate(intake);
  const outcome = intake.priorRequest?.outcome;
  const early = (outcome === "pending" || outcome === "no_response") && hipaaDue && !ocrWindow(intake, today);
  const where = miss
    ? ` to complain to ${miss.board}`
    : early
      ? `, if HIPAA's deadline of ${longDate(hipaaDue)} passes without an answer, ${ocr}`
      : ` ${ocr}`;
  return p(
    `Please send the records now, or tell me in writing today when they will be sent. If I do not hear from you within ${FOLLOW_UP_DAYS} days, I intend to raise the matter with your privacy officer and${where}.`,
  );
}

/** The patient's notes on where to complain and by when. */
export function complaintGuidance(intake: Intake, today: string): string[] {
  const miss = stateOnlyMiss(intake, today);
  if (miss) {
    const st = stateOf(intake)?.name ?? "The state";
    return [
      `${st}'s shorter deadline has passed, but HIPAA's own 30 days run until ${longDate(miss.hipaaDue)}. A missed state deadline is for the state to enforce, so the letter names ${miss.board}. If HIPAA's deadline passes too, a federal HIPAA complaint also opens.`,
    ];
  }
  const ocr = ocrGuidance(intake, today);
  return ocr ? [ocr] : [];
}
