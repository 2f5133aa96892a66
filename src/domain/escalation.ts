// What to do after an earlier request: a follow-up letter once the deadline has passed, a review and an
// HHS OCR complaint after a denial, a fee challenge after a fee demand. OCR's 180 days come from the one
// window in ocr-window.ts; a missed state deadline alone goes to the state licensing board, not OCR.
import { licensingBoard } from "./boards.js";
import { dueDate, hipaaDueDate } from "./deadlines.js";
import { freeCopyRights, sentToOthers, stateFeeStatement } from "./fees.js";
import { ocrWindow } from "./ocr-window.js";
import { daysText } from "./paths/score.js";
import type { Escalation, Note, OcrWindow, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE, law, maybe, tip } from "./statements.js";

const OCR_HOW =
  "File a complaint with the HHS Office for Civil Rights at ocrportal.hhs.gov (or by mail, fax or email with its complaint form). Name the provider and say what happened.";
const REPRESENTATIVES = ["parent", "guardian", "personal_representative", "executor"];

/** The escalation for a prior request, plus notes (e.g. "still within time"). */
export function escalationFor(s: Situation): { escalation?: Escalation; notes: Note[] } {
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
              text: `The provider still has time: its answer is due by ${dueOn}${prior.extensionNotice ? ", counting the extension it gave you in writing" : ""}. If nothing comes by then, send a follow-up letter.`,
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
          notes: [
            {
              topic: "denied",
              text: "Refusing psychotherapy notes is allowed, because they are outside the right of access. You can still ask for the rest of your mental-health record.",
              cite: CITE.psychotherapy,
              certainty: "certain",
            },
          ],
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
  const since = {
    answer: `the ${s.intake.priorRequest?.outcome === "fee_dispute" ? "fee demand" : "answer"} (${ocr.from})`,
    request: `your request (${ocr.from}), to be safe, since we do not know the date of their answer`,
    hipaa_deadline: `HIPAA's own deadline for this request (${ocr.from})`,
  }[ocr.counted];
  if (!ocr.passed) {
    return {
      step: `Complain to HHS OCR by ${ocr.fileBy}. ${OCR_HOW}`,
      reasons: [
        law(
          `You can complain to HHS OCR within 180 days of when you knew of the problem: counted from ${since}, that is by ${ocr.fileBy}. OCR may allow more time for good cause.`,
          CITE.ocr,
        ),
      ],
    };
  }
  return {
    step: `The usual last day to complain to HHS OCR was ${ocr.fileBy}. You can still file and explain why you are late; OCR may accept it for good cause. ${OCR_HOW}`,
    reasons: [
      maybe(
        `The 180 days to complain to HHS OCR, counted from ${since}, ended on ${ocr.fileBy}. OCR may still accept a complaint if you show good cause for the delay.`,
        CITE.ocr,
      ),
      ...whatRemains(s),
    ],
  };
}

/** Where a patient can still turn when OCR's window has closed. */
function whatRemains(s: Situation): Statement[] {
  const st = s.rules?.name;
  return [
    law(
      `You can still complain to ${licensingBoard(s.intake)}, and to the ${st ? `${st} ` : "state "}attorney general, who can enforce HIPAA for state residents in federal court.`,
      CITE.stateAttorneyGeneral,
    ),
  ];
}

function followUp(s: Situation, dueOn: string | undefined, ocr: OcrWindow | undefined): Escalation {
  const steps = [
    `Send a follow-up letter to the records office and the privacy officer. Give the date of your first request and say the answer was due${dueOn ? ` on ${dueOn}` : ""}.`,
    s.deadline.extensionDays > 0
      ? `Ask whether they sent you a written notice of an extension. It had to reach you within the first ${daysText(s.deadline.days, s.deadline.kind)}; without it, they are late.`
      : "Ask why they are late. The rule that applies here has no extension that we know of.",
  ];
  const reasons = [s.deadline.basis];
  const hipaaDue = hipaaDueDate(s.intake);
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(ocr.passed ? parts.step : `If there is still no answer after about 10 days, ${lower(parts.step)}`);
    reasons.push(...parts.reasons);
  } else if (hipaaDue && s.deadline.governedBy === "state") {
    // Only the shorter state deadline has passed: the state enforces it; OCR enforces HIPAA's own.
    const board = licensingBoard(s.intake);
    steps.push(
      `If there is still no answer, complain to ${board}: ${s.rules?.name ?? "the state"}'s deadline is for the state to enforce. HIPAA's own limit for this request ends on ${hipaaDue}.`,
    );
    reasons.push(
      law(
        `A missed ${s.rules?.name ?? "state"} deadline is for the state to enforce: you can complain to ${board}. HIPAA's own 30 days for this request end on ${hipaaDue}.`,
        `${s.deadline.basis.cite?.split(";")[0]?.trim() ?? "State law"}; ${CITE.deadline}`,
      ),
    );
  } else {
    steps.push(
      `Once HIPAA's 30 days (60 after a written extension notice) have passed, you can complain to HHS OCR within 180 days. ${OCR_HOW}`,
    );
    reasons.push(
      law(
        "Once HIPAA's deadline has passed, you can complain to HHS OCR within 180 days; OCR may allow more time for good cause.",
        CITE.ocr,
      ),
    );
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (dueOn) out.dueOn = dueOn;
  if (ocr) out.ocr = ocr;
  return out;
}

