import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { newSession } from "../../src/sessions/session.js";
import type { StoredDocument } from "../../src/sessions/store.js";
import { storeContract } from "../support/store-contract.js";
import { transcript } from "../support/transcripts.js";

const ttl = { sessionSeconds: 3600, documentSeconds: 600 };

storeContract(
  "memory",
  async () => {
    let now = Date.now();
    const store = new MemoryStore(ttl, () => now);
    return {
      store,
      advance: async (seconds) => {
        now += seconds * 1000;
      },
      keyCount: async () => store.size(),
    };
  },
  ttl,
);

describe("memory store bounds", () => {
  const doc = (sessionId: string, n: number): StoredDocument => ({
    id: `doc-${sessionId}-${n}`,
    sessionId,
    kind: "access_request",
    title: "Request for my medical records",
    filename: "request.docx",
    docx: new Uint8Array(2048).fill(n % 256),
    text: "Dear records office",
    createdAt: "2026-11-26T00:00:00.000Z",
    expiresAt: "2026-11-27T00:00:00.000Z",
  });
  const sessionId = (n: number) => `lru-session-${String(n).padStart(5, "0")}`;

  /** A conversation as the channels store one: session, phone mapping, a letter and a token counter. */
  async function conversation(store: MemoryStore, n: number, text = "I need my records") {
    const id = sessionId(n);
    const session = {
      ...newSession(id, "sms", new Date()),
      aliases: [`alias-${id}`],
      messages: transcript(4, text.length, text),
    };
    await store.save(session);
    await store.saveAlias(`alias-${id}`, id);
    await store.saveDocument(doc(id, n));
    await store.addUsage(`tokens-${id}`, 100, 3600, id);
  }

  it("keeps at most its count of conversations after 10,000, evicting the least recently used whole", async () => {
    const store = new MemoryStore(ttl, Date.now, { maxSessions: 1_000, maxBytes: 64 * 1024 * 1024 });
    for (let n = 0; n < 10_000; n++) {
      await conversation(store, n);
      // Conversation 0 is in use all along: it is never the least recently used.
      if (n % 500 === 0) await store.load(sessionId(0));
      expect(store.usage().sessions).toBeLessThanOrEqual(1_000);
    }
    expect(store.usage().sessions).toBe(1_000);
    expect(await store.load(sessionId(9_999))).not.toBeNull();
    expect(await store.load(sessionId(9_001))).not.toBeNull();
    expect(await store.load(sessionId(0))).not.toBeNull();
    // An evicted conversation is gone with its letter, its phone mapping and its token counter.
    expect(await store.load(sessionId(5_000))).toBeNull();
    expect(await store.loadDocument(`doc-${sessionId(5_000)}-5000`)).toBeNull();
    expect(await store.loadAlias(`alias-${sessionId(5_000)}`)).toBeNull();
    expect(await store.addUsage(`tokens-${sessionId(5_000)}`, 0, 3600)).toBe(0);
    // Sessions, their aliases and documents: three keys per conversation kept, none left over.
    expect(store.size()).toBe(3_000);
  });

  it("keeps the bytes of sessions and documents under its byte limit, evicting the least recently used", async () => {
    const maxBytes = 1024 * 1024;
    const store = new MemoryStore(ttl, Date.now, { maxSessions: 5_000, maxBytes });
    const long = "My mother was treated at Mercy General in Austin. ".repeat(80);
    for (let n = 0; n < 10_000; n++) {
      await conversation(store, n, long);
      expect(store.usage().bytes).toBeLessThanOrEqual(maxBytes);
    }
    const { sessions, bytes } = store.usage();
    expect(sessions).toBeLessThan(200);
    expect(bytes).toBeGreaterThan(maxBytes * 0.9);
    expect(await store.load(sessionId(9_999))).not.toBeNull();
    expect(await store.load(sessionId(0))).toBeNull();
  });

  it("gives back the bytes of a conversation that is deleted or replaced", async () => {
    const store = new MemoryStore(ttl, Date.now, { maxSessions: 10, maxBytes: 1024 * 1024 });
    await conversation(store, 1);
    const saved = store.usage().bytes;
    expect(saved).toBeGreaterThan(2048);
    const session = await store.load(sessionId(1));
    await store.save({ ...session!, messages: [] });
    expect(store.usage().bytes).toBeLessThan(saved);
    await store.delete(sessionId(1));
    expect(store.usage()).toEqual({ sessions: 0, bytes: 0 });
  });

  it("keeps a phone's opt-out marker, which belongs to no conversation, until it expires", async () => {
    const store = new MemoryStore(ttl, Date.now, { maxSessions: 10, maxBytes: 1024 * 1024 });
    await store.saveAlias("optout-alias", "optout-digest");
    for (let n = 0; n < 50; n++) await conversation(store, n);
    expect(await store.loadAlias("optout-alias")).toBe("optout-digest");
  });
});
