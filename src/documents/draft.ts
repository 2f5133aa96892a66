// Drafting = build the letter and hand back the document to store (the letter itself, its text
// version and its expiry) and a card with signed links. The .docx and PDF are rendered from the stored
// letter when downloaded (channels/documents.ts), which keeps the drafting turn within the Workers
// CPU budget (issue 19). Storing is the caller's: a turn stores its drafts only when it is committed
// (sessions/turns.ts endTurn).
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import { responseDeadline } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { DocumentKind } from "../domain/recommendation.js";
import { type EngineText, engineText } from "../domain/text/index.js";
import type { Lang } from "../i18n/langs.js";
import type { DocumentCard } from "../sessions/session.js";
import type { StoredDocument } from "../sessions/store.js";
import { explainInSpanish } from "./explain-es.js";
import { buildLetter, letterFilename, renderText } from "./index.js";
import { dueIfSentToday, sendTo } from "./send-to.js";
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
  /**
   * The conversation's language. The letter stays English (a US records office reads English); in
   * another language the blanks come back in it and a paragraph in it explains the letter, also on
   * the letter's notes page.
   */
  lang?: Lang;
}

/** What drafting needs from the app: the link-signing key, the clock and the document TTL. */
export type DraftDeps = Pick<AppDeps, "signingKey" | "clock" | "settings">;

/**
 * Builds one document; returns it (to be stored: the letter as built now, which every download
 * renders), its card (a signed, expiring link
 * per format, where to send it and when the answer is due if sent today), the labels of any blanks left for the
 * patient and, in a language other than the letter's, a paragraph explaining it. Nothing is stored here.
 */
export async function draftDocument(
  deps: DraftDeps,
  input: DraftInput,
): Promise<{ card: DocumentCard; document: StoredDocument; blanks: string[]; explanation?: string }> {
  const now = deps.clock();
  const today = input.today ?? isoDay(now);
  const t = engineText(input.lang);
  const built = buildLetter(input.kind, input.intake, { today, clinic: input.clinic ?? null });
  const explanation = t.letters.explain(input.kind, letterFacts(input, t));
  // The explanation leads the notes page, which the patient reads and never sends.
  const noted = explanation
    ? { ...built, guidance: [`${t.letters.notesLabel}${explanation}`, ...built.guidance] }
    : built;
  // A Spanish conversation also gets a Spanish page explaining the letter, in the same download.
  const letter =
    input.lang === "es"
      ? { ...noted, explanation: explainInSpanish(noted, input.intake, { today, clinic: input.clinic ?? null }) }
      : noted;
  const expiresMs = now.getTime() + deps.settings.DOCUMENT_TTL_HOURS * 3_600_000;
  const document: StoredDocument = {
    id: newDocumentId(),
    sessionId: input.sessionId,
    kind: input.kind,
    title: letter.title,
    filename: letterFilename(input.kind, today),
    letter,
    text: renderText(letter),
    createdAt: now.toISOString(),
    expiresAt: new Date(expiresMs).toISOString(),
  };
  const token = await signDocumentToken(deps.signingKey, { documentId: document.id, expiresAt: expiresMs });
  const url = `${input.baseUrl.replace(/\/+$/, "")}/api/documents/${token}`;
  const textUrl = `${url}?format=txt`;
  const pdfUrl = `${url}?format=pdf`;
  const to = sendTo(input.kind, input.intake, input.clinic);
  const due = dueIfSentToday(input.kind, input.intake, today);
  const card: DocumentCard = {
    id: document.id,
    kind: input.kind,
    title: letter.title,
    url,
    textUrl,
    expiresAt: document.expiresAt,
    formats: [
      { format: "docx", url },
      { format: "pdf", url: pdfUrl },
      { format: "txt", url: textUrl },
    ],
    ...(to ? { sendTo: to } : {}),
    ...(due ? { dueIfSentToday: due } : {}),
  };
  const blanks = letter.blanks.map(t.letters.blank);
  return explanation ? { card, document, blanks, explanation } : { card, document, blanks };
}

/** What an explanation of the letter may name, from the Intake alone. */
function letterFacts({ intake }: DraftInput, t: EngineText) {
  const rule = responseDeadline(intake, t);
  return {
    days: t.days(rule.days, rule.kind),
    ...(intake.provider?.name ? { provider: intake.provider.name } : {}),
    ...(intake.recipient?.name ? { recipient: intake.recipient.name } : {}),
    ...(intake.insurer?.name ? { insurer: intake.insurer.name } : {}),
  };
}
