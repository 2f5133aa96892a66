// Finding who keeps the records of a practice that closed, retired, died or went bankrupt, routed by
// provider type: a dentist through the dental board, a hospital through the hospital licensing agency,
// a bankrupt health care business through its trustee and patient care ombudsman (11 U.S.C. §333, §351).
import { licensingBoard, providerWord } from "./boards.js";
import type { StateCode } from "./intake.js";
import type { Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { PHYSICIAN_LIKE, type ProviderKind } from "./state-deadline-rules.js";
import { CITE, law, maybe, tip } from "./statements.js";

/** State closed-practice rules in states.json written for any licensed provider, not only physicians. */
const GENERAL_RULES: ReadonlySet<StateCode> = new Set(["AZ", "CA", "CT", "GA", "HI", "MI", "NY", "VA"]);

/** Physician-only rules whose scope the statute itself spells out. */
const PHYSICIAN_RULE_SCOPE: Partial<Record<StateCode, { covers: string; cite: string }>> = {
  CO: { covers: "physicians and physician assistants", cite: "C.R.S. §12-240-140" },
};

function providerKind(s: Situation): ProviderKind {
  return s.intake.provider?.type ?? "unspecified";
}

/** Whether the state's recorded closed-practice rule speaks to this kind of provider. */
function ruleCovers(s: Situation): boolean {
  const code = s.rules?.code;
  if (code && GENERAL_RULES.has(code)) return true;
  return PHYSICIAN_LIKE.includes(providerKind(s)) || providerKind(s) === "other";
}

/** The state's closed-practice rule for this provider, or where to ask when there is none. */
export function custodianReason(s: Situation): Statement {
  const rules = s.rules;
  const rule = rules?.closedPracticeRule;
  const board = licensingBoard(s.intake);
  if (rules && rule && !ruleCovers(s)) {
    const scope = PHYSICIAN_RULE_SCOPE[rules.code];
    const word = providerWord(s.intake);
    return scope
      ? law(
          `${rules.name}'s closed-practice rule covers ${scope.covers} only, so it does not cover a ${word}. Ask ${board} who holds the records.`,
          scope.cite,
        )
      : maybe(
          `${rules.name}'s closed-practice rule in our sources is written for physicians' practices, so it may not cover a ${word}. Ask ${board} who holds the records.`,
        );
  }
  if (rules && rule) {
    const text = `${rules.name}: ${rule}`;
    return rules.confidence.closedPracticeRule === "verified"
      ? {
          text,
          cite: `${rules.name} closed-practice rule (sources: GET /api/states/${rules.code})`,
          certainty: "certain",
        }
      : maybe(`${text} (not confirmed; please check)`);
  }
  return tip(
    `${capitalize(board)} can often tell you who keeps the records of a ${providerWord(s.intake) === "provider" ? "practice" : providerWord(s.intake)} that closed or a provider who retired or died.`,
  );
}

/** What bankruptcy law does for patient records, when the provider is in a bankruptcy case. */
export function bankruptcyReason(): Statement {
  return law(
    "When a health care business is in bankruptcy, the court usually appoints a patient care ombudsman to look after patients' interests (11 U.S.C. §333), and the trustee may destroy patient records only after publishing a notice and writing to patients, who then have a year to claim them (11 U.S.C. §351).",
    CITE.bankruptcy,
  );
}

/** The steps to find the custodian, for this kind of provider. */
export function custodianSteps(s: Situation): string[] {
  const status = s.intake.provider?.status;
  const out = status === "bankrupt" ? bankruptcySteps(s) : [];
  out.push(...byType(s));
  if (status === "deceased")
    out.push("If the doctor died, ask the county probate court who the executor is; the estate may hold the records.");
  out.push(
    "Once you find the custodian, send them a written records request; the same rights and deadlines generally apply.",
    "Meanwhile, your health plan's claims history can confirm dates and diagnoses.",
  );
  return out;
}

function bankruptcySteps(s: Situation): string[] {
  return [
    "Find the bankruptcy case: search PACER (pacer.uscourts.gov) for the practice's name, or call the clerk of the bankruptcy court where it is based, and get the trustee's name and address.",
    `Write to the trustee (or, in a chapter 11 case, the practice itself as debtor in possession) asking for your records${s.intake.records?.kinds?.length ? "" : " (say which ones)"}.`,
    "If the court appointed a patient care ombudsman, contact them too: their job is to protect patients' interests in the case (11 U.S.C. §333).",
    "Act soon: records nobody claims within a year of the trustee's notice may be destroyed (11 U.S.C. §351).",
  ];
}

function byType(s: Situation): string[] {
  const board = licensingBoard(s.intake);
  switch (s.intake.provider?.type) {
    case "dental":
      return [
        `Ask ${board} who holds the records; look the dentist up in its license search.`,
        "Ask the state or local dental society, and look for a dental practice that took over the patients.",
        "Check for closing notices in local newspapers or on the old website.",
      ];
    case "hospital":
      return [
        `Ask ${board} who holds the closed hospital's records; in some states it keeps them itself or names a custodian.`,
        "Ask any hospital or health system that took over its services, and look for the closure notice (newspapers, the old website).",
      ];
    case "lab":
    case "imaging_center":
      return [
        "Ask the doctor who ordered the test: the ordering doctor usually has a copy of the report.",
        `Ask ${board} who holds the records.`,
      ];
    case "pharmacy":
      return [
        "A closing pharmacy usually hands its prescription files to another pharmacy nearby: ask the pharmacies around it.",
        `Ask ${board} where the records went.`,
      ];
    case "behavioral_health":
      return [
        `Ask ${board} who holds the records; for a treatment program, ask the state health or behavioral health department.`,
        "Look for a practice or program that took over the clients.",
      ];
    default: {
      const st = s.rules?.name;
      const medical = st ? `the ${st} medical board` : "your state's medical board";
      return [
        `Search ${medical}'s license lookup for the doctor's name, or call the board, and ask who holds the records (the custodian).`,
        "Ask the hospital where the doctor worked, and the county medical society.",
        "Look for a practice that took over the patients, and for closing notices in local newspapers or on the old website.",
      ];
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
