// The scripted "LLM" side of a three-turn conversation (facts → recommendation → review of the
// letter's contents → the patient's yes → letter), shared by the LLM tests, the prompt bench and the
// eval's scenarios.
import type { Planned } from "../support/openai-server.js";

export const PATIENT = {
  first: "Hi, I need all my x-rays and my full chart from Dallas General Hospital in Texas.",
  draft: "Yes please draft it. My name is Maria Lopez, born April 2, 1980.",
  confirm: "Yes, that's all correct.",
};

/**
 * Turn 1: a first sentence while the facts are recorded and the paths ranked, then the top path
 * explained with the next step offered. Two calls: the model must read recommendPath's answer.
 */
export const FIRST_TURN: Planned[] = [
  {
    text: "Thanks, I have noted your x-rays and chart from Dallas General Hospital in Texas. Let me find the best way to get them.",
    toolCalls: [
      {
        name: "updateIntake",
        arguments: {
          requester: "self",
          state: "TX",
          provider: { name: "Dallas General Hospital", type: "hospital" },
          records: { kinds: ["imaging", "full_chart"] },
        },
      },
      { name: "recommendPath", arguments: {} },
    ],
  },
  {
    text: "Your best path is a written request to the hospital's records office. Shall I draft the letter for you?",
    toolCalls: [
      {
        name: "offerChoices",
        arguments: {
          topic: "draft",
          options: [
            { label: "Draft my letter", value: "Please draft my letter" },
            { label: "Not now", value: "Not now" },
          ],
        },
      },
    ],
  },
  // No third call: a step that writes its reply and offers quick replies ends the turn.
];

/** Turn 2: one call: the reply, the patient's name and birth date recorded, and the review shown. */
export const DRAFT_TURN: Planned[] = [
  {
    text: "Thank you, Maria. Please check what will go in your letter. Tell me if anything is wrong, or say yes to draft it.",
    toolCalls: [
      { name: "updateIntake", arguments: { patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" } } },
      { name: "showReview", arguments: { kind: "access_request" } },
    ],
  },
];

/** Turn 3: the patient confirmed the review: one call drafts the access request and points at the card. */
export const CONFIRM_TURN: Planned[] = [
  {
    text: "Your letter is ready: download it from the card, sign it and send it to the records office.",
    toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }],
  },
];

/** LLM calls the scripted conversation makes per patient turn. */
export const CALLS_PER_TURN = [FIRST_TURN.length, DRAFT_TURN.length, CONFIRM_TURN.length];
