// Finding who keeps the records of a practice that closed, retired, died or went bankrupt, routed by
// provider type: a dentist through the dental board, a hospital through the hospital licensing agency,
// a bankrupt health care business through its trustee and patient care ombudsman (11 U.S.C. §333, §351).
import { licensingBoard } from "./boards.js";
import type { StateCode } from "./intake.js";
import type { Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { PHYSICIAN_LIKE, type ProviderKind } from "./state-deadline-rules.js";
import { CITE, law, maybe, tip } from "./statements.js";
import type { EngineText } from "./text/index.js";

/** State closed-practice rules in states.json written for any licensed provider, not only physicians. */
const GENERAL_RULES: ReadonlySet<StateCode> = new Set(["AZ", "CA", "CT", "GA", "HI", "MI", "NY", "VA"]);

/** States whose physician-only rule has its scope spelled out in the statute (the words: closedPractice.scope). */
type ScopedState = keyof EngineText["closedPractice"]["scope"];
const PHYSICIAN_RULE_SCOPE: Record<ScopedState, { cite: string }> = {
  CO: { cite: "C.R.S. §12-240-140" },
};
const scoped = (code: StateCode): code is ScopedState => code in PHYSICIAN_RULE_SCOPE;

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
  const t = s.t.closedPractice;
  const rules = s.rules;
  const rule = rules?.closedPracticeRule;
  const board = licensingBoard(s.intake, s.t);
  const type = s.intake.provider?.type;
  if (rules && rule && !ruleCovers(s)) {
    const state = s.t.stateName(rules.code, rules.name);
    return scoped(rules.code)
      ? law(t.ruleScoped(state, t.scope[rules.code], type, board), PHYSICIAN_RULE_SCOPE[rules.code].cite)
      : maybe(t.ruleForPhysicians(state, type, board));
  }
  if (rules && rule) {
    const text = t.rule(s.t.stateName(rules.code, rules.name), s.t.quote(rule));
    return rules.confidence.closedPracticeRule === "verified"
      ? { text, cite: t.ruleCite(rules.name, rules.code), certainty: "certain" }
      : maybe(t.unconfirmed(text));
  }
  return tip(t.askBoard(board, type));
}

/** What bankruptcy law does for patient records, when the provider is in a bankruptcy case. */
export function bankruptcyReason(s: Situation): Statement {
  return law(s.t.closedPractice.bankruptcy, CITE.bankruptcy);
}

/** The steps to find the custodian, for this kind of provider. */
export function custodianSteps(s: Situation): string[] {
  const t = s.t.closedPractice;
  const status = s.intake.provider?.status;
  const out = status === "bankrupt" ? bankruptcySteps(s) : [];
  out.push(...byType(s));
  if (status === "deceased") out.push(t.probate);
  out.push(t.thenRequest, t.meanwhileClaims);
  return out;
}

function bankruptcySteps(s: Situation): string[] {
  const t = s.t.closedPractice;
  return [t.pacer, t.writeTrustee(!s.intake.records?.kinds?.length), t.ombudsman, t.actSoon];
}

function byType(s: Situation): string[] {
  const t = s.t.closedPractice;
  const board = licensingBoard(s.intake, s.t);
  switch (s.intake.provider?.type) {
    case "dental":
      return t.dental(board);
    case "hospital":
      return t.hospital(board);
    case "lab":
    case "imaging_center":
      return t.labOrImaging(board);
    case "pharmacy":
      return t.pharmacy(board);
    case "behavioral_health":
      return t.behavioral(board);
    default:
      return t.physician(s.rules && s.t.stateName(s.rules.code, s.rules.name));
  }
}
