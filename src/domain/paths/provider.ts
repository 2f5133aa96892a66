// The provider path: a written HIPAA right-of-access request to the records office (HIM). The
// default legal path: the whole designated record set, by a deadline, for a cost-based fee.

import type { Statement } from "../recommendation.js";
import type { Candidate, Situation } from "../situation.js";
import { CITE, law, tip } from "../statements.js";
import { urgentSteps } from "../urgency.js";
import { daysText, type Factor, scoreFactors } from "./score.js";

const FACTORS: readonly Factor[] = [
  {
    when: () => true,
    points: 0,
    reason: () =>
      law(
        "You have a legal right to a copy of your medical and billing records (the whole designated record set), on paper or electronically.",
        `${CITE.access}; ${CITE.drs}`,
      ),
  },
  {
    when: (s) => s.beyondPortal,
    points: 10,
    reason: () =>
      tip(
        "The records office (Health Information Management) holds the full chart, older records, images and billing records that portals leave out.",
      ),
  },
  { when: (s) => s.olderRecords, points: 5 },
  { when: (s) => s.portalNone, points: 5 },
  {
    when: (s) => s.providerGone,
    points: -10,
    reason: () =>
      tip(
        "The practice is no longer open, so first find who keeps its records now (the custodian), then send this request to them.",
      ),
  },
  {
    when: (s) => s.merged,
    points: 5,
    reason: () =>
      tip(
        "When practices merge, the practice that took over (the successor) usually holds the old records: send the request to its records office.",
      ),
  },
  {
    when: (s) => s.wantsClaims && !s.kinds.some((k) => k !== "claims"),
    points: -25,
    reason: () => tip("Claims records come from your health plan, not from the provider."),
  },
  { when: (s) => s.immunizationsOnly, points: -5 },
  {
    when: (s) => s.thirdParty,
    points: 0,
    reason: () =>
      law(
        "You can direct the provider, in a signed letter, to send an electronic copy of records it keeps electronically straight to a person you name.",
        `${CITE.directive}; ${CITE.ciox}`,
      ),
  },
  {
    when: (s) => s.legalOrDisability,
    points: 5,
    reason: () =>
      law(
        "For a legal or disability case, ask for the complete record for the dates that matter; the provider must answer by the legal deadline.",
        CITE.deadline,
      ),
  },
];

/** Scores and describes the written-request path. */
export function providerPath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(50, FACTORS, s);
  return {
    path: "provider",
    score,
    title: "Ask the records office in writing (HIPAA right of access)",
    reasons,
    steps: steps(s),
    timeline: timeline(s),
    cost: cost(s),
  };
}

function steps(s: Situation): string[] {
  // When the records are needed before the deadline, what works in days comes first.
  const out: string[] = s.urgent ? urgentSteps(s) : [];
  const office = s.clinic?.recordsOffice;
  if (s.providerGone)
    out.push("First find the records custodian (see the state path), then send this request to them.");
  if (s.merged) out.push("Call the practice that took over and ask its records office for the old practice's records.");
  if (s.clinic && office) {
    const how = [
      office.phone && `phone ${office.phone}`,
      office.email && `email ${office.email}`,
      office.fax && `fax ${office.fax}`,
      office.address && `mail ${office.address}`,
    ].filter(Boolean);
    out.push(
      `Contact ${s.clinic.name}'s records office${how.length > 0 ? `: ${how.join(", ")}` : ""}. Ask what the fee will be.`,
    );
  } else {
    out.push(
      "Call the provider's records office (often called Health Information Management or Release of Information) and ask where to send a records request, whether they take email or fax, and what the fee will be.",
    );
  }
  if (s.clinic?.requestFormUrl)
    out.push(`You may use their request form at ${s.clinic.requestFormUrl}, or the letter we draft; either one works.`);
  else
    out.push("If they want their own form, fill it in; a signed letter with the same facts is also a valid request.");
  out.push(
    "Ask for the complete record, or list what you need (visit notes, test results, imaging reports and the images themselves on a CD or by link, billing records) with the dates.",
    "Say how you want it: electronic (PDF by secure email or download link) or paper. If they keep it electronically and you ask for electronic, they must give you an electronic copy.",
    "Send it in a way you can prove (fax confirmation, email, or certified mail), keep a copy, and write down the date you sent it.",
  );
  if (s.representative) out.push("Attach proof that you can act for the patient (see the notes).");
  out.push(`If you have not heard back within ${daysText(s.deadline.days, s.deadline.kind)}, send a follow-up letter.`);
  return out;
}

function timeline(s: Situation): Statement {
  const d = s.deadline;
  const ext =
    d.extensionDays > 0
      ? ` With a written notice of the reason, it may take up to ${daysText(d.days + d.extensionDays, d.kind)} in all.`
      : "";
  const est =
    s.clinic?.turnaroundDays !== undefined
      ? ` ${s.clinic.name} says it usually takes about ${s.clinic.turnaroundDays} days.`
      : "";
  const scope = d.covers && s.rules ? ` (${s.rules.name} rule for ${d.covers})` : "";
  const text = `Up to ${daysText(d.days, d.kind)} after they get your request${scope}.${ext}${est}`;
  return { text, cite: d.basis.cite ?? CITE.deadline, certainty: d.basis.certainty };
}

function cost(s: Situation): Statement {
  if (s.thirdParty) {
    return law(
      "When records go straight to someone else, HIPAA's fee limit does not apply and state fee schedules do. To keep it cheap, get the copy yourself for a cost-based fee and forward it.",
      `${CITE.ciox}; ${CITE.fees}`,
    );
  }
  const parts = [
    "A cost-based fee only: copying labor, supplies and postage. No search or retrieval fees.",
    "For electronic copies of electronic records, many providers charge a flat fee of no more than $6.50 (HHS guidance).",
    "They must tell you the fee up front and cannot hold records back over an unpaid medical bill.",
  ];
  if (s.clinic?.fees) parts.push(`${s.clinic.name} lists its fees as: ${s.clinic.fees.replace(/[.!\s]+$/, "")}.`);
  if (s.intake.purpose === "disability")
    parts.push("Ask whether your state gives free copies for a disability claim (see the notes).");
  return law(parts.join(" "), CITE.fees);
}
