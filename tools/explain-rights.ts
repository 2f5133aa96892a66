// explainRights: plain-language, cited statements about one topic of the patient's rights.
import { tool } from "ai";
import { z } from "zod";
import { explainRights as explain, RIGHTS_TOPICS } from "../src/domain/rights.js";
import type { ToolContext } from "./context.js";

/** Tool factory: explains fees, deadlines, format, denials, third parties, representatives or special records for the session's Intake. */
export function explainRights(ctx: ToolContext) {
  return tool({
    description:
      "Explain one topic of the patient's rights in plain words, each sentence with its legal citation, tailored to the case file " +
      "(state deadline and fee rule, who is asking, which records). Use it when the patient asks 'can they charge me that?', " +
      "'how long can they take?', 'they said no', 'can you send it to my lawyer?', 'I'm her daughter', or about therapy, " +
      "substance-use or a teen's records. Do not use it to choose a path (use `recommendPath`). Never present it as legal advice.",
    inputSchema: z.object({
      topic: z
        .enum(RIGHTS_TOPICS)
        .describe(
          "fees | deadlines | format (paper, electronic, email) | denials | third_party (sending to others) | representatives | special_records",
        ),
    }),
    execute: async ({ topic }) => explain(topic, ctx.session.intake),
  });
}
