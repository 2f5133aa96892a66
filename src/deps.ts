// Everything a request needs, built once by src/index.ts (or by a test) and handed to createApp.
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { ClinicDirectory } from "./clinics/directory.js";
import type { ClinicTokenStore } from "./clinics/tokens.js";
import type { Settings } from "./config.js";
import type { Logger } from "./log.js";
import type { ReminderStore } from "./reminders/reminder.js";
import type { TextSender } from "./reminders/twilio-rest.js";
import type { RateLimiter } from "./sessions/rate-limit.js";
import type { SessionStore } from "./sessions/store.js";
import type { StatsStore } from "./stats/counters.js";

/** Serves built files by URL path; env.ASSETS (Workers Static Assets) in the Worker. */
export interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

export interface AppDeps {
  settings: Settings;
  store: SessionStore;
  /** Clinic (tenant) records: memory (seeded with the demo clinic) or Upstash, like the store. */
  clinics: ClinicDirectory;
  /** Clinic access tokens (hashes only), beside the clinic records. */
  tokens: ClinicTokenStore;
  /** The dashboard's per-clinic, per-day counters (no patient data). */
  stats: StatsStore;
  /** Per-session, per-IP and per-phone message limits (Upstash or in-memory, like the store). */
  limiter: RateLimiter;
  /** The model that answers turns; its name is what /healthz reports. */
  model: { name: "guide" | "openai"; model: LanguageModelV4 };
  /** Always the built-in guide: it answers any turn the LLM fails (error, timeout, bad tool input, step cap). */
  fallback: LanguageModelV4;
  /** Key for signing document links (HMAC-SHA256), derived from SESSION_SECRET or random per isolate. */
  signingKey: CryptoKey;
  /** The widget's built files (build/assets): the loader and the panel's content-hashed JS and CSS. */
  assets: AssetFetcher;
  /** Reminder texts (issue 20): stored beside the sessions (memory or Upstash), sent by the Cron Trigger. */
  reminders: ReminderStore;
  /** Sends a text through Twilio's REST API; null when TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set. */
  sendText: TextSender | null;
  clock: () => Date;
  log: Logger;
}
