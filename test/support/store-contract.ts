// The SessionStore contract, run against every implementation (memory here, Upstash over a real
// Redis in its own suite).
import { describe, expect, it } from "vitest";
import { buildLetter } from "../../src/documents/index.js";
import { newSession } from "../../src/sessions/session.js";
import { type SessionStore, type StoredDocument, VersionConflict } from "../../src/sessions/store.js";

export interface StoreHarness {
  store: SessionStore;
  /** Moves the store's clock forward (or waits, for a real TTL). */
  advance(seconds: number): Promise<void>;
  /** How many keys the store holds in total. */
  keyCount(): Promise<number>;
}

const id = (n: number) => `contract-session-${n}-${Math.random().toString(36).slice(2, 10)}`;

function doc(sessionId: string, n: number): StoredDocument {
  return {
    id: `doc-${n}-${Math.random().toString(36).slice(2)}`,
    sessionId,
    kind: "access_request",
    title: "Request for my medical records",
    filename: "request.docx",
    docx: new Uint8Array([80, 75, 3, 4, n]),
    text: "Dear records office",
    createdAt: "2026-11-26T00:00:00.000Z",
    expiresAt: "2026-11-27T00:00:00.000Z",
  };
}

export function storeContract(
  name: string,
  make: () => Promise<StoreHarness>,
  ttl: { sessionSeconds: number; documentSeconds: number },
) {
  describe(`${name} store contract`, () => {
    it("creates a session at version 1 and reads it back unchanged", async () => {
      const { store } = await make();
      const s = newSession(id(1), "web", new Date("2026-11-26T10:00:00Z"));
      s.intake = { state: "CA", records: { kinds: ["imaging"] } };
      const saved = await store.save(s);
      expect(saved.version).toBe(1);
      const loaded = await store.load(s.id);
      expect(loaded?.intake).toEqual({ state: "CA", records: { kinds: ["imaging"] } });
      expect(loaded?.version).toBe(1);
    });

    it("refuses a write based on a stale version instead of overwriting", async () => {
      const { store } = await make();
      const first = await store.save(newSession(id(2), "web", new Date()));
      await store.save({ ...first, intake: { state: "TX" } });
      await expect(store.save({ ...first, intake: { state: "OH" } })).rejects.toBeInstanceOf(VersionConflict);
      expect((await store.load(first.id))?.intake.state).toBe("TX");
    });

    it("refuses to create a session that already exists", async () => {
      const { store } = await make();
      const s = newSession(id(3), "web", new Date());
      await store.save(s);
      await expect(store.save(s)).rejects.toBeInstanceOf(VersionConflict);
    });

    it("lets exactly one of two concurrent writers win", async () => {
      const { store } = await make();
      const base = await store.save(newSession(id(4), "web", new Date()));
      const results = await Promise.allSettled([
        store.save({ ...base, intake: { state: "NY" } }),
        store.save({ ...base, intake: { state: "NJ" } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    });

    it("expires an idle session after its TTL", async () => {
      const h = await make();
      const s = await h.store.save(newSession(id(5), "web", new Date()));
      await h.advance(ttl.sessionSeconds + 1);
      expect(await h.store.load(s.id)).toBeNull();
    });

    it("stores documents apart with their own TTL and returns the exact bytes", async () => {
      const h = await make();
      const d = doc("any-session-id-0001", 7);
      await h.store.saveDocument(d);
      const back = await h.store.loadDocument(d.id);
      expect(Array.from(back?.docx ?? [])).toEqual([80, 75, 3, 4, 7]);
      expect(back?.text).toBe("Dear records office");
      await h.advance(ttl.documentSeconds + 1);
      expect(await h.store.loadDocument(d.id)).toBeNull();
    });

    it("returns a document's PDF bytes when it has them, and none when it was stored without", async () => {
      const h = await make();
      const d = { ...doc("any-session-id-0002", 8), pdf: new Uint8Array([37, 80, 68, 70, 9]) };
      await h.store.saveDocument(d);
      expect(Array.from((await h.store.loadDocument(d.id))?.pdf ?? [])).toEqual([37, 80, 68, 70, 9]);
      const { pdf: _none, ...without } = d;
      await h.store.saveDocument(without);
      const back = await h.store.loadDocument(d.id);
      expect(back?.pdf).toBeUndefined();
      expect(Array.from(back?.docx ?? [])).toEqual([80, 75, 3, 4, 8]);
    });

    it("stores a document as its letter alone (rendered at download) and returns that letter unchanged", async () => {
      const h = await make();
      const letter = buildLetter("access_request", { patient: { name: "Ana Ruiz" } }, { today: "2026-11-26" });
      const { docx: _none, ...base } = doc("any-session-id-0003", 9);
      await h.store.saveDocument({ ...base, letter });
      const back = await h.store.loadDocument(base.id);
      expect(back?.letter).toEqual(letter);
      expect(back?.docx).toBeUndefined();
      expect(back?.pdf).toBeUndefined();
      // Saved again with files (an older version's draft), the same id holds those instead.
      await h.store.saveDocument({ ...base, docx: new Uint8Array([1]) });
      expect(Array.from((await h.store.loadDocument(base.id))?.docx ?? [])).toEqual([1]);
      await h.advance(ttl.documentSeconds + 1);
      expect(await h.store.loadDocument(base.id)).toBeNull();
    });

    it("claims a key only once within its TTL", async () => {
      const h = await make();
      const key = `claim-${Math.random().toString(36).slice(2)}`;
      const seconds = ttl.documentSeconds;
      expect(await h.store.claimOnce(key, seconds)).toBe(true);
      expect(await h.store.claimOnce(key, seconds)).toBe(false);
      await h.advance(seconds + 1);
      expect(await h.store.claimOnce(key, seconds)).toBe(true);
    });

    it("adds usage to a counter and reads its total, which restarts after its window", async () => {
      const h = await make();
      const key = `usage-${Math.random().toString(36).slice(2)}`;
      const seconds = ttl.documentSeconds;
      expect(await h.store.addUsage(key, 0, seconds)).toBe(0);
      expect(await h.store.addUsage(key, 1200, seconds)).toBe(1200);
      expect(await h.store.addUsage(key, 300, seconds)).toBe(1500);
      expect(await h.store.addUsage(`${key}-other`, 5, seconds)).toBe(5);
      expect(await h.store.addUsage(`${key}-unused`, 0, seconds)).toBe(0);
      await h.advance(seconds + 1);
      expect(await h.store.addUsage(key, 0, seconds)).toBe(0);
    });

    it("deletes a session with every document it drafted, leaving no key behind", async () => {
      const h = await make();
      const before = await h.keyCount();
      const s = newSession(id(6), "web", new Date());
      const d1 = doc(s.id, 1);
      const d2 = doc(s.id, 2);
      s.aliases = [`alias-${s.id}`];
      s.documents = [d1, d2].map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        createdAt: d.createdAt,
        expiresAt: d.expiresAt,
      }));
      await h.store.save(s);
      await h.store.saveDocument(d1);
      await h.store.saveDocument(d2);
      await h.store.saveAlias(`alias-${s.id}`, s.id);
      await h.store.addUsage(`tokens-${s.id}`, 40, 3600, s.id);
      expect(await h.store.loadAlias(`alias-${s.id}`)).toBe(s.id);
      expect(await h.keyCount()).toBeGreaterThan(before);
      await h.store.delete(s.id);
      expect(await h.store.load(s.id)).toBeNull();
      expect(await h.store.loadDocument(d1.id)).toBeNull();
      expect(await h.store.loadDocument(d2.id)).toBeNull();
      expect(await h.store.loadAlias(`alias-${s.id}`)).toBeNull();
      expect(await h.store.addUsage(`tokens-${s.id}`, 0, 3600)).toBe(0);
      expect(await h.keyCount()).toBe(before);
    });
  });
}
