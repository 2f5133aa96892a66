// What the patient is told about a drafted letter, in English. Letters are written in English (a US
// records office reads English), so an English conversation needs no explanation of one.
import type { DocumentKind } from "../../recommendation.js";

/** What a letter's explanation may name. */
export interface LetterFacts {
  /** The provider the letter goes to or names, when known. */
  provider?: string;
  /** Who receives the records, when the letter sends them to someone. */
  recipient?: string;
  /** The health plan, for a request to one. */
  insurer?: string;
  /** How long the provider has to answer, in words. */
  days: string;
}

export const letters = {
  /** A blank's label as the patient reads it, pointing at the letter's own "[fill in: …]". */
  blank: (label: string) => label,
  /** A paragraph on what the English letter says and what to do with it; none when it is in the patient's language. */
  explain: (_kind: DocumentKind, _facts: LetterFacts): string | undefined => undefined,
  /** Opens the explanation on the letter's "notes for you" page. */
  notesLabel: "",
};
