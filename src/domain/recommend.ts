// The recommendation engine: ranks the five paths for an Intake, with reasons, steps, timeline and
// cost, plus escalations, notes for special records, missing facts and the letter that fits.

import type { ClinicFacts } from "../clinics/schema.js";
import type { Lang } from "../i18n/langs.js";
import { escalationFor } from "./escalation.js";
import { feeNotes } from "./fees.js";
import type { Intake, PathId } from "./intake.js";
import { missingFor } from "./missing.js";
import { otherRouteNotes } from "./other-routes.js";
import { insurerPath } from "./paths/insurer.js";
import { portalPath } from "./paths/portal.js";
import { providerPath } from "./paths/provider.js";
import { retrievalPath } from "./paths/retrieval.js";
import { statePath } from "./paths/state.js";
import type { DocumentKind, Escalation, PathAdvice, Recommendation } from "./recommendation.js";
import { representativeNotes } from "./representatives.js";
import { type Candidate, type Situation, situationOf } from "./situation.js";
import { specialNotes } from "./special-records.js";
import { urgentNotes } from "./urgency.js";

/** What a clinic (tenant) tells us about itself, derived from its record; used in steps when the patient's provider is that clinic. */
export type { ClinicFacts };

/**
 * Ranks all five paths for this intake (rank 1 = best). Pure: the only input besides the intake is
 * `today` (YYYY-MM-DD), which defaults to the current UTC date; pass it for reproducible results.
 * `lang` (English by default) is the language of every sentence; rankings, citations and certainty
 * never depend on it.
 */
export function recommendPath(
  intake: Intake,
  options: { today?: string; clinic?: ClinicFacts; lang?: Lang } = {},
): Recommendation {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const s = situationOf(intake, today, options.clinic, options.lang);
  // Listed in tie-break order: on equal scores the written request (the default legal path) wins.
  const candidates: Candidate[] = [providerPath(s), portalPath(s), insurerPath(s), statePath(s), retrievalPath(s)];
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const paths: PathAdvice[] = ranked.map((c, i) => ({
    path: c.path,
    rank: i + 1,
    title: c.title,
    reasons: c.reasons,
    steps: c.steps,
    timeline: c.timeline,
    cost: c.cost,
  }));
  const esc = escalationFor(s);
  const out: Recommendation = {
    paths,
    missing: missingFor(s),
    // Urgency leads: when the records are needed before the deadline, what works in days comes first.
    notes: [
      ...(s.urgent ? urgentNotes(s) : []),
      ...esc.notes,
      ...representativeNotes(s),
      ...specialNotes(s),
      ...feeNotes(s),
      ...otherRouteNotes(s),
    ],
  };
  if (esc.escalation) out.escalation = esc.escalation;
  const doc = documentFor(s, ranked[0]!.path, esc.escalation);
  if (doc) out.suggestedDocument = doc;
  return out;
}

/** The letter that best fits: an escalation's letter first, otherwise the top path's. */
function documentFor(s: Situation, top: PathId, escalation: Escalation | undefined): DocumentKind | undefined {
  if (escalation?.document) return escalation.document;
  switch (top) {
    case "portal":
      return undefined;
    case "provider":
      // A mandatory directive covers only electronic copies (Ciox); Part 2 records need their own consent.
      if (s.thirdParty && s.intake.format !== "paper" && !s.kinds.includes("substance_use"))
        return "third_party_directive";
      return "access_request";
    case "insurer":
      return "insurer_request";
    case "state":
      return s.providerGone && !s.immunizationsOnly ? "access_request" : "immunization_request";
    case "retrieval_service":
      // A 164.508 authorization alone does not let a Part 2 program disclose (42 CFR 2.31).
      return s.kinds.includes("substance_use") ? "part2_consent" : "retrieval_authorization";
  }
}