function denied(s: Situation, ocr: OcrWindow | undefined): Escalation {
  const representative = REPRESENTATIVES.includes(s.intake.requester ?? "");
  const harm = s.kinds.includes("mental_health");
  const reviewable = harm || representative;
  const steps = [
    "Read the denial letter. It must be in plain language and give the reason, your review rights, and how to complain.",
    reviewable
      ? "Ask in writing for a review by a different licensed professional, one the provider chooses who did not take part in the denial (the review request letter). The provider must follow the reviewer's decision."
      : "If the reason is that a licensed professional thinks access could endanger someone, ask in writing for a review by a different licensed professional. The provider must follow the reviewer's decision.",
    "Ask for everything the denial does not cover: the provider must still give you the rest.",
  ];
  const reasons = [
    law(
      "A denial must be in writing and give the reason, your review rights, and how to complain to the provider or to HHS.",
      CITE.denialLetter,
    ),
    law(
      "Denials for harm reasons can be reviewed by another licensed professional; some grounds (like psychotherapy notes) cannot.",
      `${CITE.review}; ${CITE.unreviewable}`,
    ),
  ];
  if (harm)
    reasons.push(
      law(
        "Refusing mental-health records because a licensed professional judged access reasonably likely to endanger someone's life or physical safety is a reviewable ground; worry that you may be upset is not enough.",
        `${CITE.reviewableHarm}; ${CITE.review}`,
      ),
    );
  if (representative)
    reasons.push(
      law(
        "Refusing a personal representative because access is reasonably likely to cause substantial harm to the patient or someone else is a reviewable ground.",
        `${CITE.reviewableRepresentative}; ${CITE.review}`,
      ),
    );
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(parts.step);
    reasons.push(...parts.reasons);
  } else {
    steps.push(`Complain to HHS OCR within 180 days of the denial. ${OCR_HOW}`);
    reasons.push(law("You can complain to HHS OCR within 180 days of when you knew of the problem.", CITE.ocr));
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
  const steps = [
    "Write to the records office listing what is missing, and ask for it or for a written reason it was withheld.",
    "If the records are somewhere else, the provider must tell you where to ask.",
  ];
  const reasons = [
    law(
      "If a provider holds back part of a record, it must still give you the rest and explain in writing what it withheld and why.",
      `${CITE.partialDenial}; ${CITE.denialLetter}`,
    ),
  ];
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(`If they refuse without a valid reason: ${lower(parts.step)}`);
    reasons.push(...parts.reasons);
  } else {
    steps.push(`If they refuse without a valid reason, complain to HHS OCR within 180 days. ${OCR_HOW}`);
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (ocr) out.ocr = ocr;
  return out;
}

function feeDispute(s: Situation, ocr: OcrWindow | undefined): Escalation {
  if (sentToOthers(s.intake)) return thirdPartyFee(s);
  const reasons: Statement[] = [
    law(
      "For your own copy, the fee must be cost-based: copying labor, supplies and postage only. Search and retrieval fees are not allowed, and records cannot be held back over an unpaid medical bill.",
      CITE.fees,
    ),
    law(
      "HHS guidance lets providers charge a flat fee of up to $6.50 for electronic copies of electronic records instead of working out costs. It is guidance, not a cap on every fee.",
      `${CITE.fees}; ${CITE.ciox}`,
    ),
    ...freeCopyRights(s.intake),
  ];
  const steps = [
    "Write to the records office and the privacy officer about the fee (the follow-up letter). Ask for an itemized fee and point out that search, retrieval and per-page fees for electronic copies are not allowed for your own request.",
    "Ask for an electronic copy if the records are electronic; it is usually cheapest.",
  ];
  if (ocr) {
    const parts = ocrParts(s, ocr);
    steps.push(ocr.passed ? parts.step : `If they will not fix the fee, ${lower(parts.step)}`);
    reasons.push(...parts.reasons);
  }
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (ocr) out.ocr = ocr;
  return out;
}

/** A fee for copies sent to someone else is set by state law (Ciox), so the way out is one's own copy. */
function thirdPartyFee(s: Situation): Escalation {
  const st = s.rules?.name;
  const reasons: Statement[] = [
    law(
      `HIPAA's patient fee limit covers only your own copy. Copies sent straight to someone else follow ${st ? `${st} law` : "state law"} instead.`,
      `${CITE.ciox}; ${CITE.fees}`,
    ),
  ];
  if (s.rules?.feeRule) reasons.push(stateFeeStatement(s.rules, s.intake, s.today, `${s.rules.name}'s fee rule: `));
  reasons.push(tip("Cheapest: ask for your own copy at the patient rate, then forward it yourself."));
  return {
    kind: "follow_up",
    reasons,
    steps: [
      "Write to the records office (the follow-up letter): ask them to send the copy to you instead, for HIPAA's cost-based patient fee, and forward it yourself.",
      `If they charge more than ${st ? `${st}'s` : "the state's"} fee rule allows for copies sent to others, complain to ${licensingBoard(s.intake)} or the ${st ? `${st} ` : "state "}attorney general.`,
    ],
    document: "follow_up",
  };
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
