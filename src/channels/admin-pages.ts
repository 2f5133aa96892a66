// The settings page (GET /admin) and its test page (GET /admin/test-embed): static HTML that loads
// content-hashed JS and CSS from our own origin, under the app's strict CSP (no inline script or
// style) and framed by nobody. The page signs in against /api/admin with a token the person pastes;
// nothing here reads a token, so both pages are public and hold nothing private.
import { Hono } from "hono";
import { html } from "hono/html";
import { CLINIC_ID } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { WIDGET_FILES } from "../widget/files.js";
import { asset } from "./embed.js";
import { originOf } from "./embed-setup.js";
import { type AppEnv, baseUrl } from "./http.js";

/**
 * The settings page: a shell the script fills (sign-in first); the <noscript> says what it needs.
 * The panel's files and the session lifetime are there for the live preview.
 */
function settingsPage(ttlHours: number) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>recordpath settings</title>
<link rel="stylesheet" href="${WIDGET_FILES.adminCss}">
<script src="${WIDGET_FILES.adminJs}" defer></script>
</head>
<body data-panel-js="${WIDGET_FILES.panelJs}" data-panel-css="${WIDGET_FILES.panelCss}" data-ttl-hours="${ttlHours}">
<a class="skip" href="#main">Skip to the settings</a>
<header class="top"><p class="brand">recordpath settings</p><nav id="nav" aria-label="Account"></nav></header>
<main id="main" tabindex="-1"><noscript><p>This settings page needs JavaScript.</p></noscript></main>
</body>
</html>`;
}

/**
 * The test page: the clinic's one-line embed as its site would paste it, with data-test-origin
 * (heeded by the loader only on our own host) presenting the site's origin. Its script opens the
 * launcher and reports the loader's recordpath:ready or recordpath:setup event in words.
 */
function testPage(input: { clinic: string | null; origin: string | null; host: string; problem: string | null }) {
  const csp = `script-src ${input.host}; frame-src ${input.host}`;
  const embed =
    input.clinic && input.origin
      ? html`<script src="/widget.js" data-clinic="${input.clinic}" data-test-origin="${input.origin}" async></script>`
      : "";
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Test page: the assistant on ${input.origin ?? "your site"}</title>
<link rel="stylesheet" href="${WIDGET_FILES.adminCss}">
<script src="${WIDGET_FILES.testEmbedJs}" defer></script>
</head>
<body class="test-page">
<main id="main" class="narrow">
<h1>Test page for ${input.origin ?? "your site"}</h1>
<p>This page shows the records assistant exactly as your site would show it, with your embed code, as if it were on
<strong>${input.origin ?? "(no address given)"}</strong>. The assistant's button is at the bottom right.</p>
<div id="verdict" class="verdict" role="status" aria-live="polite" data-clinic="${input.clinic ?? ""}" data-origin="${input.origin ?? ""}" data-problem="${input.problem ?? ""}"><p>Checking…</p></div>
<h2>What your page's Content-Security-Policy must include</h2>
<p>If your site sends a Content-Security-Policy header, it must allow our script and our frame:</p>
<pre class="code"><code>${csp}</code></pre>
<p>If your site sends no such header, nothing needs to change.</p>
<p><a href="/admin">Back to the settings</a></p>
</main>
${embed}
</body>
</html>`;
}

/** The settings pages as a Hono sub-app; mount with app.route("/", adminPageRoutes(deps)). */
export function adminPageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const HASHED = "public, max-age=31536000, immutable";
  const { adminJs, adminCss, testEmbedJs } = WIDGET_FILES;
  app.get(adminJs, (c) => asset(c, deps, adminJs, "text/javascript; charset=utf-8", HASHED));
  app.get(testEmbedJs, (c) => asset(c, deps, testEmbedJs, "text/javascript; charset=utf-8", HASHED));
  app.get(adminCss, (c) => asset(c, deps, adminCss, "text/css; charset=utf-8", HASHED));

  // Nobody may frame the settings (a click-jacked "Issue a token" or "Revoke" is the risk).
  app.use("/admin", async (c, next) => {
    c.set("frameAncestors", "'none'");
    c.header("Cache-Control", "no-store");
    await next();
  });
  app.use("/admin/test-embed", async (c, next) => {
    c.set("frameAncestors", "'none'");
    c.header("Cache-Control", "no-store");
    await next();
  });

  app.get("/admin", (c) => c.html(settingsPage(deps.settings.SESSION_TTL_HOURS)));

  app.get("/admin/test-embed", (c) => {
    const rawClinic = c.req.query("clinic");
    const rawOrigin = c.req.query("origin");
    const clinic = rawClinic && CLINIC_ID.safeParse(rawClinic).success ? rawClinic : null;
    const origin = originOf(rawOrigin);
    const problem = !clinic
      ? "the address has no valid clinic id (clinic=…). Open the test page again from the settings page's site checker."
      : !origin
        ? "the address has no valid site address (origin=…, like https://www.example.org). Open the test page again from the site checker."
        : null;
    const host = new URL(baseUrl(c, deps)).origin;
    return c.html(testPage({ clinic, origin, host, problem }), problem ? 400 : 200);
  });

  return app;
}
