// An earlier request for the same records and what came of it: "sent a request 6 weeks ago,
// nothing", "they denied it", "me negaron", "they want to charge me $200". Its date comes from dates.ts.
import type { Intake } from "../../../domain/intake.js";
import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { compile, firstMatch } from "../text.js";
import type { Topic } from "../topics.js";

type Outcome = NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>;

const OUTCOME = compile(...tablesOf("outcomes"));
/** One regex for every request verb; dates.ts uses it to give "6 weeks ago" the role sentOn. */
export const REQUEST_VERB = new RegExp(`(?<![\\w'])(?:${wordsOf("requestVerbs")})(?![\\w])`);
/** Words that show the message is about a request at all, for the outcomes that need that. */
const ABOUT_REQUEST =
  /request|solicitud|asked|they|them|ellos|records office|the office|the hospital|me los|nos los|mandaron|enviaron|dieron|nobody|no one|nadie/;
/** A denial of coverage is not a denial of records. */
const COVERAGE = /\b(?:claim|coverage|prior auth\w*|authorization|reclamo)\b/;
const NEEDS_CONTEXT = new Set<Outcome>(["no_response", "pending", "partial"]);
const DOLLARS = /\$\s?\d/;
/** A message that is a single question: one question mark, at the end, no sentence before it. */
const ONE_QUESTION = /^[^.!?]*\?+$/;

/** What happened to an earlier request, if the message says. */
export function findOutcome(low: string, topic: Topic | undefined): Outcome | undefined {
  const onTopic = topic?.startsWith("priorRequest") ?? false;
  let outcome = firstMatch(OUTCOME, low);
  if (!outcome && DOLLARS.test(low) && /charg|cobr|fee|pay|page|a lot|expensive|price|cost/.test(low))
    outcome = "fee_dispute";
  if (!outcome) return onTopic && /^(?:nothing|nada)[.!]?$/.test(low.trim()) ? "no_response" : undefined;
  if (outcome === "denied" && COVERAGE.test(low)) return undefined;
  // "¿Me cobran?", "will they charge me?": a question about a fee, not a fee already asked for.
  if (outcome === "fee_dispute" && ONE_QUESTION.test(low.trim()) && !DOLLARS.test(low)) return undefined;
  if (NEEDS_CONTEXT.has(outcome) && !onTopic && !REQUEST_VERB.test(low) && !ABOUT_REQUEST.test(low)) return undefined;
  return outcome;
}
