// Signed, expiring document links: base64url(payload JSON) + "." + base64url(HMAC-SHA256). Web Crypto
// only, so the same code runs in workerd and Node; verification is constant-time (subtle.verify).
import { AppError } from "../errors.js";

const enc = new TextEncoder();
// Domain separation: the signing key may sign other things; a document token can never be one of them.
const PURPOSE = "recordpath.document.v1.";
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_TOKEN = 256;

function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function unb64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const notFound = () =>
  new AppError("not_found", "This document link is not valid. Ask the assistant to draft the document again.");

/** Signs a link to one document. `expiresAt` is in ms; the token carries seconds to stay short. */
export async function signDocumentToken(
  key: CryptoKey,
  claims: { documentId: string; expiresAt: number },
): Promise<string> {
  if (!ID.test(claims.documentId)) throw new Error("document id must be 8-64 characters of [A-Za-z0-9_-]");
  // Rounded down, so a link never outlives the document it points to.
  const payload = b64url(enc.encode(JSON.stringify({ d: claims.documentId, e: Math.floor(claims.expiresAt / 1000) })));
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(PURPOSE + payload)));
  return `${payload}.${b64url(mac)}`;
}

/**
 * Checks a link's signature, then its expiry. Throws AppError "not_found" for anything malformed or
 * tampered with, and "gone" once it has expired.
 */
export async function verifyDocumentToken(key: CryptoKey, token: string, now: number): Promise<{ documentId: string }> {
  if (typeof token !== "string" || token.length > MAX_TOKEN) throw notFound();
  const [payload, mac, ...rest] = token.split(".");
  if (!payload || !mac || rest.length > 0) throw notFound();
  const macBytes = unb64url(mac);
  if (macBytes?.length !== 32) throw notFound();
  const ok = await crypto.subtle.verify("HMAC", key, macBytes, enc.encode(PURPOSE + payload));
  if (!ok) throw notFound();
  let claims: unknown;
  try {
    claims = JSON.parse(new TextDecoder().decode(unb64url(payload) ?? new Uint8Array()));
  } catch {
    throw notFound();
  }
  if (typeof claims !== "object" || claims === null) throw notFound();
  const { d, e } = claims as { d?: unknown; e?: unknown };
  if (typeof d !== "string" || !ID.test(d) || typeof e !== "number" || !Number.isFinite(e)) throw notFound();
  if (now >= e * 1000)
    throw new AppError("gone", "This document link has expired. Ask the assistant to draft it again.");
  return { documentId: d };
}
