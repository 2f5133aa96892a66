// The scripted LLM conversations the benches run (LLM calls per turn, prompt caching, latency):
// each turn is the patient's words and the "model's" planned responses for it, played by the
// scripted OpenAI-compatible server (test/support/openai-server.ts), which fails loudly when the
// loop calls it more or fewer times than planned.
import type { Planned } from "../support/openai-server.js";
import { CONFIRM_TURN, DRAFT_TURN, FIRST_TURN, PATIENT } from "./llm-script.js";

export interface ScriptedTurn {
  patient: string;
  plan: Planned[];
}

export interface ScriptedConversation {
  name: string;
  /** The channel it is held on; the SMS figures replay web conversations through the Twilio webhook. */
  turns: ScriptedTurn[];
}

export const LLM_CONVERSATIONS: ScriptedConversation[] = [
  {
    name: "own chart from a hospital, letter drafted",
    turns: [
      { patient: PATIENT.first, plan: FIRST_TURN },
      { patient: PATIENT.draft, plan: DRAFT_TURN },
      { patient: PATIENT.confirm, plan: CONFIRM_TURN },
    ],
  },
];
