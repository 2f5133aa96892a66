// The shape of the engine's answer (POST /api/recommend, the recommendPath tool). Every statement
// about law carries its citation and how sure we are, so interfaces can show both.
import type { PathId } from "./intake.js";

/** How sure a statement is: settled law or checked source, or something to confirm first. */
export type Certainty = "certain" | "uncertain";

/** One sentence of advice. `cite` names the CFR section or statute behind any legal claim. */
export interface Statement {
  text: string;
  cite?: string;
  certainty: Certainty;
}

export interface PathAdvice {
  path: PathId;
  rank: number;
  title: string;
  reasons: Statement[];
  steps: string[];
  timeline: Statement;
  cost: Statement;
}

/**
 * The 180 days to complain to HHS OCR (45 CFR 160.306(b)(3)), counted once from when the patient knew:
 * the denial or other answer, or HIPAA's own missed deadline (never a shorter state deadline).
 */
export interface OcrWindow {
  /** YYYY-MM-DD the 180 days run from. */
  from: string;
  /** What `from` is; "request" when the answer's date is unknown and the request date is the safe, earlier start. */
  counted: "answer" | "request" | "hipaa_deadline";
  /** YYYY-MM-DD: the last day to file (OCR may accept later complaints for good cause). */
  fileBy: string;
  /** The last day is already behind `today`. */
  passed: boolean;
}

export interface Escalation {
  kind: "follow_up" | "ocr_complaint" | "review";
  reasons: Statement[];
  steps: string[];
  /** YYYY-MM-DD: when the provider's time ran out, or the last day to file with OCR. */
  dueOn?: string;
  /** Present only when an OCR complaint is open to the patient now. */
  ocr?: OcrWindow;
  document?: "follow_up" | "ocr_complaint" | "review_request";
}

/** A fact the engine lacks that would change its advice, most useful first. */
export interface Missing {
  field: string;
  why: string;
}

export interface Note {
  topic: string;
  text: string;
  cite?: string;
  certainty: Certainty;
}

export interface Recommendation {
  paths: PathAdvice[];
  escalation?: Escalation;
  missing: Missing[];
  notes: Note[];
  /** The letter kind that best fits the top path, when one applies. */
  suggestedDocument?: DocumentKind;
}

export const DOCUMENT_KINDS = [
  "access_request",
  "third_party_directive",
  "insurer_request",
  "immunization_request",
  "retrieval_authorization",
  "follow_up",
  "ocr_complaint",
  "review_request",
  "part2_consent",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
