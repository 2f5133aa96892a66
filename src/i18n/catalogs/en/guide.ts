// The guide's words in English: its questions with their quick replies (each value is something the
// extractor understands), what it says, its "what next?" menu and how it explains a recommendation.
// `{name}` marks a value filled in when the text is used. Every other language has the same keys.
import type { AskedTopic } from "../../../conversation/guide/topics.js";
import type { IntakePath, PathId } from "../../../domain/intake.js";

/** Quick replies: [label shown, value sent back when picked]. */
type Options = Array<readonly [label: string, value: string]>;

/** A question and its quick replies. */
interface Question {
  text: string;
  options: Options;
}

const SKIP = ["Leave it blank", "I don't know"] as const;

const questions: Record<AskedTopic, Question> = {
  requester: {
    text: "Who are the records for?",
    options: [
      ["Me", "They are my own records"],
      ["My child", "They are my child's records"],
      ["Someone I'm the health care agent for", "I have health care power of attorney"],
      ["Someone who died", "I am the executor of the estate"],
      ["Someone else", "They are a relative's records"],
    ],
  },
  state: {
    text: "Which state did you get the care in?",
    options: [
      ["California", "California"],
      ["Texas", "Texas"],
      ["Florida", "Florida"],
      ["New York", "New York"],
      ["Another state", "Another state"],
    ],
  },
  "records.kinds": {
    text: "Which records do you need?",
    options: [
      ["Test results", "test results"],
      ["The whole chart", "the whole chart"],
      ["Shots / vaccines", "vaccine records"],
      ["X-rays and scans", "x-rays and scans"],
      ["Bills and claims", "bills and claims"],
      ["Therapy notes", "therapy notes"],
    ],
  },
  "provider.status": {
    text: "Is the doctor's office or hospital still open?",
    options: [
      ["Yes, it's open", "Yes, it is still open"],
      ["It closed", "The practice closed"],
      ["The doctor retired", "The doctor retired"],
      ["The doctor died", "The doctor passed away"],
      ["It merged or was bought", "The practice was bought by another group"],
      ["Not sure", "I don't know"],
    ],
  },
  "provider.portal": {
    text: "Can you log in to their patient portal?",
    options: [
      ["Yes, I can log in", "Yes, I can log in to the portal"],
      ["I can't log in", "I can't log in to the portal"],
      ["They don't have one", "They don't have a portal"],
      ["Not sure", "I don't know"],
    ],
  },
  "insurer.plan": {
    text: "What kind of health insurance do you have?",
    options: [
      ["Through work", "My insurance is through work"],
      ["Medicare", "Original Medicare"],
      ["Medicare Advantage", "Medicare Advantage"],
      ["Medicaid or CHIP", "Medicaid"],
      ["Marketplace plan", "A marketplace plan"],
      ["Not sure", "I don't know"],
    ],
  },
  "priorRequest.sentOn": {
    text: "About when did you send the earlier request?",
    options: [
      ["About 2 weeks ago", "about 2 weeks ago"],
      ["About a month ago", "about a month ago"],
      ["About 2 months ago", "about 2 months ago"],
      ["Not sure", "I don't know"],
    ],
  },
  providerCount: {
    text: "How many doctors or hospitals have records you need?",
    options: [
      ["Just one", "just one provider"],
      ["2 or 3", "3 providers"],
      ["4 or more", "5 different providers"],
      ["Not sure", "I don't know"],
    ],
  },
  purpose: {
    text: "What are the records for?",
    options: [
      ["A new doctor", "for my new doctor"],
      ["My own files", "for my own files"],
      ["A disability claim", "for a disability claim"],
      ["A legal matter", "for a lawsuit"],
      ["School or travel", "for school"],
    ],
  },
  neededBy: {
    text: "Do you need them by a certain date?",
    options: [
      ["No rush", "no rush"],
      ["Within 2 weeks", "in two weeks"],
      ["Within a month", "in a month"],
    ],
  },
  "provider.type": {
    text: "Is it a hospital or a doctor's office?",
    options: [
      ["A hospital", "a hospital"],
      ["A doctor's office", "a doctor's office"],
      ["A clinic", "a clinic"],
      ["Something else", "other"],
    ],
  },
  recipient: {
    text: "Who should get the records? Tell me their name, and their email, fax or address.",
    options: [SKIP, ["Send them to me", "send them to me"]],
  },
  "patient.isMinor": {
    text: "How old is the patient? You can tell me the age or the date of birth.",
    options: [
      ["Under 18", "under 18"],
      ["18 or older", "18 or older"],
    ],
  },
  "delivery.private": {
    text: "How do you want to get the copy, so it comes only to you?",
    options: [
      ["I'll pick it up", "I will pick them up"],
      ["My own email", "email them to me"],
      ["My own portal account", "through the portal"],
      ["Mail it to me", "mail them to me"],
    ],
  },
  "patient.name": {
    text: "For the letter: what is the patient's full name and date of birth? (For example: Maria Lopez, March 4, 1980)",
    options: [SKIP],
  },
  "patient.dateOfBirth": {
    text: "For the letter: what is the patient's date of birth? (For example: March 4, 1980)",
    options: [SKIP],
  },
  "representative.name": {
    text: "For the letter: what is your own full name, and a phone number or email where the office can reach you?",
    options: [SKIP],
  },
  "provider.name": {
    text: "What is the name of the doctor's office or hospital?",
    options: [SKIP],
  },
  "insurer.name": {
    text: "What is the name of your health plan?",
    options: [SKIP],
  },
  "letter.records": {
    text: "Which records should the letter ask for?",
    options: [
      ["The whole chart", "the whole chart"],
      ["Test results", "test results"],
      ["Visit notes", "visit notes"],
      ["X-rays and scans", "x-rays and scans"],
      ["Not sure", "I don't know"],
    ],
  },
  "letter.delivery": {
    text: "How would you like to get your copy?",
    options: [
      ["By email", "email them to me"],
      ["In the patient portal", "through the portal"],
      ["Paper copy by mail", "a paper copy by mail"],
      ["Paper copy to pick up", "I will pick up a paper copy"],
      ["Not sure", "I don't know"],
    ],
  },
  "letter.contact": {
    text: "For the letter: {need}",
    options: [SKIP],
  },
  "provider.office": {
    text: "Where should the letter go: do you have the records office's fax, email or mailing address (theirs, not yours)? It is often on the provider's website or on a bill.",
    options: [["I don't have it", "I don't know"]],
  },
  "provider.clinic": {
    text: "Are the records you need from {clinic}, or from another doctor or hospital?",
    options: [
      ["From {clinic}", "From this clinic"],
      ["Another doctor or hospital", "From another provider"],
      ["Not sure", "I don't know"],
    ],
  },
};

