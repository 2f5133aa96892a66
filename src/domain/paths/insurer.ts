// The insurer path: the health plan's claims history (and, for some plans, the Patient Access
// API). Best for claims and for rebuilding a forgotten list of providers; never the full chart.
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, tip } from "../statements.js";
import { type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  { when: (s) => s.planNone, points: -100, reason: (s) => tip(s.t.insurer.noPlan) },
  { when: (s) => s.wantsClaims, points: 45, reason: (s) => law(s.t.insurer.claims, `${CITE.access}; ${CITE.drs}`) },
  { when: (s) => s.cannotListProviders, points: 40, reason: (s) => tip(s.t.insurer.rebuildList) },
  { when: (s) => s.providerGone, points: 15, reason: (s) => tip(s.t.insurer.practiceGone) },
  { when: (s) => s.apiPlan, points: 5, reason: (s) => law(s.t.insurer.api, CITE.patientAccessApi) },
  {
    when: (s) => s.intake.insurer?.plan === "employer",
    points: 0,
    reason: (s) => law(s.t.insurer.employer, `${CITE.access}; ${CITE.patientAccessApi}`),
  },
  {
    when: (s) => s.intake.insurer?.plan === "medicare",
    points: 0,
    reason: (s) => law(s.t.insurer.medicare, `${CITE.patientAccessApi}; CMS Blue Button 2.0 (bluebutton.cms.gov)`),
  },
  { when: (s) => s.beyondPortal && !s.wantsClaims, points: -5, reason: (s) => tip(s.t.insurer.notChart) },
  { when: (s) => s.immunizationsOnly, points: -10 },
];

/** Scores and describes the health-plan path. */
export function insurerPath(s: Situation): Candidate {
  const t = s.t.insurer;
  const { score, reasons } = scoreFactors(20, FACTORS, s);
  const plan = s.intake.insurer?.plan;
  const steps = [t.signIn(s.intake.insurer?.name ?? t.yourPlan)];
  if (s.apiPlan) steps.push(t.connectApp);
  if (plan === "medicare") steps.push(t.medicareGov);
  steps.push(t.callMemberServices, t.thenProviders);
  return {
    path: "insurer",
    score,
    title: t.title,
    reasons: reasons.length > 0 ? reasons : [tip(t.fallback)],
    steps,
    timeline: law(t.timeline, `${CITE.patientAccessApi}; ${CITE.deadline}`),
    cost: law(t.cost, CITE.fees),
  };
}
