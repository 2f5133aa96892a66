// Document links past their time: 410 once the signed expiry passes, 410 when the link is still
// valid but the stored document is gone (erased or past its store TTL), and clock skew: a link is
// valid until exactly its own expiry, whichever clock signed it.
import { describe, expect, it } from "vitest";
import { newDocumentId, signDocumentToken } from "../../src/documents/tokens.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import type { StoredDocument } from "../../src/sessions/store.js";
import { testApp } from "../support/app.js";

const HOUR = 3600_000;
const T0 = Date.parse("2026-11-26T15:00:00Z");

/** An app whose clock and store clock the test moves; the store keeps documents for 24 h. */
async function clockedApp() {
  let now = T0;
  let storeNow = T0;
  const store = new MemoryStore({ sessionSeconds: 72 * 3600, documentSeconds: 24 * 3600 }, () => storeNow);
  const app = await testApp({ store, clock: () => new Date(now) });
  return {
    ...app,
    store,
    setClock: (ms: number) => {
      now = ms;
    },
    setStoreClock: (ms: number) => {
      storeNow = ms;
    },
  };
}

function storedDoc(id: string, sessionId = "fault-docs-session-0001"): StoredDocument {
  return {
    id,
    sessionId,
    kind: "access_request",
    title: "Request for my records",
    filename: "records-request.docx",
    docx: new Uint8Array([80, 75, 3, 4]),
    text: "Request for my records",
    createdAt: new Date(T0).toISOString(),
    expiresAt: new Date(T0 + 24 * HOUR).toISOString(),
  };
}

async function get(fetch: (input: string) => Promise<Response>, token: string, format = "txt") {
  const res = await fetch(`http://recordpath.test/api/documents/${token}?format=${format}`);
  const body = await res.text();
  return {
    status: res.status,
    code: res.status >= 400 ? (JSON.parse(body) as { error: { code: string } }).error.code : null,
  };
}

describe("a document past its time", () => {
  it("answers 410 once the link's signed expiry has passed, though the document is still stored", async () => {
    const app = await clockedApp();
    const id = newDocumentId();
    await app.store.saveDocument(storedDoc(id));
    const token = await signDocumentToken(app.deps.signingKey, { documentId: id, expiresAt: T0 + HOUR });
    expect(await get(app.fetch, token)).toEqual({ status: 200, code: null });
    app.setClock(T0 + HOUR);
    expect(await get(app.fetch, token)).toEqual({ status: 410, code: "gone" });
  });

  it("answers 410 when the link is valid but the stored document expired (store TTL) or was erased", async () => {
    const app = await clockedApp();
    const expired = newDocumentId();
    const erased = newDocumentId();
    await app.store.saveDocument(storedDoc(expired));
    await app.store.saveDocument(storedDoc(erased, "fault-docs-erased-00001"));
    const link = async (documentId: string) =>
      signDocumentToken(app.deps.signingKey, { documentId, expiresAt: T0 + 48 * HOUR });
    const expiredLink = await link(expired);
    const erasedLink = await link(erased);
    await app.store.delete("fault-docs-erased-00001");
    expect(await get(app.fetch, erasedLink)).toEqual({ status: 410, code: "gone" });
    expect(await get(app.fetch, expiredLink)).toEqual({ status: 200, code: null });
    app.setStoreClock(T0 + 24 * HOUR);
    expect(await get(app.fetch, expiredLink)).toEqual({ status: 410, code: "gone" });
  });

  it("answers 404 for a link signed by another key, even when it has not expired", async () => {
    const app = await clockedApp();
    const other = await testApp();
    const id = newDocumentId();
    await app.store.saveDocument(storedDoc(id));
    const token = await signDocumentToken(other.deps.signingKey, { documentId: id, expiresAt: T0 + HOUR });
    expect(await get(app.fetch, token)).toEqual({ status: 404, code: "not_found" });
  });
});

describe("clock skew on link expiry", () => {
  /** A document drafted by a server whose clock reads `signedAt`, with a 24-hour link. */
  async function drafted(app: Awaited<ReturnType<typeof clockedApp>>, signedAt: number) {
    const id = newDocumentId();
    await app.store.saveDocument(storedDoc(id));
    const expiresAt = signedAt + 24 * HOUR;
    return { token: await signDocumentToken(app.deps.signingKey, { documentId: id, expiresAt }), expiresAt };
  }

  it.each([
    ["behind the signer by 5 minutes", -5 * 60_000],
    ["in step with the signer", 0],
    ["ahead of the signer by 5 minutes", 5 * 60_000],
    ["ahead of the signer by 23 hours", 23 * HOUR],
  ])("a reader whose clock is %s sees the link valid until exactly its expiry, then gone", async (_name, skew) => {
    const app = await clockedApp();
    const { token, expiresAt } = await drafted(app, T0);
    app.setClock(T0 + skew);
    expect((await get(app.fetch, token)).status).toBe(200);
    app.setClock(expiresAt - 1);
    expect((await get(app.fetch, token)).status).toBe(200);
    app.setClock(expiresAt);
    expect(await get(app.fetch, token)).toEqual({ status: 410, code: "gone" });
    app.setClock(expiresAt + 1);
    expect((await get(app.fetch, token)).status).toBe(410);
  });

  it("bounds a link signed by a far-future clock by its own expiry", async () => {
    const app = await clockedApp();
    const future = Date.parse("2100-01-01T00:00:00Z");
    const { token, expiresAt } = await drafted(app, future);
    // A reader with a correct clock: the link lasts until its own (far) expiry, not forever.
    expect((await get(app.fetch, token)).status).toBe(200);
    app.setClock(expiresAt - 1);
    expect((await get(app.fetch, token)).status).toBe(200);
    app.setClock(expiresAt);
    expect((await get(app.fetch, token)).status).toBe(410);
  });

  it("never signs a link whose expiry the token cannot carry (past 2106), instead of wrapping it", async () => {
    const app = await clockedApp();
    const id = newDocumentId();
    await app.store.saveDocument(storedDoc(id));
    const beyond = Date.parse("2200-01-01T00:00:00Z");
    // A wrapped uint32 would turn year 2200 into a link valid until about 2064.
    await expect(signDocumentToken(app.deps.signingKey, { documentId: id, expiresAt: beyond })).rejects.toThrow(
      /does not fit/,
    );
  });
});
