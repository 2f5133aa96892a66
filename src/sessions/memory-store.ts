// In-memory SessionStore: the embedded default for `npm start` and tests. Values are kept as
// serialized copies so callers can never mutate stored state by accident. Memory is bounded: past a
// count of conversations or a total of bytes, the least recently used conversation is evicted with
// its documents, phone mappings and token counter, as if its TTL had run out.
import type { Session } from "./session.js";
import { type SessionStore, type StoredDocument, type StoreTtls, VersionConflict } from "./store.js";

interface Entry {
  value: string;
  expiresAt: number;
}

interface SizedEntry extends Entry {
  /** UTF-8 bytes held (the JSON, plus a document's files). */
  size: number;
}

interface DocumentEntry extends SizedEntry {
  sessionId: string;
  /** The .docx and PDF of a document stored with its files (older drafts); the letter is in `value`. */
  docx?: Uint8Array;
  pdf?: Uint8Array;
}

/** What one conversation holds, so it can be evicted whole: its bytes and the keys that go with it. */
interface Owner {
  bytes: number;
  documents: Set<string>;
  aliases: Set<string>;
  counters: Set<string>;
}

export interface MemoryStoreLimits {
  /** Most conversations kept; past it the least recently used is evicted. */
  maxSessions: number;
  /** Most bytes of serialized sessions and their documents; past it the least recently used go. */
  maxBytes: number;
}

/**
 * 5,000 conversations and 64 MiB: half of a Worker isolate's 128 MB, and room for 5,000 typical
 * conversations (a few KiB each) or 128 at the 512 KiB cap (src/sessions/caps.ts).
 */
export const DEFAULT_MEMORY_LIMITS: MemoryStoreLimits = { maxSessions: 5_000, maxBytes: 64 * 1024 * 1024 };

/** The maps of small keys (claims, counters, phone mappings) are swept past this many entries per conversation allowed. */
const SMALL_KEYS_PER_SESSION = 4;

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).byteLength;

export class MemoryStore implements SessionStore {
  readonly kind = "memory";
  private readonly sessions = new Map<string, SizedEntry>();
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly aliases = new Map<string, Entry>();
  private readonly claims = new Map<string, Entry>();
  private readonly counters = new Map<string, Entry>();
  /** Conversations by session id, least recently used first (a Map keeps insertion order). */
  private readonly owners = new Map<string, Owner>();
  private readonly limits: MemoryStoreLimits;
  private bytes = 0;

  constructor(
    private readonly ttl: StoreTtls,
    private readonly now: () => number = Date.now,
    limits: Partial<MemoryStoreLimits> = {},
  ) {
    this.limits = { ...DEFAULT_MEMORY_LIMITS, ...limits };
  }

  async load(id: string): Promise<Session | null> {
    const entry = this.liveSession(id);
    if (!entry) return null;
    this.touch(id);
    return JSON.parse(entry.value) as Session;
  }

  async save(session: Session): Promise<Session> {
    const current = this.liveSession(session.id);
    const storedVersion = current ? (JSON.parse(current.value) as Session).version : 0;
    if (storedVersion !== session.version) throw new VersionConflict();
    const next = { ...session, version: session.version + 1 };
    const value = JSON.stringify(next);
    const owner = this.touch(session.id);
    if (current) this.resize(owner, -current.size);
    const size = utf8Bytes(value);
    this.sessions.set(session.id, { value, size, expiresAt: this.now() + this.ttl.sessionSeconds * 1000 });
    this.resize(owner, size);
    for (const alias of next.aliases ?? []) owner.aliases.add(alias);
    this.evict();
    return next;
  }

  async delete(id: string): Promise<void> {
    this.erase(id);
  }

  async saveDocument(doc: StoredDocument): Promise<void> {
    const { docx, pdf, ...meta } = doc;
    const value = JSON.stringify(meta);
    this.dropDocument(doc.id);
    const owner = this.touch(doc.sessionId);
    const size = utf8Bytes(value) + (docx?.byteLength ?? 0) + (pdf?.byteLength ?? 0);
    this.documents.set(doc.id, {
      value,
      size,
      sessionId: doc.sessionId,
      ...(docx ? { docx: docx.slice() } : {}),
      ...(pdf ? { pdf: pdf.slice() } : {}),
      expiresAt: this.now() + this.ttl.documentSeconds * 1000,
    });
    owner.documents.add(doc.id);
    this.resize(owner, size);
    this.evict();
  }

