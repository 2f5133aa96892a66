// The public view of one jurisdiction's rules (GET /api/states/:code): every field carries its
// confidence and a certainty, so a client never mistakes a recalled or unknown fact for a checked one.

import { SHORTER_STATE_RULES, STATE_RULES_NOT_APPLIED } from "./deadlines.js";
import { staleFeeYear } from "./fees.js";
import type { StateCode } from "./intake.js";
import type { Certainty, Statement } from "./recommendation.js";
import { CITE, certaintyOf, confidenceCaveat, law } from "./statements.js";
import { type Confidence, getStateRules, STATE_DATA_GENERATED, type StateRules } from "./states.js";

/** One state fact with how far to trust it. `caveat` is set whenever certainty is "uncertain". */
interface StateFact<T> {
  value: T | null;
  confidence: Confidence;
  certainty: Certainty;
  caveat?: string;
}

interface StateDeadlineFact extends StateFact<{ days: number; kind: "calendar" | "business"; note: string }> {
  /** The statute or rule the deadline comes from, as recorded. */
  source: string | null;
  /** Which requests the state's shorter rule covers, when it is narrower than "every request". */
  scope?: string;
  /** What applies where the state rule does not: HIPAA's 30 days. */
  hipaaFloor: Statement;
}

export interface StateFactsView {
  code: StateCode;
  name: string;
  accessStatute: StateFact<string>;
  deadline: StateDeadlineFact;
  feeRule: StateFact<string> & { hipaaLimit: Statement };
  immunizationRegistry: StateFact<{ name: string; url?: string; patientAccess?: string }>;
  vitalRecordsUrl: StateFact<string>;
  closedPracticeRule: StateFact<string>;
  retention: StateFact<string>;
  notes: string | null;
  sources: string[];
  confidence: StateRules["confidence"];
  generated: string;
  disclaimer: string;
}

function fact<T>(value: T | null, confidence: Confidence, emptyMeans?: string): StateFact<T> {
  const caveat = confidenceCaveat(confidence) ?? (value === null && emptyMeans ? emptyMeans : undefined);
  const out: StateFact<T> = { value, confidence, certainty: certaintyOf(confidence) };
  if (caveat) out.caveat = caveat;
  return out;
}

/** Empty strings in the data mean "nothing found"; present them as null. */
function text(v: string | null): string | null {
  return v && v.trim().length > 0 ? v : null;
}

/**
 * A presentation of one jurisdiction's rules, or undefined for an unknown code. With `today`
 * (YYYY-MM-DD, from the request), fee amounts indexed to a past year are marked "check this".
 */
export function stateFacts(code: string, today?: string): StateFactsView | undefined {
  const r = getStateRules(code);
  if (!r) return undefined;
  const c = r.confidence;
  const rd = r.responseDays;
  const deadline: StateDeadlineFact = {
    ...fact(
      rd ? { days: rd.days, kind: rd.kind === "calendar" ? "calendar" : "business", note: rd.note } : null,
      c.responseDays,
      "Our sources show no fixed state deadline; HIPAA's 30 days applies.",
    ),
    source: r.accessStatute,
    hipaaFloor: law(
      "Where no shorter state rule covers a request, HIPAA gives the provider 30 calendar days, plus one 30-day extension with written notice.",
      CITE.deadline,
    ),
  };
  const scope = deadlineScope(r);
  if (scope) deadline.scope = scope;
  return {
    code: r.code,
    name: r.name,
    accessStatute: fact(text(r.accessStatute), c.accessStatute),
    deadline,
    feeRule: {
      ...feeFact(r, today),
      hipaaLimit: law(
        "For your own copy, HIPAA's cost-based limit applies even where the state allows more: no search or retrieval fees. State caps matter mostly for copies sent to others.",
        `${CITE.fees}; ${CITE.preemption}`,
      ),
    },
    immunizationRegistry: fact(r.immunizationRegistry, c.immunizationRegistry),
    vitalRecordsUrl: fact(text(r.vitalRecordsUrl), c.vitalRecordsUrl),
    closedPracticeRule: fact(
      text(r.closedPracticeRule),
      c.closedPracticeRule,
      "No state rule was found. Start with the state medical board, then the hospital where the doctor worked.",
    ),
    retention: fact(text(r.retention), c.retention),
    notes: r.notes ?? null,
    sources: [...r.sources],
    confidence: { ...c },
    generated: STATE_DATA_GENERATED,
    disclaimer:
      "Not legal advice. Facts marked uncertain are recalled or unconfirmed; check them with the office or the state.",
  };
}

/** The fee rule, uncertain with a caveat when its amounts are indexed to a year before today's. */
function feeFact(r: StateRules, today: string | undefined): StateFact<string> {
  const base = fact(text(r.feeRule), r.confidence.feeRule, "Our sources show no state fee cap.");
  const stale = staleFeeYear(r, today);
  if (!stale) return base;
  const when = stale.year ? `are for ${stale.year} and ` : "";
  const caveat = `These amounts ${when}are adjusted over time, so check the current figures.`;
  return { ...base, certainty: "uncertain", caveat: base.caveat ? `${caveat} ${base.caveat}` : caveat };
}

function deadlineScope(r: StateRules): string | undefined {
  const shorter = SHORTER_STATE_RULES[r.code];
  if (shorter) return shorter.map((s) => `${s.days} ${s.kind} days for ${s.covers}`).join("; ");
  return STATE_RULES_NOT_APPLIED[r.code]?.why;
}
