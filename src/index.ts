// Worker entry: builds the dependencies from env once per isolate and hands them to createApp.
import { createApp } from "./app.js";
import { loadSettings } from "./config.js";
import { ConfigError, errorBody } from "./errors.js";
import { wire } from "./wire.js";

type Handler = (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;

async function build(env: Env): Promise<Handler> {
  const deps = await wire(loadSettings(env as unknown as Record<string, unknown>), { assets: env.ASSETS });
  deps.log.info("started", { model: deps.model.name, store: deps.store.kind });
  const app = createApp(deps);
  return (request, e, ctx) => app.fetch(request, e, ctx);
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

let handler: Promise<Handler> | undefined;

export default {
  fetch(request, env, ctx) {
    handler ??= build(env).catch((error: unknown) => {
      if (error instanceof ConfigError) return misconfigured(error);
      handler = undefined;
      throw error;
    });
    return handler.then((h) => h(request, env, ctx));
  },
} satisfies ExportedHandler<Env>;
