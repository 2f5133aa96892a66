// lookupStateRules: one jurisdiction's records rules, each fact with its source confidence.
import { tool } from "ai";
import { z } from "zod";
import { STATE_CODES } from "../src/domain/intake.js";
import { stateFacts } from "../src/domain/state-facts.js";
import type { ToolContext } from "./context.js";

/**
 * Tool factory: returns the state's deadline, fee rule, registry and closed-practice rule with
 * certainty per field; `today` marks fee amounts from a past year as something to check. In a
 * conversation in another language the fixed sentences are translated and the data's English prose is
 * marked as English.
 */
export function lookupStateRules({ today, language }: Pick<ToolContext, "today" | "language">) {
  return tool({
    description:
      "One state's records rules: " +
      "deadline, fee cap, immunization registry, vital records, closed-practice and retention rules, each with its certainty. " +
      "Use it when the patient asks about their state's rules; present 'uncertain' fields as something to check. " +
      "Not for a plan (`recommendPath`).",
    inputSchema: z.object({
      state: z.enum(STATE_CODES).describe("USPS code where the care happened (50 states, DC, PR)."),
    }),
    execute: async ({ state }) =>
      stateFacts(state, today, language) ?? {
        error: "We have no data for that state. Ask the patient which state the care happened in.",
      },
  });
}
