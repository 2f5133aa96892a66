// lookupStateRules: one jurisdiction's records rules, each fact with its source confidence.
import { tool } from "ai";
import { z } from "zod";
import { STATE_CODES } from "../src/domain/intake.js";
import { stateFacts } from "../src/domain/state-facts.js";
import type { ToolContext } from "./context.js";

/** Tool factory: returns the state's deadline, fee rule, registry and closed-practice rule with certainty per field. */
export function lookupStateRules(_ctx: ToolContext) {
  return tool({
    description:
      "Look up one state's medical-records rules: response deadline, fee cap, immunization registry, vital records office, " +
      "closed-practice and retention rules, with the confidence of each. Use it when the patient asks about their state's rules. " +
      "Present any field whose certainty is 'uncertain' as something to check, never as fact. " +
      "Do not use it for a full plan (use `recommendPath`).",
    inputSchema: z.object({
      state: z.enum(STATE_CODES).describe("USPS code of the state (50 states, DC or PR) where the care happened."),
    }),
    execute: async ({ state }) =>
      stateFacts(state) ?? {
        error: "We have no data for that state. Ask the patient which state the care happened in.",
      },
  });
}
