// The one 180-day HHS OCR computation (45 CFR 160.306(b)(3)) that the recommendation and every letter
// use. OCR enforces HIPAA, so the window opens only after a denial (or partial denial, or a fee demand
// on the patient's own copy) or after HIPAA's own deadline, never after a shorter state deadline.
import { hipaaDueDate, ocrComplaintDeadline } from "./deadlines.js";
import type { Intake } from "./intake.js";
import type { OcrWindow } from "./recommendation.js";

export type { OcrWindow } from "./recommendation.js";

/**
 * The OCR window open to the patient on `today`, or undefined while none is open: no earlier request,
 * records received, HIPAA's deadline not yet passed, or a fee for copies sent to someone else (state
 * law, not HIPAA, sets that fee after Ciox).
 */
export function ocrWindow(intake: Intake, today: string): OcrWindow | undefined {
  const prior = intake.priorRequest;
  if (!prior?.outcome || prior.outcome === "received") return undefined;
  switch (prior.outcome) {
    case "pending":
    case "no_response": {
      const due = hipaaDueDate(intake);
      if (!due || today <= due) return undefined;
      return windowFrom(due, "hipaa_deadline", today);
    }
    case "fee_dispute":
      if (intake.delivery === "third_party") return undefined;
      return fromAnswer(intake, today);
    case "denied":
    case "partial":
      return fromAnswer(intake, today);
  }
}

/** From the answer's date; without it, from the request's date, the safe (earlier) start. */
function fromAnswer(intake: Intake, today: string): OcrWindow | undefined {
  const { answeredOn, sentOn } = intake.priorRequest ?? {};
  if (answeredOn) return windowFrom(answeredOn, "answer", today);
  return sentOn ? windowFrom(sentOn, "request", today) : undefined;
}

function windowFrom(from: string, counted: OcrWindow["counted"], today: string): OcrWindow {
  const fileBy = ocrComplaintDeadline(from);
  return { from, counted, fileBy, passed: today > fileBy };
}
