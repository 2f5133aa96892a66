// Which state body licenses the provider, by provider type: where a patient takes a missed state
// deadline or asks who keeps a closed practice's records (a dentist's board is not the medical board).
import type { Intake } from "./intake.js";
import { getStateRules } from "./states.js";

/** The licensing body for this provider, as a noun phrase ("the Texas dental board (…)"). */
export function licensingBoard(intake: Intake): string {
  const name = intake.state ? getStateRules(intake.state)?.name : undefined;
  const of = name ? `the ${name}` : "your state's";
  switch (intake.provider?.type) {
    case "dental":
      return `${of} dental board (the board that licenses dentists)`;
    case "hospital":
      return `${of} agency that licenses hospitals (usually the state health department)`;
    case "lab":
    case "imaging_center":
      return `${of} health department, which licenses most labs and imaging centers`;
    case "pharmacy":
      return `${of} board of pharmacy`;
    case "behavioral_health":
      return `${of} board that licensed the therapist (psychology, counseling or social work)`;
    case "physician_practice":
    case "specialist":
    case "clinic":
      return `${of} medical board`;
    default:
      return `${of} board that licenses the provider (for a doctor's office, ${of} medical board)`;
  }
}

/** The provider in plain words, for sentences such as "it may not cover a dentist". */
export function providerWord(intake: Intake): string {
  switch (intake.provider?.type) {
    case "dental":
      return "dentist";
    case "hospital":
      return "hospital";
    case "lab":
      return "lab";
    case "imaging_center":
      return "imaging center";
    case "pharmacy":
      return "pharmacy";
    case "behavioral_health":
      return "therapist or treatment program";
    default:
      return "provider";
  }
}
