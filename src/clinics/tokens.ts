// Clinic access tokens (issue 21): the operator's ADMIN_TOKEN issues each clinic tokens that read and
// change only that clinic. A token is shown once, when issued; only its SHA-256 is stored, beside
// the clinic record (memory here; Upstash in upstash-tokens.ts), and it is revoked by its id.
//
// Form: `rpc.<clinic id>.<43 characters of base64url>`: the clinic id lets the check look at that
// clinic's tokens only (ids never contain '.'), the 256 random bits are the secret.

/** What is kept of an issued token: never the token itself. */
export interface ClinicToken {
  /** Short public id, to list and revoke it by. */
  id: string;
  clinicId: string;
  /** SHA-256 of the whole token, hex. */
  hash: string;
  /** What the operator called it ("front desk", "web agency"), if anything. */
  label?: string;
  createdAt: string;
}

export interface ClinicTokenStore {
  readonly kind: "memory" | "upstash";
  add(token: ClinicToken): Promise<void>;
  /** The clinic's tokens, oldest first. */
  list(clinicId: string): Promise<ClinicToken[]>;
  /** Returns whether there was such a token. */
  revoke(clinicId: string, tokenId: string): Promise<boolean>;
  /** Every token of the clinic (when the clinic is deleted). */
  revokeAll(clinicId: string): Promise<void>;
}

export const CLINIC_TOKEN_PREFIX = "rpc.";
const TOKEN = /^rpc\.([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\.([A-Za-z0-9_-]{43})$/;

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/** SHA-256 of a token, hex: what is stored and compared. */
export async function tokenHash(token: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
}

/** The clinic a token claims to be for, or null when it is not a clinic token's shape. */
export function tokenClinic(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

/** Makes a new token for the clinic and stores its hash; the returned `token` is never available again. */
export async function issueClinicToken(
  store: ClinicTokenStore,
  clinicId: string,
  now: Date,
  label?: string,
): Promise<{ token: string; record: ClinicToken }> {
  const token = `${CLINIC_TOKEN_PREFIX}${clinicId}.${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const record: ClinicToken = {
    id: hex(crypto.getRandomValues(new Uint8Array(6)).buffer as ArrayBuffer),
    clinicId,
    hash: await tokenHash(token),
    ...(label ? { label } : {}),
    createdAt: now.toISOString(),
  };
  await store.add(record);
  return { token, record };
}

/**
 * The clinic a presented token opens, or null. The hash is looked up among that clinic's tokens;
 * comparing SHA-256 digests of a 256-bit secret leaks nothing usable through timing.
 */
export async function verifyClinicToken(store: ClinicTokenStore, token: string): Promise<string | null> {
  const clinicId = tokenClinic(token);
  if (!clinicId) return null;
  const hash = await tokenHash(token);
  return (await store.list(clinicId)).some((t) => t.hash === hash) ? clinicId : null;
}

/** Tokens kept in the isolate, beside the memory clinic directory. */
export class MemoryClinicTokens implements ClinicTokenStore {
  readonly kind = "memory";
  private readonly tokens = new Map<string, ClinicToken[]>();

  async add(token: ClinicToken): Promise<void> {
    this.tokens.set(token.clinicId, [...(this.tokens.get(token.clinicId) ?? []), { ...token }]);
  }

  async list(clinicId: string): Promise<ClinicToken[]> {
    return (this.tokens.get(clinicId) ?? []).map((t) => ({ ...t }));
  }

  async revoke(clinicId: string, tokenId: string): Promise<boolean> {
    const before = this.tokens.get(clinicId) ?? [];
    const after = before.filter((t) => t.id !== tokenId);
    this.tokens.set(clinicId, after);
    return after.length !== before.length;
  }

  async revokeAll(clinicId: string): Promise<void> {
    this.tokens.delete(clinicId);
  }
}
