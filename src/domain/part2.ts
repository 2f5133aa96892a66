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
  const out: Note[] = [
    note(
      "Records from a federally assisted substance-use treatment program are protected by 42 CFR Part 2. You can get your own records without a special consent.",
      PART2_CITE.own,
    ),
    note(
      "To send those records to anyone else (a lawyer, an insurer, an app, a retrieval service), you need a written Part 2 consent with every element of 42 CFR 2.31; a HIPAA authorization or a direction to send records is not enough on its own. We can draft the Part 2 consent, or you can use the program's own form. The simplest way is to ask for the records yourself.",
      PART2_CITE.consent,
    ),
  ];
  out.push(...minorSudNotes(s));
  if (s.intake.patient?.isDeceased)
    out.push(
      note(
        "For a patient who has died, the Part 2 consent is signed by the executor, administrator or other personal representative appointed under state law; if there is none, by the spouse or, failing that, a responsible family member.",
        PART2_CITE.deceased,
      ),
    );
  return out;
}
