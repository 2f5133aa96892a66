// Document links: valid tokens open, tampered or malformed ones are not_found, expired ones gone.
import { describe, expect, it } from "vitest";
import { b64url, newDocumentId, signDocumentToken, verifyDocumentToken } from "../../src/documents/tokens.js";
import { AppError } from "../../src/errors.js";

const hmacKey = () =>
  crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
const key = await hmacKey();
const now = Date.UTC(2026, 10, 26, 12);
const id = newDocumentId();

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof AppError ? `${e.code}:${e.status}` : "other";
  }
}

describe("document tokens", () => {
  it("opens a valid token and gives back the document id", async () => {
    const token = await signDocumentToken(key, { documentId: id, expiresAt: now + 3_600_000 });
    expect(await verifyDocumentToken(key, token, now)).toEqual({ documentId: id });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
  it("answers gone for an expired token", async () => {
    const token = await signDocumentToken(key, { documentId: id, expiresAt: now + 1000 });
    expect(await code(verifyDocumentToken(key, token, now + 1000))).toBe("gone:410");
  });
  it("answers not_found for a tampered payload, a tampered signature, another key or garbage", async () => {
    const token = await signDocumentToken(key, { documentId: id, expiresAt: now + 3_600_000 });
    const other = await hmacKey();
    // Another document's id, or a later expiry, under the original MAC.
    const otherId = `${newDocumentId()}${token.slice(16)}`;
    const later = `${token.slice(0, 16)}${token[16] === "A" ? "B" : "A"}${token.slice(17)}`;
    const flipped = `${token.slice(0, -2)}${token.endsWith("AA") ? "AB" : "AA"}`;
    for (const bad of [
      otherId,
      later,
      flipped,
      token.slice(0, 22),
      b64url(new Uint8Array(32)),
      "",
      "a.b.c",
      "not a token",
      `${token}x`,
      "x".repeat(5000),
    ]) {
      expect(await code(verifyDocumentToken(key, bad, now))).toBe("not_found:404");
    }
    expect(await code(verifyDocumentToken(other, token, now))).toBe("not_found:404");
  });
});
