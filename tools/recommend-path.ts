// recommendPath: ranks the five ways to get the records for the turn's current Intake.
import { tool } from "ai";
import { z } from "zod";
import { recommendPath as recommend } from "../src/domain/recommend.js";
import type { ToolContext } from "./context.js";

/**
 * Tool factory: runs the pure recommendation engine over the turn's Intake (never over model-supplied
 * facts), written in the conversation's language.
 */
export function recommendPath({
  turn,
  today,
  clinic,
  language,
}: Pick<ToolContext, "turn" | "today" | "clinic" | "language">) {
  return tool({
    description:
      "Rank the five ways to get the records (portal, records office, health plan, state, retrieval service) with reasons, steps, timeline, cost, escalations, missing facts and the letter that fits. " +
      "Use it once who is asking, the state and the records are recorded, and again when facts change. " +
      "It reads the saved case file: no input. " +
      "Not for one right (`explainRights`) or a state's rules (`lookupStateRules`).",
    inputSchema: z.object({}).strict().describe("No input."),
    execute: async () => {
      const intake = turn.intake;
      if (Object.keys(intake).length === 0) {
        return {
          error: "Nothing is known yet. Ask which records the patient needs, from which provider, and in which state.",
        };
      }
      return recommend(intake, { today, lang: language, ...(clinic ? { clinic } : {}) });
    },
  });
}
