// recommendPath: ranks the five ways to get the records for the session's current Intake.
import { tool } from "ai";
import { z } from "zod";
import { recommendPath as recommend } from "../src/domain/recommend.js";
import type { ToolContext } from "./context.js";

/** Tool factory: runs the pure recommendation engine over ctx.session.intake (never over model-supplied facts). */
export function recommendPath(ctx: ToolContext) {
  return tool({
    description:
      "Rank the five ways to get the patient's records (portal, provider records office, health plan, state, retrieval service) " +
      "with reasons, steps, timeline, cost, any follow-up or complaint, notes for special records, the facts still missing, and the letter that fits. " +
      "Use it after recording facts with `updateIntake`, and again when they change. It reads the saved case file, so takes no input. " +
      "Do not use it to explain a single right (use `explainRights`) or a state's rules (use `lookupStateRules`).",
    inputSchema: z.object({}).strict().describe("No input: the advice comes only from the session's validated Intake."),
    execute: async () => {
      const intake = ctx.session.intake;
      if (Object.keys(intake).length === 0) {
        return {
          error: "Nothing is known yet. Ask which records the patient needs, from which provider, and in which state.",
        };
      }
      return recommend(intake, { today: ctx.today, ...(ctx.clinic ? { clinic: ctx.clinic } : {}) });
    },
  });
}
