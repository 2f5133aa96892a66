// State rules on minors' confidential care: what a minor may consent to alone and who may then see
// those records. HIPAA leaves this to state law (45 CFR 164.502(g)(3)(ii)), so each sentence names its
// statute and says how sure we are: "certain" only where the text was read in a primary source.
import type { RecordKind, StateCode } from "./intake.js";
import type { Certainty } from "./recommendation.js";

/** One sentence of state law, for the minor asking or for a parent asking about the minor. */
export interface MinorRule {
  to: "teen" | "parent";
  text: string;
  cite: string;
  certainty: Certainty;
  /** Applies from this age (inclusive); from birth when unset. */
  fromAge?: number;
  /** Applies only below this age. */
  belowAge?: number;
  /** Applies only when one of these kinds is asked for (or no kind is known yet). */
  kinds?: readonly RecordKind[];
}

/** Where a minor may consent to substance-use treatment alone, 42 CFR 2.14 gives the disclosure consent to the minor. */
export interface SudConsent {
  fromAge: number;
  cite: string;
  certainty: Certainty;
}

/**
 * The short answer to a teen asking "can I get my records without my parents finding out?": the
 * records are theirs to control, a parent may see them unless the teen objects, or the provider may
 * tell the parents; `scope` is the care it covers.
 */
export interface TeenAnswer {
  answer: "private" | "parent_may_object" | "may_be_told" | "check";
  scope: "confidential_care" | "mental_health" | "sti" | "substance_use" | "counseling";
  cite: string;
  certainty: Certainty;
}

export interface StateMinorRules {
  rules: readonly MinorRule[];
  sud?: SudConsent;
  teen?: TeenAnswer;
}

const MH: readonly RecordKind[] = ["mental_health", "psychotherapy_notes"];
const SUD: readonly RecordKind[] = ["substance_use"];

/**
 * Sources read for issue 14 (2026-12): Cal. H&S §123115 (onecle, lawserver), Fam. Code §6929 (onecle);
 * 740 ILCS 110/4 (ilga.gov, P.A. 104-0263); 10 NYCRR 23.4 (regs.health.ny.gov); Tex. Fam. Code §32.004
 * (statute text), §32.003(a) as quoted by the Harris County Medical Society; RCW 70.02.130(1) (as set
 * out in SB 6215, 2000); 71 P.S. §1690.112 (FindLaw, current to 2022). Everything else is recalled.
 */
