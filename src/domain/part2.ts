// Substance-use disorder records from a federally assisted program (42 CFR Part 2): the patient's own
// access (2.23), a Part 2 consent with every element of 2.31 for anyone else (a HIPAA directive or a
// 164.508 authorization alone does not do), who consents for a minor (2.14) or after death (2.15).
import { minorSudNotes, PART2_MINORS } from "./minors.js";
import type { Note } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";

/** The Part 2 sections the engine and the letters cite, spelled once. */
export const PART2_CITE = {
  own: CITE.part2Own,
  consent: CITE.part2Consent,
  minors: PART2_MINORS,
  deceased: "42 CFR 2.15",
  notice: "42 CFR 2.32",
} as const;

const note = (text: string, cite: string, certainty: Note["certainty"] = "certain"): Note => ({
  topic: "substance_use",
  text,
  cite,
  certainty,
});

/** Every note about substance-use records for this situation; empty when none were asked for. */
export function part2Notes(s: Situation): Note[] {
  if (!s.kinds.includes("substance_use")) return [];
  const t = s.t.part2;
  const out: Note[] = [note(t.ownAccess, PART2_CITE.own), note(t.consentNeeded, PART2_CITE.consent)];
  out.push(...minorSudNotes(s));
  if (s.intake.patient?.isDeceased) out.push(note(t.deceased, PART2_CITE.deceased));
  return out;
}
