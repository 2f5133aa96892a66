// State rules on minors' confidential care: what a minor may consent to alone and who may then see
// those records. HIPAA leaves this to state law (45 CFR 164.502(g)(3)(ii)), so each sentence names its
// statute and says how sure we are: "certain" only where the text was read in a primary source.
import type { RecordKind, StateCode } from "./intake.js";
import type { Certainty } from "./recommendation.js";
import type { EngineText } from "./text/index.js";

/** One sentence of state law, for the minor asking or for a parent asking about the minor. */
export interface MinorRule {
  to: "teen" | "parent";
  /** The sentence: a key of the engine text's minorRules. */
  says: keyof EngineText["minorRules"];
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
        says: "caTeenRecords",
        cite: "Cal. Health & Safety Code §123110(a), §123115(a)(1)",
        certainty: "certain",
      },
      {
        to: "parent",
        says: "caParentNotEntitled",
        cite: "Cal. Health & Safety Code §123115(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        says: "caTeenCare",
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
        says: "ilTeenMentalHealth",
        cite: "740 ILCS 110/4(a)(2)-(3)",
        certainty: "certain",
      },
      {
        to: "parent",
        fromAge: 12,
        kinds: MH,
        says: "ilParentTeenMentalHealth",
        cite: "740 ILCS 110/4(a)(3)",
        certainty: "certain",
      },
      {
        to: "parent",
        belowAge: 12,
        kinds: MH,
        says: "ilParentChildMentalHealth",
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
        says: "nyTeenSti",
        cite: "10 NYCRR 23.4",
        certainty: "certain",
      },
      {
        to: "parent",
        says: "nyParentSti",
        cite: "10 NYCRR 23.4",
        certainty: "certain",
      },
      {
        to: "parent",
        fromAge: 12,
        says: "nyParentOther",
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
        says: "txTeenCare",
        cite: "Tex. Fam. Code §32.003(a); §32.004(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        says: "txTeenCounseling",
        cite: "Tex. Fam. Code §32.004(b)(2)",
        certainty: "certain",
      },
      {
        to: "teen",
        says: "txTeenOther",
        cite: "Tex. Fam. Code §32.003",
        certainty: "uncertain",
      },
      {
        to: "parent",
        says: "txParentCounseling",
        cite: "Tex. Fam. Code §32.004(b)(2); 45 CFR 164.502(g)(3)(ii)",
        certainty: "certain",
      },
      {
        to: "parent",
        says: "txParentConservator",
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
        says: "waTeenRights",
        cite: "RCW 70.02.130(1)",
        certainty: "certain",
      },
      {
        to: "parent",
        says: "waParentRights",
        cite: "RCW 70.02.130(1)",
        certainty: "certain",
      },
      {
        to: "teen",
        says: "waTeenCare",
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
        says: "paTeenSud",
        cite: "71 P.S. §1690.112(a)",
        certainty: "certain",
      },
      {
        to: "parent",
        kinds: SUD,
        says: "paParentSud",
        cite: "71 P.S. §1690.112(a)",
        certainty: "certain",
      },
      {
        to: "teen",
        says: "paTeenOther",
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
        says: "alTeen",
        cite: "Ala. Code §22-8-4; §22-11A-19",
        certainty: "uncertain",
      },
      {
        to: "parent",
        fromAge: 14,
        says: "alParent",
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
