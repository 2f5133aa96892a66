// A ToolContext for calling one tool directly: a fresh TurnState over the given Intake, with the
// parts the tool writes to the UI stream collected.
import type { ToolExecutionOptions } from "ai";
import { TurnState } from "../../src/conversation/turn-state.js";
import type { Intake } from "../../src/domain/intake.js";
import type { ToolContext } from "../../tools/context.js";
import { TODAY, testApp } from "./app.js";

export async function toolContext(intake: Intake = {}) {
  const { deps } = await testApp();
  const written: unknown[] = [];
  const ctx: ToolContext = {
    turn: new TurnState({ id: "tool-test-session-0001", intake }),
    today: TODAY,
    clinic: null,
    language: "en",
    drafting: deps,
    baseUrl: "https://rp.example",
    writer: { write: (p) => written.push(p), merge: () => {}, onError: undefined },
  };
  return { ctx, written, deps };
}

export const callOptions = { toolCallId: "call-1", messages: [] } as unknown as ToolExecutionOptions<never>;