/**
 * The short answer to a teen asking to get records without their parents finding out: {state} is the
 * state's name, {scope} one of `scopes`, {cite} the rule. Each answer matches a TeenAnswer in
 * src/domain/minors-rules.ts.
 */
const minors = {
  intro: "I can help with that. The answer depends on your state's law.",
  answers: {
    private:
      "Yes. In {state}, for {scope} you agreed to on your own, your parents are not entitled to see those records, and you can ask for them yourself ({cite}).",
    parent_may_object:
      "Not always. In {state}, a parent can see your records of {scope} if you are told and do not object, or if your therapist does not find a strong reason to refuse. So if you object, tell your therapist why ({cite}).",
    may_be_told:
      "Not for sure. In {state} you can agree to some care on your own, but the law lets the doctor or counselor tell your parents about {scope}, even without your consent ({cite}).",
    check:
      "Often yes for care you agreed to on your own, but it depends on the law in {state}, which we could not confirm ({cite}). Ask the records office how they handle it.",
  },
  scopes: {
    confidential_care: "care",
    mental_health: "mental health care",
    sti: "care for a sexually transmitted infection",
    substance_use: "drug or alcohol treatment",
    counseling: "counseling",
  },
  privately:
    "You can ask the office to send the copy, and to call or write about it, only the way you choose. They must go along with a fair request like that (45 CFR 164.522(b)). Bills and insurance papers may still go to whoever holds the insurance.",
  yourState: "your state",
};

/**
 * A question asked a second time (the first answer could not be read, or the patient asked something
 * else first): other words than the first time, with an example of an answer.
 */
