// Minors: whether the patient is one (from the date of birth, a stated age or the patient's word), and
// what a parent or the minor is told about care the minor could get alone (45 CFR 164.502(g)(3)) and
// about substance-use records (42 CFR 2.14), with the state's own rules where we have them.
import type { Intake, RecordKind, StateCode } from "./intake.js";
import { MAJORITY, MINOR_RULES, type MinorRule, type SudConsent, type TeenAnswer } from "./minors-rules.js";
import { ageOn } from "./paths/score.js";
import type { Note, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";
import { getStateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

/** Minor (a parent may act), emancipated minor (acts alone), adult, or not known yet. */
export type MinorStatus = "minor" | "emancipated" | "adult" | "unknown";

/**
 * The patient's age in whole years on `today`: from the date of birth, else the age the patient gave.
 * Without `today` a date of birth cannot be read, so only a stated age counts.
 */
export function patientAge(intake: Intake, today?: string): number | undefined {
  return (today ? ageOn(intake.patient?.dateOfBirth, today) : undefined) ?? intake.patient?.age;
}

/** Whether the patient is a minor: a known age decides; otherwise what the patient said. */
export function minorStatus(intake: Intake, today?: string): MinorStatus {
  const age = patientAge(intake, today);
  const minor = age !== undefined ? age < 18 : intake.patient?.isMinor;
  if (minor === undefined) return "unknown";
  if (!minor) return "adult";
  return intake.patient?.emancipated ? "emancipated" : "minor";
}

const note = (topic: string, text: string, cite: string, certainty: Note["certainty"] = "certain"): Note => ({
  topic,
  text,
  cite,
  certainty,
});

/** The state's rules that fit who is asking, the patient's age and the records asked for. */
function stateRules(
  state: StateCode | undefined,
  to: MinorRule["to"],
  age: number | undefined,
  kinds: readonly RecordKind[],
) {
  const rules = state ? (MINOR_RULES[state]?.rules ?? []) : [];
  return rules.filter(
    (r) =>
      r.to === to &&
      (r.fromAge === undefined || (age !== undefined && age >= r.fromAge) || (age === undefined && r.fromAge <= 12)) &&
      (r.belowAge === undefined || (age !== undefined && age < r.belowAge)) &&
      (!r.kinds || kinds.length === 0 || r.kinds.some((k) => kinds.includes(k))),
  );
}

/** The state's substance-use consent rule when it covers a minor of this age. */
export function sudRule(state: StateCode | undefined, age: number | undefined): SudConsent | undefined {
  const sud = state ? MINOR_RULES[state]?.sud : undefined;
  if (!sud) return undefined;
  return age === undefined || age >= sud.fromAge ? sud : undefined;
}

/** What the minors' rules read from a situation, and the words they write in. */
type Facts = Pick<Situation, "intake" | "today" | "kinds" | "t">;

/** The state's name in the facts' language (its code when we have no data for it). */
function stateName(state: StateCode, t: EngineText): string {
  const rules = getStateRules(state);
  return rules ? t.stateName(rules.code, rules.name) : state;
}

/** Notes for a minor patient: to a parent or guardian asking, or to the minor asking for themself. */
export function minorNotes(s: Facts): Note[] {
  const status = minorStatus(s.intake, s.today);
  const who = s.intake.requester;
  if (status !== "minor") return [];
  if (who === "parent" || who === "guardian") return parentNotes(s);
  if (who === undefined || who === "self") return teenNotes(s);
  return [];
}

function parentNotes(s: Facts): Note[] {
  const t = s.t.minors;
  const age = patientAge(s.intake, s.today);
  const out: Note[] = [
    note("minor", t.parentActs, CITE.minors),
    note("minor", t.mayDeclineParent, `${CITE.abuse}; 45 CFR 164.524(a)(3)(iii), (a)(4)`),
  ];
  for (const r of stateRules(s.intake.state, "parent", age, s.kinds))
    out.push(note("minor", s.t.minorRules[r.says], r.cite, r.certainty));
  if (s.intake.records?.minorConsented)
    out.push(note("minor", t.childConsented, `${CITE.minors}; ${CITE.authorization}`));
  if (age === undefined || age >= 12) out.push({ topic: "minor", text: t.portalProxy, certainty: "uncertain" });
  return out;
}

function teenNotes(s: Facts): Note[] {
  const age = patientAge(s.intake, s.today);
  const t = s.t.minors;
  const rules = stateRules(s.intake.state, "teen", age, s.kinds);
  const out: Note[] = rules.map((r) => note("minor", s.t.minorRules[r.says], r.cite, r.certainty));
  if (rules.length === 0) out.push({ topic: "minor", text: t.teenDefault, cite: CITE.minors, certainty: "uncertain" });
  if (s.intake.confidential) {
    out.push(note("private", t.privateChannel, "45 CFR 164.522(b)(1)"), {
      topic: "private",
      text: t.billsMayGo,
      cite: "45 CFR 164.522(b)",
      certainty: "uncertain",
    });
  }
  return out;
}

/** Who consents to sharing a minor's substance-use records: the minor alone where state law lets them consent to treatment. */
export function minorSudNotes(s: Facts): Note[] {
  if (!s.kinds.includes("substance_use") || minorStatus(s.intake, s.today) !== "minor") return [];
  const who = s.intake.requester;
  const parent = who === "parent" || who === "guardian";
  if (!parent && who !== undefined && who !== "self") return [];
  const state = s.intake.state;
  const sud = sudRule(state, patientAge(s.intake, s.today));
  const t = s.t.minors;
  if (sud && state) {
    const name = stateName(state, s.t);
    const text = parent ? t.sudParent(name) : t.sudTeen(name);
    const checked = sud.certainty === "certain" ? text : t.sudUnconfirmed(text, name);
    return [sudNote(checked, `${PART2_MINORS}; ${sud.cite}`, sud.certainty)];
  }
  return [sudNote(t.sudGeneral, PART2_MINORS)];
}

/** Who consents to disclosing a minor's Part 2 records (42 CFR 2.14). */
export const PART2_MINORS = "42 CFR 2.14";

const sudNote = (text: string, cite: string, certainty: Note["certainty"] = "certain"): Note => ({
  topic: "substance_use",
  text,
  cite,
  certainty,
});

/** Notes on a state whose age of majority may be above 18 (recalled, so always hedged). */
export function majorityNotes(s: Facts): Note[] {
  const state = s.intake.state;
  const age = patientAge(s.intake, s.today);
  const m = state ? MAJORITY[state] : undefined;
  if (!m || age === undefined || age < 18 || age >= m.age) return [];
  return [note("representative", s.t.minors.majority(stateName(state!, s.t), m.age), m.cite, "uncertain")];
}

/**
 * The minors topic of explainRights: a direct answer for this state to "can I get my records without
 * my parents finding out?", or to a parent asking about a teen. Without a state it says that the
 * answer depends on one.
 */
export function minorStatements(intake: Intake, today?: string, text: EngineText = engineText()): Statement[] {
  const t = text.minors;
  const kinds = intake.records?.kinds ?? [];
  const asked =
    minorStatus(intake, today) === "unknown" ? { ...intake, patient: { ...intake.patient, isMinor: true } } : intake;
  const facts = { intake: asked, today: today ?? "", kinds, t: text };
  const out: Statement[] = [];
  // Only cited statements: the topic answers what the law says (the portal tip belongs to the paths).
  for (const { text, cite, certainty } of [...minorNotes(facts), ...minorSudNotes(facts)])
    if (cite) out.push({ text, cite, certainty });
  if (!intake.state) out.unshift({ text: t.noState, cite: CITE.minors, certainty: "uncertain" });
  out.push(
    { text: t.parentGeneral, cite: CITE.minors, certainty: "certain" },
    { text: t.minorMayAsk, cite: `${CITE.minors}; 45 CFR 164.522(b)`, certainty: "certain" },
    { text: t.sudOnlyMinor, cite: PART2_MINORS, certainty: "certain" },
  );
  return out;
}

/**
 * The short answer for a teen asking to keep their records from their parents, for their state; a
 * state without a sourced rule gets "check", citing HIPAA's deference to state law.
 */
export function teenAnswer(state: StateCode | undefined): TeenAnswer {
  const rule = state ? MINOR_RULES[state]?.teen : undefined;
  return rule ?? { answer: "check", scope: "confidential_care", cite: CITE.minors, certainty: "uncertain" };
}
