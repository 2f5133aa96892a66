// The documents module's front door: build a letter of any kind, render it, name its file.
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { DocumentKind } from "../domain/recommendation.js";
import { clinicHolding } from "../domain/situation.js";
import type { Letter } from "./letter.js";
import { accessRequest } from "./letters/access-request.js";
import { followUp } from "./letters/follow-up.js";
import { immunizationRequest } from "./letters/immunization-request.js";
import { insurerRequest } from "./letters/insurer-request.js";
import { ocrComplaint } from "./letters/ocr-complaint.js";
import { part2Consent } from "./letters/part2-consent.js";
import { retrievalAuthorization } from "./letters/retrieval-authorization.js";
import { reviewRequest } from "./letters/review-request.js";
import { thirdPartyDirective } from "./letters/third-party-directive.js";
import { withMinorStatus } from "./representative.js";

export type { Letter } from "./letter.js";
export { renderDocx } from "./render-docx.js";
export { renderPdf } from "./render-pdf.js";
export { renderText } from "./render-text.js";

export interface LetterOptions {
  /** YYYY-MM-DD: the letter's date; deadlines are counted from it. */
  today: string;
  /**
   * The clinic whose page the patient is on. A letter uses its records office only when the Intake
   * names it as the provider; builders receive it only then.
   */
  clinic?: ClinicFacts | null;
}

const BUILDERS: Record<DocumentKind, (intake: Intake, opts: LetterOptions) => Letter> = {
  access_request: accessRequest,
  third_party_directive: thirdPartyDirective,
  insurer_request: insurerRequest,
  immunization_request: immunizationRequest,
  retrieval_authorization: retrievalAuthorization,
  follow_up: followUp,
  ocr_complaint: ocrComplaint,
  review_request: reviewRequest,
  part2_consent: part2Consent,
};

/** Builds the letter of `kind` from the Intake alone (pure): missing facts are marked blanks. */
export function buildLetter(kind: DocumentKind, intake: Intake, options: LetterOptions): Letter {
  // The host clinic is the addressee only when the patient said the records are its own.
  return BUILDERS[kind](withMinorStatus(intake, options.today), {
    ...options,
    clinic: clinicHolding(intake, options.clinic) ?? null,
  });
}

/** "recordpath-access-request-2026-11-26.docx" (or .pdf, .txt). */
export function letterFilename(kind: DocumentKind, today: string, ext: "docx" | "pdf" | "txt" = "docx"): string {
  return `recordpath-${kind.replaceAll("_", "-")}-${today}.${ext}`;
}
