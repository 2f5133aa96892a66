// The embed channel: GET /widget.js (the loader clinics paste), GET /embed (the chat panel page
// the loader frames, allowed only inside the clinic's origins) and its hashed assets.
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { findClinic } from "../clinics/access.js";
import { type Clinic, panelConfig } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { WIDGET } from "../widget/generated.js";
import type { AppEnv } from "./http.js";

type Asset = (typeof WIDGET)[keyof typeof WIDGET];

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
function panelPage(clinic: Clinic | null) {
  const config = panelConfig(clinic);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${config.name}: medical records help</title>
<link rel="stylesheet" href="/embed/panel.css?v=${WIDGET.css.hash}">
<script src="/embed/panel.js?v=${WIDGET.panel.hash}" defer></script>
</head>
<body>
<div id="rp" data-config="${JSON.stringify(config)}"></div>
<noscript><p>The records assistant needs JavaScript.</p></noscript>
</body>
</html>`;
}

/** Serves a bundled asset with an ETag; a URL carrying the current hash is cached for a year. */
function asset(c: Context, a: Asset, type: string, maxAge: number): Response {
  const etag = `"${a.hash}"`;
  const cache = c.req.query("v") === a.hash ? "public, max-age=31536000, immutable" : `public, max-age=${maxAge}`;
  const headers = { "Content-Type": type, "Cache-Control": cache, ETag: etag };
  if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
  return c.body(a.body, 200, headers);
}

/** The embed routes as a Hono sub-app; mount with app.route("/", embedRoutes(deps)). */
export function embedRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const JS = "text/javascript; charset=utf-8";

  // Clinics paste a fixed URL, so the loader itself is cached briefly and revalidated by ETag.
  app.get("/widget.js", (c) => {
    c.header("Access-Control-Allow-Origin", "*");
    return asset(c, WIDGET.loader, JS, 3600);
  });
  app.get("/embed/panel.js", (c) => asset(c, WIDGET.panel, JS, 300));
  app.get("/embed/panel.css", (c) => asset(c, WIDGET.css, "text/css; charset=utf-8", 300));

  app.get("/embed", async (c) => {
    const id = c.req.query("clinic");
    const clinic = id ? await findClinic(deps, id) : null;
    c.set("frameAncestors", frameAncestors(clinic));
    c.header("Cache-Control", "no-cache");
    return c.html(panelPage(clinic));
  });

  return app;
}
