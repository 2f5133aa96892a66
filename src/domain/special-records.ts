// Notes for records and situations that change a request: psychotherapy notes, mental-health records,
// substance-use records (42 CFR Part 2, part2.ts), minors' confidential care (minors.ts), sending
// records to others (Ciox), imaging and lab results, and the state's deadline rule (free copies for
// benefits claims: fees.ts).

import { minorNotes } from "./minors.js";
import { part2Notes } from "./part2.js";
import type { Note } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";

/** Special-category notes for this situation, most consequential first. */
export function specialNotes(s: Situation): Note[] {
  const notes: Note[] = [];
  const k = s.kinds;
  const i = s.intake;
  if (k.includes("psychotherapy_notes")) {
    notes.push(
      note(
        "psychotherapy_notes",
        "Psychotherapy notes (a therapist's private session notes, kept apart from your chart) are not covered by the right of access. The therapist may still choose to share them.",
        CITE.psychotherapy,
      ),
      note(
        "psychotherapy_notes",
        "The rest of your mental-health record is covered: diagnoses, medications, treatment plans, test results and progress summaries. Sending psychotherapy notes to anyone else needs a separate authorization.",
        `${CITE.psychotherapy}; ${CITE.psychotherapyAuth}`,
      ),
    );
  }
  if (k.includes("mental_health")) notes.push(mentalHealthNote(s));
  notes.push(...part2Notes(s));
  notes.push(...minorNotes(s));
  if (s.thirdParty) notes.push(...thirdPartyNotes(s));
  if (i.purpose === "legal") {
    notes.push(
      note(
        "legal",
        "Your medical records are covered by the right of access even in a lawsuit; only material put together for the case itself is not.",
        "45 CFR 164.524(a)(1)(ii)",
      ),
    );
  }
  if (k.includes("imaging")) {
    notes.push(
      note(
        "imaging",
        "Ask for the images themselves (DICOM files on a CD or by download link), not only the radiologist's report. They must come in the form you ask for if it is readily producible.",
        CITE.format,
      ),
    );
  }
  if (i.provider?.type === "lab") {
    notes.push(
      note(
        "lab_results",
        "Lab results are not exempt: labs covered by HIPAA must give you your completed test reports when you ask.",
        `${CITE.clia}; ${CITE.access}`,
      ),
    );
  }
  if (s.deadline.stateRule) {
    const r = s.deadline.stateRule;
    notes.push({ topic: "state_deadline", text: r.text, ...(r.cite ? { cite: r.cite } : {}), certainty: r.certainty });
  }
  return notes;
}

/**
 * A patient may be refused part of a mental-health record only on a reviewable danger ground; a
 * representative also on a finding of substantial harm (164.524(a)(3)(iii)), so they are never told "only if".
 */
function mentalHealthNote(s: Situation): Note {
  if (s.representative)
    return note(
      "mental_health",
      "A mental-health record is covered by the right of access. A provider may hold part of it back from a representative where a licensed professional judges access is likely to endanger someone's life or physical safety, or is reasonably likely to cause substantial harm to the patient or another person; that decision can be reviewed.",
      `${CITE.reviewable}; 45 CFR 164.524(a)(3)(iii); ${CITE.review}`,
    );
  return note(
    "mental_health",
    "Your mental-health record is covered by the right of access. A provider may hold part back only if a licensed professional judges it is likely to endanger someone's life or physical safety, and you can ask for that decision to be reviewed. Worry that you may be upset is not enough.",
    `${CITE.reviewable}; ${CITE.review}`,
  );
}

function note(topic: string, text: string, cite: string): Note {
  return { topic, text, cite, certainty: "certain" };
}

function thirdPartyNotes(s: Situation): Note[] {
  const out: Note[] = [
    note(
      "third_party",
      "Since Ciox v. Azar (2020), a provider must follow your signed direction to send records to someone else only for electronic copies of records it keeps electronically, and HIPAA's fee limit does not apply to those.",
      `${CITE.directive}; ${CITE.ciox}`,
    ),
    note(
      "third_party",
      "For paper records, or to keep costs down, get the copy yourself and forward it, or sign a HIPAA authorization (the provider may then send it, but does not have to).",
      `${CITE.authorization}; ${CITE.ciox}`,
    ),
  ];
  if (s.intake.purpose === "continuing_care" || s.intake.purpose === "second_opinion") {
    out.push(
      note(
        "third_party",
        "If the records are going to another doctor who is treating you, that doctor's office can ask for them directly; HIPAA does not require your authorization for treatment.",
        CITE.treatment,
      ),
    );
  }
  return out;
}
