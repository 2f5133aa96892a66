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
  const t = s.t.special;
  if (k.includes("psychotherapy_notes")) {
    notes.push(
      note("psychotherapy_notes", t.psychotherapyNotCovered, CITE.psychotherapy),
      note("psychotherapy_notes", t.psychotherapyRest, `${CITE.psychotherapy}; ${CITE.psychotherapyAuth}`),
    );
  }
  if (k.includes("mental_health")) notes.push(mentalHealthNote(s));
  notes.push(...part2Notes(s));
  notes.push(...minorNotes(s));
  if (s.thirdParty) notes.push(...thirdPartyNotes(s));
  if (i.purpose === "legal") {
    notes.push(note("legal", t.legal, "45 CFR 164.524(a)(1)(ii)"));
  }
  if (k.includes("imaging")) {
    notes.push(note("imaging", t.imaging, CITE.format));
  }
  if (i.provider?.type === "lab") {
    notes.push(note("lab_results", t.lab, `${CITE.clia}; ${CITE.access}`));
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
      s.t.special.mentalHealthRepresentative,
      `${CITE.reviewable}; 45 CFR 164.524(a)(3)(iii); ${CITE.review}`,
    );
  return note("mental_health", s.t.special.mentalHealth, `${CITE.reviewable}; ${CITE.review}`);
}

function note(topic: string, text: string, cite: string): Note {
  return { topic, text, cite, certainty: "certain" };
}

function thirdPartyNotes(s: Situation): Note[] {
  const t = s.t.special;
  const out: Note[] = [
    note("third_party", t.directive, `${CITE.directive}; ${CITE.ciox}`),
    note("third_party", t.paperOrAuthorization, `${CITE.authorization}; ${CITE.ciox}`),
  ];
  if (s.intake.purpose === "continuing_care" || s.intake.purpose === "second_opinion")
    out.push(note("third_party", t.treatingDoctor, CITE.treatment));
  return out;
}
