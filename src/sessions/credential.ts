// Session credentials: a web conversation is reached only with the secret handed out when it was
// created. The client holds `<sessionId>.<secret>` and sends it as `Authorization: Bearer …`; the
// session keeps only the secret's SHA-256, compared in constant time. Web Crypto only.
import { b64url } from "../documents/tokens.js";
import { AppError } from "../errors.js";
import type { Session } from "./session.js";

/** 32 random bytes: 256 bits, 43 base64url characters. */
const SECRET_BYTES = 32;
const TOKEN = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The response header that hands the token to the client, on the turn that created the conversation. */
export const SESSION_TOKEN_HEADER = "X-Session-Token";

/** A new random secret for a conversation (43 base64url characters). */
export function newSecret(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** SHA-256 of a secret, in hex: the only form a session stores. */
export async function hashSecret(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The token a client keeps for a conversation. */
export function sessionToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

/** The session id and secret of an `Authorization: Bearer <id>.<secret>` header, or null for anything else. */
export function parseBearer(header: string | undefined): { id: string; secret: string } | null {
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  const parts = token ? TOKEN.exec(token) : null;
  return parts?.[1] && parts[2] ? { id: parts[1], secret: parts[2] } : null;
}

/** Whether two hex digests are equal, in time that does not depend on where they differ. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Whether a web request may open `session`: it carries the conversation's secret and names the
 * clinic the conversation was started for (none for none). Sessions without a credential (SMS,
 * WhatsApp) are never opened this way.
 */
export async function webMayOpen(
  session: Session,
  secret: string | undefined,
  clinicId: string | undefined,
): Promise<boolean> {
  if (!session.credentialHash || secret === undefined) return false;
  const matches = sameDigest(await hashSecret(secret), session.credentialHash);
  return matches && (session.clinicId ?? null) === (clinicId ?? null);
}

/**
 * The one answer for an unknown id, a missing or wrong credential and another clinic's conversation,
 * so none of them tells a caller that a conversation exists.
 */
export function noSuchConversation(): AppError {
  return new AppError(
    "not_found",
    "No conversation matches this token. It may have expired or been deleted: start a new conversation.",
  );
}
