// The insurer path: the health plan's claims history (and, for some plans, the Patient Access
// API). Best for claims and for rebuilding a forgotten list of providers; never the full chart.
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, tip } from "../statements.js";
import { type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  {
    when: (s) => s.planNone,
    points: -100,
    reason: () => tip("You told us you have no health plan, so there is no claims history to ask for."),
  },
  {
    when: (s) => s.wantsClaims,
    points: 45,
    reason: () =>
      law(
        "Your health plan must give you your claims and payment records: they are part of its designated record set.",
        `${CITE.access}; ${CITE.drs}`,
      ),
  },
  {
    when: (s) => s.cannotListProviders,
    points: 40,
    reason: () =>
      tip(
        "Your claims history lists every provider who billed your plan, with the dates of service, so it rebuilds the list you cannot remember.",
      ),
  },
  {
    when: (s) => s.providerGone,
    points: 15,
    reason: () =>
      tip("Claims can confirm the dates and diagnoses from a practice that closed while you look for its records."),
  },
  {
    when: (s) => s.apiPlan,
    points: 5,
    reason: () =>
      law(
        "Medicare Advantage, Medicaid, CHIP and federal marketplace plans must offer a Patient Access API: an app you choose can pull your claims, and clinical data the plan holds, back to 2016.",
        CITE.patientAccessApi,
      ),
  },
  {
    when: (s) => s.intake.insurer?.plan === "employer",
    points: 0,
    reason: () =>
      law(
        "Employer plans do not have to offer the Patient Access API, but they must still give you your claims records when you ask.",
        `${CITE.access}; ${CITE.patientAccessApi}`,
      ),
  },
  {
    when: (s) => s.intake.insurer?.plan === "medicare",
    points: 0,
    reason: () =>
      law(
        "Traditional Medicare is not covered by the Patient Access API rule, but Medicare.gov shows your claims and Blue Button 2.0 apps can pull your Part A, B and D claims.",
        `${CITE.patientAccessApi}; CMS Blue Button 2.0 (bluebutton.cms.gov)`,
      ),
  },
  {
    when: (s) => s.beyondPortal && !s.wantsClaims,
    points: -5,
    reason: () => tip("A plan holds claims and some results, not your full chart, notes or images."),
  },
  { when: (s) => s.immunizationsOnly, points: -10 },
];

/** Scores and describes the health-plan path. */
export function insurerPath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(20, FACTORS, s);
  const plan = s.intake.insurer?.plan;
  const name = s.intake.insurer?.name ?? "your health plan";
  const steps = [
    `Sign in to ${name}'s member website or app and download your claims history (also called Explanations of Benefits, or EOBs).`,
  ];
  if (s.apiPlan)
    steps.push(
      "To get the data into an app, look on the plan's website for 'Patient Access API' or 'Connect an app' and pick an app you trust.",
    );
  if (plan === "medicare")
    steps.push("On Medicare.gov, sign in and view your claims; a Blue Button 2.0 app can download them.");
  steps.push(
    "Or call the member services number on your card and ask for your claims history for the dates you need, in writing.",
    "Use the list of providers and dates to ask each provider for the chart itself.",
  );
  return {
    path: "insurer",
    score,
    title: "Get your claims history from your health plan",
    reasons:
      reasons.length > 0
        ? reasons
        : [tip("Your plan's claims history shows which providers you saw and when, but not the chart itself.")],
    steps,
    timeline: law(
      "Claims in the member website: right away. Patient Access API apps: new claims appear within one business day after the plan processes them. A written request: up to 30 days.",
      `${CITE.patientAccessApi}; ${CITE.deadline}`,
    ),
    cost: law(
      "Free on the member website or through an app. A written copy can carry only a cost-based fee.",
      CITE.fees,
    ),
  };
}
