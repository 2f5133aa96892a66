// The patient's health coverage: the kind of plan (Medicare Advantage, Medicaid, marketplace,
// through work, VA, TRICARE, none) and the insurer's name when a well-known one is named.
import type { Intake } from "../../../domain/intake.js";
import { tablesOf } from "../../../i18n/lexicons/index.js";
import { INSURERS } from "../../../i18n/lexicons/names.js";
import { compile, firstMatch } from "../text.js";

type Insurer = NonNullable<Intake["insurer"]>;

const PLAN = compile(...tablesOf("plans"));
const NAMES = compile(INSURERS);
const OF_STATE = new RegExp(
  `(?:${INSURERS.map(([, source]) => source).join("|")}) of (${tablesOf("stateNames")
    .flat()
    .map(([, source]) => source)
    .join("|")})(?![a-z])`,
);
const titled = (s: string) => s.replace(/(^| )([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
/** "The VA hospital" is a plan word, but "my VA disability claim" is about the claim, not coverage. */
const NOT_COVERAGE = /\b(?:va disability|disability claim)\b/;

/** Coverage facts; an empty object when the text names none. */
export function findInsurer(low: string, full = low): Insurer {
  const out: Insurer = {};
  const plan = firstMatch(PLAN, low);
  if (plan && !(plan === "va" && NOT_COVERAGE.test(low))) out.plan = plan;
  const name = firstMatch(NAMES, low);
  // "Blue Cross Blue Shield of Texas": the state's plan keeps its state.
  const of = name ? OF_STATE.exec(full) : null;
  if (name) out.name = of ? `${name} of ${titled(of[1]!)}` : name;
  return out;
}
