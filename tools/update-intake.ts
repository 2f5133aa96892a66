// updateIntake: records facts the patient gave into this turn's Intake.
import { tool } from "ai";
import { IntakePatchSchema } from "../src/domain/intake.js";
import type { ToolContext } from "./context.js";

/** Tool factory: merges a validated patch into the turn's Intake and returns the whole Intake. */
export function updateIntake({ turn }: Pick<ToolContext, "turn">) {
  return tool({
    description:
      "Record facts the patient just gave (who is asking, state, provider, records, dates, plan, earlier requests). " +
      "Call it before other tools when a message brings new facts. Send only the fields learned; " +
      "null clears a corrected field. Never guess or fill in what the patient did not say.",
    inputSchema: IntakePatchSchema,
    execute: async (patch) => ({ intake: turn.updateIntake(patch), changed: Object.keys(patch) }),
  });
}
