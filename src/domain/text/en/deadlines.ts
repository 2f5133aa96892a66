// Deadlines in English: HIPAA's 30 days, each state's shorter rule and what it covers, and the public
// view of one state's rules (GET /api/states/:code, the lookupStateRules tool).

const ASK_TYPE = " Tell us what kind of provider it is, because that can change the deadline.";

export const deadlines = {
  hipaa:
    "Under HIPAA the provider must act within 30 calendar days of getting your request. It may take one extra 30 days only if it tells you in writing, within the first 30 days, why and by when.",
  /** `days`, `upTo`: day counts already in words. */
  stricter: (state: string, covers: string, days: string, upTo: string | undefined) =>
    `${state} law is stricter than HIPAA for ${covers}: the provider must respond within ${days}.${upTo ? ` With a written reason it may take up to ${upTo} in all.` : ""} A shorter state deadline applies on top of HIPAA's 30 days.`,
  uncheckedCovers: (state: string, cite: string, unit: string, covers: string) =>
    `A secondary summary of ${state}'s rules (${cite}) says they require ${unit} for ${covers.replace(/ only$/, "")}, but we could not confirm that in the rule's own text, so check with the provider. HIPAA's 30 days is the limit we can confirm.`,
  uncheckedElsewhere: (state: string, unit: string, covers: string, askType: boolean) =>
    `${state}'s reported ${unit} rule, which we could not confirm, is for ${covers}. It does not cover this request, so HIPAA's 30 days applies.${askType ? ASK_TYPE : ""}`,
  /** `covers`: what each of the state's shorter rules covers. */
  shorterOnlyFor: (state: string, days: number, covers: string[], askType: boolean) =>
    `${state} has a shorter deadline (${days} days) only for ${covers.join("; ")}. It does not cover this request, so HIPAA's 30 days applies.${askType ? ASK_TYPE : ""}`,
  notShorter: (state: string, days: number) =>
    `${state} law also gives ${days} days, which is not shorter than HIPAA, so HIPAA's 30 days applies.`,
  recalled: (state: string, days: number) =>
    `We recall, but have not checked, that ${state} law may give ${days} days. HIPAA's 30 days applies either way; a state rule could only make it shorter, so check with the records office.`,
  noFixed: (state: string) => `Our sources show no fixed ${state} deadline for copies, so HIPAA's 30 days applies.`,
  unconfirmed: (state: string) =>
    `We could not confirm whether ${state} has its own deadline. HIPAA's 30 days applies either way; a state rule could only make it shorter, so you may ask the records office.`,
  /** Which requests each state's shorter deadline covers (state-deadline-rules.ts), in plain words. */
  covers: {
    caAny: "copies from any health care provider",
    idHospitals: "hospitals only",
    laDisability: "records for a Social Security disability or SSI claim only",
    mdAny: "any health care provider",
    tnNotHospitals: "providers other than hospitals (hospitals have 30 days)",
    txPhysicians: "physicians",
    txHospitals: "hospitals (counted from the request and any payment)",
    txElectronic: "electronic copies from any provider that uses an electronic health record system",
    waAny: "any health care provider",
  },
  /** Why a state's deadline in the data never shortens HIPAA's for copies. */
  notApplied: {
    montanaUncovered:
      "Montana's 10-day rule (§50-16-541) is only for providers that HIPAA does not cover. HIPAA-covered providers fall under §50-16-801 and following, which keep HIPAA's 30 days.",
    nevadaInspection:
      "Nevada's 10 working days is for inspecting records in person, not for copies; HIPAA's 30 days applies to copies.",
    delawareLonger: "Delaware allows 45 days, which is longer than HIPAA, so HIPAA's 30 days still applies.",
    southCarolinaLonger: "South Carolina allows 45 days, which is longer than HIPAA, so HIPAA's 30 days still applies.",
  },
};

export const stateFacts = {
  noDeadline: "Our sources show no fixed state deadline; HIPAA's 30 days applies.",
  hipaaFloor:
    "Where no shorter state rule covers a request, HIPAA gives the provider 30 calendar days, plus one 30-day extension with written notice.",
  hipaaLimit:
    "For your own copy, HIPAA's cost-based limit applies even where the state allows more: no search or retrieval fees. State caps matter mostly for copies sent to others.",
  noFeeCap: "Our sources show no state fee cap.",
  noClosedRule:
    "No state rule was found. Start with the state medical board, then the hospital where the doctor worked.",
  stale: (year: number | undefined) =>
    `These amounts ${year ? `are for ${year} and ` : ""}are adjusted over time, so check the current figures.`,
  scope: (days: number, kind: "calendar" | "business", covers: string) => `${days} ${kind} days for ${covers}`,
  disclaimer:
    "Not legal advice. Facts marked uncertain are recalled or unconfirmed; check them with the office or the state.",
};
