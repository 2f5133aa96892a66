// Who may ask, in the guide's words: the short answer for a teen who wants their records without their
// parents finding out (their state's rule, src/domain/minors-rules.ts), and the one line a parent, agent
// or guardian must hear before any advice (45 CFR 164.502(g)). Words from the catalogs, facts from the engine.
import type { Intake } from "../../domain/intake.js";
import { minorStatus, teenAnswer } from "../../domain/minors.js";
import { getStateRules } from "../../domain/states.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";

/** A minor asking for their own records, privately, who has not yet said how the copy should reach them. */
export function asksPrivately(turn: { intake: Intake; view: { context: { today: string } } }): boolean {
  const i = turn.intake;
  return (
    i.confidential === true &&
    (i.requester === undefined || i.requester === "self") &&
    minorStatus(i, turn.view.context.today) === "minor" &&
    i.delivery === undefined
  );
}

/** The state's answer, then how to ask for the copy to reach only the teen (45 CFR 164.522(b)). */
export function teenAnswerText(intake: Intake, lang: Lang): string {
  const words = CATALOGS[lang].guide.minors;
  const rule = teenAnswer(intake.state);
  const state = intake.state ? (getStateRules(intake.state)?.name ?? intake.state) : words.yourState;
  // Only a rule read in a source is stated as the answer; anything less says to check.
  const answer = rule.certainty === "certain" ? rule.answer : "check";
  const lead = fill(words.answers[answer], { state, scope: words.scopes[rule.scope], cite: rule.cite });
  return `${lead}\n${words.privately}`;
}

/**
 * The line a representative hears before the advice: an adult or emancipated child, or authority that
 * ended at death; a parent of a minor hears that care the child could get alone may be closed to them.
 */
export function whoMayAsk(intake: Intake, today: string, lang: Lang): string {
  const words = CATALOGS[lang].guide.who;
  const who = intake.requester;
  if (intake.patient?.isDeceased && (who === "personal_representative" || who === "guardian")) return words.afterDeath;
  if (who !== "parent") return "";
  switch (minorStatus(intake, today)) {
    case "adult":
      return words.adultChild;
    case "emancipated":
      return words.emancipated;
    case "minor":
      return words.minorCare;
    default:
      return "";
  }
}
