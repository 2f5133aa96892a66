// In-memory SessionStore: the embedded default for `npm start` and tests. Values are kept as
// serialized copies so callers can never mutate stored state by accident.
import type { Session } from "./session.js";
import { type SessionStore, type StoredDocument, type StoreTtls, VersionConflict } from "./store.js";

interface Entry {
  value: string;
  expiresAt: number;
}

export class MemoryStore implements SessionStore {
  readonly kind = "memory";
  private readonly sessions = new Map<string, Entry>();
  private readonly documents = new Map<string, Entry & { bytes: Uint8Array }>();
  private readonly aliases = new Map<string, Entry>();
  private readonly claims = new Map<string, Entry>();
  private readonly counters = new Map<string, Entry>();

  constructor(
    private readonly ttl: StoreTtls,
    private readonly now: () => number = Date.now,
  ) {}

  async load(id: string): Promise<Session | null> {
    const entry = this.live(this.sessions, id);
    return entry ? (JSON.parse(entry.value) as Session) : null;
  }

  async save(session: Session): Promise<Session> {
    const current = this.live(this.sessions, session.id);
    const storedVersion = current ? (JSON.parse(current.value) as Session).version : 0;
    if (storedVersion !== session.version) throw new VersionConflict();
    const next = { ...session, version: session.version + 1 };
    this.sessions.set(session.id, {
      value: JSON.stringify(next),
      expiresAt: this.now() + this.ttl.sessionSeconds * 1000,
    });
    return next;
  }

  async delete(id: string): Promise<void> {
    const entry = this.sessions.get(id);
    if (entry) {
      const session = JSON.parse(entry.value) as Session;
      for (const doc of session.documents) this.documents.delete(doc.id);
      for (const alias of session.aliases ?? []) this.aliases.delete(alias);
    }
    for (const [docId, doc] of this.documents) {
      if ((JSON.parse(doc.value) as { sessionId: string }).sessionId === id) this.documents.delete(docId);
    }
    this.sessions.delete(id);
  }

  async saveDocument(doc: StoredDocument): Promise<void> {
    const { docx, ...meta } = doc;
    this.documents.set(doc.id, {
      value: JSON.stringify(meta),
      bytes: docx.slice(),
      expiresAt: this.now() + this.ttl.documentSeconds * 1000,
    });
  }

  async loadDocument(id: string): Promise<StoredDocument | null> {
    const entry = this.live(this.documents, id);
    if (!entry) return null;
    return { ...(JSON.parse(entry.value) as Omit<StoredDocument, "docx">), docx: entry.bytes.slice() };
  }

  async saveAlias(alias: string, sessionId: string): Promise<void> {
    this.aliases.set(alias, { value: sessionId, expiresAt: this.now() + this.ttl.sessionSeconds * 1000 });
  }

  async loadAlias(alias: string): Promise<string | null> {
    return this.live(this.aliases, alias)?.value ?? null;
  }

  async claimOnce(key: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(this.claims, key)) return false;
    this.claims.set(key, { value: "1", expiresAt: this.now() + ttlSeconds * 1000 });
    return true;
  }

  async addUsage(key: string, tokens: number, ttlSeconds: number): Promise<number> {
    const entry = this.live(this.counters, key);
    const total = (entry ? Number(entry.value) : 0) + Math.max(0, Math.round(tokens));
    this.counters.set(key, { value: String(total), expiresAt: entry?.expiresAt ?? this.now() + ttlSeconds * 1000 });
    return total;
  }

  /** Number of live keys; tests use it to prove deletion leaves nothing behind. */
  size(): number {
    const maps: Array<Map<string, Entry>> = [this.sessions, this.documents, this.aliases];
    return maps.reduce((n, map) => n + [...map.keys()].filter((k) => this.live(map, k)).length, 0);
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
