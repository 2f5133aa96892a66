// Drafting = build the letter, render both versions and hand back the document to store (with its
// expiry) and a card with signed links. Storing is the caller's: a turn stores its drafts only when
// it is committed (sessions/turns.ts endTurn).
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { DocumentKind } from "../domain/recommendation.js";
import type { DocumentCard } from "../sessions/session.js";
import type { StoredDocument } from "../sessions/store.js";
import { buildLetter, letterFilename, renderDocx, renderText } from "./index.js";
import { newDocumentId, signDocumentToken } from "./tokens.js";

export interface DraftInput {
  sessionId: string;
  kind: DocumentKind;
  intake: Intake;
  clinic?: ClinicFacts | null;
  /** Public origin for links, without a trailing slash. */
  baseUrl: string;
  /** YYYY-MM-DD for the letter's date; defaults to the clock's UTC day. */
  today?: string;
}

/** What drafting needs from the app: the link-signing key, the clock and the document TTL. */
export type DraftDeps = Pick<AppDeps, "signingKey" | "clock" | "settings">;

/**
 * Builds and renders one document; returns it (to be stored), its download card (docx and text
 * links, both signed and expiring with the stored copy) and the labels of any blanks left for the
 * patient. Nothing is stored here.
 */
export async function draftDocument(
  deps: DraftDeps,
  input: DraftInput,
): Promise<{ card: DocumentCard; document: StoredDocument; blanks: string[] }> {
  const now = deps.clock();
  const today = input.today ?? isoDay(now);
  const letter = buildLetter(input.kind, input.intake, { today, clinic: input.clinic ?? null });
  const docx = await renderDocx(letter);
  const expiresMs = now.getTime() + deps.settings.DOCUMENT_TTL_HOURS * 3_600_000;
  const document: StoredDocument = {
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
  const token = await signDocumentToken(deps.signingKey, { documentId: document.id, expiresAt: expiresMs });
  const url = `${input.baseUrl.replace(/\/+$/, "")}/api/documents/${token}`;
  const card: DocumentCard = {
    id: document.id,
    kind: input.kind,
    title: letter.title,
    url,
    textUrl: `${url}?format=txt`,
    expiresAt: document.expiresAt,
  };
  return { card, document, blanks: letter.blanks };
}
