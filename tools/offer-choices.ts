// offerChoices: shows quick-reply buttons (web) or numbered options (SMS) for the question just asked.
import { tool } from "ai";
import { ChoicesSchema } from "../src/sessions/session.js";
import type { ToolContext } from "./context.js";

/** Tool factory: records the choices in the turn and writes a data-choices part to its UI stream. */
export function offerChoices({ turn, writer }: Pick<ToolContext, "turn" | "writer">) {
  return tool({
    description:
      "After asking the patient one question, offer 1-6 likely answers as quick replies. Use once per reply, only right after a question. " +
      "Do not use it to give information.",
    inputSchema: ChoicesSchema,
    execute: async (choices) => {
      turn.offerChoices(choices);
      writer.write({ type: "data-choices", data: choices });
      return { shown: choices.options.length };
    },
  });
}