const again: Record<AskedTopic, string> = {
  requester: 'Are the records your own, or someone else\'s? For example: "mine", "my son\'s" or "my late father\'s".',
  state: "Which US state was the care in? The state alone is fine, for example: Ohio.",
  "records.kinds":
    'What kind of records are you after? For example: "lab results", "my whole chart" or "x-rays from March".',
  "provider.status": 'Is the office or hospital still open? For example: "yes, it\'s open" or "the doctor retired".',
  "provider.portal": 'Can you sign in to their patient portal (like MyChart)? For example: "yes" or "I can\'t log in".',
  "insurer.plan": 'Where does your health insurance come from? For example: "through work", "Medicare" or "Medicaid".',
  "priorRequest.sentOn":
    'What date did the earlier request go out? A rough date is fine, for example: "around June 10".',
  providerCount: 'About how many different offices or hospitals is that? For example: "just one" or "4".',
  purpose: 'What will you use the records for? For example: "a new doctor" or "a disability claim".',
  neededBy: 'Is there a date you need them by? For example: "by December 15" or "no rush".',
  "provider.type": 'What kind of place is it? For example: "a hospital", "a clinic" or "a doctor\'s office".',
  recipient: 'Where should the copy go? For example: "Dr. Lee, fax 555-0100", or "send them to me".',
  "patient.isMinor": 'What is the patient\'s age? For example: "15", or a date of birth like "March 4, 2010".',
  "delivery.private": 'How should the copy reach only you? For example: "I\'ll pick it up" or "email them to me".',
  "patient.name": 'What name and date of birth should go on the letter? For example: "Maria Lopez, March 4, 1980".',
  "patient.dateOfBirth": 'What date of birth should go on the letter? For example: "March 4, 1980" or "3/4/1980".',
  "representative.name":
    'What is your own name, and a phone or email for the office? For example: "Ana Ruiz, 555-0100".',
  "provider.name": 'What is the office or hospital called? For example: "Mercy Hospital" or "Dr. Kim\'s office".',
  "insurer.name": 'What is your health plan called? For example: "Aetna" or "Blue Cross".',
  "provider.clinic": 'Are the records from {clinic}? For example: "yes, from here" or "from another hospital".',
  "letter.records": 'What should the letter ask for? For example: "my whole chart" or "the x-rays from March".',
  "letter.delivery":
    'How should the copy reach you? For example: "by email", "in the portal", "by mail" or "I\'ll pick it up".',
  "letter.contact": 'For the letter: {need} For example: "12 Oak St, Denver, CO 80202, 720-555-0134".',
  "provider.office":
    'Where should the letter go? For example: "fax 303-555-0100" or "records@hospital.org". Or say you don\'t have it.',
};

/** What the contact question asks for, by how the copy comes (letter.contact's {need}). */
const contactNeeds = {
  email: "what email address should they send it to, and a phone number where the office can reach you?",
  mail: "what mailing address should they send it to, and a phone number where the office can reach you?",
  phone: "what phone number can the office reach you at?",
  any: "what phone number or email can the office reach you at?",
};

/**
 * Short answers to the patient's own questions, each cited where it states law (answers.ts picks
 * and fills them). {days} and {cite} come from the deadline rule that governs the request.
 */
