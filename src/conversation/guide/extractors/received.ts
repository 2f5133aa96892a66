// The answer to the check-in "Did you get your records? Reply YES, PARTLY or NO" (issue 20): all of
// them, some of them, or nothing yet. A question in reply ("what happens if they don't answer?") is
// no answer: the guide answers it and the request stays open.
import type { Intake } from "../../../domain/intake.js";

type Received = Extract<
  NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>,
  "received" | "partial" | "no_response"
>;

const PARTLY =
  /(?<![a-z])(?:partly|partially|partial|part of|some of|only some|a few|half|but not|not all|not everything|missing|parte|solo (?:una )?parte|una parte|parte de|algun[oa]s|pero no|no todo|faltan?)(?![a-z])/;
const NOT_YET =
  /^(?:no+|nope|nah|not yet|nothing|nada|never|nunca|todavia no|aun no|ninguno)(?![a-z])|(?<![a-z])(?:not yet|nothing|haven'?t|havent|didn'?t|didnt|no response|no answer|todavia no|aun no|no me (?:han|llego|llegaron|mandaron|enviaron))(?![a-z])/;
const YES =
  /^(?:y(?:es|ea|eah|ep|up|a)?|si|yass?|ok|sure)(?![a-z])|(?<![a-z])(?:got (?:them|em|it|everything|all)|received|all of them|me llegaron|ya llegaron|ya los tengo|los recibi|recibi)(?![a-z])/;
/** A question of the patient's own: a question mark and no yes or no before it. */
const QUESTION = /\?\s*$/;
const ANSWER_FIRST = /^(?:y(?:es|ea|eah|ep)?|si|no+|nope|not yet|partly)(?![a-z])/;

/** What came of the request, as the answer says; undefined for anything else. */
export function findReceived(low: string): Received | undefined {
  const line = low.trim();
  if (QUESTION.test(line) && !ANSWER_FIRST.test(line)) return undefined;
  if (PARTLY.test(line)) return "partial";
  if (NOT_YET.test(line)) return "no_response";
  if (YES.test(line)) return "received";
  return undefined;
}
