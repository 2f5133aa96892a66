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
  { when: leads, points: 60, reason: (s) => tip(s.t.retrieval.leads) },
  { when: (s) => s.manyProviders, points: 20, reason: (s) => tip(s.t.retrieval.manyProviders(s.providerCount)) },
  { when: (s) => s.legalOrDisability, points: 20, reason: (s) => tip(s.t.retrieval.legalCase) },
  { when: (s) => s.deadlineTight, points: 5 },
  { when: (s) => s.providerCount === 1, points: -10 },
  {
    when: () => true,
    points: 0,
    reason: (s) => law(s.t.retrieval.authorization, `${CITE.authorization}; ${CITE.ciox}`),
  },
  { when: () => true, points: 0, reason: (s) => tip(s.t.retrieval.cheaper) },
];

/** Scores and describes the retrieval-service path. */
export function retrievalPath(s: Situation): Candidate {
  const t = s.t.retrieval;
  const { score, reasons } = scoreFactors(5, FACTORS, s);
  const steps = [t.privacy, t.signAuthorization];
  if (s.kinds.includes("substance_use")) steps.push(t.part2);
  steps.push(t.giveList, t.askFollowUp, t.doItYourself);
  return {
    path: "retrieval_service",
    score,
    title: t.title,
    reasons,
    steps,
    timeline: maybe(t.timeline),
    cost: maybe(t.cost, CITE.ciox),
  };
}
