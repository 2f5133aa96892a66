// updateIntake: records facts the patient gave into this turn's Intake.
import { asSchema, jsonSchema, tool } from "ai";
import type { z } from "zod";
import { type IntakePatch, IntakePatchSchema } from "../src/domain/intake.js";
import { ONE_LINE_MESSAGE } from "../src/domain/one-line.js";
import type { ToolContext } from "./context.js";

const isOneLineIssue = (issue: z.core.$ZodIssue) => issue.message === ONE_LINE_MESSAGE;

/**
 * The patch's schema as the model sees it (IntakePatchSchema's own JSON Schema: "One line." and a
 * `pattern` on every free-text field), validated so that a value whose only fault is a line break
 * or control character still reaches `execute`. Any other fault fails validation as before (the
 * guide then answers the turn); this one is refused as data, so the model can send the value
 * again on one line instead of losing the whole turn over an address typed on two lines.
 */
const PatchInput = jsonSchema<IntakePatch>(() => asSchema(IntakePatchSchema).jsonSchema, {
  validate: (value) => {
    const parsed = IntakePatchSchema.safeParse(value);
    if (parsed.success) return { success: true, value: parsed.data };
    if (parsed.error.issues.every(isOneLineIssue)) return { success: true, value: value as IntakePatch };
    return { success: false, error: parsed.error };
  },
});

/** Tool factory: merges a validated patch into the turn's Intake and returns the whole Intake. */
export function updateIntake({ turn }: Pick<ToolContext, "turn">) {
  return tool({
    description:
      "Record facts the patient just gave (who is asking, state, provider, records, dates, plan, earlier requests). " +
      "Call it before other tools when a message brings new facts. Send only the fields learned; " +
      "null clears a corrected field. Never guess or fill in what the patient did not say.",
    inputSchema: PatchInput,
    execute: async (input) => {
      // Validation let a multi-line value through only so that it is refused here, as data.
      const parsed = IntakePatchSchema.safeParse(input);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".")))];
        // The Intake as it stands comes back too, so the result has one shape for whoever reads it.
        return {
          error: `${fields.join(", ")} ${ONE_LINE_MESSAGE}. Nothing was recorded: send the same facts again with each of these on one line (an address's parts separated by commas).`,
          intake: turn.intake,
          changed: [] as string[],
        };
      }
      return { intake: turn.updateIntake(parsed.data), changed: Object.keys(parsed.data) };
    },
  });
}
