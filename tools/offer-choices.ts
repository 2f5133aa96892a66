// offerChoices: shows quick-reply buttons (web) or numbered options (SMS) for the question just asked.
import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./context.js";

export const ChoicesInput = z
  .object({
    topic: z.string().min(1).max(40).describe("Short id of what the question is about, e.g. 'state' or 'records'."),
    options: z
      .array(
        z
          .object({
            label: z.string().min(1).max(60).describe("Button text shown to the patient."),
            value: z.string().min(1).max(200).describe("Text sent back as the patient's answer when picked."),
          })
          .strict(),
      )
      .min(1)
      .max(6)
      .describe("One to six likely answers."),
  })
  .strict();

/** Tool factory: writes a data-choices part to the turn's UI stream. */
export function offerChoices(ctx: ToolContext) {
  return tool({
    description:
      "After asking the patient one question, offer 1-6 likely answers as quick replies. Use once per reply, only right after a question. " +
      "Do not use it to give information.",
    inputSchema: ChoicesInput,
    execute: async (choices) => {
      ctx.writer.write({ type: "data-choices", data: choices });
      return { shown: choices.options.length };
    },
  });
}
