// Turn bracketing over any SessionStore: a turn takes a short lease on the session before the model
// runs and releases it when the reply is saved. A second turn arriving meanwhile gets a clear 409
// ("retry") instead of silently overwriting the first; store-level races are retried by CAS.
import type { Intake } from "../domain/intake.js";
import { AppError } from "../errors.js";
import { patientLanguage } from "../i18n/detect.js";
import { patientError } from "../i18n/errors.js";
import { assertConversationRoom } from "./caps.js";
import { type Channel, type ChatMessage, newSession, type Session } from "./session.js";
import { type SessionStore, type StoredDocument, VersionConflict } from "./store.js";

const LEASE_MS = 60_000;
const CAS_ATTEMPTS = 4;

export interface BeginTurn {
  store: SessionStore;
  id: string;
  channel: Channel;
  clinicId?: string;
  message: ChatMessage;
  now: Date;
}

/** Appends the patient's message and takes the turn lease. Throws a 409 AppError if one is held. */
export async function beginTurn(input: BeginTurn): Promise<Session> {
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const current =
      (await input.store.load(input.id)) ?? newSession(input.id, input.channel, input.now, input.clinicId);
    assertConversationRoom(current, input.message);
    if (current.lock && current.lock.until > input.now.getTime()) {
      throw patientError("conflict", "replyInProgress", {
        lang: patientLanguage(current.messages),
        headers: { "Retry-After": "2" },
      });
    }
    const next: Session = {
      ...current,
      messages: [...current.messages, input.message],
      updatedAt: input.now.toISOString(),
      lock: { turnId: crypto.randomUUID(), until: input.now.getTime() + LEASE_MS },
    };
    try {
      return await input.store.save(next);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  throw patientError("conflict", "busy", { headers: { "Retry-After": "2" } });
}

/** What a finished turn saves: its transcript, what the loop changed and which model answered. */
export interface TurnCommit {
  messages: ChatMessage[];
  intake: Intake;
  /** Documents drafted this turn, not stored yet. */
  documents: readonly StoredDocument[];
  answeredBy: { at: string; model: string };
}

/**
 * Commits a finished turn: stores the documents it drafted, then saves the session (transcript,
 * Intake, the new documents listed, who answered) and releases the lease. Documents go first so a
 * saved session never lists one that is not stored; storing a document again is harmless, so a
 * retry may run the whole commit again.
 */
export async function endTurn(store: SessionStore, session: Session, commit: TurnCommit, now: Date): Promise<Session> {
  for (const document of commit.documents) await store.saveDocument(document);
  const { lock: _released, ...rest } = session;
  const listed = commit.documents.map(({ id, kind, title, createdAt, expiresAt }) => ({
    id,
    kind,
    title,
    createdAt,
    expiresAt,
  }));
  try {
    return await store.save({
      ...rest,
      messages: commit.messages,
      intake: commit.intake,
      documents: [...session.documents, ...listed],
      turns: [...session.turns, commit.answeredBy],
      updatedAt: now.toISOString(),
    });
  } catch (error) {
    if (error instanceof VersionConflict) {
      throw new AppError(
        "conflict",
        "This conversation was changed elsewhere while the reply was written. Reload it and try again.",
      );
    }
    throw error;
  }
}

const RETRY_DELAYS_MS = [100, 200, 400, 800, 1600, 3200, 6400];

/**
 * Saves a finished turn whose first save found storage unreachable, retrying with backoff for about
 * 13 seconds. The reply is then kept and the lease released as soon as storage is back, instead of
 * the conversation answering 409 until the lease runs out. Stops at success or at a conflict (the
 * first save went through after all, or the conversation was deleted or moved on).
 */
export async function retryEndTurn(
  save: () => Promise<unknown>,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<boolean> {
  for (const delay of RETRY_DELAYS_MS) {
    await sleep(delay);
    try {
      await save();
      return true;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "unavailable") return false;
    }
  }
  return false;
}
