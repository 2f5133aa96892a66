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

/** What the minors' rules read from a situation. */
type Facts = Pick<Situation, "intake" | "today" | "kinds">;

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
  const age = patientAge(s.intake, s.today);
  const out: Note[] = [
    note(
      "minor",
      "A parent usually acts for a child under 18, but not for care the child could legally get on their own (in many states birth control, STI testing or counseling) or where the parent agreed to keep it confidential. State law then decides whether a parent can see those records.",
      CITE.minors,
    ),
    note(
      "minor",
      "A provider may also decline to treat a parent as the child's representative if it believes the child has been or could be harmed, and may deny a parent's request where a licensed professional judges access is reasonably likely to cause substantial harm to the child or another person; such a denial can be reviewed.",
      `${CITE.abuse}; 45 CFR 164.524(a)(3)(iii), (a)(4)`,
    ),
  ];
  for (const r of stateRules(s.intake.state, "parent", age, s.kinds))
    out.push(note("minor", r.text, r.cite, r.certainty));
  if (s.intake.records?.minorConsented)
    out.push(
      note(
        "minor",
        "You said these records are of care your child agreed to alone: ask your child to request them, or to sign an authorization that names you.",
        `${CITE.minors}; ${CITE.authorization}`,
      ),
    );
  if (age === undefined || age >= 12)
    out.push({
      topic: "minor",
      text: "Many portals limit a parent's proxy access from about age 12 or 13. You may need to ask the records office for copies, which may leave out the teen's confidential care.",
      certainty: "uncertain",
    });
  return out;
}

function teenNotes(s: Facts): Note[] {
  const age = patientAge(s.intake, s.today);
  const rules = stateRules(s.intake.state, "teen", age, s.kinds);
  const out: Note[] = rules.map((r) => note("minor", r.text, r.cite, r.certainty));
  if (rules.length === 0)
    out.push({
      topic: "minor",
      text: "You can usually ask for the records of care you agreed to yourself. The details depend on your state's law, so the records office may ask questions.",
      cite: CITE.minors,
      certainty: "uncertain",
    });
  if (s.intake.confidential) {
    out.push(
      note(
        "private",
        "You can ask the office to send the copy, and to call or write about it, only the way you choose (for example pick-up, or your own email or phone); a provider must go along with a reasonable request like that.",
        "45 CFR 164.522(b)(1)",
      ),
      {
        topic: "private",
        text: "Bills and insurance statements may still go to the parent who holds the insurance; ask the office and the health plan how to keep them private.",
        cite: "45 CFR 164.522(b)",
        certainty: "uncertain",
      },
    );
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
  if (sud && state) {
    const name = getStateRules(state)?.name ?? state;
    const text = parent
      ? `Because ${name} lets a minor consent to substance-use treatment alone, only your child can consent to a federally assisted program sharing those records, including with you; ask your child to sign a Part 2 consent.`
      : `Because ${name} lets you agree to substance-use treatment on your own, only you can consent to a federally assisted program sharing those records, with your parents or anyone else.`;
    const checked =
      sud.certainty === "certain" ? text : `${text} We could not confirm ${name}'s rule, so check it with the program.`;
    return [sudNote(checked, `${PART2_MINORS}; ${sud.cite}`, sud.certainty)];
  }
  return [
    sudNote(
      "Where state law lets a minor consent to substance-use treatment alone, only the minor can consent to a federally assisted program sharing those records, including with a parent; where a parent's consent to the treatment was required, both the minor and the parent sign.",
      PART2_MINORS,
    ),
  ];
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
  const name = getStateRules(state!)?.name ?? state;
  return [
    note(
      "representative",
      `${name}'s age of majority may be ${m.age}, not 18; check this, because until then a parent may still act for the patient.`,
      m.cite,
      "uncertain",
    ),
  ];
}

/**
 * The minors topic of explainRights: a direct answer for this state to "can I get my records without
 * my parents finding out?", or to a parent asking about a teen. Without a state it says that the
 * answer depends on one.
 */
export function minorStatements(intake: Intake, today?: string): Statement[] {
  const kinds = intake.records?.kinds ?? [];
  const asked =
    minorStatus(intake, today) === "unknown" ? { ...intake, patient: { ...intake.patient, isMinor: true } } : intake;
  const facts = { intake: asked, today: today ?? "", kinds };
  const out: Statement[] = [];
  // Only cited statements: the topic answers what the law says (the portal tip belongs to the paths).
  for (const { text, cite, certainty } of [...minorNotes(facts), ...minorSudNotes(facts)])
    if (cite) out.push({ text, cite, certainty });
  if (!intake.state)
    out.unshift({
      text: "Often yes for care you could agree to on your own, but it depends on your state's law: tell me the state and I can say more.",
      cite: CITE.minors,
      certainty: "uncertain",
    });
  out.push(
    {
      text: "A parent acts for a child under 18 who is not emancipated, but not for care the child could lawfully get alone or that the parent agreed to keep confidential; state law then decides whether the parent may see those records.",
      cite: CITE.minors,
      certainty: "certain",
    },
    {
      text: "A minor can ask for the records of care they consented to themself, and can ask that the copy and any messages about it go only to them.",
      cite: `${CITE.minors}; 45 CFR 164.522(b)`,
      certainty: "certain",
    },
    {
      text: "For substance-use treatment a minor could consent to alone, only the minor may consent to a federally assisted program sharing those records, including with a parent.",
      cite: PART2_MINORS,
      certainty: "certain",
    },
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
