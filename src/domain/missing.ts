// The facts that would change the advice, most informative first. Field names are Intake paths so
// the conversation can ask for exactly that field.
import { SHORTER_STATE_RULES } from "./deadlines.js";
import { minorStatus } from "./minors.js";
import type { Missing } from "./recommendation.js";
import type { Situation } from "./situation.js";
import type { EngineText } from "./text/index.js";

/** Provider types that rarely close without a successor holding the records. */
const INSTITUTIONS: readonly string[] = ["hospital", "lab", "imaging_center", "pharmacy"];

/** The fields the engine may ask for; why each matters is the engine text's `missing`. */
type Field = keyof EngineText["missing"];

interface Ask {
  field: Field;
  /** True when the field is unknown and knowing it would change the advice. */
  needed: (s: Situation) => boolean;
}

// Ordered by how much the answer can change the ranking or the deadline.
const ASKS: readonly Ask[] = [
  {
    field: "priorRequest.sentOn",
    needed: (s) =>
      s.intake.priorRequest?.outcome !== undefined &&
      s.intake.priorRequest.outcome !== "received" &&
      !s.intake.priorRequest.sentOn,
  },
  {
    field: "records.kinds",
    needed: (s) => s.kinds.length === 0,
  },
  {
    field: "state",
    needed: (s) => !s.intake.state,
  },
  {
    // Hospitals, labs, imaging centres and pharmacies rarely close, and when they do the records go to
    // a named successor: asking whether one is "still open" is a wasted question unless the records are old.
    field: "provider.status",
    needed: (s) =>
      !s.intake.provider?.status && (!INSTITUTIONS.includes(s.intake.provider?.type ?? "") || s.olderRecords),
  },
  {
    field: "requester",
    needed: (s) => !s.intake.requester,
  },
  {
    // A parent acts only for an unemancipated minor (45 CFR 164.502(g)(3)): without the age (or the date
    // of birth) the advice to a parent cannot be given, so it is asked right after who is asking.
    field: "patient.isMinor",
    needed: (s) => s.intake.requester === "parent" && minorStatus(s.intake, s.today) === "unknown",
  },
  {
    field: "provider.portal",
    needed: (s) => !s.intake.provider?.portal && !s.providerGone && !s.beyondPortal,
  },
  {
    field: "insurer.plan",
    needed: (s) => !s.intake.insurer?.plan && (s.wantsClaims || s.cannotListProviders || s.providerGone),
  },
  {
    field: "providerCount",
    needed: (s) => s.providerCount === undefined && (s.legalOrDisability || s.intake.neededBy !== undefined),
  },
  {
    field: "provider.type",
    needed: (s) =>
      !s.intake.provider?.type &&
      s.intake.state !== undefined &&
      (SHORTER_STATE_RULES[s.intake.state] ?? []).some((r) => r.providerTypes),
  },
  {
    field: "purpose",
    needed: (s) => !s.intake.purpose,
  },
  {
    field: "neededBy",
    needed: (s) => s.manyProviders && !s.intake.neededBy,
  },
  {
    field: "recipient",
    needed: (s) => s.intake.delivery === "third_party" && !s.intake.recipient,
  },
];

/** Unknown facts that would change this advice, most informative first. */
export function missingFor(s: Situation): Missing[] {
  return ASKS.filter((a) => a.needed(s)).map((a) => ({ field: a.field, why: why(a.field, s) }));
}

function why(field: Field, s: Situation): string {
  const text = s.t.missing[field];
  return typeof text === "string" ? text : text(s.rules && s.t.stateName(s.rules.code, s.rules.name));
}
