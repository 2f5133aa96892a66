// What makes the held-out corpus usable: unique ids, facts in every opening, every fact a valid
// Intake value at a real Intake path, planned turns inside the conversation.
import { INTAKE_PATHS, type IntakePath, IntakeSchema } from "../../../src/domain/intake.js";
import { MAX_PATIENT_MESSAGES } from "./drive.js";
import type { Conversation, Facts, FactValue } from "./types.js";

const isPath = (p: string): p is IntakePath => (INTAKE_PATHS as readonly string[]).includes(p);

/** Every concrete value a fact allows ("oneOf" alternatives one by one; array items as one array). */
function alternatives(value: FactValue): unknown[] {
  if (Array.isArray(value))
    return [
      value.map((v: string | { oneOf: readonly string[] } | { maybe: string }) =>
        typeof v === "string" ? v : "oneOf" in v ? v.oneOf[0] : v.maybe,
      ),
    ];
  if (typeof value === "object" && value !== null && "oneOf" in value) return [...value.oneOf];
  return [value];
}

/** Why `facts` could not be an Intake, if it could not. */
function factProblems(facts: Facts, where: string): string[] {
  return Object.entries(facts).flatMap(([path, value]) => {
    if (!isPath(path)) return [`${where}: ${path} is not an Intake path`];
    return alternatives(value as FactValue).flatMap((v) => {
      const [top, field] = path.split(".") as [string, string | undefined];
      const intake = field === undefined ? { [top]: v } : { [top]: { [field]: v } };
      const parsed = IntakeSchema.safeParse(intake);
      return parsed.success ? [] : [`${where}: ${path} = ${JSON.stringify(v)} is not a valid Intake value`];
    });
  });
}

/** Every problem found in `corpus`; empty when it is well-formed. */
export function corpusProblems(corpus: readonly Conversation[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of corpus) {
    if (ids.has(c.id)) problems.push(`${c.id}: duplicate id`);
    ids.add(c.id);
    if (Object.keys(c.facts).length === 0) problems.push(`${c.id}: the opening states no expected fact`);
    problems.push(...factProblems(c.facts, `${c.id} opening`));
    for (const rule of c.respond.rules)
      if (rule.facts) problems.push(...factProblems(rule.facts, `${c.id} "${rule.say}"`));
    const turns = new Set<number>();
    for (const planned of c.respond.plan ?? []) {
      if (planned.at < 2 || planned.at > MAX_PATIENT_MESSAGES)
        problems.push(`${c.id}: planned turn ${planned.at} is outside 2–${MAX_PATIENT_MESSAGES}`);
      if (turns.has(planned.at)) problems.push(`${c.id}: two messages planned at turn ${planned.at}`);
      turns.add(planned.at);
      if (planned.facts) problems.push(...factProblems(planned.facts, `${c.id} turn ${planned.at}`));
    }
    if (c.respond.otherwise.length === 0) problems.push(`${c.id}: no fallback answer`);
    for (const path of c.tolerate ?? []) {
      if (!isPath(path)) problems.push(`${c.id}: tolerates ${path}, not an Intake path`);
      if (path in c.facts) problems.push(`${c.id}: tolerates ${path} yet expects it`);
    }
    const at = c.letter?.at;
    if (at !== undefined && (at < 2 || at > MAX_PATIENT_MESSAGES))
      problems.push(`${c.id}: letter turn ${at} is outside 2–${MAX_PATIENT_MESSAGES}`);
  }
  return problems;
}
