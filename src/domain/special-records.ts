// Notes for records and situations that change a request: psychotherapy notes, substance-use
// records (42 CFR Part 2), minors' confidential care, sending records to others (Ciox), imaging and
// lab results, and the state's deadline rule (free copies for benefits claims: fees.ts).

import { ageOn } from "./paths/score.js";
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
  if (k.includes("mental_health")) {
    notes.push(
      note(
        "mental_health",
        "Your mental-health record is covered by the right of access. A provider may hold part back only if a licensed professional judges it is likely to endanger someone's life or physical safety, and you can ask for that decision to be reviewed. Worry that you may be upset is not enough.",
        `${CITE.reviewable}; ${CITE.review}`,
      ),
    );
  }
  if (k.includes("substance_use")) {
    notes.push(
      note(
        "substance_use",
        "Records from a federally assisted substance-use treatment program are protected by 42 CFR Part 2. You can get your own records without a special consent.",
        CITE.part2Own,
      ),
      note(
        "substance_use",
        "To send those records to anyone else (a lawyer, an app, a retrieval service), you need a written consent that meets 42 CFR 2.31, usually the program's own consent form. The simplest way is to ask for them yourself.",
        CITE.part2Consent,
      ),
    );
  }
  if (i.patient?.isMinor) notes.push(...minorNotes(s));
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

function note(topic: string, text: string, cite: string): Note {
  return { topic, text, cite, certainty: "certain" };
}

function minorNotes(s: Situation): Note[] {
  const who = s.intake.requester;
  if (who === "parent" || who === "guardian") {
    const out: Note[] = [
      note(
        "minor",
        "A parent usually acts for a child, but not for care the child could legally get on their own (in many states birth control, STI testing or counseling) or where the parent agreed to keep it confidential. State law then decides whether a parent can see those records.",
        CITE.minors,
      ),
    ];
    const age = ageOn(s.intake.patient?.dateOfBirth, s.today);
    if (age === undefined || age >= 12) {
      out.push({
        topic: "minor",
        text: "Many portals limit a parent's proxy access from about age 12 or 13. You may need to ask the records office for copies, which may leave out the teen's confidential care.",
        certainty: "uncertain",
      });
    }
    return out;
  }
  return [
    {
      topic: "minor",
      text: "You can usually ask for the records of care you agreed to yourself. The details depend on your state's law, so the records office may ask questions.",
      cite: CITE.minors,
      certainty: "uncertain",
    },
  ];
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
