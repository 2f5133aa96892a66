// The scripted "LLM" side of a three-turn conversation (facts → recommendation → review of the
// letter's contents → the patient's yes → letter), shared by the LLM tests, the prompt bench and the
// eval's scenarios.
import type { Planned } from "../support/openai-server.js";

export const PATIENT = {
  first: "Hi, I need all my x-rays and my full chart from Dallas General Hospital in Texas.",
  draft: "Yes please draft it. My name is Maria Lopez, born April 2, 1980.",
  confirm: "Yes, that's all correct.",
};

/** Turn 1: record the facts, rank the paths, explain the top one and offer the next step. */
export const FIRST_TURN: Planned[] = [
  {
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
    ],
  },
  { toolCalls: [{ name: "recommendPath", arguments: {} }] },
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
  // No fourth call: a step that asks its question with quick replies ends the turn.
];

/** Turn 2: record the patient's name and birth date, then show what the letter will say to confirm. */
export const DRAFT_TURN: Planned[] = [
  { toolCalls: [{ name: "updateIntake", arguments: { patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" } } }] },
  { toolCalls: [{ name: "showReview", arguments: { kind: "access_request" } }] },
  { text: "Please check what will go in your letter. Tell me if anything is wrong, or say yes to draft it." },
];

/** Turn 3: the patient confirmed the review: draft the access request, point at the card. */
export const CONFIRM_TURN: Planned[] = [
  { toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }] },
  { text: "Your letter is ready: download it from the card, sign it and send it to the records office." },
];

/** LLM calls the scripted conversation makes per patient turn. */
export const CALLS_PER_TURN = [FIRST_TURN.length, DRAFT_TURN.length, CONFIRM_TURN.length];
