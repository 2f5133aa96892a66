// What to do after an earlier request: a follow-up letter once the deadline has passed, a review
// and an HHS OCR complaint (within 180 days) after a denial, a fee challenge after an overcharge.
import { dueDate, ocrComplaintDeadline } from "./deadlines.js";
import { daysText } from "./paths/score.js";
import type { Escalation, Note } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE, law, maybe } from "./statements.js";

const OCR_HOW =
  "File a complaint with the HHS Office for Civil Rights at ocrportal.hhs.gov (or by mail, fax or email with its complaint form). Name the provider and say what happened.";

/** The escalation for a prior request, plus notes (e.g. "still within time"). */
export function escalationFor(s: Situation): { escalation?: Escalation; notes: Note[] } {
  const prior = s.intake.priorRequest;
  if (!prior?.outcome || prior.outcome === "received") return { notes: [] };
  const due = dueDate(s.intake);
  const overdue = due !== undefined && s.today > due.dueOn;
  switch (prior.outcome) {
    case "pending":
    case "no_response":
      if (due && !overdue) {
        return {
          notes: [
            {
              topic: "waiting",
              text: `The provider still has time: its answer is due by ${due.dueOn}. If nothing comes by then, send a follow-up letter.`,
              cite: s.deadline.basis.cite ?? CITE.deadline,
              certainty: s.deadline.basis.certainty,
            },
          ],
        };
      }
      if (prior.outcome === "pending" && !due) return { notes: [] };
      return { escalation: followUp(s, due?.dueOn), notes: [] };
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
      return { escalation: denied(s), notes: [] };
    case "partial":
      return { escalation: partial(), notes: [] };
    case "fee_dispute":
      return { escalation: feeDispute(), notes: [] };
  }
}

function followUp(s: Situation, dueOn: string | undefined): Escalation {
  const ocrBy = dueOn ? ocrComplaintDeadline(dueOn) : undefined;
  const steps = [
    `Send a follow-up letter to the records office and the privacy officer. Give the date of your first request and say the answer was due${dueOn ? ` on ${dueOn}` : ""}.`,
    s.deadline.extensionDays > 0
      ? `Ask whether they sent you a written notice of an extension. It had to reach you within the first ${daysText(s.deadline.days, s.deadline.kind)}; without it, they are late.`
      : "Ask why they are late. The rule that applies here has no extension that we know of.",
    `If there is still no answer after about 10 days, complain to HHS OCR${ocrBy ? ` by ${ocrBy}` : " within 180 days"}. ${OCR_HOW}`,
  ];
  const reasons = [
    s.deadline.basis,
    law(
      "You can complain to HHS OCR within 180 days of when you knew of the problem; OCR may allow more time for good cause.",
      CITE.ocr,
    ),
  ];
  if (ocrBy && s.today > ocrBy)
    reasons.push(
      maybe(
        "The usual 180 days may have passed. OCR can still accept a complaint for good cause, so explain the delay.",
        CITE.ocr,
      ),
    );
  const out: Escalation = { kind: "follow_up", reasons, steps, document: "follow_up" };
  if (dueOn) out.dueOn = dueOn;
  return out;
}

function denied(s: Situation): Escalation {
  const sentOn = s.intake.priorRequest?.sentOn;
  // The clock runs from when the denial reached you; counting from the request date is the safe, earlier bound.
  const ocrBy = sentOn ? ocrComplaintDeadline(sentOn) : undefined;
  const reviewable = s.kinds.includes("mental_health") || s.representative;
  const steps = [
    "Read the denial letter. It must be in plain language and give the reason, your review rights, and how to complain.",
    "If the reason is that a licensed professional thinks access could endanger someone, ask in writing for a review by a different licensed professional. The provider must follow the reviewer's decision.",
    "Ask for everything the denial does not cover: the provider must still give you the rest.",
    `Complain to HHS OCR within 180 days of the denial${ocrBy ? ` (to be safe, by ${ocrBy})` : ""}. ${OCR_HOW}`,
  ];
  const out: Escalation = {
    kind: reviewable ? "review" : "ocr_complaint",
    reasons: [
      law(
        "A denial must be in writing and give the reason, your review rights, and how to complain to the provider or to HHS.",
        CITE.denialLetter,
      ),
      law(
        "Denials for harm reasons can be reviewed by another licensed professional; some grounds (like psychotherapy notes) cannot.",
        `${CITE.review}; ${CITE.unreviewable}`,
      ),
      law("You can complain to HHS OCR within 180 days of when you knew of the problem.", CITE.ocr),
    ],
    steps,
    document: reviewable ? "follow_up" : "ocr_complaint",
  };
  if (ocrBy) out.dueOn = ocrBy;
  return out;
}

function partial(): Escalation {
  return {
    kind: "follow_up",
    reasons: [
      law(
        "If a provider holds back part of a record, it must still give you the rest and explain in writing what it withheld and why.",
        `${CITE.partialDenial}; ${CITE.denialLetter}`,
      ),
    ],
    steps: [
      "Write to the records office listing what is missing, and ask for it or for a written reason it was withheld.",
      "If the records are somewhere else, the provider must tell you where to ask.",
      `If they refuse without a valid reason, complain to HHS OCR within 180 days. ${OCR_HOW}`,
    ],
    document: "follow_up",
  };
}

function feeDispute(): Escalation {
  return {
    kind: "follow_up",
    reasons: [
      law(
        "For your own copy, the fee must be cost-based: copying labor, supplies and postage only. Search and retrieval fees are not allowed, and records cannot be held back over an unpaid medical bill.",
        CITE.fees,
      ),
      law(
        "HHS guidance lets providers charge a flat fee of up to $6.50 for electronic copies of electronic records instead of working out costs. It is guidance, not a cap on every fee.",
        `${CITE.fees}; ${CITE.ciox}`,
      ),
    ],
    steps: [
      "Write to the records office and the privacy officer. Ask for an itemized fee and point out that search, retrieval and per-page fees for electronic copies are not allowed for your own request.",
      "Ask for an electronic copy if the records are electronic; it is usually cheapest.",
      `If they will not fix the fee, complain to HHS OCR within 180 days. ${OCR_HOW}`,
    ],
    document: "follow_up",
  };
}
