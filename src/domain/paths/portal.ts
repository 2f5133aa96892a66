// The portal path: download what the provider's patient portal already shows. Fast and free, but a
// portal is not the whole record (DOMAIN.md §3), so it leads only for what portals carry.
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, maybe, tip } from "../statements.js";
import { ageOn, type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  { when: (s) => s.portalNone, points: -100, reason: (s) => tip(s.t.portal.noPortal) },
  { when: (s) => s.providerGone, points: -60, reason: (s) => tip(s.t.portal.practiceClosed) },
  { when: (s) => s.intake.provider?.portal === "active", points: 15, reason: (s) => tip(s.t.portal.active) },
  // Locked out, a reset that never comes, or no account: the written request does not depend on
  // getting in, so it leads (issue 15, point 6); the portal stays the next option.
  { when: (s) => s.intake.provider?.portal === "no_access", points: -15, reason: (s) => tip(s.t.portal.noAccess) },
  { when: (s) => s.portalFriendly, points: 20, reason: (s) => tip(s.t.portal.friendly) },
  { when: (s) => s.beyondPortal, points: -25, reason: (s) => tip(s.t.portal.notWhole) },
  { when: (s) => s.olderRecords, points: -30, reason: (s) => tip(s.t.portal.older) },
  { when: (s) => s.legalOrDisability, points: -20, reason: (s) => tip(s.t.portal.legalCase) },
  {
    when: (s) => s.intake.requester === "executor" || s.intake.patient?.isDeceased === true,
    points: -30,
    reason: (s) => tip(s.t.portal.deceased),
  },
  {
    when: (s) => s.intake.requester === "parent" && (ageOn(s.intake.patient?.dateOfBirth, s.today) ?? 0) >= 12,
    points: -10,
    reason: (s) => tip(s.t.portal.teenProxy),
  },
  {
    // Issue 14: a teen's confidential care is often hidden from portals, and a parent may share the account.
    when: (s) => s.confidentialMinorCare,
    points: -30,
    reason: (s) => maybe(s.t.portal.teenConfidential),
  },
  { when: (s) => s.thirdParty, points: -5 },
  { when: (s) => s.immunizationPurpose, points: -5 },
];

/** Scores and describes the portal path. */
export function portalPath(s: Situation): Candidate {
  const t = s.t.portal;
  const { score, reasons } = scoreFactors(40, FACTORS, s);
  const clinic = s.clinic;
  const steps: string[] = [clinic?.portalUrl ? t.signInClinic(clinic.name, clinic.portalUrl) : t.signIn];
  if (s.intake.provider?.portal !== "active") steps.push(t.noAccount);
  steps.push(t.whereToLook, t.download, t.apps, t.missing);
  return {
    path: "portal",
    score,
    title: t.title,
    reasons: reasons.length > 0 ? reasons : [tip(t.quickest)],
    steps,
    timeline: tip(t.timeline),
    cost: law(t.cost, `${CITE.fees}; ${CITE.vdt}`),
  };
}