const answers = {
  fees: "For your own copy, they may charge only a reasonable, cost-based fee: copying labor, supplies and postage. No search or retrieval fees, and the patient portal is free (45 CFR 164.524(c)(4)).",
  feesOthers:
    "Copies sent straight to someone else follow state fee rules. It is usually cheaper to get your own copy and pass it on (Ciox Health v. Azar, 2020).",
  deadline: "They must act on your request within {days} of getting it ({cite}).",
  extension: "They can take 30 more days only if they tell you in writing, within the first 30, why and by when.",
  dueBy: "If they get your letter today, the answer is due by {date}.",
  days: { calendar: "{n} calendar days", business: "{n} business days" },
  unpaid:
    "No. Under HIPAA a provider may not hold back your records because you owe money for care; it may charge only the copy fee (HHS OCR right of access guidance; 45 CFR 164.524).",
  complaint:
    "You can complain to the HHS Office for Civil Rights (OCR) at ocrportal.hhs.gov within 180 days of the problem (45 CFR 160.306(b)(3)). A letter to the provider's privacy officer first often fixes it faster.",
  parentsAdult:
    "Once you're 18, your records are yours: your parents can see them only with your permission (45 CFR 164.502(g)). But the plan's statements (EOBs) go to whoever holds the insurance and can list your visits; you can ask the plan to send them to you instead (45 CFR 164.522(b)).",
  parentsUnknown:
    "It depends on your age. From 18 your records are yours, and your parents see them only with your permission (45 CFR 164.502(g)); under 18 it depends on your state's law and the care, so tell me your age and I'll check.",
  human: "I'm an automated assistant, not a person.",
  humanClinic: "To talk with a person, call {clinic}'s records office at {phone}.",
  humanClinicNoPhone: "To talk with a person, contact {clinic}'s records office.",
  humanAny:
    "To talk with a person, call the records office (often called Health Information Management) of the doctor or hospital that has the records.",
  whyDob:
    "The records office uses the name and date of birth to find the right chart and to check it's you (45 CFR 164.514(h)). You can also leave it blank and write it on the letter yourself.",
  safe: 'What you tell me is used only to prepare your request. It is stored encrypted, erased automatically after a few days without a message, and never sold. You can erase it now with "Delete my conversation" (or by texting DELETE).',
  safeSms:
    "What you tell me is used only for your request: stored encrypted, erased after a few days without a message, never sold. Text DELETE to erase it now. Texts themselves are not encrypted.",
  medical:
    "I can't say what a result means, because I'm not a doctor. Your doctor or care team can explain it, so ask them to go over it with you. I can help you get the records themselves.",
  proofYes: "Yes.",
  allowed:
    "You have a right to your records, and they may refuse only for a few narrow reasons, in writing (45 CFR 164.524(a)).",
  send: "Send it to the records office (often called Health Information Management) by fax, email or mail, or hand it in. Keep a copy and note the date: their time to answer starts when they get it. A fax receipt or certified mail proves the date.",
  sendClinic: "{clinic}'s records office: {contact}.",
  insurer:
    "Yes. Your health plan has your claims history, which lists the doctors you saw and when; you can ask the plan for it, often on its member website (45 CFR 164.524 covers health plans too).",
  registry: "For shots, your state's immunization registry is often fastest. Many give a record online or within days.",
};

/** What a requester shows, or must know, before the records are released (said in the reply, every channel). */
const cautions = {
  proof: {
    self: "They may ask for your ID to check it's you (45 CFR 164.514(h)).",
    parent: "Bring your ID and proof you're the parent, like the birth certificate (45 CFR 164.502(g)(3)).",
    guardian: "Attach a copy of the court order that names you guardian (45 CFR 164.502(g)(2)).",
    personal_representative:
      "Attach a copy of your health care power of attorney, and proof it is in effect if it requires that (45 CFR 164.502(g)(2)).",
    executor:
      "Attach a copy of the letters testamentary (or letters of administration) from the probate court. Also attach a death certificate (45 CFR 164.502(g)(4)).",
    other:
      "If you have no legal right to act for the patient, they must sign a form that lets you get the records (45 CFR 164.508), or ask for the records themself.",
    unknown:
      "If you ask for someone else, bring proof that you may act for them: a birth certificate, a court order, a power of attorney, or the court's papers for an estate (45 CFR 164.502(g)).",
  },
  psychotherapy:
    "A therapist's private session notes (psychotherapy notes) are not part of your right to your records. Ask the therapist for them in a separate request; they may say no (45 CFR 164.524(a)(1)(i)).",
  part2:
    "Drug and alcohol treatment records have extra protection (42 CFR Part 2). You can get your own copy, but to send them to anyone else you must sign a written Part 2 consent (42 CFR 2.31).",
  retrieval: "With {n} providers, a records retrieval service can collect them all for you, for a fee.",
};

