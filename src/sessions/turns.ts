// Turn bracketing over any SessionStore: a turn takes a short lease on the session before the model
// runs and releases it when the reply is saved. A second turn arriving meanwhile gets a clear 409
// ("retry") instead of silently overwriting the first; store-level races are retried by CAS.
import type { Intake } from "../domain/intake.js";
import { AppError } from "../errors.js";
import { patientLanguage } from "../i18n/detect.js";
import { patientError } from "../i18n/errors.js";
import { assertConversationRoom } from "./caps.js";
import { hashSecret, newSecret, noSuchConversation, webMayOpen } from "./credential.js";
import { type Channel, type ChatMessage, newSession, type Session } from "./session.js";
import { type SessionStore, type StoredDocument, VersionConflict } from "./store.js";

const LEASE_MS = 60_000;
const CAS_ATTEMPTS = 4;

/**
 * How a turn proves the conversation is the caller's. The web carries the secret handed out when the
 * conversation was created (none when it starts one); SMS and WhatsApp reach a session through the
 * phone pair Twilio's signature vouches for, and their sessions have no credential.
 */
export type TurnAccess = { web: { secret: string | undefined } } | { phone: true };

export interface BeginTurn {
  store: SessionStore;
  id: string;
  channel: Channel;
  clinicId?: string;
  message: ChatMessage;
  now: Date;
  access: TurnAccess;
  /**
   * Runs once, after the caller was found entitled to the session and before anything is written:
   * the per-conversation rate limit, so a caller without the credential cannot use it up.
   */
  admit?: () => Promise<void>;
}

/** A begun turn: the session holding the lease, and the secret when this turn created a web conversation. */
export interface BegunTurn {
  session: Session;
  /** Handed to the client once (X-Session-Token); only its hash is stored. */
  secret?: string;
}

/**
 * Appends the patient's message and takes the turn lease, creating the session when there is none
 * (with a fresh credential on the web). Throws 404 when the caller may not open the session (the
 * same answer as an unknown id) and 409 when another turn holds the lease.
 */
export async function beginTurn(input: BeginTurn): Promise<BegunTurn> {
  const web = "web" in input.access ? input.access.web : null;
  const fresh = web ? newSecret() : undefined;
  const credential = fresh ? { credentialHash: await hashSecret(fresh) } : {};
  let admitted = false;
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const stored = await input.store.load(input.id);
    if (stored && !(web ? await webMayOpen(stored, web.secret, input.clinicId) : !stored.credentialHash)) {
      throw noSuchConversation();
    }
    if (!admitted) {
      await input.admit?.();
      admitted = true;
    }
    const current = stored ?? { ...newSession(input.id, input.channel, input.now, input.clinicId), ...credential };
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
      const session = await input.store.save(next);
      return stored || !fresh ? { session } : { session, secret: fresh };
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
