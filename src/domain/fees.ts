// Fee facts beyond HIPAA's cost-based rule: the state free-copy rights we could source (a first copy,
// benefits claims, continuing care), state fee schedules for copies sent to others (Ciox), and fee
// amounts indexed to a past year, which are shown as "check this".
import type { Intake, StateCode } from "./intake.js";
import type { Note, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { stateCitation } from "./state-citations.js";
import { PHYSICIAN_LIKE, type ProviderKind, type Purpose } from "./state-deadline-rules.js";
import { CITE, confidenceCaveat } from "./statements.js";
import type { StateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

/** A state right to a free (or nearly free) copy, and when it applies; its words are the engine text's freeCopies. */
interface FreeCopy {
  state: keyof EngineText["freeCopies"];
  /** "any": every request by the patient; otherwise only requests for this purpose. */
  when: "any" | Purpose;
  /** Only these provider types; absent = any. */
  providerTypes?: readonly ProviderKind[];
  cite: string;
  certainty: Statement["certainty"];
}

/**
 * Sourced in DOMAIN.md §5 and states.json (confidence noted there); checked texts are marked certain.
 */
const FREE_COPIES: readonly FreeCopy[] = [
  {
    state: "KY",
    when: "any",
    cite: "KRS 422.317(1)",
    certainty: "certain",
  },
  {
    state: "TX",
    when: "disability",
    providerTypes: PHYSICIAN_LIKE,
    cite: "Tex. Occ. Code §159.008(b)",
    certainty: "certain",
  },
  {
    state: "CA",
    when: "disability",
    cite: "Cal. Health & Safety Code §123110",
    certainty: "certain",
  },
  {
    state: "MD",
    when: "disability",
    cite: "Md. Code, Health-Gen. §4-304 (2021 HB 849)",
    certainty: "certain",
  },
  {
    state: "VA",
    when: "disability",
    cite: "2025 Va. Acts ch. 182 (HB 1629)",
    certainty: "certain",
  },
  {
    state: "MA",
    when: "disability",
    providerTypes: ["hospital", "clinic"],
    cite: "M.G.L. c.111 §70",
    certainty: "certain",
  },
  {
    state: "RI",
    when: "disability",
    cite: "R.I. Gen. Laws §23-1-48; RIDOH physician records rule",
    certainty: "certain",
  },
  {
    state: "MN",
    when: "disability",
    cite: "Minn. Stat. §144.292",
    certainty: "certain",
  },
  {
    state: "WI",
    when: "disability",
    cite: "Wis. Stat. §146.83(3f)",
    certainty: "certain",
  },
  {
    state: "PA",
    when: "disability",
    cite: "42 Pa.C.S. §6152",
    certainty: "certain",
  },
  {
    state: "NV",
    when: "disability",
    cite: "NRS 629.061",
    certainty: "uncertain",
  },
  {
    state: "NC",
    when: "disability",
    cite: "N.C.G.S. §90-411",
    certainty: "uncertain",
  },
  {
    state: "FL",
    when: "continuing_care",
    providerTypes: ["hospital"],
    cite: "Fla. Stat. §395.3025(1)",
    certainty: "certain",
  },
  {
    state: "SC",
    when: "continuing_care",
    cite: "S.C. Code §44-7-325",
    certainty: "certain",
  },
];

/** States whose fee amounts are adjusted for inflation or updated on a schedule (states.json notes). */
const INDEXED: ReadonlySet<StateCode> = new Set([
  "IL",
  "PA",
  "OH",
  "MI",
  "MO",
  "MD",
  "GA",
  "MA",
  "MN",
  "WI",
  "NM",
  "WA",
]);

function applying(intake: Intake): FreeCopy[] {
  const type: ProviderKind = intake.provider?.type ?? "unspecified";
  return FREE_COPIES.filter(
    (f) =>
      f.state === intake.state &&
      (f.when === "any" || f.when === intake.purpose) &&
      (!f.providerTypes || f.providerTypes.includes(type) || type === "unspecified"),
  );
}

/** The state free-copy rights that apply to this request, in `t`'s words. */
export function freeCopyRights(intake: Intake, t: EngineText = engineText()): Statement[] {
  return applying(intake).map((f) => ({ text: t.freeCopies[f.state], cite: f.cite, certainty: f.certainty }));
}

/**
 * Whether the state's fee amounts are indexed to a year before `today`'s: undefined when current, not
 * indexed, or no `today` was given; otherwise the year the amounts are for, when the text gives one.
 */
export function staleFeeYear(rules: StateRules, today: string | undefined): { year?: number } | undefined {
  if (!today || !INDEXED.has(rules.code) || !rules.feeRule) return undefined;
  const years = (rules.feeRule.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  const latest = years.length > 0 ? Math.max(...years) : undefined;
  if (latest !== undefined && latest >= Number(today.slice(0, 4))) return undefined;
  return latest !== undefined ? { year: latest } : {};
}

/**
 * The state's fee rule as one statement, opened by `lead`. Amounts indexed to a past year, and any fee
 * rule not checked in a source, are "check this".
 */
export function stateFeeStatement(
  rules: StateRules,
  intake: Intake,
  today: string | undefined,
  lead: string,
  t: EngineText = engineText(),
): Statement {
  const fee = t.quote(rules.feeRule?.trim() ?? "");
  const stale = staleFeeYear(rules, today);
  const staleText = stale ? (stale.year ? t.fees.staleYear(stale.year) : t.fees.stale) : "";
  const caveat = confidenceCaveat(rules.confidence.feeRule, t);
  const cite = stateCitation(intake)?.cite ?? `${rules.name} law`;
  return {
    text: `${lead}${fee}${staleText}${caveat ? ` ${caveat}` : ""}`,
    cite,
    certainty: rules.confidence.feeRule === "verified" && !stale ? "certain" : "uncertain",
  };
}

/** Whether the copies go straight to someone else, so state law (not HIPAA's patient rate) sets the fee. */
export const sentToOthers = (intake: Intake) => intake.delivery === "third_party";

/** Fee notes for the recommendation: free copies that apply, and what copies sent to others cost. */
export function feeNotes(s: Situation): Note[] {
  const notes: Note[] = freeCopyRights(s.intake, s.t).map((st) => ({ topic: "fees", ...st }));
  const state = s.rules && s.t.stateName(s.rules.code, s.rules.name);
  if (s.intake.purpose === "disability" && !applying(s.intake).some((f) => f.when === "disability"))
    notes.push({
      topic: "fees",
      text: s.t.fees.disability(state),
      cite: "State fee statutes (vary by state)",
      certainty: "uncertain",
    });
  if (sentToOthers(s.intake) && s.rules?.feeRule && state) {
    const lead = s.t.fees.sentTo(s.intake.recipient?.name, state);
    const st = stateFeeStatement(s.rules, s.intake, s.today, lead, s.t);
    notes.push({ topic: "fees", ...st, cite: `${st.cite}; ${CITE.ciox}` });
  }
  return notes;
}
