// What to do after an earlier request: a follow-up letter once the deadline has passed, a review and an
// HHS OCR complaint after a denial, a fee challenge after a fee demand. OCR's 180 days come from the one
// window in ocr-window.ts; a missed state deadline alone goes to the state licensing board, not OCR.
import { licensingBoard } from "./boards.js";
import { dueDate, hipaaDueDate } from "./deadlines.js";
import { freeCopyRights, sentToOthers, stateFeeStatement } from "./fees.js";
import { ocrWindow } from "./ocr-window.js";
import type { Escalation, Note, OcrWindow, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE, law, maybe, tip } from "./statements.js";

const REPRESENTATIVES = ["parent", "guardian", "personal_representative", "executor"];

/** The state's name in the situation's language, when the state is known. */
function stateName(s: Situation): string | undefined {
  return s.rules && s.t.stateName(s.rules.code, s.rules.name);
}

/** The escalation for a prior request, plus notes (e.g. "still within time"). */
export function escalationFor(s: Situation): { escalation?: Escalation; notes: Note[] } {
  const t = s.t.escalation;
  const prior = s.intake.priorRequest;
  if (!prior?.outcome || prior.outcome === "received") return { notes: [] };
  const due = dueDate(s.intake);
  const dueOn = due && (prior.extensionNotice ? due.extendedDueOn : due.dueOn);
  const ocr = ocrWindow(s.intake, s.today);
  switch (prior.outcome) {
    case "pending":
    case "no_response":
      if (dueOn && s.today <= dueOn) {
        return {
          notes: [
            {
              topic: "waiting",
              text: t.waiting(s.t.date(dueOn), prior.extensionNotice === true),
              cite: s.deadline.basis.cite ?? CITE.deadline,
              certainty: s.deadline.basis.certainty,
            },
          ],
        };
      }
      if (prior.outcome === "pending" && !dueOn) return { notes: [] };
      return { escalation: followUp(s, dueOn, ocr), notes: [] };
    case "denied":
      if (s.kinds.length > 0 && s.kinds.every((k) => k === "psychotherapy_notes")) {
        return {
          notes: [{ topic: "denied", text: t.psychotherapyDenied, cite: CITE.psychotherapy, certainty: "certain" }],
        };
      }
      return { escalation: denied(s, ocr), notes: [] };
    case "partial":
      return { escalation: partial(s, ocr), notes: [] };
    case "fee_dispute":
      return { escalation: feeDispute(s, ocr), notes: [] };
  }
}

/** The OCR step, the reason behind it, and what remains once the window has closed. */
function ocrParts(s: Situation, ocr: OcrWindow): { step: string; reasons: Statement[] } {
  const t = s.t.escalation;
  const from = s.t.date(ocr.from);
  const fileBy = s.t.date(ocr.fileBy);
  const since = {
    answer: () => t.since.answer(from, s.intake.priorRequest?.outcome === "fee_dispute"),
    request: () => t.since.request(from),
    hipaa_deadline: () => t.since.hipaa_deadline(from),
  }[ocr.counted]();
  if (!ocr.passed) return { step: t.ocrStep(fileBy), reasons: [law(t.ocrReason(since, fileBy), CITE.ocr)] };
  return {
    step: t.ocrLateStep(fileBy),
    reasons: [maybe(t.ocrLateReason(since, fileBy), CITE.ocr), ...whatRemains(s)],
  };
}

/** Where a patient can still turn when OCR's window has closed. */
function whatRemains(s: Situation): Statement[] {
  return [law(s.t.escalation.whatRemains(licensingBoard(s.intake, s.t), stateName(s)), CITE.stateAttorneyGeneral)];
}

