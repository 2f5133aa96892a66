// The SessionStore contract shared by the memory and Upstash implementations. Every write is
// versioned (compare-and-set) and every key expires.

import type { Letter } from "../documents/letter.js";
import type { Session } from "./session.js";

/**
 * A drafted document, stored apart from the session with its own (shorter) TTL. Its .docx and PDF
 * are rendered from `letter` when downloaded; documents stored before that carry the files instead.
 */
export interface StoredDocument {
  id: string;
  sessionId: string;
  kind: string;
  title: string;
  filename: string;
  /**
   * The letter exactly as drafted from the Intake the patient confirmed (issue 19: rendering moved
   * from the drafting turn to the download). A download renders this, never the Intake as it is now.
   */
  letter?: Letter;
  /** The .docx rendered at drafting: documents stored before letters were rendered at download. */
  docx?: Uint8Array;
  /** The PDF rendered at drafting (issue 18): the same older documents, when drafted with one. */
  pdf?: Uint8Array;
  /** The letter as plain text, made at drafting. */
  text: string;
  createdAt: string;
  expiresAt: string;
}

export class VersionConflict extends Error {
  constructor() {
    super("The session changed while this write was being prepared.");
    this.name = "VersionConflict";
  }
}

export interface StoreTtls {
  sessionSeconds: number;
  documentSeconds: number;
}

export interface SessionStore {
  readonly kind: "memory" | "upstash";
  load(id: string): Promise<Session | null>;
  /**
   * Writes the session if the stored version still equals `session.version` (0: must not exist).
   * Returns the session with its new version; throws VersionConflict otherwise. Refreshes the TTL.
   */
  save(session: Session): Promise<Session>;
  /** Erases the session and every document it drafted. */
  delete(id: string): Promise<void>;
  saveDocument(doc: StoredDocument): Promise<void>;
  loadDocument(id: string): Promise<StoredDocument | null>;
  /**
   * Points an alias (an SMS conversation's phone pair) at a session, with the session's TTL. The
   * session lists its aliases in `session.aliases` so that delete() removes them too.
   */
  saveAlias(alias: string, sessionId: string): Promise<void>;
  loadAlias(alias: string): Promise<string | null>;
  /** True the first time `key` is claimed within `ttlSeconds` (webhook de-duplication). */
  claimOnce(key: string, ttlSeconds: number): Promise<boolean>;
  /**
   * Adds `tokens` to the counter `key` and returns its new total. The counter expires `ttlSeconds`
   * after its first use (a fixed window: later additions do not extend it). `tokens` 0 only reads
   * it. A counter given its conversation's `sessionId` is erased with that conversation.
   */
  addUsage(key: string, tokens: number, ttlSeconds: number, sessionId?: string): Promise<number>;
}
