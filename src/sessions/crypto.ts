// Encryption at rest for the Upstash store: AES-256-GCM under rotating keys, and HMAC key names so
// ids and phone numbers never reach Redis raw. Web Crypto only: this runs inside workerd.
import { ConfigError } from "../errors.js";
import { deriveHmacKey } from "../keys.js";

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const encoder = new TextEncoder();

/** A stored value could not be decrypted: unknown key id, wrong key, tampered or moved. */
export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`A stored value could not be decrypted (${reason}).`);
    this.name = "DecryptionError";
  }
}

/** One AES-256-GCM key and the id written in front of every value it encrypts. */
export interface EncryptionKey {
  id: string;
  key: CryptoKey;
}

/**
 * Encrypts with the first key and decrypts with any of them, so a new key can be put first while
 * values written under the old one stay readable until they expire. Every value is bound (as
 * AES-GCM additional data) to the name it is stored under: a value copied elsewhere fails.
 * Format: `{keyId}:{base64url(iv ‖ ciphertext ‖ tag)}` (never valid JSON, so no client re-parses it).
 */
export class SessionCrypto {
  private readonly byId: Map<string, CryptoKey>;

  constructor(private readonly keys: readonly EncryptionKey[]) {
    if (keys.length === 0) throw new Error("SessionCrypto needs at least one key.");
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  /** The id of the key new values are written with. */
  get currentKeyId(): string {
    return this.keys[0]!.id;
  }

  /** Encrypts UTF-8 text bound to `name` (the Redis key and field it is stored under). */
  encryptText(plain: string, name: string): Promise<string> {
    return this.encryptBytes(encoder.encode(plain), name);
  }

  /** Decrypts what encryptText wrote under the same `name`; throws DecryptionError otherwise. */
  async decryptText(sealed: string, name: string): Promise<string> {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await this.decryptBytes(sealed, name));
  }

  /** Encrypts raw bytes (a .docx) bound to `name`. */
  async encryptBytes(plain: Uint8Array, name: string): Promise<string> {
    const current = this.keys[0]!;
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: encoder.encode(name) },
      current.key,
      plain,
    );
    const out = new Uint8Array(IV_BYTES + sealed.byteLength);
    out.set(iv);
    out.set(new Uint8Array(sealed), IV_BYTES);
    return `${current.id}:${toBase64Url(out)}`;
  }

  /** Decrypts what encryptBytes wrote under the same `name`; throws DecryptionError otherwise. */
  async decryptBytes(sealed: string, name: string): Promise<Uint8Array> {
    const colon = sealed.indexOf(":");
    if (colon < 1) throw new DecryptionError("not an encrypted value");
    const key = this.byId.get(sealed.slice(0, colon));
    if (!key) throw new DecryptionError("written with a key that is no longer configured");
    const data = fromBase64Url(sealed.slice(colon + 1));
    if (!data || data.length < IV_BYTES + TAG_BYTES) throw new DecryptionError("malformed");
    try {
      const plain = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: data.subarray(0, IV_BYTES), additionalData: encoder.encode(name) },
        key,
        data.subarray(IV_BYTES),
      );
      return new Uint8Array(plain);
    } catch {
      throw new DecryptionError("authentication failed");
    }
  }
}

/**
 * Parses the ENCRYPTION_KEYS secret: comma-separated `id:base64key`, each key 32 random bytes
 * (e.g. `k2:$(openssl rand -base64 32),k1:…`). The first key encrypts; all decrypt. Errors name the
 * setting and the entry but never echo key material; they are ConfigErrors, so the Worker answers
 * 503 and logs which setting to fix.
 */
export async function parseEncryptionKeys(raw: string): Promise<SessionCrypto> {
  const entries = raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    throw new ConfigError('ENCRYPTION_KEYS is empty: set it to "id:base64key" (32 random bytes, base64).');
  }
  const keys: EncryptionKey[] = [];
  for (const [index, entry] of entries.entries()) {
    const where = `ENCRYPTION_KEYS entry ${index + 1}`;
    const colon = entry.indexOf(":");
    const id = colon > 0 ? entry.slice(0, colon) : "";
    if (!KEY_ID.test(id)) {
      throw new ConfigError(`${where} must look like "id:base64key" with an id of 1–32 letters, digits, '_' or '-'.`);
    }
    const material = entry.slice(colon + 1).trim();
    if (!BASE64.test(material)) throw new ConfigError(`${where} (id "${id}"): the key is not valid base64.`);
    const bytes = Uint8Array.from(atob(material), (c) => c.charCodeAt(0));
    if (bytes.length !== 32) {
      throw new ConfigError(`${where} (id "${id}"): the key must be 32 bytes, got ${bytes.length}.`);
    }
    if (keys.some((k) => k.id === id)) throw new ConfigError(`${where}: the id "${id}" is used twice.`);
    keys.push({ id, key: await importAesKey(bytes) });
  }
  return new SessionCrypto(keys);
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key. */
function importAesKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", bytes, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/**
 * Names Redis keys `{prefix}:{kind}:{base64url(HMAC-SHA256(kind:id))}` under a key derived from
 * SESSION_SECRET, so Redis only ever sees opaque names and nobody can list sessions by phone.
 */
export class RedisKeys {
  private readonly hmac: Promise<CryptoKey>;

  constructor(
    secret: string,
    readonly prefix = "rp",
  ) {
    // A random per-isolate key would orphan every stored session: refuse instead.
    if (!secret) throw new Error("RedisKeys needs SESSION_SECRET.");
    this.hmac = deriveHmacKey(secret, "redis-keys");
  }

  /** The Redis key for `id` of `kind` ("s" session, "d" document, …). */
  async keyFor(kind: string, id: string): Promise<string> {
    return `${this.prefix}:${kind}:${await this.digest(kind, id)}`;
  }

  /** The bare HMAC of `id` (used as a rate-limit identifier). */
  async digest(kind: string, id: string): Promise<string> {
    const mac = await crypto.subtle.sign("HMAC", await this.hmac, encoder.encode(`${kind}:${id}`));
    return toBase64Url(new Uint8Array(mac));
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