/** When an earlier request went wrong, the reply leads with what to do about it; the card has the details. */
const escalation = {
  overdue:
    "Your earlier request is overdue: the answer was due by {date}. The next step is a follow-up letter, not a new request ({cite}).",
  overdueUndated:
    "Since they have not answered, the next step is a follow-up letter that points to their deadline ({cite}).",
  waiting:
    "They still have time: the answer is due by {date}. If nothing comes by then, I can draft a follow-up letter.",
  partial:
    "They must give you the rest, or tell you in writing what they held back and why. The next step is a follow-up letter listing what is missing (45 CFR 164.524(d)(1)-(2)).",
  fee: "For your own copy they may charge only a reasonable, cost-based fee: labor, supplies and postage, with no search or retrieval fees (45 CFR 164.524(c)(4)). The next step is a letter asking them to fix the fee.",
  feeOthers:
    "HIPAA's fee limit covers only your own copy; copies sent straight to someone else follow state law. Cheapest: ask for your own copy and pass it on (Ciox Health v. Azar, 2020).",
  review:
    "A denial must be in writing and give the reason. You can ask for a review by another licensed professional, and the provider must follow it (45 CFR 164.524(a)(3), (d)(4)).",
  denied:
    "A denial must be in writing and give the reason. If the reason is a risk of harm, you can ask for a review; you can also complain to HHS OCR (45 CFR 164.524(d)(2); 45 CFR 160.306).",
  urgent:
    "You need them by {needed}, but they may take until {due}. Call the records office today and ask for the specific items you need, ready for pickup.",
  urgentTreatment: "The doctor treating you can also ask for them directly (45 CFR 164.506(c)(2)).",
  /** An earlier request with no answer whose date is not known yet. */
  unanswered:
    "If they got your request more than {days} ago and have not answered, they are late, and a follow-up letter is the next step ({cite}).",
  /** A practice that closed, retired, or whose doctor died: where the records went. */
  closed:
    "When a practice closes, its records usually go to a custodian: another practice, a records company or the state. The state licensing board (the medical or dental board) can often tell you who has them.",
};

/** "Got it: …": what was recorded, in a few plain words. */
const ack = {
  gotIt: "Got it: {facts}.",
  requester: {
    self: "your own records",
    parent: "your child's records",
    guardian: "you act as guardian",
    personal_representative: "you act as health care agent",
    executor: "you act as executor",
    other: "someone else's records",
  },
  born: "born {date}",
  dates: "from {dates}",
  neededBy: "needed by {date}",
  purpose: "for {purpose}",
  /** What the records are for, as a sentence goes on after "for". */
  purposes: {
    continuing_care: "ongoing care",
    second_opinion: "a second opinion",
    personal: "keeping a copy",
    legal: "a legal matter",
    disability: "a disability claim",
    insurance: "insurance",
    school: "school",
    travel: "travel",
    other: "another reason",
  },
  sendTo: "to go to {name}",
  providers: "{n} providers",
  earlier: "earlier request {what}",
};

/** After the letter: what comes next (never the offer to draft it again). */
const afterLetter: Options = [
  ["Sent it today", "I sent it today"],
  ["Sent it another day", "I sent it another day"],
  ["How do I send it?", "How do I send the letter?"],
  ["When is it due?", "When do they have to answer by?"],
  ["Another letter", "I need another letter"],
];

/** The menu after a recommendation; the first option (the letter) only when a letter fits. */
const next: Options = [
  ["Draft my letter", "Please draft my letter"],
  ["What can they charge?", "What fees can they charge?"],
  ["How long do they have?", "How long do they have to answer?"],
  ["Start over", "Start over"],
];

/** What a representative must hear before the advice (45 CFR 164.502(g)). */
const who = {
  adultChild:
    "Because your child is an adult, being their parent is not enough to get their records. You need their own request (or an authorization they sign that names you), a health care power of attorney that is in effect, or a guardianship (45 CFR 164.502(g)).",
  emancipated:
    "Because your child is emancipated, they act for themself: they can ask for the records, or sign an authorization that names you (45 CFR 164.502(g)(3)).",
  minorCare:
    "As the parent of a minor you can usually ask for your child's records. For care your child could get on their own, your state's law decides whether you can see those records (45 CFR 164.502(g)(3)).",
  afterDeath:
    "A health care agent's or guardian's authority ends when the patient dies. Now only the executor or administrator of the estate, or the person your state's law names, can ask (45 CFR 164.502(g)(4)).",
};

