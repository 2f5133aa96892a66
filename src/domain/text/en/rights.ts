// explainRights' topics in English: fees, deadlines, format, denials, sending to others and special
// records (who may ask and minors are in who.ts).

export const rights = {
  fees: {
    costBased:
      "For your own copy, a provider may charge only a reasonable, cost-based fee: labor for copying, supplies (paper, or a CD or USB drive if you ask for one), postage if you ask for mailing, and a summary only if you agreed to it and its fee first.",
    noSearch:
      "Search and retrieval fees are not allowed, even where state law allows them, and per-page fees are not allowed for electronic copies of electronic records.",
    flat: "Instead of working out costs, a provider may charge a flat fee of no more than $6.50 for electronic copies of records it keeps electronically. That figure is HHS guidance, not a cap on every fee.",
    upFront:
      "The provider must tell you the approximate fee in advance, and it cannot refuse or delay your records because you owe money for care.",
    portalFree: "Viewing and downloading through the patient portal is free.",
    thirdParty:
      "When records go straight to someone else (a lawyer, an insurer, a service), HIPAA's fee limit does not apply; state law sets the fee. Cheapest: get your own copy at the patient rate and forward it.",
    stateRuleForOthers: (state: string) => `${state}'s fee rule, which applies to copies sent to someone else: `,
    stateCap: (state: string) => `${state}'s own fee cap: `,
    hipaaStillApplies: " For your own copy, HIPAA's cost-based limit still applies where it is lower.",
    noStateCap: (state: string, caveat: string | undefined) =>
      `We found no ${state} fee cap; HIPAA's cost-based limit applies to your own copy.${caveat ? ` ${caveat}` : ""}`,
    disability:
      "Many states give free or reduced-fee copies for Social Security disability or SSI claims; ask the records office.",
  },
  deadlines: {
    hipaaOuter:
      "HIPAA's outer limit is 30 calendar days, with one 30-day extension only after written notice in the first 30 days.",
    clockStarts: "The clock starts when the provider receives your request, so keep proof of when you sent it.",
    dueBy: (sentOn: string, dueOn: string, extendedDueOn: string | undefined) =>
      `Counting from ${sentOn}, the answer is due by ${dueOn}.${extendedDueOn ? ` With a written extension notice, no later than ${extendedDueOn}.` : ""} (Weekends are skipped for business days; holidays are not.)`,
    ocrAfterHipaa: (hipaaDue: string, fileBy: string, stateGoverns: boolean) =>
      `If HIPAA's own deadline (${hipaaDue}) passes without an answer, you can complain to HHS OCR within 180 days after it, that is by ${fileBy}.${stateGoverns ? " A missed state deadline alone is for the state licensing board." : ""}`,
    ocr: "If the provider misses the deadline or denies your request, you can complain to HHS OCR within 180 days.",
  },
  format: [
    "You can choose paper or electronic. If the records are kept electronically and you ask for an electronic copy, you must get one: in the format you ask for if they can readily produce it, or another readable electronic format you agree on.",
    "A summary can replace the full record only if you agree to it, and to any fee for it, in advance.",
    "You can ask to have copies mailed or emailed. If you ask for plain (unencrypted) email, they must warn you of the risk and then send it if you still want it.",
    "You can also ask to look at the records in person at a convenient time and place.",
    "They cannot make you buy a CD or USB drive, come in person to prove who you are for a mailed copy, or use the portal to ask.",
  ] as [string, string, string, string, string],
  denials: [
    "Some refusals cannot be reviewed: psychotherapy notes, material put together for a lawsuit, some prison and research situations, and information given in confidence by someone who is not a provider.",
    "Other refusals need a licensed professional's judgment that access is likely to endanger someone's life or physical safety, or to cause substantial harm to another person. You can ask for a review by a different licensed professional, and the provider must follow it.",
    "When a personal representative asks (a parent, for example), the provider may also refuse if a licensed professional finds that access by that person is likely to cause substantial harm to the patient or someone else. That refusal can be reviewed too.",
    "Worry that you might be upset or not understand the records is not a reason to refuse (HHS guidance).",
    "A denial must be in writing, in plain language, giving the reason, your review rights, and how to complain, with a contact name or title and phone number.",
    "If part is refused, you still get the rest; if they do not have the records but know who does, they must tell you.",
    "You can complain to HHS OCR within 180 days of when you learned of the problem; OCR can allow more time for good cause. Retaliation for complaining is not allowed.",
  ] as [string, string, string, string, string, string, string],
  thirdParty: [
    "You can direct a provider to send a copy to someone else in a signed, written request that clearly names the person and where to send it.",
    "Since Ciox v. Azar (2020), that direction is binding only for electronic copies of records kept in an electronic health record, and HIPAA's patient fee limit does not apply to it.",
    "For anything else, sign a HIPAA authorization: it lets the provider send the records but does not require it, and state fee schedules apply.",
    "Cheapest: get your own copy at the patient rate and forward it yourself.",
    "A doctor who is treating you can ask your other providers for records directly; no authorization is needed for treatment.",
  ] as [string, string, string, string, string],
  special: {
    psychotherapy:
      "Psychotherapy notes kept apart from the chart are outside the right of access; the rest of a mental-health record is covered.",
    substanceUse:
      "Substance-use treatment records under 42 CFR Part 2: you can get your own without a special consent, but sending them to anyone else needs a written consent that meets 42 CFR 2.31.",
    minors:
      "Minors' confidential care (care they could consent to alone) may be kept from parents, depending on state law.",
    labs: "Lab results are not exempt: HIPAA-covered labs must give you completed test reports.",
    hiv: "Many states require a specific written authorization to send HIV test results to others; your own access is generally not restricted.",
  },
};
