// SessionStore on Upstash Redis: every value encrypted, every key an HMAC with a TTL, every write
// one atomic command or Lua script (so a failed turn leaves nothing half-written), a storage
// outage answered with 503 instead of a hang, and a conversation that cannot be decrypted with 410.
import { Redis } from "@upstash/redis/cloudflare";
import { AppError } from "../errors.js";
import { patientError } from "../i18n/errors.js";
import { withTimeout } from "../timeout.js";
import type { RedisKeys, SessionCrypto } from "./crypto.js";
import { DecryptionError } from "./crypto.js";
import type { Session } from "./session.js";
import { type SessionStore, type StoredDocument, type StoreTtls, VersionConflict } from "./store.js";

/** Default budget for one Redis round trip before the store gives up with 503. */
export const DEFAULT_REDIS_TIMEOUT_MS = 2000;

// KEYS: session hash, document index, alias keys. ARGV: expected version, next version, sealed
// session, TTL. The version lives in field `v` beside the ciphertext `d` so Lua can compare it.
const SAVE_SESSION = `
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return 1`;

// KEYS: document hash, session's document index. ARGV: sealed meta (with the letter), sealed .docx
// bytes or "" (a letter rendered at download has none), document TTL, session TTL, sealed PDF bytes
// (optional). Indexing the document lets delete() find it even if the session never listed it.
const SAVE_DOCUMENT = `
redis.call('HSET', KEYS[1], 'm', ARGV[1])
redis.call('HDEL', KEYS[1], 'b', 'p')
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'b', ARGV[2]) end
if ARGV[5] then redis.call('HSET', KEYS[1], 'p', ARGV[5]) end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('SADD', KEYS[2], KEYS[1])
redis.call('EXPIRE', KEYS[2], ARGV[4])
return 1`;