/**
 * The review before drafting: what the letter will carry, to confirm or correct. `labels` name its
 * items, `examples` show how to write a value the guide could not read.
 */
const review = {
  /** Web: the card with its Edit buttons follows. */
  intro:
    'Before I draft your letter, please check what will go in it. Tap "Edit" to fix anything, then tap "Draft my letter".',
  /** SMS and WhatsApp: the numbered list and how to answer follow. */
  introBrief: "Here is what your letter will say:",
  /** After a "no" that does not say what is wrong. */
  whichOne: 'Tell me what to change: tap "Edit" next to it, or send the right value.',
  whichOneBrief: "Tell me what to change: send its number, or the right value.",
  draftLabel: "Draft my letter",
  draftValue: "Yes, draft my letter",
  labels: {
    provider: "Provider",
    address: "Records office",
    insurer: "Health plan",
    registry: "Registry",
    patient: "Patient",
    dateOfBirth: "Date of birth",
    records: "Records",
    dates: "Dates",
    sendTo: "Send to",
    sentOn: "Earlier request sent",
    requester: "Who is asking",
    representative: "Your name",
  },
  missing: "blank (you fill it in)",
  allDates: "all dates",
  range: "{from} to {to}",
  since: "from {from} on",
  until: "up to {to}",
  toYou: "you",
  self: "you, the patient",
  formats: { electronic: "electronic copy", paper: "paper copy" },
  deliveries: {
    portal: "through the portal",
    email: "by email",
    mail: "by mail",
    pickup: "you pick it up",
    fax: "by fax",
  },
  /** Changing one item: its question, the quick reply that keeps it, and what an unreadable answer hears. */
  edit: {
    ask: 'What should the letter say for "{label}"? Now: {value}.',
    askEmpty: 'What should the letter say for "{label}"?',
    keep: "Keep it as it is",
    unreadable: 'I could not read that as "{label}". Please write it like this: {example}.',
    kept: "Okay, I left it as it is.",
  },
  examples: {
    "provider.name": "Mercy General Hospital",
    "provider.address": "100 Main St, Springfield, IL 62701",
    "insurer.name": "Blue Cross Blue Shield",
    state: "Ohio",
    "patient.name": "Maria Lopez",
    "patient.dateOfBirth": "March 4, 1980",
    "records.kinds": "test results and x-rays",
    "records.from": "from 2019 to 2021",
    "recipient.name": "Dr. Ana Ruiz, fax 555-0100",
    delivery: "email them to me",
    "priorRequest.sentOn": "May 2, 2026",
    requester: "my own records",
    "representative.name": "Sam Lopez, 555-0100",
  } satisfies Partial<Record<IntakePath, string>> as Partial<Record<IntakePath, string>>,
};

/**
 * The request tracker (issue 20): "I sent it", its due date, the text reminder and the check-in.
 * {due}, {latest}, {sent}, {fileBy} are dates in words; {rule} the governing rule's own sentence.
 */
