// updateIntake: records facts the patient gave into the session's Intake.
import { tool } from "ai";
import { IntakePatchSchema, mergeIntake } from "../src/domain/intake.js";
import type { ToolContext } from "./context.js";

/** Tool factory: merges a validated patch into ctx.session.intake and returns the whole Intake. */
export function updateIntake(ctx: ToolContext) {
  return tool({
    description:
      "Record facts the patient just told you (who is asking, state, provider, which records, dates, plan, earlier requests). " +
      "Send only the fields you learned; use null to clear a field the patient corrected. Do not guess: leave out anything the patient did not say.",
    inputSchema: IntakePatchSchema,
    execute: async (patch) => {
      ctx.session.intake = mergeIntake(ctx.session.intake, patch);
      return { intake: ctx.session.intake, changed: Object.keys(patch) };
    },
  });
}
