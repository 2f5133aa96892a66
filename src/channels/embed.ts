// The embed channel: GET /widget.js (the loader clinics paste), GET /embed (the chat panel page
// the loader frames, allowed only inside the clinic's origins, or a friendly not-set-up page when
// the embed is misconfigured) and its content-hashed JS and CSS (built files from deps.assets,
// served with our headers).
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { CLINIC_ID, type Clinic, panelConfig } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { WIDGET_FILES } from "../widget/files.js";
import { embedProblem, originOf, SETUP_JS, SETUP_JS_PATH, setupPage } from "./embed-setup.js";
import type { AppEnv } from "./http.js";

/**
 * Finishes the embed responses' headers after the app-wide secureHeaders: /embed gets the clinic's
 * frame-ancestors (c.var.frameAncestors, set by its handler) and no X-Frame-Options, which cannot
 * list origins; /widget.js may be loaded cross-origin. Register it before secureHeaders so it runs
 * after it.
 */
export function embedHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const ancestors = c.var.frameAncestors;
    if (ancestors) {
      const csp = c.res.headers.get("Content-Security-Policy") ?? "";
      c.res.headers.set(
        "Content-Security-Policy",
        csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`),
      );
      c.res.headers.delete("X-Frame-Options");
    }
    if (c.req.path === "/widget.js") c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  };
}

/** The clinic's origins may frame the panel; without a clinic the generic assistant may be framed anywhere. */
function frameAncestors(clinic: Clinic | null): string {
  return clinic ? ["'self'", ...clinic.allowedOrigins].join(" ") : "*";
}

/** The panel page: config in a data attribute (no inline script, so our strict CSP holds). */
function panelPage(clinic: Clinic | null, ttlHours: number) {
  const config = panelConfig(clinic, { ttlHours });
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${config.name}: medical records help</title>
<link rel="stylesheet" href="${WIDGET_FILES.panelCss}">
<script src="${WIDGET_FILES.panelJs}" defer></script>
</head>
<body>
<div id="rp" data-config="${JSON.stringify(config)}"></div>
<noscript><p>The records assistant needs JavaScript.</p></noscript>
</body>
</html>`;
}

/**
 * Serves a built file from deps.assets under our own Content-Type and Cache-Control. The asset
 * server owns the ETag and answers a matching If-None-Match with 304; a file missing from the
 * build is a broken deployment, not the caller's fault.
 */
export async function asset(c: Context, deps: AppDeps, path: string, type: string, cache: string): Promise<Response> {
  const conditional = c.req.header("if-none-match");
  const url = new URL(path, c.req.url);
  const res = await deps.assets.fetch(
    new Request(url, { headers: conditional ? { "if-none-match": conditional } : {} }),
  );
  if (res.status !== 200 && res.status !== 304) throw new Error(`widget file ${path} answered ${res.status}`);
  const headers: Record<string, string> = { "Content-Type": type, "Cache-Control": cache };
  const etag = res.headers.get("etag");
  if (etag) headers.ETag = etag;
  return res.status === 304 ? c.body(null, 304, headers) : c.body(res.body ?? "", 200, headers);
}

/** The embed routes as a Hono sub-app; mount with app.route("/", embedRoutes(deps)). */
export function embedRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const JS = "text/javascript; charset=utf-8";
  const CSS = "text/css; charset=utf-8";
  // A content-hashed name changes whenever the file does, so browsers may keep it for a year.
  const HASHED = "public, max-age=31536000, immutable";
  const { loader, panelJs, panelCss } = WIDGET_FILES;

  // Clinics paste a fixed URL, so the loader itself is cached briefly and revalidated by ETag.
  app.get(loader, (c) => {
    c.header("Access-Control-Allow-Origin", "*");
    return asset(c, deps, loader, JS, "public, max-age=3600");
  });
  app.get(panelJs, (c) => asset(c, deps, panelJs, JS, HASHED));
  app.get(panelCss, (c) => asset(c, deps, panelCss, CSS, HASHED));

  // The not-set-up page's script: fixed name, so cached briefly like the loader.
  app.get(SETUP_JS_PATH, (c) => c.body(SETUP_JS, 200, { "Content-Type": JS, "Cache-Control": "public, max-age=3600" }));

  // The clinic's logo for the panel's header. The URL carries a hash of the bytes (logoUrl), so a
  // day's cache is safe; nosniff keeps the browser to the type the schema checked.
  app.get("/embed/logo/:id", async (c) => {
    const id = c.req.param("id");
    const clinic = CLINIC_ID.safeParse(id).success ? await deps.clinics.get(id) : null;
    if (!clinic?.logo) throw new AppError("not_found", "This clinic has no logo.");
    const bytes = Uint8Array.from(atob(clinic.logo.data), (ch) => ch.charCodeAt(0));
    return c.body(bytes, 200, {
      "Content-Type": clinic.logo.type,
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.get("/embed", async (c) => {
    const id = c.req.query("clinic");
    const clinic = id && CLINIC_ID.safeParse(id).success ? await deps.clinics.get(id) : null;
    // The loader names the page's origin; a Referer (when the host's policy sends one) is the fallback.
    const origin = originOf(c.req.query("origin")) ?? originOf(c.req.header("referer"));
    const own = [new URL(c.req.url).origin, originOf(deps.settings.PUBLIC_BASE_URL)].filter((o) => o !== null);
    const problem = embedProblem({ id: id?.slice(0, 80), clinic, origin, own });
    c.header("Cache-Control", "no-cache");
    if (problem) {
      // Nothing private and nothing to click but a phone link: any page may frame it, so the patient
      // sees it instead of a grey frame. 200, since browsers log an error status in the host page's
      // console, and the one line there should be the fix.
      c.set("frameAncestors", "*");
      return c.html(setupPage({ clinic, lang: c.req.query("lang"), fix: problem, origin }));
    }
    c.set("frameAncestors", frameAncestors(clinic));
    return c.html(panelPage(clinic, deps.settings.SESSION_TTL_HOURS));
  });

  return app;
}
