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

export const guide = {
  questions,
  minors,
  who,
  review,
  say: {
    greeting:
      "Hi, I'm recordpath. I help you get copies of medical records. I'm not a lawyer or a doctor, but I know how records requests work.",
    clinicGreeting:
      "Hi, I'm the records helper for {clinic}. I help you get copies of your medical records. I'm not a lawyer or a doctor.",
    thanks: "Thanks, got it.",
    noted: "Okay.",
    unsure: "That's okay, we can work without it.",
    offTopic: "I can only help with getting medical records, so let's stick to that.",
    welcome: "You're welcome! I'm glad to help.",
    restarted: "Okay, let's start over.",
    deleteHint: 'To erase this conversation, use the "Delete my conversation" button (or text DELETE on SMS).',
    ready: "I have what I need. I can draft your request letter now, or answer questions about fees and deadlines.",
    letterIntro: "Let's fill in your letter.",
    drafted:
      "Your letter is ready: {title}. Download it, check it, sign it, and send it to the records office. Keep a copy and note the date you send it.",
    blanks: 'A few spots are marked "[fill in]" for you to complete: {blanks}.',
    toolTrouble: "Sorry, I had trouble with that step. Could you say it another way?",
    rightsFallback: "I could not find that rule.",
  },
  next,
  /** How a recommendation is explained; {path} is a path's title, {text} the engine's sentence. */
  explain: {
    more: "Tell me a bit more about the records you need.",
    suggest: "Here is what I suggest: {path}.",
    steps: "What to do:",
    another: "Another option: {path}.",
    nextDraft: "Next step: I can draft the letter for you now.",
    nextAsk: "Next step: ask me about fees or deadlines, or start over.",
    bestBrief: "Best path: {path}.",
    howLong: "How long: {text}",
    cost: "Cost: {text}",
    also: "Also: {text}",
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
