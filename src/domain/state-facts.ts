// The public view of one jurisdiction's rules (GET /api/states/:code): every field carries its
// confidence and a certainty, so a client never mistakes a recalled or unknown fact for a checked one.

import type { Lang } from "../i18n/langs.js";
import { SHORTER_STATE_RULES, STATE_RULES_NOT_APPLIED } from "./deadlines.js";
import { staleFeeYear } from "./fees.js";
import type { StateCode } from "./intake.js";
import type { Certainty, Statement } from "./recommendation.js";
import { CITE, certaintyOf, confidenceCaveat, law } from "./statements.js";
import { type Confidence, getStateRules, STATE_DATA_GENERATED, type StateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

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

function fact<T>(value: T | null, confidence: Confidence, t: EngineText, emptyMeans?: string): StateFact<T> {
  const caveat = confidenceCaveat(confidence, t) ?? (value === null && emptyMeans ? emptyMeans : undefined);
  const out: StateFact<T> = { value, confidence, certainty: certaintyOf(confidence) };
  if (caveat) out.caveat = caveat;
  return out;
}

/** Empty strings in the data mean "nothing found"; present them as null. */
function present(v: string | null | undefined): string | null {
  return v && v.trim().length > 0 ? v : null;
}

/**
 * A presentation of one jurisdiction's rules, or undefined for an unknown code. With `today`
 * (YYYY-MM-DD, from the request), fee amounts indexed to a past year are marked "check this". In
 * another `lang` the fixed sentences are translated and the state data's own English prose is marked
 * as such (names, URLs and citations stay as they are).
 */
export function stateFacts(code: string, today?: string, lang?: Lang): StateFactsView | undefined {
  const r = getStateRules(code);
  if (!r) return undefined;
  const t = engineText(lang);
  const prose = (v: string | null | undefined) => {
    const kept = present(v);
    return kept === null ? null : t.quote(kept);
  };
  const c = r.confidence;
  const rd = r.responseDays;
  const registry = r.immunizationRegistry;
  const deadline: StateDeadlineFact = {
    ...fact(
      rd ? { days: rd.days, kind: rd.kind === "calendar" ? "calendar" : "business", note: t.quote(rd.note) } : null,
      c.responseDays,
      t,
      t.stateFacts.noDeadline,
    ),
    source: r.accessStatute,
    hipaaFloor: law(t.stateFacts.hipaaFloor, CITE.deadline),
  };
  const scope = deadlineScope(r, t);
  if (scope) deadline.scope = scope;
  return {
    code: r.code,
    name: t.stateName(r.code, r.name),
    accessStatute: fact(present(r.accessStatute), c.accessStatute, t),
    deadline,
    feeRule: {
      ...feeFact(r, today, t, prose(r.feeRule)),
      hipaaLimit: law(t.stateFacts.hipaaLimit, `${CITE.fees}; ${CITE.preemption}`),
    },
    immunizationRegistry: fact(
      registry && {
        ...registry,
        name: t.quote(registry.name),
        ...(registry.patientAccess ? { patientAccess: t.quote(registry.patientAccess) } : {}),
      },
      c.immunizationRegistry,
      t,
    ),
    vitalRecordsUrl: fact(present(r.vitalRecordsUrl), c.vitalRecordsUrl, t),
    closedPracticeRule: fact(prose(r.closedPracticeRule), c.closedPracticeRule, t, t.stateFacts.noClosedRule),
    retention: fact(prose(r.retention), c.retention, t),
    notes: r.notes ? t.quote(r.notes) : null,
    sources: [...r.sources],
    confidence: { ...c },
    generated: STATE_DATA_GENERATED,
    disclaimer: t.stateFacts.disclaimer,
  };
}

/** The fee rule, uncertain with a caveat when its amounts are indexed to a year before today's. */
function feeFact(r: StateRules, today: string | undefined, t: EngineText, value: string | null): StateFact<string> {
  const base = fact(value, r.confidence.feeRule, t, t.stateFacts.noFeeCap);
  const stale = staleFeeYear(r, today);
  if (!stale) return base;
  const caveat = t.stateFacts.stale(stale.year);
  return { ...base, certainty: "uncertain", caveat: base.caveat ? `${caveat} ${base.caveat}` : caveat };
}

function deadlineScope(r: StateRules, t: EngineText): string | undefined {
  const shorter = SHORTER_STATE_RULES[r.code];
  if (shorter) return shorter.map((s) => t.stateFacts.scope(s.days, s.kind, t.deadlines.covers[s.covers])).join("; ");
  const notApplied = STATE_RULES_NOT_APPLIED[r.code];
  return notApplied && t.deadlines.notApplied[notApplied.why];
}
