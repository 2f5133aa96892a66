// Citations and small builders for Statements, so every sentence about law names its source and
// every recalled or unchecked fact is marked "uncertain" in one place.
import type { Statement } from "./recommendation.js";
import type { Confidence } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";

/** The sections the engine cites. One table, so a citation is spelled the same everywhere. */
export const CITE = {
  access: "45 CFR 164.524",
  drs: "45 CFR 164.501 (designated record set)",
  deadline: "45 CFR 164.524(b)(2)",
  fees: "45 CFR 164.524(c)(4)",
  format: "45 CFR 164.524(c)(2)",
  inspection: "45 CFR 164.524(c)(3)",
  directive: "45 CFR 164.524(c)(3)(ii)",
  ciox: "Ciox Health, LLC v. Azar, 435 F. Supp. 3d 30 (D.D.C. 2020)",
  hitech: "42 U.S.C. 17935(e)",
  authorization: "45 CFR 164.508",
  representatives: "45 CFR 164.502(g)",
  minors: "45 CFR 164.502(g)(3)",
  abuse: "45 CFR 164.502(g)(5)",
  deceased: "45 CFR 164.502(f), (g)(4)",
  family: "45 CFR 164.510(b)",
  psychotherapy: "45 CFR 164.524(a)(1)(i); 45 CFR 164.501",
  psychotherapyAuth: "45 CFR 164.508(a)(2)",
  part2Own: "42 CFR 2.23",
  part2Consent: "42 CFR 2.31",
  unreviewable: "45 CFR 164.524(a)(2)",
  reviewable: "45 CFR 164.524(a)(3)",
  reviewableHarm: "45 CFR 164.524(a)(3)(i)",
  reviewableRepresentative: "45 CFR 164.524(a)(3)(iii)",
  review: "45 CFR 164.524(a)(4), (d)(4)",
  denialLetter: "45 CFR 164.524(d)(2)",
  partialDenial: "45 CFR 164.524(d)(1)",
  elsewhere: "45 CFR 164.524(d)(3)",
  ocr: "45 CFR 160.306(b)(3)",
  stateAttorneyGeneral: "42 U.S.C. 1320d-5(d) (HITECH §13410(e))",
  bankruptcy: "11 U.S.C. §333; 11 U.S.C. §351",
  preemption: "45 CFR 160.202-160.203",
  treatment: "45 CFR 164.506(c)(2)",
  identity: "45 CFR 164.514(h)",
  patientAccessApi:
    "42 CFR 422.119 (Medicare Advantage); 42 CFR 431.60 (Medicaid); 42 CFR 457.730 (CHIP); 45 CFR 156.221 (marketplace plans)",
  erisaAppeal: "29 CFR 2560.503-1(h)(2)(iii)",
  clia: "42 CFR 493.1291(l); 79 FR 7290 (2014)",
  hospitalRetention: "42 CFR 482.24(b)(1)",
  hipaaDocumentation: "45 CFR 164.530(j)",
  ssa: "20 CFR 404.1512(b); 20 CFR 416.912(b); form SSA-827",
  va: "VA Form 10-5345a; 38 CFR 1.579; 5 U.S.C. 552a",
  vdt: "45 CFR 170.315(e)(1)",
} as const;

/** A settled legal rule, with its citation. */
export function law(text: string, cite: string): Statement {
  return { text, cite, certainty: "certain" };
}

/** Plain practical advice that makes no legal claim. */
export function tip(text: string): Statement {
  return { text, certainty: "certain" };
}

/** Something to confirm first: recalled, disputed, or depends on facts we lack. */
export function maybe(text: string, cite?: string): Statement {
  return cite ? { text, cite, certainty: "uncertain" } : { text, certainty: "uncertain" };
}

/** Only a fact checked in a source is stated as certain; "recalled" and "unknown" never are. */
export function certaintyOf(confidence: Confidence): Statement["certainty"] {
  return confidence === "verified" ? "certain" : "uncertain";
}

/** Words that tell a patient how much to trust a state fact. */
export function confidenceCaveat(confidence: Confidence, t: EngineText = engineText()): string | undefined {
  if (confidence === "recalled") return t.caveat.recalled;
  if (confidence === "unknown") return t.caveat.unknown;
  return undefined;
}
