// A ToolContext for calling one tool directly, with the parts it writes to the UI stream collected.
import type { ToolExecutionOptions } from "ai";
import type { Intake } from "../../src/domain/intake.js";
import { newSession } from "../../src/sessions/session.js";
import type { ToolContext } from "../../tools/context.js";
import { TODAY, testApp } from "./app.js";

export async function toolContext(intake: Intake = {}) {
  const { deps } = await testApp();
  const session = newSession("tool-test-session-0001", "web", deps.clock());
  session.intake = intake;
  const written: unknown[] = [];
  const ctx: ToolContext = {
    session,
    today: TODAY,
    clinic: null,
    deps,
    baseUrl: "https://rp.example",
    writer: { write: (p) => written.push(p), merge: () => {}, onError: undefined },
  };
  return { ctx, written };
}

export const callOptions = { toolCallId: "call-1", messages: [] } as unknown as ToolExecutionOptions<never>;
