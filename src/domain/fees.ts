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

/** A state right to a free (or nearly free) copy, and when it applies. */
interface FreeCopy {
  state: StateCode;
  /** "any": every request by the patient; otherwise only requests for this purpose. */
  when: "any" | Purpose;
  /** Only these provider types; absent = any. */
  providerTypes?: readonly ProviderKind[];
  text: string;
  cite: string;
  certainty: Statement["certainty"];
}

/**
 * Sourced in DOMAIN.md §5 and states.json (confidence noted there); checked texts are marked certain.
 * Written in the third person so the same sentence serves the advice and a letter to the provider.
 */
const FREE_COPIES: readonly FreeCopy[] = [
  {
    state: "KY",
    when: "any",
    text: "Under Kentucky law a patient's first copy of the record is free: a hospital or provider must provide it without charge on written request (a second copy may cost up to $1 a page).",
    cite: "KRS 422.317(1)",
    certainty: "certain",
  },
  {
    state: "TX",
    when: "disability",
    providerTypes: PHYSICIAN_LIKE,
    text: "Texas physicians may not charge for records that support an application or appeal for disability benefits.",
    cite: "Tex. Occ. Code §159.008(b)",
    certainty: "certain",
  },
  {
    state: "CA",
    when: "disability",
    text: "California providers must give a patient a free copy of the relevant parts of the record to support an appeal for public benefits such as SSI or Medi-Cal.",
    cite: "Cal. Health & Safety Code §123110",
    certainty: "certain",
  },
  {
    state: "MD",
    when: "disability",
    text: "In Maryland there is no fee for copies that support a Social Security disability claim or appeal (since 2021).",
    cite: "Md. Code, Health-Gen. §4-304 (2021 HB 849)",
    certainty: "certain",
  },
  {
    state: "VA",
    when: "disability",
    text: "Virginia law gives a patient one free copy a calendar year of records that support a Social Security or needs-based benefits claim or appeal (since July 1, 2025).",
    cite: "2025 Va. Acts ch. 182 (HB 1629)",
    certainty: "certain",
  },
  {
    state: "MA",
    when: "disability",
    providerTypes: ["hospital", "clinic"],
    text: "Massachusetts hospitals and clinics may not charge for records needed for a Social Security or needs-based benefits claim.",
    cite: "M.G.L. c.111 §70",
    certainty: "certain",
  },
  {
    state: "RI",
    when: "disability",
    text: "In Rhode Island there is no charge for records that support a Social Security or needs-based benefits claim.",
    cite: "R.I. Gen. Laws §23-1-48; RIDOH physician records rule",
    certainty: "certain",
  },
  {
    state: "MN",
    when: "disability",
    text: "In Minnesota only a $10 retrieval fee may be charged for records used to appeal a Social Security disability denial.",
    cite: "Minn. Stat. §144.292",
    certainty: "certain",
  },
  {
    state: "WI",
    when: "disability",
    text: "In Wisconsin, for a Social Security disability (SSDI or SSI) appeal, a provider may charge only what Social Security pays it for the records.",
    cite: "Wis. Stat. §146.83(3f)",
    certainty: "certain",
  },
  {
    state: "PA",
    when: "disability",
    text: "Pennsylvania sets a lower flat fee for records for Social Security and needs-based benefits claims.",
    cite: "42 Pa.C.S. §6152",
    certainty: "certain",
  },
  {
    state: "NV",
    when: "disability",
    text: "Nevada may give one free copy of records that support a Social Security or needs-based benefits claim (from a secondary source; check with the office).",
    cite: "NRS 629.061",
    certainty: "uncertain",
  },
  {
    state: "NC",
    when: "disability",
    text: "North Carolina may not allow a charge for records needed for some Social Security disability claims (not confirmed; check with the office).",
    cite: "N.C.G.S. §90-411",
    certainty: "uncertain",
  },
  {
    state: "FL",
    when: "continuing_care",
    providerTypes: ["hospital"],
    text: "Florida hospitals may not charge for copying or searching when the records are for continuing to receive medical care.",
    cite: "Fla. Stat. §395.3025(1)",
    certainty: "certain",
  },
  {
    state: "SC",
    when: "continuing_care",
    text: "In South Carolina there is no charge for copies sent to another provider for continuing care.",
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

/** The state free-copy rights that apply to this request. */
export function freeCopyRights(intake: Intake): Statement[] {
  return applying(intake).map((f) => ({ text: f.text, cite: f.cite, certainty: f.certainty }));
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
): Statement {
  const fee = rules.feeRule?.trim() ?? "";
  const stale = staleFeeYear(rules, today);
  const staleText = stale
    ? stale.year
      ? ` These amounts are for ${stale.year} and are adjusted over time, so check the current figures.`
      : " These amounts are adjusted over time, so check the current figures."
    : "";
  const caveat = confidenceCaveat(rules.confidence.feeRule);
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
  const notes: Note[] = freeCopyRights(s.intake).map((st) => ({ topic: "fees", ...st }));
  if (s.intake.purpose === "disability" && !applying(s.intake).some((f) => f.when === "disability"))
    notes.push({
      topic: "fees",
      text: `Many states give free or reduced-fee copies for Social Security disability or SSI claims${s.rules ? `; we found no such rule for ${s.rules.name}` : ""}, so ask the records office.`,
      cite: "State fee statutes (vary by state)",
      certainty: "uncertain",
    });
  if (sentToOthers(s.intake) && s.rules?.feeRule) {
    const who = s.intake.recipient?.name ?? "someone else";
    const st = stateFeeStatement(
      s.rules,
      s.intake,
      s.today,
      `Copies sent straight to ${who} follow ${s.rules.name}'s fee rule, not HIPAA's patient rate: `,
    );
    notes.push({ topic: "fees", ...st, cite: `${st.cite}; ${CITE.ciox}` });
  }
  return notes;
}