const tracker = {
  askDay: "Thanks! Which day did you send it?",
  dayOptions: [
    ["Today", "Today"],
    ["Yesterday", "Yesterday"],
    ["I don't remember", "I don't remember"],
  ] as Options,
  askWay: "Thanks! How did you send it?",
  wayOptions: [
    ["Mail", "By mail"],
    ["Fax", "By fax"],
    ["Email", "By email"],
    ["Portal", "Through the portal"],
    ["In person", "In person"],
  ] as Options,
  noDay: "Okay. When you know the day you sent it, tell me and I'll work out when they have to answer.",
  sent: "Got it: you sent it on {sent}.",
  due: "They have to answer by {due}. {rule}",
  extension: "With a written notice of an extension, the latest is {latest}.",
  maybe: "I haven't verified every detail of your state's rule, so treat this date as a guide.",
  whatNext:
    "If nothing comes by then, I'll help you write a follow-up letter that cites your request and the missed date. If they still don't answer, you can complain to the HHS Office for Civil Rights.",
  webButtons: 'Use "Add to calendar" or "Text me a reminder" on the card to be reminded.',
  offerText: "Want a text from us on {due} asking if you got them? Reply YES",
  textOptions: [
    ["Yes", "YES"],
    ["No thanks", "No thanks"],
  ] as Options,
  textSet: "Done. We'll text you on {due}. Reply STOP anytime to stop texts.",
  textNotSet: "Okay, no text. Just come back here if nothing arrives by {due}.",
  textFailed: "Sorry, I couldn't set up the text. Please note {due} on your calendar.",
  /** The reminder text itself: short, one or two SMS segments. {provider} is "from X" or nothing. */
  checkIn:
    "recordpath: Did you get your records{provider}? They are due by {due}. Reply YES, PARTLY or NO. Reply STOP to stop texts.",
  checkInFrom: " from {name}",
  receivedOptions: [
    ["Yes", "YES"],
    ["Partly", "PARTLY"],
    ["Not yet", "NO"],
  ] as Options,
  received:
    "Great news! Your request is closed. Look the records over: check the dates, names and that every visit you asked for is there. If something is missing or wrong, tell me.",
  notReceived:
    "I'm sorry they haven't sent everything. The next step is a follow-up letter that cites your request of {sent} and the date they missed.",
  notReceivedYet:
    "I'm sorry they haven't sent everything yet. They have until the end of today, {due}. The next step is a follow-up letter to send tomorrow if nothing arrives: it cites your request of {sent} and that deadline.",
  ocr: "You can also complain to the HHS Office for Civil Rights until {fileBy}.",
  ocrLater:
    "If they still have not answered after {after}, you can also complain to the HHS Office for Civil Rights, until {fileBy}.",
};

export const guide = {
  tracker,
  questions,
  again,
  contactNeeds,
  answers,
  cautions,
  escalation,
  ack,
  afterLetter,
  minors,
  who,
  review,
  say: {
    greeting:
      "Hi, I'm recordpath. I help you get copies of medical records. I'm not a lawyer or a doctor, but I know how records requests work.",
    clinicGreeting:
      "Hi, I'm the records helper for {clinic}. I help you get copies of your medical records. I'm not a lawyer or a doctor.",
    unsure: "That's okay, we can work without it.",
    offTopic: "I can only help with getting medical records, so let's stick to that.",
    welcome: "You're welcome! I'm glad to help.",
    restarted: "Okay, let's start over.",
    deleteHint: 'To erase this conversation, use the "Delete my conversation" button (or text DELETE on SMS).',
    letterIntro: "Let's fill in your letter.",
    drafted:
      "Your letter is ready: {title}. Download it, check it, sign it, and send it to the records office. Keep a copy and note the date you send it.",
    blanks: 'A few spots are marked "[fill in]" for you to complete: {blanks}.',
    toolTrouble: "Sorry, I had trouble with that step. Could you say it another way?",
    condolence: "I'm so sorry for your loss.",
    calm: "I'm sorry this has been so hard. Let's get it moving.",
    unreadable: "Sorry, I couldn't read that.",
    notPatient:
      "That's the patient's name, which I have. I'll leave your own name blank for now: you can add it when you check the letter.",
    leftBlank: "No problem, I'll leave that blank for now.",
    tellMe:
      'Whenever you\'re ready, tell me about the records in your own words, for example: "my lab results from Banner Health in Arizona".',
    offerLetter: "Want me to draft your letter now?",
    letterWhenReady: 'Tap "Draft my letter" whenever you\'re ready, or ask me anything about your request.',
    afterLetter:
      "Your letter is ready. I can tell you how to send it or when the answer is due, or help with a letter for another provider.",
    anotherLetter: "Okay, a new letter. I kept who you are and your state.",
  },
  next,
  /** How a recommendation is explained; {path} is a path's title, {text} the engine's sentence. */
  explain: {
    more: "Tell me a bit more about the records you need.",
    suggest: "Here is what I suggest: {path}.",
    bestBrief: "Best path: {path}.",
    howLong: "How long: {text}",
  },
};

/** A path in plain words, for a language the recommendation engine does not write. */
export interface PathText {
  title: string;
  why: string;
  how: string;
}

/** Every language's guide words: the English keys, plus `paths` where the engine's English will not do. */
export type GuideCatalog = typeof guide & { paths?: Record<PathId, PathText> };