// KEYS: alias key, session's index. ARGV: sealed session id, session TTL.
const SAVE_ALIAS = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('SADD', KEYS[2], KEYS[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1`;

// KEYS: usage counter, and the session's index when it has one. ARGV: tokens to add, window in
// seconds, session TTL. The window starts at first use; the index lets delete() erase the counter.
const ADD_USAGE = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2], 'NX')
if KEYS[2] then
  redis.call('SADD', KEYS[2], KEYS[1])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
return total`;

/** The 503 every storage failure becomes, worded for the patient; it carries no detail from Redis. */
export function storageUnavailable(): AppError {
  return patientError("unavailable", "storageUnavailable", { headers: { "Retry-After": "5" } });
}

/**
 * The 410 a stored conversation that cannot be decrypted becomes (its key was rotated out, or the
 * value is damaged): it is treated as gone, and the patient is told to start a new conversation.
 */
export function conversationGone(): AppError {
  return patientError("gone", "conversationGone");
}

/**
 * An Upstash client that fails fast: no retries, no telemetry, and every request aborted after
 * `timeoutMs`. The signal must be a function: with a fixed signal the client turns an abort into a
 * successful reply whose value is the abort reason.
 */
export function createUpstashRedis(options: { url: string; token: string; timeoutMs?: number }): Redis {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  return new Redis({
    url: options.url,
    token: options.token,
    enableTelemetry: false,
    automaticDeserialization: false,
    retry: { retries: 0 },
    signal: () => AbortSignal.timeout(timeoutMs),
  });
}

export interface UpstashStoreOptions {
  redis: Redis;
  crypto: SessionCrypto;
  keys: RedisKeys;
  ttl: StoreTtls;
  /** Per-call budget in milliseconds (default 2000). */
  timeoutMs?: number;
}

/**
 * Key layout (names are `{prefix}:{kind}:{HMAC}`): `s` session hash {v, d} with the session TTL;
 * `x` set of the session's document and alias keys, session TTL; `d` document hash {m, b} with the
 * document TTL; `a` alias → sealed session id, session TTL; `c` claimOnce marker with its own TTL;
 * `t` a conversation's usage counter (addUsage), indexed in its `x`; `u` any other usage counter
 * (per IP); both with their own window.
 */
export class UpstashStore implements SessionStore {
  readonly kind = "upstash";
  private readonly redis: Redis;
  private readonly crypto: SessionCrypto;
  private readonly keys: RedisKeys;
  private readonly ttl: StoreTtls;
  private readonly timeoutMs: number;

  constructor(options: UpstashStoreOptions) {
    this.redis = options.redis;
    this.crypto = options.crypto;
    this.keys = options.keys;
    this.ttl = {
      sessionSeconds: seconds(options.ttl.sessionSeconds),
      documentSeconds: seconds(options.ttl.documentSeconds),
    };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  }

  async load(id: string): Promise<Session | null> {
    const key = await this.keys.keyFor("s", id);
    const [v, sealed] = fields(await this.io(() => this.redis.hmget(key, "v", "d")), "v", "d");
    const version = Number(v);
    if (sealed === null || v === null || !Number.isInteger(version)) return null;
    let session: Session;
    try {
      session = JSON.parse(await this.crypto.decryptText(sealed, `${key}|v${version}`)) as Session;
    } catch (error) {
      if (error instanceof DecryptionError || error instanceof SyntaxError) throw conversationGone();
      throw error;
    }
    return { ...session, version };
  }

  async save(session: Session): Promise<Session> {
    const key = await this.keys.keyFor("s", session.id);
    const index = await this.keys.keyFor("x", session.id);
    const aliases = await Promise.all((session.aliases ?? []).map((a) => this.keys.keyFor("a", a)));
    const next = { ...session, version: session.version + 1 };
    // The version is bound into the ciphertext's AAD so a stale {v, d} pair cannot be mixed.
    const sealed = await this.crypto.encryptText(JSON.stringify(next), `${key}|v${next.version}`);
    const args = [String(session.version), String(next.version), sealed, String(this.ttl.sessionSeconds)];
    const ok = await this.io(() => this.redis.eval(SAVE_SESSION, [key, index, ...aliases], args));
    if (Number(ok) !== 1) throw new VersionConflict();
    return next;
  }

  async delete(id: string): Promise<void> {
    const key = await this.keys.keyFor("s", id);
    const index = await this.keys.keyFor("x", id);
    const indexed = await this.io(() => this.redis.smembers(index));
    const listed: string[] = [];
    try {
      const session = await this.load(id);
      for (const doc of session?.documents ?? []) listed.push(await this.keys.keyFor("d", doc.id));
      for (const alias of session?.aliases ?? []) listed.push(await this.keys.keyFor("a", alias));
    } catch (error) {
      // A session sealed under a retired key still gets erased: the index names its keys.
      if (!(error instanceof AppError && error.code === "gone")) throw error;
    }
    const all = new Set([key, index, ...listed, ...indexed.map(String)]);
    // One DEL: the conversation disappears at once or not at all.
    await this.io(() => this.redis.del(...all));
  }

  async saveDocument(doc: StoredDocument): Promise<void> {
    const key = await this.keys.keyFor("d", doc.id);
    const index = await this.keys.keyFor("x", doc.sessionId);
    const { docx, pdf, ...meta } = doc;
    // The letter travels in the meta, sealed with it.
    const m = await this.crypto.encryptText(JSON.stringify(meta), `${key}|m`);
    const b = docx ? await this.crypto.encryptBytes(docx, `${key}|b`) : "";
    // Sealed like the .docx, under its own field name so one ciphertext cannot pass for the other.
    const p = pdf ? [await this.crypto.encryptBytes(pdf, `${key}|p`)] : [];
    const ttls = [String(this.ttl.documentSeconds), String(this.ttl.sessionSeconds)];
    await this.io(() => this.redis.eval(SAVE_DOCUMENT, [key, index], [m, b, ...ttls, ...p]));
  }

  async loadDocument(id: string): Promise<StoredDocument | null> {
    const key = await this.keys.keyFor("d", id);
    const [m, b, p] = fields(await this.io(() => this.redis.hmget(key, "m", "b", "p")), "m", "b", "p");
    if (m === null) return null;
    const meta = JSON.parse(await this.crypto.decryptText(m, `${key}|m`)) as Omit<StoredDocument, "docx" | "pdf">;
    return {
      ...meta,
      ...(b === null ? {} : { docx: await this.crypto.decryptBytes(b, `${key}|b`) }),
      ...(p === null ? {} : { pdf: await this.crypto.decryptBytes(p, `${key}|p`) }),
    };
  }

  async saveAlias(alias: string, sessionId: string): Promise<void> {
    const key = await this.keys.keyFor("a", alias);
    const index = await this.keys.keyFor("x", sessionId);
    const sealed = await this.crypto.encryptText(sessionId, key);
    const args = [sealed, String(this.ttl.sessionSeconds)];
    await this.io(() => this.redis.eval(SAVE_ALIAS, [key, index], args));
  }

  async loadAlias(alias: string): Promise<string | null> {
    const key = await this.keys.keyFor("a", alias);
    const sealed = text(await this.io(() => this.redis.get(key)));
    if (sealed === null) return null;
    try {
      return await this.crypto.decryptText(sealed, key);
    } catch (error) {
      if (error instanceof DecryptionError) throw conversationGone();
      throw error;
    }
  }

  async claimOnce(claim: string, ttlSeconds: number): Promise<boolean> {
    const key = await this.keys.keyFor("c", claim);
    const reply = await this.io(() => this.redis.set(key, "1", { nx: true, ex: seconds(ttlSeconds) }));
    return reply === "OK";
  }

  async addUsage(counter: string, tokens: number, ttlSeconds: number, sessionId?: string): Promise<number> {
    // A conversation's counter (`t`) is indexed to be erased with it; any other (`u`) only expires.
    const key = await this.keys.keyFor(sessionId ? "t" : "u", counter);
    const added = Math.max(0, Math.round(tokens));
    // A read creates nothing: a conversation that never spent a token has no counter.
    if (added === 0) return Number(text(await this.io(() => this.redis.get(key))) ?? 0);
    const keys = sessionId ? [key, await this.keys.keyFor("x", sessionId)] : [key];
    const args = [String(added), String(seconds(ttlSeconds)), String(this.ttl.sessionSeconds)];
    return Number(await this.io(() => this.redis.eval(ADD_USAGE, keys, args)));
  }

  /** Runs one Redis call under the timeout; any failure of the call (not of our code) is a 503. */
  private async io<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(call(), this.timeoutMs);
    } catch {
      throw storageUnavailable();
    }
  }
}

/** Redis TTLs are whole seconds, at least one. */
function seconds(value: number): number {
  return Math.max(1, Math.ceil(value));
}

/** HMGET fields by name: the client answers an array, or an object when it deserializes. */
function fields<N extends string[]>(row: unknown, ...names: N): { [K in keyof N]: string | null } {
  const record: Record<string, unknown> = row && typeof row === "object" && !Array.isArray(row) ? { ...row } : {};
  const values = names.map((name, i) => text(Array.isArray(row) ? row[i] : record[name]));
  return values as { [K in keyof N]: string | null };
}

/** A string reply, whatever the client's deserialization made of it. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
