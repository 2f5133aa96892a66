// Plain-language explanations of the patient's rights by topic, each sentence with its citation,
// tailored to the intake (the state's deadline and fee rule, who is asking, which records).
import { dueDate, hipaaDueDate, ocrComplaintDeadline, responseDeadline } from "./deadlines.js";
import { freeCopyRights, sentToOthers, stateFeeStatement } from "./fees.js";
import type { Intake } from "./intake.js";
import { minorStatements } from "./minors.js";
import type { Statement } from "./recommendation.js";
import { representativeStatements } from "./representatives.js";
import { stateCitation } from "./state-citations.js";
import { CITE, certaintyOf, confidenceCaveat, law, maybe } from "./statements.js";
import { getStateRules } from "./states.js";

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
 * Explains one topic of the patient's rights for this intake. Never legal advice; every legal sentence
 * is cited. `today` (YYYY-MM-DD, from the request) marks fee amounts indexed to a past year as "check
 * this" and lets a date of birth tell whether the patient is a minor; without it no date-dependent
 * judgement is made.
 */
export function explainRights(
  topic: RightsTopic,
  intake: Intake,
  options: { today?: string } = {},
): { topic: RightsTopic; statements: Statement[] } {
  return { topic, statements: BUILDERS[topic](intake, options.today) };
}

