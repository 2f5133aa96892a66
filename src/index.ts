// Worker entry: builds the dependencies from env once per isolate and hands them to createApp (for
// requests) and to the reminder clock (for the hourly Cron Trigger in wrangler.toml).
import { createApp } from "./app.js";
import { loadSettings } from "./config.js";
import type { AppDeps } from "./deps.js";
import { ConfigError, errorBody } from "./errors.js";
import { createCheckIn } from "./reminders/check-in.js";
import { runReminders } from "./reminders/run.js";
import { wire } from "./wire.js";

type Handler = (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;

interface Built {
  handler: Handler;
  /** Null when the settings are invalid: the clock does nothing (the fetch side answers 503). */
  deps: AppDeps | null;
}

async function build(env: Env): Promise<Built> {
  const deps = await wire(loadSettings(env as unknown as Record<string, unknown>), { assets: env.ASSETS });
  deps.log.info("started", { model: deps.model.name, store: deps.store.kind });
  const app = createApp(deps);
  return { deps, handler: (request, e, ctx) => app.fetch(request, e, ctx) };
}

/** A misconfigured Worker answers every request with 503 and logs the bad setting's name once. */
function misconfigured(error: ConfigError): Handler {
  console.error(JSON.stringify({ level: "error", event: "config.invalid", message: error.message }));
  return () =>
    Response.json(
      errorBody(
        "unavailable",
        "The service is not configured correctly. The operator has been told which setting to fix.",
      ),
      {
        status: 503,
      },
    );
}

let built: Promise<Built> | undefined;

function once(env: Env): Promise<Built> {
  built ??= build(env).catch((error: unknown) => {
    if (error instanceof ConfigError) return { deps: null, handler: misconfigured(error) };
    built = undefined;
    throw error;
  });
  return built;
}

export default {
  fetch(request, env, ctx) {
    return once(env).then(({ handler }) => handler(request, env, ctx));
  },
  // The reminder clock: each run sends what is due at the trigger's time (runReminders logs a
  // PHI-free summary). waitUntil keeps the Worker alive until the sends are done.
  scheduled(controller, env, ctx) {
    ctx.waitUntil(
      once(env).then(async ({ deps }) => {
        if (!deps) return;
        await runReminders({ deps, checkIn: createCheckIn(deps), now: new Date(controller.scheduledTime) });
      }),
    );
  },
} satisfies ExportedHandler<Env>;
