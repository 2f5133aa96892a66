// Settings: env → validated, typed settings, parsed once at start-up. A bad or missing setting
// fails with its name so an operator knows exactly what to fix.
import { z } from "zod";
import { ConfigError } from "./errors.js";

/** At most `requests` per `windowSeconds`, sliding. */
export interface Limit {
  requests: number;
  windowSeconds: number;
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

const positive = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: "must be a positive number" });
        return z.NEVER;
      }
      return n;
    });

const limit = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx): Limit => {
      try {
        return parseLimit(v === undefined || v.trim() === "" ? fallback : v, "");
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.trim() });
        return z.NEVER;
      }
    });

/** "true" or "false" (any case); unset or blank is `fallback`. */
const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const value = v?.trim().toLowerCase();
      if (value === undefined || value === "") return fallback;
      if (value === "true" || value === "false") return value === "true";
      ctx.addIssue({ code: "custom", message: 'must be "true" or "false"' });
      return z.NEVER;
    });

/** A daily token budget: a whole number of tokens, or "off" (no budget: null). */
const tokenBudget = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number | null => {
      if (v === undefined || v.trim() === "") return fallback;
      if (v.trim().toLowerCase() === "off") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: 'must be a whole number of tokens above 0, or "off"' });
        return z.NEVER;
      }
      return n;
    });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const optionalUrl = optionalText.refine(
  (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
  "must be an http(s) URL",
);

const SettingsSchema = z
  .object({
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    PUBLIC_BASE_URL: optionalUrl,
    SESSION_TTL_HOURS: positive(72),
    DOCUMENT_TTL_HOURS: positive(24),
    SESSION_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalText,
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: optionalText,
    ENCRYPTION_KEYS: optionalText,
    REDIS_TIMEOUT_MS: positive(2000),
    MAX_CONCURRENT_TURNS: positive(64),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[a-z0-9-]{1,20}$/, "must be 1-20 lowercase letters, digits or '-'")
      .default("rp"),
    RATE_LIMIT_SESSION: limit("20/60s"),
    RATE_LIMIT_IP: limit("60/60s"),
    RATE_LIMIT_PHONE: limit("10/60s"),
    // Only Cloudflare's edge sets CF-Connecting-IP; under wrangler dev any client can send it.
    TRUST_CF_CONNECTING_IP: flag(false),
    LLM_TIMEOUT_MS: positive(20_000),
    SMS_LLM_TIMEOUT_MS: positive(8_000),
    LLM_TOKENS_PER_SESSION_DAY: tokenBudget(200_000),
    LLM_TOKENS_PER_IP_DAY: tokenBudget(1_000_000),
    TWILIO_AUTH_TOKEN: optionalText,
    /** Issue 20: the account that sends reminder texts and confirmation codes through Twilio's REST API. */
    TWILIO_ACCOUNT_SID: optionalText.refine((v) => v === undefined || /^AC[0-9a-fA-F]{32}$/.test(v), {
      message: 'must look like "AC" followed by 32 hexadecimal characters (Twilio Console, Account Info)',
    }),
    /** The number reminders are sent from when the conversation did not come through a clinic's own number. */
    TWILIO_FROM_NUMBER: optionalText.refine((v) => v === undefined || /^(whatsapp:)?\+[1-9]\d{6,14}$/.test(v), {
      message: 'must be an E.164 number such as "+15551234567"',
    }),
    /** Twilio's REST API base; only tests point it elsewhere (a fake server on loopback). */
    TWILIO_API_URL: optionalUrl,
    ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 24, "must be at least 24 characters"),
  })
  .superRefine((s, ctx) => {
    const need = (key: keyof typeof s, when: string) => {
      if (s[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `is required when ${when}` });
    };
    if (s.UPSTASH_REDIS_REST_URL) need("UPSTASH_REDIS_REST_TOKEN", "UPSTASH_REDIS_REST_URL is set");
    if (s.UPSTASH_REDIS_REST_TOKEN) need("UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN is set");
    if (s.UPSTASH_REDIS_REST_URL) need("SESSION_SECRET", "sessions are stored in Upstash");
    if (s.UPSTASH_REDIS_REST_URL) need("ENCRYPTION_KEYS", "sessions are stored in Upstash");
    if (s.OPENAI_BASE_URL) need("OPENAI_API_KEY", "OPENAI_BASE_URL is set");
    if (s.TWILIO_ACCOUNT_SID) need("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID is set (reminders are sent with both)");
    // A reminder and a linked phone are found by the webhook (and erased by STOP) through the phone's
    // digest, whose key comes from SESSION_SECRET: without it each call would make a different one.
    if (s.TWILIO_ACCOUNT_SID) need("SESSION_SECRET", "TWILIO_ACCOUNT_SID is set (texts are matched to phones with it)");
  });

export type Settings = z.output<typeof SettingsSchema>;

/** Parses settings from the Worker's env. Throws ConfigError naming every bad key. */
export function loadSettings(env: Record<string, unknown>): Settings {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(SettingsSchema.shape)) {
    const value = env[key];
    if (value !== undefined) raw[key] = typeof value === "string" ? value : String(value);
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new ConfigError(`Invalid settings: ${problems.join("; ")}`);
  }
  return parsed.data;
}