const BUILDERS: Record<RightsTopic, (i: Intake, today: string | undefined) => Statement[]> = {
  fees: (i, today) => {
    const out = [
      law(
        "For your own copy, a provider may charge only a reasonable, cost-based fee: labor for copying, supplies (paper, or a CD or USB drive if you ask for one), postage if you ask for mailing, and a summary only if you agreed to it and its fee first.",
        CITE.fees,
      ),
      law(
        "Search and retrieval fees are not allowed, even where state law allows them, and per-page fees are not allowed for electronic copies of electronic records.",
        `${CITE.fees}; ${CITE.ciox}`,
      ),
      law(
        "Instead of working out costs, a provider may charge a flat fee of no more than $6.50 for electronic copies of records it keeps electronically. That figure is HHS guidance, not a cap on every fee.",
        `${CITE.fees}; ${CITE.ciox}`,
      ),
      law(
        "The provider must tell you the approximate fee in advance, and it cannot refuse or delay your records because you owe money for care.",
        CITE.fees,
      ),
      law("Viewing and downloading through the patient portal is free.", `${CITE.fees}; ${CITE.vdt}`),
      law(
        "When records go straight to someone else (a lawyer, an insurer, a service), HIPAA's fee limit does not apply; state law sets the fee. Cheapest: get your own copy at the patient rate and forward it.",
        `${CITE.ciox}; ${CITE.fees}`,
      ),
      ...freeCopyRights(i),
    ];
    const r = i.state ? getStateRules(i.state) : undefined;
    if (r?.feeRule?.trim()) {
      const others = sentToOthers(i);
      const st = stateFeeStatement(
        r,
        i,
        today,
        others ? `${r.name}'s fee rule, which applies to copies sent to someone else: ` : `${r.name}'s own fee cap: `,
      );
      const own = others ? "" : " For your own copy, HIPAA's cost-based limit still applies where it is lower.";
      out.push({ ...st, text: `${st.text}${own}`, cite: `${st.cite}; ${CITE.preemption}` });
    } else if (r) {
      const caveat = confidenceCaveat(r.confidence.feeRule);
      out.push({
        text: `We found no ${r.name} fee cap; HIPAA's cost-based limit applies to your own copy.${caveat ? ` ${caveat}` : ""}`,
        cite: `${stateCitation(i)?.cite ?? `${r.name} law`}; ${CITE.preemption}`,
        certainty: certaintyOf(r.confidence.feeRule),
      });
    }
    if (i.purpose === "disability" && freeCopyRights(i).length === 0)
      out.push(
        maybe(
          "Many states give free or reduced-fee copies for Social Security disability or SSI claims; ask the records office.",
          "State fee statutes (vary by state)",
        ),
      );
    return out;
  },

  deadlines: (i) => {
    const rule = responseDeadline(i);
    const out = [rule.basis];
    if (rule.stateRule && rule.stateRule !== rule.basis) out.push(rule.stateRule);
    if (rule.governedBy === "state")
      out.push(
        law(
          "HIPAA's outer limit is 30 calendar days, with one 30-day extension only after written notice in the first 30 days.",
          CITE.deadline,
        ),
      );
    out.push(
      law(
        "The clock starts when the provider receives your request, so keep proof of when you sent it.",
        CITE.deadline,
      ),
    );
    const due = dueDate(i);
    if (due) {
      const ext =
        due.extendedDueOn !== due.dueOn ? ` With a written extension notice, no later than ${due.extendedDueOn}.` : "";
      out.push({
        text: `Counting from ${i.priorRequest?.sentOn}, the answer is due by ${due.dueOn}.${ext} (Weekends are skipped for business days; holidays are not.)`,
        cite: rule.basis.cite ?? CITE.deadline,
        certainty: rule.basis.certainty,
      });
      // One OCR computation: from HIPAA's own deadline, never from a shorter state one.
      const hipaaDue = hipaaDueDate(i)!;
      out.push(
        law(
          `If HIPAA's own deadline (${hipaaDue}) passes without an answer, you can complain to HHS OCR within 180 days after it, that is by ${ocrComplaintDeadline(hipaaDue)}.${rule.governedBy === "state" ? " A missed state deadline alone is for the state licensing board." : ""}`,
          CITE.ocr,
        ),
      );
    } else {
      out.push(
        law(
          "If the provider misses the deadline or denies your request, you can complain to HHS OCR within 180 days.",
          CITE.ocr,
        ),
      );
    }
    return out;
  },

  format: () => [
    law(
      "You can choose paper or electronic. If the records are kept electronically and you ask for an electronic copy, you must get one: in the format you ask for if they can readily produce it, or another readable electronic format you agree on.",
      CITE.format,
    ),
    law(
      "A summary can replace the full record only if you agree to it, and to any fee for it, in advance.",
      "45 CFR 164.524(c)(2)(iii)",
    ),
    law(
      "You can ask to have copies mailed or emailed. If you ask for plain (unencrypted) email, they must warn you of the risk and then send it if you still want it.",
      `${CITE.format}; ${CITE.inspection}`,
    ),
    law("You can also ask to look at the records in person at a convenient time and place.", CITE.inspection),
    law(
      "They cannot make you buy a CD or USB drive, come in person to prove who you are for a mailed copy, or use the portal to ask.",
      `${CITE.format}; ${CITE.identity}`,
    ),
  ],

  denials: () => [
    law(
      "Some refusals cannot be reviewed: psychotherapy notes, material put together for a lawsuit, some prison and research situations, and information given in confidence by someone who is not a provider.",
      `${CITE.psychotherapy}; ${CITE.unreviewable}`,
    ),
    law(
      "Other refusals need a licensed professional's judgment that access is likely to endanger someone's life or physical safety, or to cause substantial harm to another person. You can ask for a review by a different licensed professional, and the provider must follow it.",
      `${CITE.reviewable}; ${CITE.review}`,
    ),
    law(
      "Worry that you might be upset or not understand the records is not a reason to refuse (HHS guidance).",
      CITE.reviewable,
    ),
    law(
      "A denial must be in writing, in plain language, giving the reason, your review rights, and how to complain, with a contact name or title and phone number.",
      CITE.denialLetter,
    ),
    law(
      "If part is refused, you still get the rest; if they do not have the records but know who does, they must tell you.",
      `${CITE.partialDenial}; ${CITE.elsewhere}`,
    ),
    law(
      "You can complain to HHS OCR within 180 days of when you learned of the problem; OCR can allow more time for good cause. Retaliation for complaining is not allowed.",
      CITE.ocr,
    ),
  ],

  third_party: () => [
    law(
      "You can direct a provider to send a copy to someone else in a signed, written request that clearly names the person and where to send it.",
      CITE.directive,
    ),
    law(
      "Since Ciox v. Azar (2020), that direction is binding only for electronic copies of records kept in an electronic health record, and HIPAA's patient fee limit does not apply to it.",
      `${CITE.ciox}; ${CITE.hitech}`,
    ),
    law(
      "For anything else, sign a HIPAA authorization: it lets the provider send the records but does not require it, and state fee schedules apply.",
      CITE.authorization,
    ),
    law("Cheapest: get your own copy at the patient rate and forward it yourself.", `${CITE.fees}; ${CITE.ciox}`),
    law(
      "A doctor who is treating you can ask your other providers for records directly; no authorization is needed for treatment.",
      CITE.treatment,
    ),
  ],

  // Who may ask, minors: src/domain/representatives.ts and minors.ts (issue 14).
  representatives: representativeStatements,
  minors: minorStatements,

  special_records: (i) => {
    const k = i.records?.kinds ?? [];
    const out = [
      law(
        "Psychotherapy notes kept apart from the chart are outside the right of access; the rest of a mental-health record is covered.",
        CITE.psychotherapy,
      ),
      law(
        "Substance-use treatment records under 42 CFR Part 2: you can get your own without a special consent, but sending them to anyone else needs a written consent that meets 42 CFR 2.31.",
        `${CITE.part2Own}; ${CITE.part2Consent}`,
      ),
      law(
        "Minors' confidential care (care they could consent to alone) may be kept from parents, depending on state law.",
        CITE.minors,
      ),
      law("Lab results are not exempt: HIPAA-covered labs must give you completed test reports.", CITE.clia),
      maybe(
        "Many states require a specific written authorization to send HIV test results to others; your own access is generally not restricted.",
        "State law, e.g. N.Y. Pub. Health Law §2782; Cal. H&S §120980",
      ),
    ];
    // Lead with what this patient asked for.
    const first = (re: RegExp) => out.sort((a, b) => Number(re.test(b.text)) - Number(re.test(a.text)));
    if (k.includes("substance_use")) first(/Substance-use/);
    if (k.includes("psychotherapy_notes") || k.includes("mental_health")) first(/Psychotherapy/);
    return out;
  },
};
