// updateIntake: records facts the patient gave into the session's Intake.
import { tool } from "ai";
import { IntakePatchSchema, mergeIntake } from "../src/domain/intake.js";
import type { ToolContext } from "./context.js";

/** Tool factory: merges a validated patch into ctx.session.intake and returns the whole Intake. */
export function updateIntake(ctx: ToolContext) {
  return tool({
    description:
      "Record facts the patient just gave (who is asking, state, provider, records, dates, plan, earlier requests). " +
      "Call it before other tools when a message brings new facts. Send only the fields learned; " +
      "null clears a corrected field. Never guess or fill in what the patient did not say.",
    inputSchema: IntakePatchSchema,
    execute: async (patch) => {
      ctx.session.intake = mergeIntake(ctx.session.intake, patch);
      return { intake: ctx.session.intake, changed: Object.keys(patch) };
    },
  });
}
