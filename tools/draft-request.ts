// draftRequest: drafts one of the letters from the turn's Intake once the patient has confirmed its
// review, holds it in the turn to be stored when the turn is committed, shows a download card and
// tells the model which facts are blank.
import { tool } from "ai";
import { z } from "zod";
import { draftDocument } from "../src/documents/draft.js";
import { DOCUMENT_KINDS } from "../src/domain/recommendation.js";
import type { ToolContext } from "./context.js";

/** What the model hears when the letter's facts were not confirmed: what to do instead. */
const NOT_CONFIRMED =
  "Show the review first: call `showReview` with this kind, and draft only after the patient confirms it in their next message.";

/**
 * Tool factory. The letter is built from the turn's Intake only: the model picks the kind and
 * nothing else. Model-written text still reaches a letter, but only as Intake values recorded with
 * `updateIntake` and shown to the patient in the review they confirmed, each free-text value a
 * single line (IntakeSchema refuses line breaks and control characters), never as prose of the
 * model's own. The page's clinic is passed along, and
 * the letter uses its records office only when the Intake names it as the provider (clinicHolding).
 * A letter whose facts the patient has not confirmed in a review (showReview, an earlier turn) is
 * refused as data, so the model shows the review and asks.
 */
export function draftRequest(
  props: Pick<ToolContext, "turn" | "writer" | "drafting" | "today" | "clinic" | "baseUrl" | "language">,
) {
  const { turn, writer } = props;
  return tool({
    description:
      "Draft a letter from the facts recorded with `updateIntake` and show a download card. " +
      "Use it once the patient confirmed the letter's `showReview`; any change since needs a new review. " +
      "Missing facts become blanks listed in `blanks`: ask for them and draft again. " +
      "Never retype the letter in chat.",
    inputSchema: z
      .object({
        kind: z
          .enum(DOCUMENT_KINDS)
          .describe(
            "access_request: to the provider's records office (default); third_party_directive: send to a named person; insurer_request: health plan claims; immunization_request: state registry; retrieval_authorization: retrieval service; follow_up: deadline missed, or a fee to challenge; ocr_complaint: to HHS OCR after a denial or once HIPAA's own deadline has passed; review_request: review of a denial for likely harm (after `recommendPath` suggests it); part2_consent: send substance-use (42 CFR Part 2) records to someone else (never a directive or authorization alone for those).",
          ),
      })
      .strict(),
    execute: async ({ kind }) => {
      if (!(await turn.confirmed(kind))) return { error: NOT_CONFIRMED, kind };
      const { card, document, blanks, explanation } = await draftDocument(props.drafting, {
        sessionId: turn.sessionId,
        kind,
        intake: turn.intake,
        clinic: props.clinic,
        baseUrl: props.baseUrl,
        today: props.today,
        lang: props.language,
      });
      turn.addDocument(document);
      writer.write({ type: "data-document", data: card });
      const out = { title: card.title, url: card.url, textUrl: card.textUrl, expiresAt: card.expiresAt, blanks };
      // In a language other than the letter's: what the letter says, for the reply.
      return { ...out, ...(explanation ? { explanation } : {}) };
    },
  });
}
