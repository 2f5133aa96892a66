// Plain-language explanations of the patient's rights by topic, each sentence with its citation,
// tailored to the intake (the state's deadline and fee rule, who is asking, which records).

import type { Lang } from "../i18n/langs.js";
import { dueDate, hipaaDueDate, ocrComplaintDeadline, responseDeadline } from "./deadlines.js";
import { freeCopyRights, sentToOthers, stateFeeStatement } from "./fees.js";
import type { Intake } from "./intake.js";
import { minorStatements } from "./minors.js";
import type { Statement } from "./recommendation.js";
import { representativeStatements } from "./representatives.js";
import { stateCitation } from "./state-citations.js";
import { CITE, certaintyOf, confidenceCaveat, law, maybe } from "./statements.js";
import { getStateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

export const RIGHTS_TOPICS = [
  "fees",
  "deadlines",
  "format",
  "denials",
  "third_party",
  "representatives",
  "special_records",
  "minors",
] as const;
export type RightsTopic = (typeof RIGHTS_TOPICS)[number];

/**
 * Explains one topic of the patient's rights for this intake, in `lang` (English by default). Never
 * legal advice; every legal sentence is cited. `today` (YYYY-MM-DD, from the request) marks fee amounts
 * indexed to a past year as "check this" and lets a date of birth tell whether the patient is a minor;
 * without it no date-dependent judgement is made.
 */
export function explainRights(
  topic: RightsTopic,
  intake: Intake,
  options: { today?: string; lang?: Lang } = {},
): { topic: RightsTopic; statements: Statement[] } {
  return { topic, statements: BUILDERS[topic](intake, options.today, engineText(options.lang)) };
}

type Builder = (i: Intake, today: string | undefined, t: EngineText) => Statement[];

const BUILDERS: Record<RightsTopic, Builder> = {
  fees: (i, today, t) => {
    const f = t.rights.fees;
    const out = [
      law(f.costBased, CITE.fees),
      law(f.noSearch, `${CITE.fees}; ${CITE.ciox}`),
      law(f.flat, `${CITE.fees}; ${CITE.ciox}`),
      law(f.upFront, CITE.fees),
      law(f.portalFree, `${CITE.fees}; ${CITE.vdt}`),
      law(f.thirdParty, `${CITE.ciox}; ${CITE.fees}`),
      ...freeCopyRights(i, t),
    ];
    const r = i.state ? getStateRules(i.state) : undefined;
    const state = r && t.stateName(r.code, r.name);
    if (r && state && r.feeRule?.trim()) {
      const others = sentToOthers(i);
      const st = stateFeeStatement(r, i, today, others ? f.stateRuleForOthers(state) : f.stateCap(state), t);
      const own = others ? "" : f.hipaaStillApplies;
      out.push({ ...st, text: `${st.text}${own}`, cite: `${st.cite}; ${CITE.preemption}` });
    } else if (r && state) {
      out.push({
        text: f.noStateCap(state, confidenceCaveat(r.confidence.feeRule, t)),
        cite: `${stateCitation(i)?.cite ?? `${r.name} law`}; ${CITE.preemption}`,
        certainty: certaintyOf(r.confidence.feeRule),
      });
    }
    if (i.purpose === "disability" && freeCopyRights(i).length === 0)
      out.push(maybe(f.disability, "State fee statutes (vary by state)"));
    return out;
  },

  deadlines: (i, _today, t) => {
    const d = t.rights.deadlines;
    const rule = responseDeadline(i, t);
    const out = [rule.basis];
    if (rule.stateRule && rule.stateRule !== rule.basis) out.push(rule.stateRule);
    if (rule.governedBy === "state") out.push(law(d.hipaaOuter, CITE.deadline));
    out.push(law(d.clockStarts, CITE.deadline));
    const due = dueDate(i);
    const sentOn = i.priorRequest?.sentOn;
    if (due && sentOn) {
      const extended = due.extendedDueOn !== due.dueOn ? t.date(due.extendedDueOn) : undefined;
      out.push({
        text: d.dueBy(t.date(sentOn), t.date(due.dueOn), extended),
        cite: rule.basis.cite ?? CITE.deadline,
        certainty: rule.basis.certainty,
      });
      // One OCR computation: from HIPAA's own deadline, never from a shorter state one.
      const hipaaDue = hipaaDueDate(i)!;
      out.push(
        law(
          d.ocrAfterHipaa(t.date(hipaaDue), t.date(ocrComplaintDeadline(hipaaDue)), rule.governedBy === "state"),
          CITE.ocr,
        ),
      );
    } else {
      out.push(law(d.ocr, CITE.ocr));
    }
    return out;
  },

  format: (_i, _today, t) => {
    const [choice, summary, mail, inspect, noForcing] = t.rights.format;
    return [
      law(choice, CITE.format),
      law(summary, "45 CFR 164.524(c)(2)(iii)"),
      law(mail, `${CITE.format}; ${CITE.inspection}`),
      law(inspect, CITE.inspection),
      law(noForcing, `${CITE.format}; ${CITE.identity}`),
    ];
  },

  denials: (_i, _today, t) => {
    const [unreviewable, reviewable, representative, upset, inWriting, rest, ocr] = t.rights.denials;
    return [
      law(unreviewable, `${CITE.psychotherapy}; ${CITE.unreviewable}`),
      law(reviewable, `${CITE.reviewable}; ${CITE.review}`),
      law(representative, `${CITE.reviewableRepresentative}; ${CITE.review}`),
      law(upset, CITE.reviewable),
      law(inWriting, CITE.denialLetter),
      law(rest, `${CITE.partialDenial}; ${CITE.elsewhere}`),
      law(ocr, CITE.ocr),
    ];
  },

  third_party: (_i, _today, t) => {
    const [direct, ciox, authorization, cheapest, treatment] = t.rights.thirdParty;
    return [
      law(direct, CITE.directive),
      law(ciox, `${CITE.ciox}; ${CITE.hitech}`),
      law(authorization, CITE.authorization),
      law(cheapest, `${CITE.fees}; ${CITE.ciox}`),
      law(treatment, CITE.treatment),
    ];
  },

  // Who may ask, minors: src/domain/representatives.ts and minors.ts (issue 14).
  representatives: representativeStatements,
  minors: minorStatements,

  special_records: (i, _today, t) => {
    const k = i.records?.kinds ?? [];
    const w = t.rights.special;
    const out = [
      { about: "psychotherapy", statement: law(w.psychotherapy, CITE.psychotherapy) },
      { about: "substance_use", statement: law(w.substanceUse, `${CITE.part2Own}; ${CITE.part2Consent}`) },
      { about: "minors", statement: law(w.minors, CITE.minors) },
      { about: "labs", statement: law(w.labs, CITE.clia) },
      { about: "hiv", statement: maybe(w.hiv, "State law, e.g. N.Y. Pub. Health Law §2782; Cal. H&S §120980") },
    ];
    // Lead with what this patient asked for (a stable sort keeps the rest in order).
    const first = (about: string) => out.sort((a, b) => Number(b.about === about) - Number(a.about === about));
    if (k.includes("substance_use")) first("substance_use");
    if (k.includes("psychotherapy_notes") || k.includes("mental_health")) first("psychotherapy");
    return out.map((x) => x.statement);
  },
};
