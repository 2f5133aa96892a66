// Signed, expiring document links, kept short for SMS: base64url(id ‖ expiry ‖ MAC) — a 12-byte
// document id, the expiry in seconds (uint32) and the first 16 bytes of an HMAC-SHA256 over both:
// 43 characters. Web Crypto only; the MAC comparison is constant-time.
import { patientError } from "../i18n/errors.js";

const enc = new TextEncoder();
// Domain separation: the signing key may sign other things; a document token can never be one of them.
const PURPOSE = enc.encode("recordpath.document.v2.");
const ID_BYTES = 12;
const PAYLOAD_BYTES = ID_BYTES + 4;
const MAC_BYTES = 16;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function unb64url(text: string): Uint8Array {
  const bin = atob(text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const notFound = () => patientError("not_found", "documentInvalid");

async function mac(key: CryptoKey, payload: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array(PURPOSE.length + payload.length);
  data.set(PURPOSE);
  data.set(payload, PURPOSE.length);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, data)).slice(0, MAC_BYTES);
}

/** A new random document id (16 base64url characters) that fits a token. */
export function newDocumentId(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
}

/** Signs a link to one document. `expiresAt` is in ms; the token carries whole seconds, rounded down. */
export async function signDocumentToken(
  key: CryptoKey,
  claims: { documentId: string; expiresAt: number },
): Promise<string> {
  const id = /^[A-Za-z0-9_-]{16}$/.test(claims.documentId) ? unb64url(claims.documentId) : null;
  if (id?.length !== ID_BYTES) throw new Error("document id must come from newDocumentId()");
  const seconds = Math.floor(claims.expiresAt / 1000);
  // setUint32 would wrap a later expiry (a clock past 2106) into an earlier one that still verifies.
  if (!(seconds >= 0 && seconds <= 0xffffffff)) throw new Error("expiresAt does not fit a document token");
  const payload = new Uint8Array(PAYLOAD_BYTES);
  payload.set(id);
  new DataView(payload.buffer).setUint32(ID_BYTES, seconds);
  const token = new Uint8Array(PAYLOAD_BYTES + MAC_BYTES);
  token.set(payload);
  token.set(await mac(key, payload), PAYLOAD_BYTES);
  return b64url(token);
}

/**
 * Checks a link's signature, then its expiry. Throws AppError "not_found" for anything malformed or
 * tampered with, and "gone" once it has expired.
 */
export async function verifyDocumentToken(key: CryptoKey, token: string, now: number): Promise<{ documentId: string }> {
  if (typeof token !== "string" || !TOKEN.test(token)) throw notFound();
  const bytes = unb64url(token);
  const payload = bytes.slice(0, PAYLOAD_BYTES);
  const expected = await mac(key, payload);
  let diff = 0;
  for (let i = 0; i < MAC_BYTES; i++) diff |= (expected[i] ?? 0) ^ (bytes[PAYLOAD_BYTES + i] ?? 0);
  if (diff !== 0) throw notFound();
  const expiresAt = new DataView(payload.buffer).getUint32(ID_BYTES) * 1000;
  if (now >= expiresAt) throw patientError("gone", "documentExpired");
  return { documentId: b64url(payload.slice(0, ID_BYTES)) };
}
