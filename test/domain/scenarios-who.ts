// Frozen cases for issue 14, points 1–3: who may ask (45 CFR 164.502(g)), minors' confidential care
// (state law through 164.502(g)(3)), and substance-use records (42 CFR Part 2). Each expected answer
// was worked out from the cited rule before the engine was changed; do not edit an expectation except
// to correct the law (and say so in the commit message).
import type { Intake } from "../../src/domain/intake.js";
import type { Certainty } from "../../src/domain/recommendation.js";
import type { Scenario } from "./scenarios.js";

/** A statement (note, reason or escalation) that must be present, with its citation and certainty. */
export interface Noted {
  text: RegExp;
  cite?: RegExp;
  certainty?: Certainty;
}

export interface WhoScenario extends Scenario {
  /** Statements that must appear, each with the cite and certainty given. */
  noted?: Noted[];
  /** Fields that must not be listed in `missing`. */
  notMissing?: string[];
}

/** Monday, 2 March 2026, as in scenarios.ts. */
export const WHO_TODAY = "2026-03-02";

/** Phrases a parent must never be told about a minor's confidential care (issue 14, point 2). */
export const NEVER_TO_PARENTS = [/stands? in the patient's shoes/i, /\bonly if\b[^.]*\blife\b/i];

const full = { kinds: ["full_chart"] } satisfies Intake["records"];

export const WHO_SCENARIOS: WhoScenario[] = [
  // --- Who may ask: a parent, and the patient's age (164.502(g)(3): only an unemancipated minor) ---
  {
    // A parent is a personal representative only of an unemancipated minor (164.502(g)(3)); with the
    // age unknown the advice cannot be given yet, so the age is the first thing to ask.
    name: "parent in Texas, child's age not given: ask the age first",
    intake: { state: "TX", requester: "parent", records: full, provider: { status: "open" } },
    first: "provider",
    missingFirst: "patient.isMinor",
    absent: NEVER_TO_PARENTS,
    noted: [{ text: /under 18/, cite: /164\.502\(g\)/, certainty: "certain" }],
  },
  {
    // Same rule in California with mental-health records: the age decides everything.
    name: "parent in California asking for therapy records, age unknown",
    intake: { state: "CA", requester: "parent", records: { kinds: ["mental_health"] }, provider: { status: "open" } },
    first: "provider",
    missingFirst: "patient.isMinor",
    absent: NEVER_TO_PARENTS,
  },
  {
    // Born 2005-06-01: 20 on 2026-03-02. A parent of an adult has no authority as a parent
    // (164.502(g)(3) covers unemancipated minors only): the adult's own request, a health care power of
    // attorney in effect (164.502(g)(2)) or a guardianship is needed.
    name: "parent of a 20-year-old in California",
    intake: {
      state: "CA",
      requester: "parent",
      patient: { dateOfBirth: "2005-06-01" },
      records: full,
      provider: { status: "open" },
    },
    first: "provider",
    mentions: [/power of attorney/, /guardian/i, /own request|sign/],
    absent: [/proof that you are the parent/, ...NEVER_TO_PARENTS],
    notMissing: ["patient.isMinor"],
    noted: [{ text: /adult/, cite: /164\.502\(g\)/, certainty: "certain" }],
  },
  {
    // The patient said "no, 18 or older": same rule as above, New York.
    name: "parent of an adult child in New York (isMinor false)",
    intake: { state: "NY", requester: "parent", patient: { isMinor: false }, records: full },
    first: "provider",
    mentions: [/power of attorney/, /guardian/i],
    absent: [/proof that you are the parent/],
  },
  {
    // A stated age of 19 (Illinois): adult.
    name: "parent of a 19-year-old in Illinois",
    intake: { state: "IL", requester: "parent", patient: { age: 19 }, records: full },
    first: "provider",
    mentions: [/power of attorney/, /guardian/i],
    notMissing: ["patient.isMinor"],
  },
  {
    // An emancipated minor acts for themself: the parent is not their personal representative
    // (164.502(g)(3) applies to unemancipated minors).
    name: "parent of an emancipated 17-year-old in Texas",
    intake: { state: "TX", requester: "parent", patient: { age: 17, emancipated: true }, records: full },
    first: "provider",
    mentions: [/emancipated/],
    absent: [/proof that you are the parent/],
  },
  {
    // Born 2012-01-10: 14. The date of birth alone answers the age question.
    name: "parent with the child's date of birth only (14), Pennsylvania",
    intake: { state: "PA", requester: "parent", patient: { dateOfBirth: "2012-01-10" }, records: full },
    first: "provider",
    notMissing: ["patient.isMinor"],
    mentions: [/proof that you are the parent/],
    absent: NEVER_TO_PARENTS,
  },
  {
    // 8 years old, New York: the parent acts for the child; nothing about teen confidentiality applies yet.
    name: "parent of an 8-year-old in New York",
    intake: { state: "NY", requester: "parent", patient: { age: 8 }, records: full },
    first: "provider",
    mentions: [/birth certificate/, /164\.502\(g\)/],
    absent: [/12 or 13/, ...NEVER_TO_PARENTS],
  },

  // --- After death: a health care agent's authority has ended (164.502(g)(4)) ---
  {
    // Washington: the agent's authority ended at death; only the executor, administrator or the person
    // state law names may act. No Washington rule is in the table: "check this".
    name: "health care agent after the patient died, Washington",
    intake: {
      state: "WA",
      requester: "personal_representative",
      patient: { isDeceased: true },
      records: full,
    },
    first: "provider",
    mentions: [/ended|ends/, /executor|administrator/],
    absent: [/any proof of incapacity/],
    noted: [
      { text: /power of attorney .*(ended|ends)/i, cite: /164\.502\(g\)\(4\)/, certainty: "certain" },
      { text: /check/i, certainty: "uncertain" },
    ],
  },
  {
    // Illinois names who may ask after death: the executor or administrator, or an agent under a health
    // care power of attorney; if none, the spouse, then an adult child, a parent or an adult sibling
    // (735 ILCS 5/8-2001.5).
    name: "health care agent after death, Illinois names who may ask",
    intake: {
      state: "IL",
      requester: "personal_representative",
      patient: { isDeceased: true },
      records: full,
    },
    first: "provider",
    noted: [{ text: /spouse/, cite: /8-2001\.5/, certainty: "certain" }],
  },
  {
    // A guardianship ends at death too; Georgia's order is executor or administrator, then the surviving
    // spouse, any child, any parent (O.C.G.A. §31-33-2(a)(2)).
    name: "guardian after the ward died, Georgia",
    intake: { state: "GA", requester: "guardian", patient: { isDeceased: true }, records: full },
    first: "provider",
    mentions: [/ended|ends/, /executor|administrator/],
    absent: [/court order that names you guardian/],
    noted: [{ text: /spouse/, cite: /31-33-2/, certainty: "certain" }],
  },
  {
    // A spouse in Illinois with no executor: the Authorized Relative Certification route.
    name: "widow in Illinois, no executor appointed",
    intake: { state: "IL", requester: "other", patient: { isDeceased: true }, records: full },
    first: "provider",
    mentions: [/Authorized Relative Certification/],
    noted: [{ text: /spouse/, cite: /8-2001\.5/, certainty: "certain" }],
  },
  {
    // An executor in Texas: letters testamentary and the death certificate (164.502(g)(4)).
    name: "executor in Texas",
    intake: { state: "TX", requester: "executor", patient: { isDeceased: true }, records: full },
    first: "provider",
    mentions: [/letters testamentary/, /death certificate/],
  },
  {
    // A daughter of a living adult in Pennsylvania, with no legal authority: the parent's own request,
    // a HIPAA authorization naming her, a health care power of attorney in effect or a guardianship.
    name: "adult daughter of a living parent, no authority, Pennsylvania",
    intake: { state: "PA", requester: "other", records: full },
    first: "provider",
    mentions: [/HIPAA authorization/, /power of attorney/, /guardian/i],
  },

  // --- Minors' confidential care: HIPAA defers to state law (164.502(g)(3)(ii)) ---
  {
    // California: the minor may inspect records of care they could consent to alone (H&S §123110(a));
    // the parent may not (§123115(a)(1)). A private way to receive the copy is a confidential
    // communication request (164.522(b)).
    name: "teen in California asking privately for STI test results",
    intake: {
      state: "CA",
      requester: "self",
      patient: { age: 15 },
      records: { kinds: ["test_results"], minorConsented: true },
      confidential: true,
    },
    first: "provider",
    document: "access_request",
    noted: [{ text: /parents?/, cite: /123115/, certainty: "certain" }],
    mentions: [/164\.522\(b\)/],
  },
  {
    // Illinois: a recipient 12 or older may inspect and copy their own mental-health record; a parent
    // of a 12–17-year-old only if the teen is told and does not object, or the therapist finds no
    // compelling reason to refuse (740 ILCS 110/4(a)(2)–(3)).
    name: "16-year-old in Illinois asking for their therapy records without their parents",
    intake: {
      state: "IL",
      requester: "self",
      patient: { age: 16 },
      records: { kinds: ["mental_health"] },
      confidential: true,
    },
    first: "provider",
    noted: [{ text: /object/, cite: /740 ILCS 110\/4/, certainty: "certain" }],
  },
  {
    // Texas lets a professional tell the parents about counseling a minor consented to, with or without
    // the minor's consent (Fam. Code §32.004(b)(2)): no promise of secrecy.
    name: "16-year-old in Texas asking privately about counseling records",
    intake: {
      state: "TX",
      requester: "self",
      patient: { age: 16 },
      records: { kinds: ["mental_health"] },
      confidential: true,
    },
    first: "provider",
    noted: [{ text: /parents?/, cite: /32\.004/, certainty: "certain" }],
    absent: [/parents (?:cannot|can't|may not) see/i],
  },
  {
    // New York: records of STI care given without a parent's consent, medical or billing, are not
    // released to the parent without the minor's permission (10 NYCRR 23.4).
    name: "17-year-old in New York asking privately for STI care records",
    intake: {
      state: "NY",
      requester: "self",
      patient: { age: 17 },
      records: { kinds: ["test_results", "billing"], minorConsented: true },
      confidential: true,
    },
    first: "provider",
    noted: [{ text: /billing/, cite: /23\.4/, certainty: "certain" }],
  },
  {
    // Washington: where a minor may consent to care alone, only the minor exercises the rights over
    // the records of that care (RCW 70.02.130).
    name: "14-year-old in Washington asking privately for counseling records",
    intake: {
      state: "WA",
      requester: "self",
      patient: { age: 14 },
      records: { kinds: ["mental_health"], minorConsented: true },
      confidential: true,
    },
    first: "provider",
    noted: [{ text: /only you/i, cite: /70\.02\.130/, certainty: "certain" }],
  },
  {
    // A teen who has not said the state: the answer depends on it, so it is asked first.
    name: "teen asking privately, state unknown",
    intake: { requester: "self", patient: { age: 15 }, records: { kinds: ["test_results"] }, confidential: true },
    first: "provider",
    missingFirst: "state",
  },
  {
    // California parent of a 15-year-old asking for records of care the teen consented to alone: not
    // entitled (H&S §123115(a)); HIPAA defers (164.502(g)(3)); the provider may also refuse a parent
    // where access is reasonably likely to cause substantial harm (164.524(a)(3)(iii)) or where it
    // believes the child may be endangered (164.502(g)(5)).
    name: "California parent asking for a 15-year-old's confidential-care records",
    intake: {
      state: "CA",
      requester: "parent",
      patient: { age: 15 },
      records: { kinds: ["test_results"], minorConsented: true },
    },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    mentions: [/164\.502\(g\)\(3\)/, /164\.502\(g\)\(5\)/, /164\.524\(a\)\(3\)\(iii\)/],
    noted: [{ text: /not entitled|may not/, cite: /123115/, certainty: "certain" }],
  },
  {
    // Illinois parent of a 14-year-old asking for mental-health records (740 ILCS 110/4(a)(3)).
    name: "Illinois parent of a 14-year-old asking for therapy records",
    intake: { state: "IL", requester: "parent", patient: { age: 14 }, records: { kinds: ["mental_health"] } },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    noted: [{ text: /does not object/, cite: /740 ILCS 110\/4/, certainty: "certain" }],
  },
  {
    // Texas parent of a 16-year-old: usually the representative; for care the teen consented to alone
    // state law decides (164.502(g)(3)(ii)), and Texas lets the professional tell the parents.
    name: "Texas parent of a 16-year-old asking for the whole chart",
    intake: { state: "TX", requester: "parent", patient: { age: 16 }, records: full },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    mentions: [/164\.502\(g\)\(3\)/, /proof that you are the parent/],
  },
  {
    // Washington parent of a 15-year-old in counseling the teen consented to: only the minor exercises
    // the rights over those records (RCW 70.02.130).
    name: "Washington parent of a 15-year-old in counseling",
    intake: {
      state: "WA",
      requester: "parent",
      patient: { age: 15 },
      records: { kinds: ["mental_health"], minorConsented: true },
    },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    noted: [{ text: /only the (?:minor|teen|child)/i, cite: /70\.02\.130/, certainty: "certain" }],
  },

  // --- Substance-use records (42 CFR Part 2) ---
  {
    // Pennsylvania lets a minor consent to substance-use treatment alone (71 P.S. §1690.112(a)); then only
    // the minor may consent to disclosure, including to a parent (42 CFR 2.14).
    name: "16-year-old in Pennsylvania asking for their substance-use treatment records privately",
    intake: {
      state: "PA",
      requester: "self",
      patient: { age: 16 },
      records: { kinds: ["substance_use"] },
      confidential: true,
    },
    first: "provider",
    noted: [
      { text: /only you/i, cite: /2\.14/, certainty: "certain" },
      { text: /substance/i, cite: /1690\.112/, certainty: "certain" },
    ],
  },
  {
    // The same rule told to the parent: the teen's written consent is needed (42 CFR 2.14).
    name: "Pennsylvania parent of a 15-year-old in substance-use treatment",
    intake: { state: "PA", requester: "parent", patient: { age: 15 }, records: { kinds: ["substance_use"] } },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    noted: [{ text: /consent/, cite: /2\.14/, certainty: "certain" }],
  },
  {
    // California: a minor 12 or older may consent to drug or alcohol treatment (Fam. Code §6929(b)), so
    // 42 CFR 2.14 gives the consent to disclose to the minor alone.
    name: "California parent of a 16-year-old in substance-use treatment",
    intake: { state: "CA", requester: "parent", patient: { age: 16 }, records: { kinds: ["substance_use"] } },
    first: "provider",
    absent: NEVER_TO_PARENTS,
    noted: [{ text: /consent/, cite: /2\.14/, certainty: "certain" }],
    mentions: [/6929/],
  },
  {
    // Several providers and a deadline would call for a retrieval service, but a 164.508 authorization
    // alone does not let a Part 2 program disclose: the Part 2 consent (2.31) is the letter.
    name: "substance-use records through a retrieval service, New York",
    intake: {
      state: "NY",
      providerCount: 4,
      neededBy: "2026-03-20",
      records: { kinds: ["substance_use", "full_chart"] },
    },
    first: "retrieval_service",
    document: "part2_consent",
    noted: [{ text: /2\.31|Part 2 consent/, cite: /2\.31/, certainty: "certain" }],
  },
  {
    // Sending Part 2 records to an insurer: get them yourself (simplest), or sign a Part 2 consent; a HIPAA
    // directive or authorization alone will not do (2.31; DOMAIN.md §10).
    name: "substance-use records to an insurer, Washington",
    intake: {
      state: "WA",
      records: { kinds: ["substance_use"] },
      delivery: "third_party",
      recipient: { name: "Evergreen Life Insurance" },
      format: "electronic",
    },
    first: "provider",
    document: "access_request",
    mentions: [/Part 2 consent/],
    noted: [{ text: /Part 2 consent/, cite: /2\.31/, certainty: "certain" }],
  },
  {
    // An executor signs a deceased patient's Part 2 consent (42 CFR 2.15); many providers and a
    // deadline make the consent the letter, not a 164.508 authorization.
    name: "executor gathering substance-use records through a service, Massachusetts",
    intake: {
      state: "MA",
      requester: "executor",
      patient: { isDeceased: true },
      providerCount: 3,
      neededBy: "2026-03-25",
      records: { kinds: ["substance_use"] },
    },
    first: "retrieval_service",
    document: "part2_consent",
    mentions: [/2\.15/],
  },
];
