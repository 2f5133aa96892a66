// The state path: the state immunization registry (IIS) for shot records, and the licensing board (by
// provider type) or a bankruptcy trustee to find who keeps a closed practice's records.
import { bankruptcyReason, custodianReason, custodianSteps } from "../closed-practice.js";
import type { Candidate, Situation } from "../situation.js";
import { CITE, certaintyOf, law, maybe, tip } from "../statements.js";
import { type Factor, scoreFactors } from "./score.js";

function registryReason(s: Situation): string {
  const reg = s.rules?.immunizationRegistry;
  const where = reg && s.rules ? ` In ${s.rules.name} it is ${reg.name}.` : "";
  return `The state immunization registry (IIS) collects shots given by many providers.${where} The CDC does not keep personal shot records.`;
}

const FACTORS: readonly Factor[] = [
  {
    when: (s) => s.immunizationsOnly,
    points: 45,
    reason: (s) => tip(registryReason(s)),
  },
  {
    when: (s) => s.immunizationPurpose,
    points: 25,
    reason: () => tip("School, camp and travel forms usually accept the official printout from the state registry."),
  },
  {
    when: (s) => !s.immunizationsOnly && s.kinds.includes("immunizations"),
    points: 5,
    reason: (s) => tip(`For the shot records, the state registry is another source. ${registryReason(s)}`),
  },
  { when: (s) => s.providerGone, points: 60, reason: custodianReason },
  { when: (s) => s.intake.provider?.status === "bankrupt", points: 0, reason: bankruptcyReason },
  {
    when: (s) => s.intake.provider?.status === "deceased",
    points: 0,
    reason: () =>
      tip(
        "When a doctor dies, the estate's executor often becomes the keeper of the records, unless a group practice or a records company took them over.",
      ),
  },
];

/** Scores and describes the state path (registry or custodian search). */
export function statePath(s: Situation): Candidate {
  const { score, reasons } = scoreFactors(10, FACTORS, s);
  const gone = s.providerGone && !s.immunizationsOnly;
  const immunization = s.kinds.includes("immunizations") && !gone;
  return {
    path: "state",
    score,
    title: gone
      ? s.intake.provider?.status === "bankrupt"
        ? "Find who keeps the records: the bankruptcy trustee"
        : "Find who keeps the records through the state"
      : immunization
        ? "Ask the state immunization registry"
        : "Get help from the state",
    reasons:
      reasons.length > 0
        ? reasons
        : [
            tip(
              "The state helps mainly with shot records, finding the records of a closed practice, and birth or death certificates (which are not medical records).",
            ),
          ],
    steps: gone ? custodianSteps(s) : immunization ? registrySteps(s) : genericSteps(s),
    timeline: gone
      ? maybe(
          "Finding the custodian can take a few days of calls. After that, the custodian has the usual legal deadline to send the records.",
        )
      : maybe("Often the same day online; about 1 to 2 weeks with a mailed or faxed form."),
    cost: gone
      ? law("Calls to the board are free. The custodian can charge only a cost-based fee for your own copy.", CITE.fees)
      : maybe("Your own registry record is usually free; some states charge a small fee."),
  };
}

function registrySteps(s: Situation): string[] {
  const reg = s.rules?.immunizationRegistry;
  const out: string[] = [];
  if (reg) {
    out.push(
      `Contact ${reg.name}${reg.url ? ` (${reg.url})` : ""}. Use the registry of the state where your last shots were given.`,
    );
    if (reg.patientAccess) out.push(`How to ask in ${s.rules?.name}: ${reg.patientAccess}.`);
  } else {
    out.push(
      "Find your state's registry on the CDC page 'Find Your Child's Immunization Record through Your State's IIS'. Use the state where your last shots were given.",
    );
  }
  out.push(
    "Have ready the patient's full name, date of birth, sex and mother's maiden name: registries match records on these.",
    "Or ask your doctor's office to print your registry record for you.",
    "Check that the printout has every shot the school, camp or travel clinic asks for; if one is missing, ask the clinic that gave it.",
  );
  return out;
}

function genericSteps(s: Situation): string[] {
  const out = [
    "For shot records, contact your state's immunization registry.",
    "For a closed practice, ask the state medical board who keeps the records.",
  ];
  if (s.rules?.vitalRecordsUrl) {
    const sure = certaintyOf(s.rules.confidence.vitalRecordsUrl) === "certain" ? "" : " (check this link)";
    out.push(`Birth and death certificates come from the vital records office: ${s.rules.vitalRecordsUrl}${sure}.`);
  }
  return out;
}
