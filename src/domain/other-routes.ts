// Routes and limits beyond the request itself (issue 14, point 10): how long records are kept (old
// records may be gone), Social Security's own gathering of records for disability claims (SSA-827),
// and the VA's release-of-information office and form for VA care.
import type { Intake } from "./intake.js";
import type { Note } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE, certaintyOf } from "./statements.js";

/** A VA facility named as the provider ("VA Palo Alto", "Veterans Affairs Medical Center", "VAMC"). */
const VA_PROVIDER = /\bVA\b|\bVAMC\b|Veterans Affairs|Veterans Health/;

export function isVaCare(intake: Intake): boolean {
  return intake.insurer?.plan === "va" || VA_PROVIDER.test(intake.provider?.name ?? "");
}

/** Notes on retention, SSA and the VA that apply to this situation. */
export function otherRouteNotes(s: Situation): Note[] {
  const notes: Note[] = [];
  if (s.olderRecords) notes.push(...retentionNotes(s));
  if (s.intake.purpose === "disability")
    notes.push({
      topic: "ssa",
      text: "For a Social Security disability claim, Social Security (through your state's Disability Determination Services) asks your providers for the records itself, using the authorization you sign, form SSA-827; you do not have to collect them first. Your own copy still lets you check what they will see.",
      cite: CITE.ssa,
      certainty: "certain",
    });
  if (isVaCare(s.intake))
    notes.push({
      topic: "va",
      text: "For care at a VA facility, write to that facility's Release of Information office (or its privacy officer) with a signed request; VA Form 10-5345a, 'Individual's Request for a Copy of Their Own Health Information', is the VA's own form. My HealtheVet's Blue Button also shows much of the record online. Records from community care doctors the VA paid for are held by those doctors.",
      cite: CITE.va,
      certainty: "certain",
    });
  return notes;
}

function retentionNotes(s: Situation): Note[] {
  const from = s.intake.records?.from?.slice(0, 4);
  const r = s.rules;
  const hospitals: Note = {
    topic: "retention",
    text: "HIPAA itself sets no period for keeping the medical record; Medicare requires hospitals to keep records at least 5 years.",
    cite: CITE.hospitalRetention,
    certainty: "certain",
  };
  if (r?.retention) {
    return [
      {
        topic: "retention",
        text: `How long records must be kept in ${r.name}: ${r.retention} Records from ${from} may be older than that, so ask the records office whether they still have them before you wait on a request.`,
        cite: `${r.name} retention rules (sources: GET /api/states/${r.code})`,
        certainty: certaintyOf(r.confidence.retention),
      },
      hospitals,
    ];
  }
  return [
    {
      topic: "retention",
      text: `How long providers must keep records varies by state and by type of provider${r ? `, and we have no ${r.name} rule` : ""}, so records from ${from} may be gone: ask the records office whether they still have them before you wait on a request.`,
      cite: "State record-retention laws (vary by state)",
      certainty: "uncertain",
    },
    hospitals,
  ];
}