  async loadDocument(id: string): Promise<StoredDocument | null> {
    const entry = this.documents.get(id);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.dropDocument(id);
      return null;
    }
    const meta = JSON.parse(entry.value) as Omit<StoredDocument, "docx" | "pdf">;
    return {
      ...meta,
      ...(entry.docx ? { docx: entry.docx.slice() } : {}),
      ...(entry.pdf ? { pdf: entry.pdf.slice() } : {}),
    };
  }

  async saveAlias(alias: string, sessionId: string): Promise<void> {
    const previous = this.aliases.get(alias);
    if (previous && previous.value !== sessionId) this.owners.get(previous.value)?.aliases.delete(alias);
    this.aliases.set(alias, { value: sessionId, expiresAt: this.now() + this.ttl.sessionSeconds * 1000 });
    // A mapping to a stored conversation goes with it; any other (an opt-out marker) only expires.
    const owner = this.sessions.has(sessionId) ? this.touch(sessionId) : undefined;
    if (owner) owner.aliases.add(alias);
    else this.sweep(this.aliases, false);
  }

  async loadAlias(alias: string): Promise<string | null> {
    return this.live(this.aliases, alias)?.value ?? null;
  }

  async claimOnce(key: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(this.claims, key)) return false;
    this.claims.set(key, { value: "1", expiresAt: this.now() + ttlSeconds * 1000 });
    this.sweep(this.claims, true);
    return true;
  }

  async addUsage(key: string, tokens: number, ttlSeconds: number, sessionId?: string): Promise<number> {
    const entry = this.live(this.counters, key);
    const added = Math.max(0, Math.round(tokens));
    if (!entry && added === 0) return 0;
    const total = (entry ? Number(entry.value) : 0) + added;
    this.counters.set(key, { value: String(total), expiresAt: entry?.expiresAt ?? this.now() + ttlSeconds * 1000 });
    const owner = sessionId ? this.owners.get(sessionId) : undefined;
    if (owner) owner.counters.add(key);
    else this.sweep(this.counters, true);
    return total;
  }

  /** Number of live keys; tests use it to prove deletion leaves nothing behind. */
  size(): number {
    const now = this.now();
    const live = (map: Map<string, Entry>) => [...map.values()].filter((e) => e.expiresAt > now).length;
    return live(this.sessions) + live(this.documents) + live(this.aliases);
  }

  /** Conversations held and the bytes of their sessions and documents (what the limits bound). */
  usage(): { sessions: number; bytes: number } {
    return { sessions: this.sessions.size, bytes: this.bytes };
  }

  /** The session entry if it has not expired; an expired one is dropped (with its bytes). */
  private liveSession(id: string): SizedEntry | undefined {
    const entry = this.sessions.get(id);
    if (entry && entry.expiresAt <= this.now()) {
      this.dropSession(id);
      return undefined;
    }
    return entry;
  }

  /** Marks the conversation as just used (moves it to the end of the eviction order). */
  private touch(id: string): Owner {
    const owner = this.owners.get(id) ?? { bytes: 0, documents: new Set(), aliases: new Set(), counters: new Set() };
    this.owners.delete(id);
    this.owners.set(id, owner);
    return owner;
  }

  private resize(owner: Owner, delta: number): void {
    owner.bytes += delta;
    this.bytes += delta;
  }

  /** Evicts least recently used conversations until both limits hold (never the one just used). */
  private evict(): void {
    while (this.owners.size > 1 && (this.owners.size > this.limits.maxSessions || this.bytes > this.limits.maxBytes)) {
      const oldest = this.owners.keys().next().value;
      if (oldest === undefined) return;
      this.erase(oldest);
    }
  }

  /** Removes a conversation and everything that goes with it. */
  private erase(id: string): void {
    // Every document, alias and counter was recorded on its owner when stored, so nothing is parsed.
    const owner = this.owners.get(id);
    for (const docId of owner?.documents ?? []) this.dropDocument(docId);
    for (const alias of owner?.aliases ?? []) {
      // A phone mapping that moved on to a newer conversation stays.
      if (this.aliases.get(alias)?.value === id) this.aliases.delete(alias);
    }
    for (const counter of owner?.counters ?? []) this.counters.delete(counter);
    this.dropSession(id);
    this.owners.delete(id);
  }

  private dropSession(id: string): void {
    const entry = this.sessions.get(id);
    if (!entry) return;
    this.sessions.delete(id);
    const owner = this.owners.get(id);
    if (owner) this.resize(owner, -entry.size);
    else this.bytes -= entry.size;
  }

  private dropDocument(id: string): void {
    const entry = this.documents.get(id);
    if (!entry) return;
    this.documents.delete(id);
    const owner = this.owners.get(entry.sessionId);
    owner?.documents.delete(id);
    if (owner) this.resize(owner, -entry.size);
    else this.bytes -= entry.size;
  }

  /**
   * Keeps a map of small keys bounded: past its share it drops expired entries, then (when `oldest`)
   * the oldest until it is back within it. A dropped claim or counter only forgets early.
   */
  private sweep(map: Map<string, Entry>, oldest: boolean): void {
    const limit = this.limits.maxSessions * SMALL_KEYS_PER_SESSION;
    if (map.size <= limit) return;
    const now = this.now();
    for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
    if (!oldest) return;
    for (const key of map.keys()) {
      if (map.size <= limit) break;
      map.delete(key);
    }
  }

  private live<E extends Entry>(map: Map<string, E>, key: string): E | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  }
}
