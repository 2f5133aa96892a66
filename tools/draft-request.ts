// draftRequest: drafts one of the seven letters from the session's Intake, stores it, shows a
// download card in the chat and tells the model which facts were left blank.
import { tool } from "ai";
import { z } from "zod";
import { draftDocument } from "../src/documents/draft.js";
import { DOCUMENT_KINDS } from "../src/domain/recommendation.js";
import type { ToolContext } from "./context.js";

/**
 * Tool factory. The letter is built from ctx.session.intake only: the model picks the kind and
 * nothing else, so no model-written text can reach a letter.
 */
export function draftRequest(ctx: ToolContext) {
  return tool({
    description:
      "Draft a request document (docx plus a plain-text version) from the facts already recorded with `updateIntake`, and show the patient a download card. " +
      "Use it once the patient wants the letter; record new facts first. Missing facts become marked blanks: the result lists them in `blanks` so you can ask for them and draft again. " +
      "Do not retype the letter in chat; the card carries it.",
    inputSchema: z.object({
      kind: z
        .enum(DOCUMENT_KINDS)
        .describe(
          "access_request: HIPAA request to the provider's records office (the default). third_party_directive: send records straight to a named person. " +
            "insurer_request: claims history and EOBs from the health plan. immunization_request: the state immunization registry. " +
            "retrieval_authorization: HIPAA authorization for a retrieval service. follow_up: the provider missed its deadline. " +
            "ocr_complaint: draft complaint to HHS OCR after a denial or no answer.",
        ),
    }),
    execute: async ({ kind }) => {
      const { card, stored, blanks } = await draftDocument(ctx.deps, {
        sessionId: ctx.session.id,
        kind,
        intake: ctx.session.intake,
        clinic: ctx.clinic,
        baseUrl: ctx.baseUrl,
        today: ctx.today,
      });
      ctx.session.documents.push({
        id: stored.id,
        kind,
        title: stored.title,
        createdAt: stored.createdAt,
        expiresAt: stored.expiresAt,
      });
      ctx.writer.write({ type: "data-document", data: card });
      return { title: card.title, url: card.url, textUrl: card.textUrl, expiresAt: card.expiresAt, blanks };
    },
  });
}
