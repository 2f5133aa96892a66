// Legal and calendar facts the letters state: deadlines (from the engine's src/domain/deadlines.ts),
// the state statute (cautiously when only recalled), dates in words. Pure; no I/O.
import type { Intake } from "../domain/intake.js";
import type { Statement } from "../domain/recommendation.js";
import { getStateRules, type StateRules } from "../domain/states.js";

export { dueDate, ocrComplaintDeadline, responseDeadline } from "../domain/deadlines.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-26" → "November 26, 2026"; a bare year or anything else is returned as given. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
}

/** The intake's state rules, if the state is known. */
export function stateOf(intake: Intake): StateRules | undefined {
  return intake.state ? getStateRules(intake.state) : undefined;
}

/**
 * The state access statute as a short citation a letter may print, or null. Only a citation whose
 * confidence is "verified" is printed; a recalled one is left to guidance (never stated as certain).
 */
export function stateStatute(rules: StateRules | undefined): { cite: string; certain: boolean } | null {
  if (!rules?.accessStatute) return null;
  // Drop "No general … found" sentences and review remarks; keep the citations themselves.
  const kept = rules.accessStatute
    .split(/(?<=\.)\s+/)
    .filter((s) => !/^No\b/.test(s))
    .join(" ")
    .replace(/\s+—\s+recalled.*$/, "")
    .trim();
  // The first citation only (split at a ";" outside parentheses): later ones carry review remarks.
  let depth = 0;
  let end = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const ch = kept[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === ";" && depth === 0) {
      end = i;
      break;
    }
  }
  const cite = kept.slice(0, end).replace(/\.$/, "").trim();
  return cite ? { cite, certain: rules.confidence.accessStatute === "verified" } : null;
}

/** "30 calendar days" and the like, from a deadline shape. */
export function daysPhrase(days: number, kind: string): string {
  return `${days} ${kind} day${days === 1 ? "" : "s"}`;
}

/** Whether a statement may be written as fact in a letter. */
export const isCertain = (s: Statement | undefined): s is Statement => s?.certainty === "certain";
