// Who may ask for someone else's records (45 CFR 164.502(g)) and what proof to bring: a parent only for
// an unemancipated minor, a health care agent or guardian only while the patient lives, and after death
// the executor, administrator or the person state law names; and what a person without authority can do.
import type { Intake, StateCode } from "./intake.js";
import { majorityNotes, minorStatus } from "./minors.js";
import type { Note, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";
import { getStateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

type AfterDeathState = keyof EngineText["representatives"]["afterDeath"];

/**
 * Who state law lets ask for a deceased patient's records when no executor acts (the words are the
 * engine text's representatives.afterDeath). Only rules read in a primary or official source are
 * here; every other state gets "check this".
 */
const AFTER_DEATH: Record<AfterDeathState, Omit<Statement, "text">> = {
  IL: { cite: "735 ILCS 5/8-2001.5", certainty: "certain" },
  GA: { cite: "O.C.G.A. §31-33-2(a)(2)", certainty: "certain" },
};
const hasAfterDeathRule = (state: StateCode): state is AfterDeathState => state in AFTER_DEATH;

const note = (topic: string, s: Statement): Note => ({ topic, ...s });
const law = (text: string, cite: string): Statement => ({ text, cite, certainty: "certain" });

/** Notes for the requester's authority; empty when the patient asks for themself. */
export function representativeNotes(s: Situation): Note[] {
  const t = s.t.representatives;
  const i = s.intake;
  const who = i.requester;
  if (!who || who === "self") return [];
  if (i.patient?.isDeceased) return afterDeath(i, who, s.t);
  if (who === "other") return noAuthority(s.t).map((x) => note("authority", x));
  if (who === "parent") return parentNotes(s);
  if (who === "guardian") return [note("representative", law(t.guardian, CITE.representatives))];
  if (who === "personal_representative") return [note("representative", law(t.agent, CITE.representatives))];
  return [note("representative", law(t.executor, CITE.deceased))];
}

function parentNotes(s: Situation): Note[] {
  const t = s.t.representatives;
  switch (minorStatus(s.intake, s.today)) {
    case "unknown":
      return [note("representative", law(t.parentAgeUnknown, `${CITE.representatives}(3)`))];
    case "minor":
      return [note("representative", law(t.parentOfMinor, CITE.minors))];
    case "emancipated":
      return [note("representative", law(t.emancipatedChild, `${CITE.minors}; ${CITE.authorization}`))];
    case "adult":
      return [
        note("representative", law(t.adultChild, `${CITE.representatives}(2)-(3); ${CITE.authorization}`)),
        ...majorityNotes(s),
      ];
  }
}

/** After death: an agent's or guardian's authority has ended; the executor or the person state law names acts. */
function afterDeath(i: Intake, who: NonNullable<Intake["requester"]>, text: EngineText): Note[] {
  const t = text.representatives;
  const out: Note[] = [];
  if (who === "personal_representative" || who === "guardian") {
    const ended = who === "guardian" ? t.guardianshipEnded : t.agentEnded;
    out.push(note("deceased", law(t.afterDeathOnly(ended), "45 CFR 164.502(g)(4)")));
  } else if (who === "executor") {
    out.push(note("representative", law(t.executor, CITE.deceased)));
  } else if (who === "other" || who === "parent") {
    out.push(note("authority", law(t.whoAfterDeath, "45 CFR 164.502(g)(4)")));
  }
  if (who !== "executor") out.push(note("authority", stateAfterDeath(i.state, text)));
  out.push(
    note("deceased", law(t.protected50, CITE.deceased)),
    note("deceased", { text: t.sendToYou, certainty: "certain" }),
  );
  return out;
}

/** The state's rule on who may ask after death, or "check this". */
function stateAfterDeath(state: StateCode | undefined, t: EngineText): Statement {
  if (state && hasAfterDeathRule(state)) return { text: t.representatives.afterDeath[state], ...AFTER_DEATH[state] };
  const rules = state ? getStateRules(state) : undefined;
  return {
    text: t.representatives.afterDeathUnknown(rules && t.stateName(rules.code, rules.name)),
    cite: "State law, e.g. O.C.G.A. §31-33-2(a)(2) (Georgia)",
    certainty: "uncertain",
  };
}

function noAuthority(t: EngineText): Statement[] {
  return [law(t.representatives.noAuthority, `${CITE.representatives}; ${CITE.family}; ${CITE.authorization}`)];
}

/**
 * The representatives topic of explainRights: what this requester brings and who may act, without
 * telling a parent they act for care the minor could get alone. `today` dates a date of birth.
 */
export function representativeStatements(intake: Intake, today?: string, text: EngineText = engineText()): Statement[] {
  const t = text.representatives;
  const who = intake.requester;
  const out: Statement[] = [];
  const deceased = intake.patient?.isDeceased;
  const status = minorStatus(intake, today);
  if (who === "executor") out.push(law(t.bringAsExecutor, CITE.deceased));
  else if ((who === "guardian" || who === "personal_representative") && deceased)
    out.push(law(t.authorityEndsAtDeath, "45 CFR 164.502(g)(4)"));
  else if (who === "guardian" || who === "personal_representative")
    out.push(law(t.bring(t.proof[who]), CITE.representatives));
  else if (who === "parent" && status === "minor") out.push(law(t.bringAsParent, CITE.minors));
  else if (who === "parent" && (status === "adult" || status === "emancipated"))
    out.push(law(t.notForAdultChild, `${CITE.representatives}(2)-(3)`));
  if (who === "other") out.push(law(t.noRightOfYourOwn, `${CITE.family}; ${CITE.authorization}`));
  out.push(
    law(t.whoIsRepresentative, CITE.representatives),
    law(t.notForMinorsOwnCare, CITE.minors),
    law(t.afterDeathGeneral, CITE.deceased),
    law(t.mayRefuseRepresentative, `${CITE.abuse}; 45 CFR 164.524(a)(3)(iii)`),
  );
  return out;
}
