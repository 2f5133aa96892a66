// A recordpath app built from test dependencies: memory store, built-in guide (or the LLM the env
// names), fixed clock.
import { createApp } from "../../src/app.js";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { MemoryClinicTokens } from "../../src/clinics/tokens.js";
import { loadSettings } from "../../src/config.js";
import { createGuideModel } from "../../src/conversation/guide/model.js";
import { selectModel } from "../../src/conversation/models.js";
import type { AppDeps } from "../../src/deps.js";
import { deriveHmacKey } from "../../src/keys.js";
import { createLogger } from "../../src/log.js";
import { MemoryReminders } from "../../src/reminders/memory-reminders.js";
import { twilioSender } from "../../src/reminders/twilio-rest.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { createMemoryRateLimiter } from "../../src/sessions/rate-limit.js";
import { MemoryStats } from "../../src/stats/counters.js";
import { folderAssets } from "./assets.js";

export const TODAY = "2026-11-26";

export async function testApp(overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}) {
  const settings = loadSettings({ LOG_LEVEL: "silent", ...env });
  const store = new MemoryStore({
    sessionSeconds: settings.SESSION_TTL_HOURS * 3600,
    documentSeconds: settings.DOCUMENT_TTL_HOURS * 3600,
  });
  const deps: AppDeps = {
    settings,
    store,
    clinics: new MemoryClinicDirectory([DEMO_CLINIC]),
    tokens: new MemoryClinicTokens(),
    stats: new MemoryStats(() => deps.clock().toISOString().slice(0, 10)),
    limiter: createMemoryRateLimiter({
      limits: { session: settings.RATE_LIMIT_SESSION, ip: settings.RATE_LIMIT_IP, phone: settings.RATE_LIMIT_PHONE },
    }),
    // The guide, unless env carries OPENAI_API_KEY (LLM tests point OPENAI_BASE_URL at a scripted server).
    model: selectModel(settings),
    fallback: createGuideModel(),
    signingKey: await deriveHmacKey(undefined, "documents"),
    assets: folderAssets(),
    clock: () => new Date(`${TODAY}T15:00:00Z`),
    log: createLogger("silent"),
    // Reminders expire by the app's clock (tests move it); the sender exists when env names a Twilio account.
    reminders: new MemoryReminders(() => deps.clock().getTime()),
    sendText: twilioSender(settings),
    ...overrides,
  };
  const app = createApp(deps);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(app.request(input instanceof Request ? input : String(input), init));
  return { app, deps, store, fetch };
}
