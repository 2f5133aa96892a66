// The portal path: download what the provider's patient portal already shows. Fast and free, but a
// portal is not the whole record (DOMAIN.md §3), so it leads only for what portals carry.
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, maybe, tip } from "../statements.js";
import { ageOn, type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  {
    when: (s) => s.portalNone,
    points: -100,
    reason: () => tip("This provider has no patient portal, so this path is not open to you."),
  },
  {
    when: (s) => s.providerGone,
    points: -60,
    reason: () => tip("When a practice closes, its portal is usually shut down too."),
  },
  {
    when: (s) => s.intake.provider?.portal === "active",
    points: 15,
    reason: () => tip("You already have portal access, so this is the fastest way: usually minutes."),
  },
  {
    // Locked out, a reset that never comes, or no account: the written request does not depend on
    // getting in, so it leads (issue 15, point 6); the portal stays the next option.
    when: (s) => s.intake.provider?.portal === "no_access",
    points: -15,
    reason: () => tip("You can usually set up a portal account in a day, with a sign-up code from the front desk."),
  },
  {
    when: (s) => s.portalFriendly,
    points: 20,
    reason: () =>
      tip(
        "Portals usually show test results, visit summaries, medication lists and immunizations, which is what you asked for.",
      ),
  },
  {
    when: (s) => s.beyondPortal,
    points: -25,
    reason: () =>
      tip(
        "A portal is not your whole record: it usually leaves out images, older or scanned records, detailed billing and psychotherapy notes.",
      ),
  },
  {
    when: (s) => s.olderRecords,
    points: -30,
    reason: () =>
      tip(
        "Portals often show only the years since the provider's current computer system started, so older records may be missing.",
      ),
  },
  {
    when: (s) => s.legalOrDisability,
    points: -20,
    reason: () => tip("A legal or disability case usually needs the complete record, which the portal does not hold."),
  },
  {
    when: (s) => s.intake.requester === "executor" || s.intake.patient?.isDeceased === true,
    points: -30,
    reason: () =>
      tip("A patient's portal account usually ends when they die; the executor asks the records office instead."),
  },
  {
    when: (s) => s.intake.requester === "parent" && (ageOn(s.intake.patient?.dateOfBirth, s.today) ?? 0) >= 12,
    points: -10,
    reason: () =>
      tip(
        "Many portals limit a parent's proxy access once a child turns 12 or 13, so some results may be hidden from you.",
      ),
  },
  {
    // Issue 14: a teen's confidential care is often hidden from portals, and a parent may share the account.
    when: (s) => s.confidentialMinorCare,
    points: -30,
    reason: () =>
      maybe(
        "Portals often leave out a teen's confidential care, and a parent may have access to the account, so a written request is the surer way.",
      ),
  },
  { when: (s) => s.thirdParty, points: -5 },
  { when: (s) => s.immunizationPurpose, points: -5 },
];

/** Scores and describes the portal path. */
export function portalPath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(40, FACTORS, s);
  const clinic = s.clinic;
  const steps: string[] = [];
  if (clinic?.portalUrl) steps.push(`Sign in to ${clinic.name}'s patient portal at ${clinic.portalUrl}.`);
  else
    steps.push(
      "Sign in to the provider's patient portal. The link is usually on their website or on your visit paperwork.",
    );
  if (s.intake.provider?.portal !== "active") {
    steps.push(
      "No account yet? Call the front desk and ask for a portal sign-up code, or sign up on the website with your date of birth and email.",
    );
  }
  steps.push(
    "Look under Test Results, Visits (visit summaries), Medications and Immunizations. Many portals also show visit notes.",
    "Use the Download or Share button (sometimes called 'Download my record') to save a PDF or a summary file.",
    "Want it on your phone? Apps such as Apple Health can connect with your portal sign-in. Once data is in an app, HIPAA usually no longer protects it, so read the app's privacy policy.",
    "If something you need is not there, ask the records office for it in writing (the provider path).",
  );
  return {
    path: "portal",
    score,
    title: "Download it from the patient portal",
    reasons:
      reasons.length > 0
        ? reasons
        : [
            tip(
              "If you have portal access, this is the quickest way to get results, visit summaries, medications and immunizations.",
            ),
          ],
    steps,
    timeline: tip("Minutes once you can sign in; setting up a new account can take up to a day."),
    cost: law(
      "Free. Viewing and downloading your records through the portal costs nothing.",
      `${CITE.fees}; ${CITE.vdt}`,
    ),
  };
}