function followUp(s: Situation, dueOn: string | undefined, ocr: OcrWindow | undefined): Escalation {
  const t = s.t.escalation;
  const steps = [
    t.followUpLetter(dueOn && s.t.date(dueOn)),
    s.deadline.extensionDays > 0 ? t.askExtension(s.t.days(s.deadline.days, s.deadline.kind)) : t.askWhyLate,
  ];
  const reasons = [s.deadline.basis];
  const hipaaDue = hipaaDueDate(s.intake);
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(ocr.passed ? parts.step : t.stillNoAnswer(parts.step));
    reasons.push(...parts.reasons);
  } else if (hipaaDue && s.deadline.governedBy === "state") {
    // Only the shorter state deadline has passed: the state enforces it; OCR enforces HIPAA's own.
    const board = licensingBoard(s.intake, s.t);
    steps.push(t.stateDeadlineStep(board, stateName(s), s.t.date(hipaaDue)));
    reasons.push(
      law(
        t.stateDeadlineReason(board, stateName(s), s.t.date(hipaaDue)),
        `${s.deadline.basis.cite?.split(";")[0]?.trim() ?? "State law"}; ${CITE.deadline}`,
      ),
    );
  } else {
    steps.push(t.afterHipaaStep);
    reasons.push(law(t.afterHipaaReason, CITE.ocr));
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (dueOn) out.dueOn = dueOn;
  if (ocr) out.ocr = ocr;
  return out;
}

function denied(s: Situation, ocr: OcrWindow | undefined): Escalation {
  const t = s.t.escalation;
  const representative = REPRESENTATIVES.includes(s.intake.requester ?? "");
  const harm = s.kinds.includes("mental_health");
  const reviewable = harm || representative;
  const steps = [t.readDenial, reviewable ? t.askReview : t.askReviewIfHarm, t.askRest];
  const reasons = [
    law(t.denialInWriting, CITE.denialLetter),
    law(t.reviewableGrounds, `${CITE.review}; ${CITE.unreviewable}`),
  ];
  if (harm) reasons.push(law(t.mentalHealthHarm, `${CITE.reviewableHarm}; ${CITE.review}`));
  if (representative) reasons.push(law(t.representativeHarm, `${CITE.reviewableRepresentative}; ${CITE.review}`));
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(parts.step);
    reasons.push(...parts.reasons);
  } else {
    steps.push(t.deniedOcrStep);
    reasons.push(law(t.deniedOcrReason, CITE.ocr));
  }
  const out: Escalation = {
    kind: reviewable ? "review" : "ocr_complaint",
    reasons,
    steps,
    document: reviewable ? "review_request" : "ocr_complaint",
  };
  if (ocr) {
    out.dueOn = ocr.fileBy;
    out.ocr = ocr;
  }
  return out;
}

function partial(s: Situation, ocr: OcrWindow | undefined): Escalation {
  const t = s.t.escalation;
  const steps = [t.listMissing, t.elsewhere];
  const reasons = [law(t.partialReason, `${CITE.partialDenial}; ${CITE.denialLetter}`)];
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(t.ifRefused(parts.step));
    reasons.push(...parts.reasons);
  } else {
    steps.push(t.partialOcrStep);
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (ocr) out.ocr = ocr;
  return out;
}

function feeDispute(s: Situation, ocr: OcrWindow | undefined): Escalation {
  const t = s.t.escalation;
  if (sentToOthers(s.intake)) return thirdPartyFee(s);
  const reasons: Statement[] = [
    law(t.feeCostBased, CITE.fees),
    law(t.feeFlat, `${CITE.fees}; ${CITE.ciox}`),
    ...freeCopyRights(s.intake, s.t),
  ];
  const steps = [t.feeLetter, t.askElectronic];
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(ocr.passed ? parts.step : t.feeNotFixed(parts.step));
    reasons.push(...parts.reasons);
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (ocr) out.ocr = ocr;
  return out;
}

/** A fee for copies sent to someone else is set by state law (Ciox), so the way out is one's own copy. */
function thirdPartyFee(s: Situation): Escalation {
  const t = s.t.escalation;
  const st = stateName(s);
  const reasons: Statement[] = [law(t.ownCopyOnly(st), `${CITE.ciox}; ${CITE.fees}`)];
  if (s.rules?.feeRule && st) reasons.push(stateFeeStatement(s.rules, s.intake, s.today, t.stateFeeLead(st), s.t));
  reasons.push(tip(t.forwardYourself));
  return {
    kind: "follow_up",
    reasons,
    steps: [t.sendToYou, t.overCharge(st, licensingBoard(s.intake, s.t))],
    document: "follow_up",
  };
}
