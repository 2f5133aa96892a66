// Builds the app's dependencies from validated settings: Upstash when configured, otherwise the
// embedded defaults (in-memory store and limiter, built-in guide model).
import { DEMO_CLINIC } from "./clinics/demo.js";
import { MemoryClinicDirectory } from "./clinics/directory.js";
import { MemoryClinicTokens } from "./clinics/tokens.js";
import { UpstashClinicDirectory } from "./clinics/upstash-directory.js";
import { UpstashClinicTokens } from "./clinics/upstash-tokens.js";
import type { Settings } from "./config.js";
import { createGuideModel } from "./conversation/guide/model.js";
import { selectModel } from "./conversation/models.js";
import type { AppDeps, AssetFetcher } from "./deps.js";
import { deriveHmacKey } from "./keys.js";
import { createLogger } from "./log.js";
import { MemoryReminders } from "./reminders/memory-reminders.js";
import { twilioSender } from "./reminders/twilio-rest.js";
import { UpstashReminders } from "./reminders/upstash-reminders.js";
import { parseEncryptionKeys, RedisKeys } from "./sessions/crypto.js";
import { MemoryStore } from "./sessions/memory-store.js";
import { createMemoryRateLimiter, createUpstashRateLimiter } from "./sessions/rate-limit.js";
import { createUpstashRedis, UpstashStore } from "./sessions/upstash-store.js";
import { MemoryStats } from "./stats/counters.js";
import { UpstashStats } from "./stats/upstash-counters.js";

/** What the platform hands the Worker besides settings: the widget's built files (env.ASSETS). */
export interface Platform {
  assets: AssetFetcher;
}

/** Throws ConfigError (naming the setting) when a production secret is malformed. */
export async function wire(settings: Settings, platform: Platform): Promise<AppDeps> {
  const ttl = {
    sessionSeconds: settings.SESSION_TTL_HOURS * 3600,
    documentSeconds: settings.DOCUMENT_TTL_HOURS * 3600,
  };
  const limits = { session: settings.RATE_LIMIT_SESSION, ip: settings.RATE_LIMIT_IP, phone: settings.RATE_LIMIT_PHONE };
  const base = {
    settings,
    assets: platform.assets,
    log: createLogger(settings.LOG_LEVEL),
    clock: () => new Date(),
    model: selectModel(settings),
    fallback: createGuideModel(),
    signingKey: await deriveHmacKey(settings.SESSION_SECRET, "documents"),
    sendText: twilioSender(settings),
  };
  if (
    settings.UPSTASH_REDIS_REST_URL &&
    settings.UPSTASH_REDIS_REST_TOKEN &&
    settings.SESSION_SECRET &&
    settings.ENCRYPTION_KEYS
  ) {
    const timeoutMs = settings.REDIS_TIMEOUT_MS;
    const redis = createUpstashRedis({
      url: settings.UPSTASH_REDIS_REST_URL,
      token: settings.UPSTASH_REDIS_REST_TOKEN,
      timeoutMs,
    });
    const keys = new RedisKeys(settings.SESSION_SECRET, settings.REDIS_KEY_PREFIX);
    const crypto = await parseEncryptionKeys(settings.ENCRYPTION_KEYS);
    return {
      ...base,
      store: new UpstashStore({ redis, crypto, keys, ttl, timeoutMs }),
      reminders: new UpstashReminders({ redis, crypto, keys, timeoutMs }),
      clinics: new UpstashClinicDirectory(redis, { prefix: settings.REDIS_KEY_PREFIX }),
      tokens: new UpstashClinicTokens(redis, { prefix: settings.REDIS_KEY_PREFIX }),
      stats: new UpstashStats(redis, { prefix: settings.REDIS_KEY_PREFIX }),
      limiter: createUpstashRateLimiter({ redis, keys, limits, timeoutMs }),
    };
  }
  return {
    ...base,
    store: new MemoryStore(ttl),
    reminders: new MemoryReminders(),
    clinics: new MemoryClinicDirectory([DEMO_CLINIC]),
    tokens: new MemoryClinicTokens(),
    stats: new MemoryStats(),
    limiter: createMemoryRateLimiter({ limits }),
  };
}
