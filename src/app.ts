// createApp: mounts the channels under their prefixes, security headers, CORS for clinics, request
// logging and the one error handler.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { adminRoutes } from "./channels/admin.js";
import { adminPageRoutes } from "./channels/admin-pages.js";
import { admitTurns } from "./channels/admission.js";
import { apiRoutes } from "./channels/api.js";
import { documentRoutes } from "./channels/documents.js";
import { embedHeaders, embedRoutes } from "./channels/embed.js";
import type { AppEnv } from "./channels/http.js";
import { pageRoutes } from "./channels/pages.js";
import { smsRoutes } from "./channels/sms.js";
import { trackerRoutes } from "./channels/tracker.js";
import { webRoutes } from "./channels/web.js";
import { whatsappRoutes } from "./channels/whatsapp.js";
import { clinicCors } from "./clinics/access.js";
import type { AppDeps } from "./deps.js";
import { AppError, errorBody } from "./errors.js";
import { patientText } from "./i18n/errors.js";

const MAX_BODY_BYTES = 64 * 1024;
/**
 * A clinic record at every field's limit: a 32 KB logo is ~43 KB of base64, and its texts, sent by a
 * client that escapes non-ASCII as \uXXXX (6 bytes a character), add ~25 KB more.
 */
const ADMIN_MAX_BODY_BYTES = 128 * 1024;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    const started = Date.now();
    const requestId = crypto.randomUUID();
    c.header("X-Request-Id", requestId);
    await next();
    deps.log.info("request", {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Date.now() - started,
      model: deps.model.name,
      store: deps.store.kind,
    });
  });

  // Registered before secureHeaders so it can adjust framing headers after secureHeaders has set them.
  app.use("*", embedHeaders());
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
      crossOriginEmbedderPolicy: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  // Only where a host page needs it (never the session routes); before the body limit, so a clinic's
  // page can read a 413 too.
  for (const path of ["/api/chat", "/api/documents/*"]) app.use(path, clinicCors(deps));

  // API and webhook bodies are small: refuse a large one before it is read (Twilio posts to /sms, /whatsapp).
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError("payload_too_large", `The body is too large (at most ${maxSize / 1024} KB).`);
      },
    });
  const [small, admin] = [limit(MAX_BODY_BYTES), limit(ADMIN_MAX_BODY_BYTES)];
  for (const path of ["/api/*", "/sms/*", "/whatsapp/*"])
    app.use(path, (c, next) => (c.req.path.startsWith("/api/admin/") ? admin : small)(c, next));

  app.use("/api/chat", admitTurns(deps));
  app.get("/healthz", (c) => c.json({ ok: true, model: deps.model.name, store: deps.store.kind }));
  app.route("/api", webRoutes(deps));
  app.route("/api", trackerRoutes(deps));
  app.route("/api", apiRoutes(deps));
  app.route("/api/documents", documentRoutes(deps));
  app.route("/api/admin", adminRoutes(deps));
  app.route("/", smsRoutes(deps));
  app.route("/", whatsappRoutes(deps));
  app.route("/", embedRoutes(deps));
  app.route("/", pageRoutes(deps));
  app.route("/", adminPageRoutes(deps));

  app.notFound((c) =>
    c.json(errorBody("not_found", `No such route for ${c.req.method}. See the README for the API.`), 404),
  );

  app.onError((error, c) => {
    if (error instanceof AppError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      const message = error.say ? patientText(error.say, c.req.header("accept-language")) : error.message;
      return c.json(errorBody(error.code, message), error.status as 400);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody("bad_request", "The request could not be read. Check its format."), error.status);
    }
    deps.log.error("unhandled", { route: c.req.routePath, error: error.name });
    return c.json(errorBody("internal", "Something went wrong on our side. Please try again."), 500);
  });

  return app;
}
