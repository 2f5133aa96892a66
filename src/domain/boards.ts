// Which state body licenses the provider, by provider type: where a patient takes a missed state
// deadline or asks who keeps a closed practice's records (a dentist's board is not the medical board).
import type { Intake } from "./intake.js";
import { getStateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

/** The licensing body for this provider, as a noun phrase ("the Texas dental board (…)"). */
export function licensingBoard(intake: Intake, t: EngineText = engineText()): string {
  const rules = intake.state ? getStateRules(intake.state) : undefined;
  return t.board(rules && t.stateName(rules.code, rules.name), intake.provider?.type);
}