export const MINOR_RULES: Partial<Record<StateCode, StateMinorRules>> = {
  CA: {
    rules: [
      {
        to: "teen",
        text: "In California you can get the records of care you could legally agree to on your own, and your parents are not entitled to see or copy those records.",
        cite: "Cal. Health & Safety Code §123110(a), §123115(a)(1)",
        certainty: "certain",
      },
      {
        to: "parent",
        text: "In California a parent is not entitled to see or copy the records of care a minor could legally consent to alone, and a provider may refuse a parent where access would harm the minor or the provider's relationship with the minor.",
        cite: "Cal. Health & Safety Code §123115(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        text: "Care a minor can usually agree to alone in California includes birth control and pregnancy care at any age, and from age 12 STI testing and treatment, outpatient counseling and substance-use treatment; check the exact rules with the office.",
        cite: "Cal. Family Code §6924-§6929",
        certainty: "uncertain",
      },
    ],
    sud: { fromAge: 12, cite: "Cal. Family Code §6929(b)", certainty: "certain" },
    teen: {
      answer: "private",
      scope: "confidential_care",
      cite: "Cal. Health & Safety Code §123110(a), §123115(a)(1)",
      certainty: "certain",
    },
  },
  IL: {
    rules: [
      {
        to: "teen",
        fromAge: 12,
        kinds: MH,
        text: "In Illinois, from age 12 you can see and copy your own mental-health records. A parent can see them only if you are told and do not object, or if your therapist finds no compelling reason to refuse; a parent can still be told your current condition, diagnosis, treatment needs and medication.",
        cite: "740 ILCS 110/4(a)(2)-(3)",
        certainty: "certain",
      },
      {
        to: "parent",
        fromAge: 12,
        kinds: MH,
        text: "In Illinois a parent of a 12- to 17-year-old can see the teen's mental-health records only if the teen is told and does not object, or the therapist finds no compelling reason to refuse; a parent who is refused can ask a court. A parent can still ask for the teen's current condition, diagnosis, treatment needs, services and medication.",
        cite: "740 ILCS 110/4(a)(3)",
        certainty: "certain",
      },
      {
        to: "parent",
        belowAge: 12,
        kinds: MH,
        text: "In Illinois a parent can see and copy the mental-health records of a child under 12.",
        cite: "740 ILCS 110/4(a)(1)",
        certainty: "certain",
      },
    ],
    sud: { fromAge: 12, cite: "410 ILCS 210/4", certainty: "uncertain" },
    teen: {
      answer: "parent_may_object",
      scope: "mental_health",
      cite: "740 ILCS 110/4(a)(2)-(3)",
      certainty: "certain",
    },
  },
  NY: {
    rules: [
      {
        to: "teen",
        text: "In New York, if you were treated for a sexually transmitted infection without a parent's consent, neither the medical nor the billing records may be given to your parents without your permission.",
        cite: "10 NYCRR 23.4",
        certainty: "certain",
      },
      {
        to: "parent",
        text: "In New York, when a minor was treated for a sexually transmitted infection without a parent's consent, neither the medical nor the billing records may be released to the parent without the minor's permission.",
        cite: "10 NYCRR 23.4",
        certainty: "certain",
      },
      {
        to: "parent",
        fromAge: 12,
        text: "New York law may also let a provider deny a parent access to a teen's records in other cases; check with the records office.",
        cite: "N.Y. Public Health Law §18",
        certainty: "uncertain",
      },
    ],
    teen: { answer: "private", scope: "sti", cite: "10 NYCRR 23.4", certainty: "certain" },
  },
  TX: {
    rules: [
      {
        to: "teen",
        text: "In Texas you can agree on your own to some care: treatment for a reportable infectious disease, pregnancy care other than abortion, treatment for drug or chemical addiction, and counseling for suicide prevention, addiction or abuse.",
        cite: "Tex. Fam. Code §32.003(a); §32.004(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        text: "But Texas lets a doctor, psychologist, counselor or social worker tell your parents about counseling you agreed to, even without your consent, so Texas law does not promise that your parents will not find out.",
        cite: "Tex. Fam. Code §32.004(b)(2)",
        certainty: "certain",
      },
      {
        to: "teen",
        text: "Texas may let a doctor tell your parents about other care you agreed to as well; ask the office how it handles this.",
        cite: "Tex. Fam. Code §32.003",
        certainty: "uncertain",
      },
      {
        to: "parent",
        text: "For care a teen agreed to alone, HIPAA leaves a parent's access to Texas law, and Texas lets the doctor, psychologist, counselor or social worker tell a parent about counseling for suicide prevention, addiction or abuse even without the teen's consent.",
        cite: "Tex. Fam. Code §32.004(b)(2); 45 CFR 164.502(g)(3)(ii)",
        certainty: "certain",
      },
      {
        to: "parent",
        text: "Texas also gives a parent appointed conservator a right of access to the child's medical records unless a court order limits it; check this against the order if there is one.",
        cite: "Tex. Fam. Code §153.073(a)",
        certainty: "uncertain",
      },
    ],
    sud: { fromAge: 0, cite: "Tex. Fam. Code §32.003(a)", certainty: "certain" },
    teen: { answer: "may_be_told", scope: "counseling", cite: "Tex. Fam. Code §32.004(b)(2)", certainty: "certain" },
  },
  WA: {
    rules: [
      {
        to: "teen",
        text: "In Washington, for care you were allowed to agree to on your own, only you can use the rights over those records, including deciding who may see them.",
        cite: "RCW 70.02.130(1)",
        certainty: "certain",
      },
      {
        to: "parent",
        text: "In Washington, for care a minor was allowed to consent to alone, only the minor can exercise the rights over those records; a parent needs the minor's authorization.",
        cite: "RCW 70.02.130(1)",
        certainty: "certain",
      },
      {
        to: "teen",
        text: "Care a minor can usually agree to alone in Washington includes outpatient counseling and substance-use treatment from age 13, STI care from age 14, and birth control at any age; check the ages with the office.",
        cite: "RCW 71.34.530; RCW 70.24.110",
        certainty: "uncertain",
      },
    ],
    sud: { fromAge: 13, cite: "RCW 71.34.530", certainty: "uncertain" },
    teen: { answer: "private", scope: "confidential_care", cite: "RCW 70.02.130(1)", certainty: "certain" },
  },
  PA: {
    rules: [
      {
        to: "teen",
        kinds: SUD,
        text: "In Pennsylvania you can agree to substance-use treatment on your own, at any age.",
        cite: "71 P.S. §1690.112(a)",
        certainty: "certain",
      },
      {
        to: "parent",
        kinds: SUD,
        text: "In Pennsylvania a minor can consent to substance-use treatment alone; a treating physician or program may, but does not have to, tell the parents about the treatment.",
        cite: "71 P.S. §1690.112(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        text: "For other care, Pennsylvania's rules differ by service (for example pregnancy care and STI care); check with the office.",
        cite: "35 P.S. §10101-§10103",
        certainty: "uncertain",
      },
    ],
    sud: { fromAge: 0, cite: "71 P.S. §1690.112(a)", certainty: "certain" },
    teen: {
      answer: "private",
      scope: "substance_use",
      cite: "71 P.S. §1690.112(a); 42 CFR 2.14",
      certainty: "certain",
    },
  },
  AL: {
    rules: [
      {
        to: "teen",
        text: "In Alabama a minor 14 or older may usually consent to their own medical care, and a provider may tell a parent about STI treatment; check how the office handles a parent's request.",
        cite: "Ala. Code §22-8-4; §22-11A-19",
        certainty: "uncertain",
      },
      {
        to: "parent",
        fromAge: 14,
        text: "In Alabama a minor 14 or older may usually consent to their own medical care, which may limit a parent's access to those records; check with the office.",
        cite: "Ala. Code §22-8-4",
        certainty: "uncertain",
      },
    ],
    teen: {
      answer: "check",
      scope: "confidential_care",
      cite: "Ala. Code §22-8-4; §22-11A-19",
      certainty: "uncertain",
    },
  },
  MI: {
    rules: [],
    sud: { fromAge: 0, cite: "MCL 333.6121", certainty: "uncertain" },
  },
};

/**
 * States whose age of majority is not 18: until then a parent may still act. Recalled, so the engine
 * only hedges with it (Ala. Code §26-1-1; Neb. Rev. Stat. §43-2101; Miss. Code §1-3-27).
 */
export const MAJORITY: Partial<Record<StateCode, { age: number; cite: string }>> = {
  AL: { age: 19, cite: "Ala. Code §26-1-1" },
  NE: { age: 19, cite: "Neb. Rev. Stat. §43-2101" },
  MS: { age: 21, cite: "Miss. Code §1-3-27" },
};
