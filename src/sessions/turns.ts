// Turn bracketing over any SessionStore: a turn takes a short lease on the session before the model
// runs and releases it when the reply is saved. A second turn arriving meanwhile gets a clear 409
// ("retry") instead of silently overwriting the first; store-level races are retried by CAS. A turn
// whose reply ended but could not be saved gives its lease up in this isolate, so the patient's next
// message is not refused for a reply that is no longer being written. A message sent again after its
// reply failed (the same id) replaces itself instead of appearing twice.
import type { Intake } from "../domain/intake.js";
import { AppError } from "../errors.js";
import { spokenLanguage } from "../i18n/detect.js";
import { patientError } from "../i18n/errors.js";
import { assertConversationRoom } from "./caps.js";
import { hashSecret, newSecret, noSuchConversation, webMayOpen } from "./credential.js";
import { type Channel, type ChatMessage, newSession, type Session } from "./session.js";
import { type SessionStore, type StoredDocument, VersionConflict } from "./store.js";

const LEASE_MS = 60_000;
const CAS_ATTEMPTS = 4;
/** Abandoned leases remembered at most, so a long outage cannot grow the map without bound. */
const ABANDONED_MAX = 10_000;

/**
 * Leases (turn id → when they would run out) whose turn ended without its reply being saved, in this
 * isolate. Storage could not be written to release them, so they are released here instead; another
 * isolate still sees the lease until it runs out or the background retry saves the reply.
 */
const abandoned = new Map<string, number>();

/**
 * Gives up the session's turn lease in this isolate: the reply has ended (its save failed), so the
 * next beginTurn for the conversation may start a turn instead of answering 409.
 */
export function abandonLease(session: Session, now: Date): void {
  if (!session.lock) return;
  for (const [turnId, until] of abandoned) if (until <= now.getTime()) abandoned.delete(turnId);
  if (abandoned.size >= ABANDONED_MAX) abandoned.delete(abandoned.keys().next().value as string);
  abandoned.set(session.lock.turnId, session.lock.until);
}

/**
 * The transcript a patient message is added to. A message with the id of the conversation's last
 * patient message is that message sent again (the panel's Retry after a reply that failed, was cut
 * off or could not be saved): it replaces it and whatever reply followed, so it is kept once.
 */
export function transcriptBefore(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  const last = messages.findLastIndex((m) => m.role === "user");
  return message.role === "user" && last >= 0 && messages[last]?.id === message.id
    ? messages.slice(0, last)
    : [...messages];
}

/** True while the session's lease belongs to a turn that is still being answered. */
function leaseHeld(session: Session, now: Date): boolean {
  const lock = session.lock;
  return lock !== undefined && lock.until > now.getTime() && !abandoned.has(lock.turnId);
}

/**
 * Whether a phone pair's alias may open `session`: a messaging conversation, or a web one whose
 * patient confirmed a texted code ("continue by text" lists the phone's alias in it). No other path
 * points a phone's alias at a web conversation; this check keeps a stray alias from opening one.
 */
function phoneMayOpen(session: Session): boolean {
  return (
    !session.credentialHash || (session.aliases ?? []).some((a) => a.startsWith("sms:") || a.startsWith("whatsapp:"))
  );
}

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
    if (stored && !(web ? await webMayOpen(stored, web.secret, input.clinicId) : phoneMayOpen(stored))) {
      throw noSuchConversation();
    }
    // A credential for a conversation that expired or was deleted opens nothing: the panel is told
    // (404, as for an unknown id) and starts a new one, instead of the id silently starting afresh.
    if (!stored && web?.secret) throw noSuchConversation();
    if (!admitted) {
      await input.admit?.();
      admitted = true;
    }
    const current = stored ?? { ...newSession(input.id, input.channel, input.now, input.clinicId), ...credential };
    const before = transcriptBefore(current.messages, input.message);
    assertConversationRoom({ ...current, messages: before }, input.message);
    if (leaseHeld(current, input.now)) {
      const lang = spokenLanguage(current.messages);
      throw patientError("conflict", "replyInProgress", { ...(lang ? { lang } : {}), headers: { "Retry-After": "2" } });
    }
    const next: Session = {
      ...current,
      messages: [...before, input.message],
      updatedAt: input.now.toISOString(),
      lock: { turnId: crypto.randomUUID(), until: input.now.getTime() + LEASE_MS },
    };
    try {
      const session = await input.store.save(next);
      return stored || !fresh ? { session } : { session, secret: fresh };
    } catch (error) {
      // A save that timed out may still land: its lease must not refuse the patient's retry.
      if (error instanceof AppError && error.code === "unavailable") abandonLease(next, input.now);
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

/** How a turn's save ended: stored, refused (the conversation was deleted or moved on), or storage did not answer. */
export type SaveOutcome = "saved" | "refused" | "unavailable";

/**
 * Saves a finished turn once and says how it went instead of throwing for what storage did. A
 * conflict is checked against what is stored: an earlier attempt that timed out may have landed
 * after all, and then the reply is kept.
 */
export async function saveTurn(
  store: SessionStore,
  session: Session,
  commit: TurnCommit,
  now: Date,
): Promise<SaveOutcome> {
  try {
    await endTurn(store, session, commit, now);
    return "saved";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "unavailable") return "unavailable";
    if (error.code !== "conflict") return "refused";
  }
  const reply = commit.messages.at(-1)?.id;
  try {
    const stored = await store.load(session.id);
    return stored?.messages.some((m) => m.id === reply) ? "saved" : "refused";
  } catch (error) {
    if (error instanceof AppError && error.code === "unavailable") return "unavailable";
    return "refused";
  }
}

const RETRY_DELAYS_MS = [100, 200, 400, 800, 1600, 3200, 6400];

/**
 * Saves a finished turn whose save found storage unreachable, retrying with backoff for about 13
 * seconds. The reply is then kept and the lease released as soon as storage is back, instead of the
 * conversation waiting for the lease to run out. Stops at the first outcome other than
 * "unavailable"; true when the reply is stored.
 */
export async function retryEndTurn(
  save: () => Promise<SaveOutcome>,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<boolean> {
  for (const delay of RETRY_DELAYS_MS) {
    await sleep(delay);
    const outcome = await save();
    if (outcome !== "unavailable") return outcome === "saved";
  }
  return false;
}
