// explainRights: plain-language, cited statements about one topic of the patient's rights.
import { tool } from "ai";
import { z } from "zod";
import { explainRights as explain, RIGHTS_TOPICS } from "../src/domain/rights.js";
import type { ToolContext } from "./context.js";

/**
 * Tool factory: explains fees, deadlines, format, denials, third parties, representatives, special
 * records or minors for the turn's Intake, in the conversation's language.
 */
export function explainRights({ turn, today, language }: Pick<ToolContext, "turn" | "today" | "language">) {
  return tool({
    description:
      "Explain one topic of the patient's rights for this case file, each sentence with its citation. " +
      "Use it when the patient asks about fees, how long they can take, a denial, sending records to someone else, acting for another person, or therapy, substance-use or a teen's records. " +
      "A teen asking whether they can get records without their parents finding out, or a parent asking about a teen's confidential care: topic minors, after recording the state and age. " +
      "Not for choosing a path (`recommendPath`); never present it as legal advice.",
    inputSchema: z.object({
      topic: z
        .enum(RIGHTS_TOPICS)
        .describe(
          "format: paper, electronic or email; third_party: sending to others; representatives: parents, agents, guardians, executors; special_records: therapy, substance use; minors: a teen's confidential care and who may see it.",
        ),
    }),
    execute: async ({ topic }) => explain(topic, turn.intake, { today, lang: language }),
  });
}
