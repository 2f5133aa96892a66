// Per-session, per-IP and per-phone rate limits: a sliding window in Upstash Redis
// (@upstash/ratelimit) when sessions live there, an in-isolate sliding log otherwise.
import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis/cloudflare";
import type { Limit } from "../config.js";
import type { AppError } from "../errors.js";
import { patientError } from "../i18n/errors.js";
import { withTimeout } from "../timeout.js";
import type { RedisKeys } from "./crypto.js";
import { DEFAULT_REDIS_TIMEOUT_MS, storageUnavailable } from "./upstash-store.js";

type LimitKind = "session" | "ip" | "phone";

export type Limits = Record<LimitKind, Limit>;

/** Throws AppError "rate_limited" (429 with Retry-After) when `id` has used up its window. */
export interface RateLimiter {
  check(kind: LimitKind, id: string): Promise<void>;
  /** Drops what is counted for `id` (a deleted conversation leaves no key behind). */
  forget(kind: LimitKind, id: string): Promise<void>;
}

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
      let result: Awaited<ReturnType<Ratelimit["limit"]>>;
      try {
        result = await withTimeout(limiters[kind].limit(identifier), timeoutMs);
      } catch {
        throw storageUnavailable();
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
