// What to do after an earlier request, in English: wait, follow up, ask for a review, challenge a fee,
// complain to HHS OCR or the state.

const OCR_HOW =
  "File a complaint with the HHS Office for Civil Rights at ocrportal.hhs.gov (or by mail, fax or email with its complaint form). Name the provider and say what happened.";
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const escalation = {
  waiting: (dueOn: string, extension: boolean) =>
    `The provider still has time: its answer is due by ${dueOn}${extension ? ", counting the extension it gave you in writing" : ""}. If nothing comes by then, send a follow-up letter.`,
  psychotherapyDenied:
    "Refusing psychotherapy notes is allowed, because they are outside the right of access. You can still ask for the rest of your mental-health record.",
  /** What OCR's 180 days are counted from, for the sentences below. */
  since: {
    answer: (from: string, feeDemand: boolean) => `the ${feeDemand ? "fee demand" : "answer"} (${from})`,
    request: (from: string) => `your request (${from}), to be safe, since we do not know the date of their answer`,
    hipaa_deadline: (from: string) => `HIPAA's own deadline for this request (${from})`,
  },
  ocrStep: (fileBy: string) => `Complain to HHS OCR by ${fileBy}. ${OCR_HOW}`,
  ocrReason: (since: string, fileBy: string) =>
    `You can complain to HHS OCR within 180 days of when you knew of the problem: counted from ${since}, that is by ${fileBy}. OCR may allow more time for good cause.`,
  ocrLateStep: (fileBy: string) =>
    `The usual last day to complain to HHS OCR was ${fileBy}. You can still file and explain why you are late; OCR may accept it for good cause. ${OCR_HOW}`,
  ocrLateReason: (since: string, fileBy: string) =>
    `The 180 days to complain to HHS OCR, counted from ${since}, ended on ${fileBy}. OCR may still accept a complaint if you show good cause for the delay.`,
  /** `state`: the state's name, when known. */
  whatRemains: (board: string, state: string | undefined) =>
    `You can still complain to ${board}, and to the ${state ? `${state} ` : "state "}attorney general, who can enforce HIPAA for state residents in federal court.`,
  followUpLetter: (dueOn: string | undefined) =>
    `Send a follow-up letter to the records office and the privacy officer. Give the date of your first request and say the answer was due${dueOn ? ` on ${dueOn}` : ""}.`,
  askExtension: (days: string) =>
    `Ask whether they sent you a written notice of an extension. It had to reach you within the first ${days}; without it, they are late.`,
  askWhyLate: "Ask why they are late. The rule that applies here has no extension that we know of.",
  /** `step`: the OCR step, continued after this opening. */
  stillNoAnswer: (step: string) => `If there is still no answer after about 10 days, ${lower(step)}`,
  stateDeadlineStep: (board: string, state: string | undefined, hipaaDue: string) =>
    `If there is still no answer, complain to ${board}: ${state ?? "the state"}'s deadline is for the state to enforce. HIPAA's own limit for this request ends on ${hipaaDue}.`,
  stateDeadlineReason: (board: string, state: string | undefined, hipaaDue: string) =>
    `A missed ${state ?? "state"} deadline is for the state to enforce: you can complain to ${board}. HIPAA's own 30 days for this request end on ${hipaaDue}.`,
  afterHipaaStep: `Once HIPAA's 30 days (60 after a written extension notice) have passed, you can complain to HHS OCR within 180 days. ${OCR_HOW}`,
  afterHipaaReason:
    "Once HIPAA's deadline has passed, you can complain to HHS OCR within 180 days; OCR may allow more time for good cause.",
  readDenial:
    "Read the denial letter. It must be in plain language and give the reason, your review rights, and how to complain.",
  askReview:
    "Ask in writing for a review by a different licensed professional, one the provider chooses who did not take part in the denial (the review request letter). The provider must follow the reviewer's decision.",
  askReviewIfHarm:
    "If the reason is that a licensed professional thinks access could endanger someone, ask in writing for a review by a different licensed professional. The provider must follow the reviewer's decision.",
  askRest: "Ask for everything the denial does not cover: the provider must still give you the rest.",
  denialInWriting:
    "A denial must be in writing and give the reason, your review rights, and how to complain to the provider or to HHS.",
  reviewableGrounds:
    "Denials for harm reasons can be reviewed by another licensed professional; some grounds (like psychotherapy notes) cannot.",
  mentalHealthHarm:
    "Refusing mental-health records because a licensed professional judged access reasonably likely to endanger someone's life or physical safety is a reviewable ground; worry that you may be upset is not enough.",
  representativeHarm:
    "Refusing a personal representative because access is reasonably likely to cause substantial harm to the patient or someone else is a reviewable ground.",
  deniedOcrStep: `Complain to HHS OCR within 180 days of the denial. ${OCR_HOW}`,
  deniedOcrReason: "You can complain to HHS OCR within 180 days of when you knew of the problem.",
  listMissing:
    "Write to the records office listing what is missing, and ask for it or for a written reason it was withheld.",
  elsewhere: "If the records are somewhere else, the provider must tell you where to ask.",
  partialReason:
    "If a provider holds back part of a record, it must still give you the rest and explain in writing what it withheld and why.",
  ifRefused: (step: string) => `If they refuse without a valid reason: ${lower(step)}`,
  partialOcrStep: `If they refuse without a valid reason, complain to HHS OCR within 180 days. ${OCR_HOW}`,
  feeCostBased:
    "For your own copy, the fee must be cost-based: copying labor, supplies and postage only. Search and retrieval fees are not allowed, and records cannot be held back over an unpaid medical bill.",
  feeFlat:
    "HHS guidance lets providers charge a flat fee of up to $6.50 for electronic copies of electronic records instead of working out costs. It is guidance, not a cap on every fee.",
  feeLetter:
    "Write to the records office and the privacy officer about the fee (the follow-up letter). Ask for an itemized fee and point out that search, retrieval and per-page fees for electronic copies are not allowed for your own request.",
  askElectronic: "Ask for an electronic copy if the records are electronic; it is usually cheapest.",
  feeNotFixed: (step: string) => `If they will not fix the fee, ${lower(step)}`,
  ownCopyOnly: (state: string | undefined) =>
    `HIPAA's patient fee limit covers only your own copy. Copies sent straight to someone else follow ${state ? `${state} law` : "state law"} instead.`,
  stateFeeLead: (state: string) => `${state}'s fee rule: `,
  forwardYourself: "Cheapest: ask for your own copy at the patient rate, then forward it yourself.",
  sendToYou:
    "Write to the records office (the follow-up letter): ask them to send the copy to you instead, for HIPAA's cost-based patient fee, and forward it yourself.",
  overCharge: (state: string | undefined, board: string) =>
    `If they charge more than ${state ? `${state}'s` : "the state's"} fee rule allows for copies sent to others, complain to ${board} or the ${state ? `${state} ` : "state "}attorney general.`,
};
