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
      text: s.t.otherRoutes.ssa,
      cite: CITE.ssa,
      certainty: "certain",
    });
  if (isVaCare(s.intake))
    notes.push({
      topic: "va",
      text: s.t.otherRoutes.va,
      cite: CITE.va,
      certainty: "certain",
    });
  return notes;
}

function retentionNotes(s: Situation): Note[] {
  const t = s.t.otherRoutes;
  const from = s.intake.records?.from?.slice(0, 4);
  const r = s.rules;
  const state = r && s.t.stateName(r.code, r.name);
  const hospitals: Note = {
    topic: "retention",
    text: t.hospitalsFiveYears,
    cite: CITE.hospitalRetention,
    certainty: "certain",
  };
  if (r && state && r.retention) {
    return [
      {
        topic: "retention",
        text: t.retention(state, s.t.quote(r.retention), from),
        cite: `${r.name} retention rules (sources: GET /api/states/${r.code})`,
        certainty: certaintyOf(r.confidence.retention),
      },
      hospitals,
    ];
  }
  return [
    {
      topic: "retention",
      text: t.retentionUnknown(state, from),
      cite: "State record-retention laws (vary by state)",
      certainty: "uncertain",
    },
    hospitals,
  ];
}
