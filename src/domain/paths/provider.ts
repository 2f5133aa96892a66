// The provider path: a written HIPAA right-of-access request to the records office (HIM). The
// default legal path: the whole designated record set, by a deadline, for a cost-based fee.

import type { Statement } from "../recommendation.js";
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, tip } from "../statements.js";
import { urgentSteps } from "../urgency.js";
import { type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  {
    when: () => true,
    points: 0,
    reason: (s) => law(s.t.provider.rightOfAccess, `${CITE.access}; ${CITE.drs}`),
  },
  { when: (s) => s.beyondPortal, points: 10, reason: (s) => tip(s.t.provider.recordsOfficeHolds) },
  { when: (s) => s.olderRecords, points: 5 },
  { when: (s) => s.portalNone, points: 5 },
  { when: (s) => s.providerGone, points: -10, reason: (s) => tip(s.t.provider.practiceGone) },
  { when: (s) => s.merged, points: 5, reason: (s) => tip(s.t.provider.merged) },
  {
    when: (s) => s.wantsClaims && !s.kinds.some((k) => k !== "claims"),
    points: -25,
    reason: (s) => tip(s.t.provider.claimsFromPlan),
  },
  { when: (s) => s.immunizationsOnly, points: -5 },
  {
    when: (s) => s.thirdParty,
    points: 0,
    reason: (s) => law(s.t.provider.directive, `${CITE.directive}; ${CITE.ciox}`),
  },
  {
    when: (s) => s.legalOrDisability,
    points: 5,
    reason: (s) => law(s.t.provider.legalCase, CITE.deadline),
  },
];

/** Scores and describes the written-request path. */
export function providerPath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(50, FACTORS, s);
  return {
    path: "provider",
    score,
    title: s.t.provider.title,
    reasons,
    steps: steps(s),
    timeline: timeline(s),
    cost: cost(s),
  };
}

function steps(s: Situation): string[] {
  const t = s.t.provider;
  // When the records are needed before the deadline, what works in days comes first.
  const out: string[] = s.urgent ? urgentSteps(s) : [];
  const office = s.clinic?.recordsOffice;
  if (s.providerGone) out.push(t.findCustodianFirst);
  if (s.merged) out.push(t.callSuccessor);
  if (s.clinic && office) {
    const how = [
      office.phone && t.contact.phone(office.phone),
      office.email && t.contact.email(office.email),
      office.fax && t.contact.fax(office.fax),
      office.address && t.contact.mail(office.address),
    ].filter((x): x is string => Boolean(x));
    out.push(t.contactClinic(s.clinic.name, how));
  } else {
    out.push(t.callOffice);
  }
  out.push(s.clinic?.requestFormUrl ? t.clinicForm(s.clinic.requestFormUrl) : t.ownForm);
  out.push(t.whatToAsk, t.howToGet, t.sendProvably);
  if (s.representative) out.push(t.attachProof);
  out.push(t.followUpAfter(s.t.days(s.deadline.days, s.deadline.kind)));
  return out;
}

function timeline(s: Situation): Statement {
  const d = s.deadline;
  const text = s.t.provider.timeline({
    days: s.t.days(d.days, d.kind),
    ...(d.covers && s.rules ? { scope: { state: s.t.stateName(s.rules.code, s.rules.name), covers: d.covers } } : {}),
    ...(d.extensionDays > 0 ? { extendedTo: s.t.days(d.days + d.extensionDays, d.kind) } : {}),
    ...(s.clinic?.turnaroundDays !== undefined
      ? { clinic: { name: s.clinic.name, days: s.clinic.turnaroundDays } }
      : {}),
  });
  return { text, cite: d.basis.cite ?? CITE.deadline, certainty: d.basis.certainty };
}

function cost(s: Situation): Statement {
  const t = s.t.provider;
  if (s.thirdParty) return law(t.costThirdParty, `${CITE.ciox}; ${CITE.fees}`);
  const parts = [t.costBased, t.flatFee, t.feeUpFront];
  if (s.clinic?.fees) parts.push(t.clinicFees(s.clinic.name, s.clinic.fees.replace(/[.!\s]+$/, "")));
  if (s.intake.purpose === "disability") parts.push(t.disabilityFree);
  return law(parts.join(" "), CITE.fees);
}
