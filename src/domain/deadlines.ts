// Response deadlines: HIPAA's 30 days (plus one 30-day extension), or a shorter state rule where it
// covers this request; and the date arithmetic behind due dates and the 180-day OCR window.
import type { Intake } from "./intake.js";
import type { Statement } from "./recommendation.js";
import { stateCitation } from "./state-citations.js";
import {
  type DayKind,
  type ProviderKind,
  type Purpose,
  SHORTER_STATE_RULES,
  type ShorterStateRule,
  STATE_RULES_NOT_APPLIED,
} from "./state-deadline-rules.js";
import { CITE, law, maybe } from "./statements.js";
import { getStateRules, type StateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

export type { DayKind } from "./state-deadline-rules.js";
export { SHORTER_STATE_RULES, STATE_RULES_NOT_APPLIED } from "./state-deadline-rules.js";

export interface DeadlineRule {
  days: number;
  kind: DayKind;
  /** Extra days the governing rule allows with written notice: 30 under HIPAA, often 0 under a state rule. */
  extensionDays: number;
  /** The rule that governs this request. */
  basis: Statement;
  /** What the state's own rule says, including why it does or does not apply here. */
  stateRule?: Statement;
  governedBy: "hipaa" | "state";
  /** When a state rule governs: which requests it covers, in plain words (in the text's language). */
  covers?: string;
}

const HIPAA_DAYS = 30;
const HIPAA_EXTENSION = 30;

/** The deadline that governs this request, with the state's rule explained in `t`'s words. */
export function responseDeadline(intake: Intake, t: EngineText = engineText()): DeadlineRule {
  const hipaa: DeadlineRule = {
    days: HIPAA_DAYS,
    kind: "calendar",
    extensionDays: HIPAA_EXTENSION,
    basis: law(t.deadlines.hipaa, CITE.deadline),
    governedBy: "hipaa",
  };
  const rules = intake.state ? getStateRules(intake.state) : undefined;
  if (!intake.state || !rules) return hipaa;
  const cases = SHORTER_STATE_RULES[intake.state] ?? [];
  // Only a checked rule that covers this request sets the due date; an unchecked one is reported as
  // something to check, because a due date it set could call a request overdue when it is not.
  const hit =
    rules.confidence.responseDays === "verified"
      ? cases.find((c) => c.certainty !== "uncertain" && covers(c, intake))
      : undefined;
  if (hit) {
    const covers = t.deadlines.covers[hit.covers];
    const upTo = hit.extensionDays > 0 ? t.days(hit.days + hit.extensionDays, hit.kind) : undefined;
    const basis = law(
      t.deadlines.stricter(t.stateName(rules.code, rules.name), covers, t.days(hit.days, hit.kind), upTo),
      `${hit.cite}; ${CITE.preemption}`,
    );
    return {
      days: hit.days,
      kind: hit.kind,
      extensionDays: hit.extensionDays,
      basis,
      stateRule: basis,
      governedBy: "state",
      covers,
    };
  }
  return { ...hipaa, stateRule: stateRuleWhenHipaaGoverns(intake, rules, cases, t) };
}

function covers(c: ShorterStateRule, intake: Intake): boolean {
  const type: ProviderKind = intake.provider?.type ?? "unspecified";
  const purpose: Purpose | undefined = intake.purpose;
  if (c.providerTypes && !c.providerTypes.includes(type)) return false;
  if (c.purposes && (!purpose || !c.purposes.includes(purpose))) return false;
  if (c.formats && (!intake.format || !c.formats.includes(intake.format))) return false;
  return true;
}

function stateRuleWhenHipaaGoverns(
  intake: Intake,
  rules: StateRules,
  cases: readonly ShorterStateRule[],
  t: EngineText,
): Statement {
  const name = t.stateName(rules.code, rules.name);
  const rd = rules.responseDays;
  const conf = rules.confidence.responseDays;
  const unspecified = !intake.provider?.type;
  const statute = stateCitation(intake)?.cite;
  const notApplied = intake.state ? STATE_RULES_NOT_APPLIED[intake.state] : undefined;
  if (notApplied) return law(t.deadlines.notApplied[notApplied.why], `${notApplied.cite}; ${CITE.deadline}`);
  const unchecked = cases.find((c) => c.certainty === "uncertain");
  if (unchecked) {
    const unit = t.unit(unchecked.days, unchecked.kind);
    const scope = t.deadlines.covers[unchecked.covers];
    if (covers(unchecked, intake))
      return maybe(
        t.deadlines.uncheckedCovers(name, unchecked.cite, unit, scope),
        `${unchecked.cite}; ${CITE.deadline}`,
      );
    return maybe(t.deadlines.uncheckedElsewhere(name, unit, scope, unspecified), `${unchecked.cite}; ${CITE.deadline}`);
  }
  if (cases.length > 0 && conf === "verified") {
    const first = cases[0]!;
    return law(
      t.deadlines.shorterOnlyFor(
        name,
        first.days,
        cases.map((c) => t.deadlines.covers[c.covers]),
        unspecified,
      ),
      cases.map((c) => c.cite).join("; "),
    );
  }
  if (rd && conf === "verified") return law(t.deadlines.notShorter(name, rd.days), statute ?? CITE.deadline);
  if (rd) return maybe(t.deadlines.recalled(name, rd.days), statute);
  if (conf === "verified") return law(t.deadlines.noFixed(name), statute ?? CITE.deadline);
  return maybe(t.deadlines.unconfirmed(name), statute);
}

/**
 * Adds days to a YYYY-MM-DD date. Business days skip Saturdays and Sundays only: public holidays
 * are not counted out, so a due date may land on a holiday (state laws differ on holidays).
 */
export function addDays(startIso: string, days: number, kind: DayKind): string {
  const d = new Date(`${startIso}T00:00:00Z`);
  if (kind === "calendar") {
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * When the provider's answer is due, counted from priorRequest.sentOn (the clock really starts when
 * the provider receives it, so mailed requests get a few more days). Undefined without a sent date.
 */
export function dueDate(intake: Intake): { dueOn: string; extendedDueOn: string } | undefined {
  const sentOn = intake.priorRequest?.sentOn;
  if (!sentOn) return undefined;
  const rule = responseDeadline(intake);
  return {
    dueOn: addDays(sentOn, rule.days, rule.kind),
    extendedDueOn: addDays(sentOn, rule.days + rule.extensionDays, rule.kind),
  };
}

/**
 * HIPAA's own deadline for the earlier request: 30 calendar days from priorRequest.sentOn, or 60 when
 * the provider sent a written extension notice (164.524(b)(2)). State deadlines never change it.
 */
export function hipaaDueDate(intake: Intake): string | undefined {
  const sentOn = intake.priorRequest?.sentOn;
  if (!sentOn) return undefined;
  const days = HIPAA_DAYS + (intake.priorRequest?.extensionNotice ? HIPAA_EXTENSION : 0);
  return addDays(sentOn, days, "calendar");
}

/** Last day to file an HHS OCR complaint: 180 days after the patient knew of the problem. */
export function ocrComplaintDeadline(fromIso: string): string {
  return addDays(fromIso, 180, "calendar");
}
