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
      "Draft a letter from the facts recorded with `updateIntake` and show a download card. " +
      "Use it once the patient wants the letter, after recording new facts. " +
      "Missing facts become blanks listed in `blanks`: ask for them and draft again. " +
      "Never retype the letter in chat.",
    inputSchema: z
      .object({
        kind: z
          .enum(DOCUMENT_KINDS)
          .describe(
            "access_request: to the provider's records office (default); third_party_directive: send to a named person; insurer_request: health plan claims; immunization_request: state registry; retrieval_authorization: retrieval service; follow_up: deadline missed; ocr_complaint: to HHS OCR after a denial or no answer.",
          ),
      })
      .strict(),
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
