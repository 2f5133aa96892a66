// Per-session, per-IP and per-phone rate limits: a sliding window in Upstash Redis
// (@upstash/ratelimit) when sessions live there, an in-isolate sliding log otherwise.
import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis/cloudflare";
import type { AppError } from "../errors.js";
import { patientError } from "../i18n/errors.js";
import type { RedisKeys } from "./crypto.js";
import { DEFAULT_REDIS_TIMEOUT_MS, storageUnavailable } from "./upstash-store.js";

export type LimitKind = "session" | "ip" | "phone";

/** At most `requests` per `windowSeconds`, sliding. */
export interface Limit {
  requests: number;
  windowSeconds: number;
}

export type Limits = Record<LimitKind, Limit>;

/** Throws AppError "rate_limited" (429 with Retry-After) when `id` has used up its window. */
export interface RateLimiter {
  check(kind: LimitKind, id: string): Promise<void>;
  /** Drops what is counted for `id` (a deleted conversation leaves no key behind). */
  forget(kind: LimitKind, id: string): Promise<void>;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/**
 * Parses a limit such as "20/60s", "100/1h" or "5/30m". `name` is the setting it came from, so the
 * error tells an operator exactly what to fix.
 */
export function parseLimit(raw: string, name = "rate limit"): Limit {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smh])\s*$/.exec(raw);
  if (!match) throw new Error(`${name} must look like "20/60s": requests, "/", a window and s, m or h.`);
  const requests = Number(match[1]);
  const windowSeconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  if (requests < 1 || windowSeconds < 1)
    throw new Error(`${name} needs at least 1 request and a window of 1s or more.`);
  return { requests, windowSeconds };
}

/** The defaults: 20 messages a minute per session, 60 per client IP, 10 per phone number. */
export const DEFAULT_LIMITS: Limits = {
  session: { requests: 20, windowSeconds: 60 },
  ip: { requests: 60, windowSeconds: 60 },
  phone: { requests: 10, windowSeconds: 60 },
};

function tooMany(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return patientError("rate_limited", "rateLimited", {
    vars: { seconds },
    headers: { "Retry-After": String(seconds) },
  });
}

/**
 * Sliding-window limits in Redis. Identifiers are HMACs (nothing raw reaches Redis), the library's
 * fail-open timeout is off, and a slow or unreachable Redis becomes the same 503 as the store's.
 */
export function createUpstashRateLimiter(options: {
  redis: Redis;
  keys: RedisKeys;
  limits: Limits;
  timeoutMs?: number;
}): RateLimiter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const limiters = Object.fromEntries(
    (Object.keys(options.limits) as LimitKind[]).map((kind) => {
      const { requests, windowSeconds } = options.limits[kind];
      const limiter = new Ratelimit({
        redis: options.redis,
        limiter: Ratelimit.slidingWindow(requests, `${windowSeconds} s`),
        prefix: `${options.keys.prefix}:rl:${kind}`,
        timeout: 0,
        analytics: false,
      });
      return [kind, limiter];
    }),
  ) as Record<LimitKind, Ratelimit>;

  return {
    async check(kind, id) {
      const identifier = await options.keys.digest(`rl-${kind}`, id);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      });
      let result: Awaited<ReturnType<Ratelimit["limit"]>>;
      try {
        result = await Promise.race([limiters[kind].limit(identifier), timeout]);
      } catch {
        throw storageUnavailable();
      } finally {
        clearTimeout(timer);
      }
      if (!result.success) throw tooMany((result.reset - Date.now()) / 1000);
    },
    async forget(kind, id) {
      try {
        await limiters[kind].resetUsedTokens(await options.keys.digest(`rl-${kind}`, id));
      } catch {
        throw storageUnavailable();
      }
    },
  };
}

/**
 * The same limits inside one isolate (the embedded default with the memory store): an exact
 * sliding log of request times per identifier.
 */
export function createMemoryRateLimiter(options: { limits: Limits; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const logs = new Map<string, number[]>();
  return {
    async check(kind, id) {
      const { requests, windowSeconds } = options.limits[kind];
      const windowMs = windowSeconds * 1000;
      const at = now();
      const key = `${kind}:${id}`;
      const recent = (logs.get(key) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= requests) {
        logs.set(key, recent);
        throw tooMany((recent[0]! + windowMs - at) / 1000);
      }
      recent.push(at);
      logs.set(key, recent);
      // Forget idle identifiers so the map does not grow with every IP ever seen.
      if (logs.size > 10_000) {
        for (const [k, times] of logs) if (times.every((t) => t <= at - windowMs)) logs.delete(k);
      }
    },
    async forget(kind, id) {
      logs.delete(`${kind}:${id}`);
    },
  };
}

/** Redis-backed when a Redis client is given, in-memory otherwise. */
export function createRateLimiter(options: {
  limits: Limits;
  redis?: Redis;
  keys?: RedisKeys;
  timeoutMs?: number;
}): RateLimiter {
  if (options.redis && options.keys) {
    return createUpstashRateLimiter({
      redis: options.redis,
      keys: options.keys,
      limits: options.limits,
      timeoutMs: options.timeoutMs,
    });
  }
  return createMemoryRateLimiter({ limits: options.limits });
}
