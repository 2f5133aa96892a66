// showReview: shows the patient what a letter will carry, to confirm or correct before it is drafted.
import { tool } from "ai";
import { z } from "zod";
import { buildReview } from "../src/conversation/review.js";
import { DOCUMENT_KINDS } from "../src/domain/recommendation.js";
import type { ToolContext } from "./context.js";

/**
 * Tool factory: builds the review from the turn's Intake (never from values in the tool call), records
 * it in the turn and writes a data-review part (a card on the web, a numbered list on SMS). The
 * model gets the numbered items back, so it can take "3" or a correction as the patient meant it.
 */
export function showReview(props: Pick<ToolContext, "turn" | "writer" | "clinic" | "language">) {
  const { turn, writer } = props;
  return tool({
    description:
      "Show the patient what the letter will say, to confirm or correct. " +
      "Required before `draftRequest`, which works only once the patient confirmed it in a later message; show it again after a correction.",
    inputSchema: z
      .object({
        kind: z.enum(DOCUMENT_KINDS).describe("The letter `draftRequest` will draft."),
      })
      .strict(),
    execute: async ({ kind }) => {
      const review = await buildReview(kind, turn.intake, { lang: props.language, clinic: props.clinic });
      turn.showReview(review);
      writer.write({ type: "data-review", data: review });
      return {
        kind,
        items: review.items.map(({ path, label, value, missing }, i) => ({
          n: i + 1,
          path,
          label,
          value,
          ...(missing ? { missing } : {}),
        })),
      };
    },
  });
}
