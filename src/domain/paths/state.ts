// The state path: the state immunization registry (IIS) for shot records, and the licensing board (by
// provider type) or a bankruptcy trustee to find who keeps a closed practice's records.
import { bankruptcyReason, custodianReason, custodianSteps } from "../closed-practice.js";
import type { Candidate, Situation } from "../situation.js";
import { CITE, certaintyOf, law, maybe, tip } from "../statements.js";
import { type Factor, scoreFactors } from "./score.js";

/** The state's name in the situation's language, when the state is known. */
function stateName(s: Situation): string | undefined {
  return s.rules && s.t.stateName(s.rules.code, s.rules.name);
}

function registryReason(s: Situation): string {
  const reg = s.rules?.immunizationRegistry;
  const state = stateName(s);
  return s.t.statePath.registry(reg && state ? { name: s.t.quote(reg.name), state } : undefined);
}

const FACTORS: readonly Factor[] = [
  { when: (s) => s.immunizationsOnly, points: 45, reason: (s) => tip(registryReason(s)) },
  { when: (s) => s.immunizationPurpose, points: 25, reason: (s) => tip(s.t.statePath.forms) },
  {
    when: (s) => !s.immunizationsOnly && s.kinds.includes("immunizations"),
    points: 5,
    reason: (s) => tip(s.t.statePath.alsoRegistry(registryReason(s))),
  },
  { when: (s) => s.providerGone, points: 60, reason: custodianReason },
  { when: (s) => s.intake.provider?.status === "bankrupt", points: 0, reason: bankruptcyReason },
  { when: (s) => s.intake.provider?.status === "deceased", points: 0, reason: (s) => tip(s.t.statePath.doctorDied) },
];

/** Scores and describes the state path (registry or custodian search). */
export function statePath(s: Situation): Candidate {
  const t = s.t.statePath;
  const { score, reasons } = scoreFactors(10, FACTORS, s);
  const gone = s.providerGone && !s.immunizationsOnly;
  const immunization = s.kinds.includes("immunizations") && !gone;
  return {
    path: "state",
    score,
    title: gone
      ? s.intake.provider?.status === "bankrupt"
        ? t.titleTrustee
        : t.titleCustodian
      : immunization
        ? t.titleRegistry
        : t.titleGeneric,
    reasons: reasons.length > 0 ? reasons : [tip(t.fallback)],
    steps: gone ? custodianSteps(s) : immunization ? registrySteps(s) : genericSteps(s),
    timeline: gone ? maybe(t.timelineCustodian) : maybe(t.timelineRegistry),
    cost: gone ? law(t.costCustodian, CITE.fees) : maybe(t.costRegistry),
  };
}

function registrySteps(s: Situation): string[] {
  const t = s.t.statePath;
  const reg = s.rules?.immunizationRegistry;
  const out: string[] = [];
  if (reg) {
    out.push(t.contactRegistry(s.t.quote(reg.name), reg.url));
    if (reg.patientAccess) out.push(t.howToAsk(stateName(s), s.t.quote(reg.patientAccess)));
  } else {
    out.push(t.findRegistry);
  }
  out.push(t.haveReady, t.askDoctor, t.checkPrintout);
  return out;
}

function genericSteps(s: Situation): string[] {
  const t = s.t.statePath;
  const out = [t.genericShots, t.genericClosed];
  if (s.rules?.vitalRecordsUrl)
    out.push(t.vitalRecords(s.rules.vitalRecordsUrl, certaintyOf(s.rules.confidence.vitalRecordsUrl) === "certain"));
  return out;
}
