// Drafting = build the letter, render both versions, store them with a TTL and hand back a card
// with signed links. Shared by the draftRequest tool and anything else that drafts for a session.
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import type { Intake } from "../domain/intake.js";
import type { DocumentKind } from "../domain/recommendation.js";
import type { DocumentCard } from "../sessions/session.js";
import type { StoredDocument } from "../sessions/store.js";
import { buildLetter, type ClinicLike, letterFilename, renderDocx, renderText } from "./index.js";
import { newDocumentId, signDocumentToken } from "./tokens.js";

export interface DraftInput {
  sessionId: string;
  kind: DocumentKind;
  intake: Intake;
  clinic?: ClinicLike | null;
  /** Public origin for links, without a trailing slash. */
  baseUrl: string;
  /** YYYY-MM-DD for the letter's date; defaults to the clock's UTC day. */
  today?: string;
}

/**
 * Builds, renders and stores one document; returns its download card (docx and text links, both
 * signed and expiring with the stored copy) and the labels of any blanks left for the patient.
 */
export async function draftDocument(
  deps: Pick<AppDeps, "store" | "signingKey" | "clock" | "settings">,
  input: DraftInput,
): Promise<{ card: DocumentCard; stored: StoredDocument; blanks: string[] }> {
  const now = deps.clock();
  const today = input.today ?? isoDay(now);
  const letter = buildLetter(input.kind, input.intake, { today, clinic: input.clinic ?? null });
  const docx = await renderDocx(letter);
  const expiresMs = now.getTime() + deps.settings.DOCUMENT_TTL_HOURS * 3_600_000;
  const stored: StoredDocument = {
    id: newDocumentId(),
    sessionId: input.sessionId,
    kind: input.kind,
    title: letter.title,
    filename: letterFilename(input.kind, today),
    docx,
    text: renderText(letter),
    createdAt: now.toISOString(),
    expiresAt: new Date(expiresMs).toISOString(),
  };
  await deps.store.saveDocument(stored);
  const token = await signDocumentToken(deps.signingKey, { documentId: stored.id, expiresAt: expiresMs });
  const url = `${input.baseUrl.replace(/\/+$/, "")}/api/documents/${token}`;
  const card: DocumentCard = {
    id: stored.id,
    kind: input.kind,
    title: letter.title,
    url,
    textUrl: `${url}?format=txt`,
    expiresAt: stored.expiresAt,
  };
  return { card, stored, blanks: letter.blanks };
}
