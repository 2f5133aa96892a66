// The retrieval-service path: a service collects records from many providers under the patient's
// signed HIPAA authorization. Worth it for many providers with a deadline, or legal and disability
// matters; doing it yourself is always cheaper.
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, maybe, tip } from "../statements.js";
import { type Factor, scoreFactors } from "./score.js";

/** Many providers with a deadline, or a legal or disability matter spanning several providers. */
function leads(s: Situation): boolean {
  const count = s.providerCount ?? 0;
  return (s.manyProviders && (s.deadlineTight || s.legalOrDisability)) || (count >= 2 && s.legalOrDisability);
}

const FACTORS: readonly Factor[] = [
  {
    when: leads,
    points: 60,
    reason: () =>
      tip(
        "With records at several providers and a deadline or a case to support, a service that chases every office for you can save weeks of calls.",
      ),
  },
  {
    when: (s) => s.manyProviders,
    points: 20,
    reason: (s) =>
      tip(`Records from ${s.providerCount} providers mean ${s.providerCount} separate requests to send and follow up.`),
  },
  {
    when: (s) => s.legalOrDisability,
    points: 20,
    reason: () =>
      tip("Lawyers and disability claims often use a records service; sometimes the attorney's office pays for it."),
  },
  { when: (s) => s.deadlineTight, points: 5 },
  { when: (s) => s.providerCount === 1, points: -10 },
  {
    when: () => true,
    points: 0,
    reason: () =>
      law(
        "A service needs your signed HIPAA authorization. Under an authorization the provider may send records but does not have to, and state fee schedules apply instead of HIPAA's patient fee limit.",
        `${CITE.authorization}; ${CITE.ciox}`,
      ),
  },
  {
    when: () => true,
    points: 0,
    reason: () => tip("Doing it yourself is cheaper: ask each provider for your own copy, then share it."),
  },
];

/** Scores and describes the retrieval-service path. */
export function retrievalPath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(5, FACTORS, s);
  const steps = [
    "Pick a service and read its privacy policy: services you choose are usually not covered by HIPAA, and some share or sell de-identified data.",
    "Sign its HIPAA authorization. Check that it names each provider, which records and dates, who receives them, the purpose, an end date, and your right to cancel in writing.",
  ];
  if (s.kinds.includes("substance_use"))
    steps.push(
      "For substance-use treatment records, the authorization must also meet 42 CFR Part 2 (use the program's consent form).",
    );
  steps.push(
    "Give it your list of providers; your health plan's claims history helps you make it.",
    "Ask how often it follows up, when it stops trying, and how you will get the records.",
    "Cheaper: ask each provider yourself (the provider path). Free tools such as Fasten Health (open source) can also gather records from many portals with your sign-ins.",
  );
  return {
    path: "retrieval_service",
    score,
    title: "Use a records retrieval service",
    reasons,
    steps,
    timeline: maybe("Usually several weeks; each provider still has up to its legal deadline to answer."),
    cost: maybe(
      "Prices vary. Some services are free because research partners pay (for example Citizen Health, for some rare diseases); others charge per provider, or a law firm pays. HIPAA's patient fee limit does not apply to copies sent to a service.",
      CITE.ciox,
    ),
  };
}
