// Path scoring as data: each path lists the situations that raise or lower it and the reason it
// gives the patient, so ranking stays readable and every reason comes from a rule that fired.
import type { Statement } from "../recommendation.js";
import type { Situation } from "../situation.js";

export interface Factor {
  when: (s: Situation) => boolean;
  points: number;
  /** What to tell the patient when this factor applies; omit for silent tie-breakers. */
  reason?: (s: Situation) => Statement;
}

/** Sums the base and every factor that applies; reasons keep the factors' order. */
export function scoreFactors(
  base: number,
  factors: readonly Factor[],
  s: Situation,
): { score: number; reasons: Statement[] } {
  let score = base;
  const reasons: Statement[] = [];
  for (const f of factors) {
    if (!f.when(s)) continue;
    score += f.points;
    if (f.reason) reasons.push(f.reason(s));
  }
  return { score, reasons };
}

/** The patient's age in whole years on `today`, when the date of birth is known. */
export function ageOn(dateOfBirth: string | undefined, today: string): number | undefined {
  if (!dateOfBirth) return undefined;
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
