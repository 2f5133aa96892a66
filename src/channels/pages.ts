// GET /: the demo clinic's "Medical records" help page, with the widget embedded by the same
// one-line script tag a clinic would paste. Rendered from the clinic record, so it shows what the
// assistant knows. Without the demo clinic (a fresh Upstash directory) the generic widget is used.
import { Hono } from "hono";
import { html } from "hono/html";
import { DEMO_CLINIC_ID } from "../clinics/demo.js";
import type { Clinic } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { DEFAULT_THEME } from "../widget/contrast.js";
import { type AppEnv, baseUrl } from "./http.js";

/** The page; hono/html escapes every interpolated value, so a clinic record cannot inject markup. */
function page(clinic: Clinic | null, origin: string) {
  const name = clinic?.name ?? "Riverbend Family Medicine";
  const ro = clinic?.recordsOffice;
  const contact = [
    ro?.name && html`<dt>Office</dt><dd>${ro.name}</dd>\n`,
    ro?.hours && html`<dt>Hours</dt><dd>${ro.hours}</dd>\n`,
    ro?.phone && html`<dt>Phone</dt><dd><a href="tel:${ro.phone.replace(/[^\d+]/g, "")}">${ro.phone}</a></dd>\n`,
    ro?.fax && html`<dt>Fax</dt><dd>${ro.fax}</dd>\n`,
    ro?.email && html`<dt>Email</dt><dd><a href="mailto:${ro.email}">${ro.email}</a></dd>\n`,
    ro?.address && html`<dt>Mail or drop off</dt><dd>${ro.address}</dd>\n`,
  ];
  const days = clinic?.turnaroundDays;
  const tag = html`<script src="${origin}/widget.js"${clinic ? html` data-clinic="${clinic.id}"` : ""} data-color="${clinic?.themeColor ?? DEFAULT_THEME}" async></script>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Medical records | ${name}</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header class="site"><div class="wrap"><p class="logo">${name}</p>
<nav aria-label="Main"><a href="/">Patients</a> <a href="/" aria-current="page">Medical records</a> <a href="/">Locations</a></nav></div></header>
<main class="wrap">
<h1>Get a copy of your medical records</h1>
<p class="lead">You have the right to a copy of your health records. The fastest way depends on what you need. Our records assistant (the button at the bottom right) can work it out with you and draft the request letter.</p>
<section aria-labelledby="portal"><h2 id="portal">Recent results and visit notes: use the patient portal</h2>
<p>Test results, visit summaries, medications and immunizations are in the ${clinic?.portalUrl ? html`<a href="${clinic.portalUrl}">patient portal</a>` : "patient portal"}, free, any time. Ask the front desk for a sign-up code if you do not have an account.</p></section>
<section aria-labelledby="office"><h2 id="office">Your full chart, older records or images: ask the records office</h2>
<dl class="contact">${contact}</dl>
<p>Send a signed request${clinic?.requestFormUrl ? html` (our <a href="${clinic.requestFormUrl}">request form</a>, or a letter with the same facts)` : ""}. ${days ? `We usually answer within ${days} business days.` : ""}</p></section>
<section aria-labelledby="fees"><h2 id="fees">Fees</h2><p>${clinic?.fees ?? "Ask the records office."}</p></section>
<section aria-labelledby="faq"><h2 id="faq">Questions we hear often</h2>
<details><summary>Can I get my child's records?</summary><p>Yes, as a parent or guardian you can usually ask for your minor child's records. Some records a teen consented to on their own may need the teen's permission.</p></details>
<details><summary>Can you send my records to another doctor?</summary><p>Yes. Ask in writing and name the doctor or practice, their address or fax, and what to send.</p></details>
<details><summary>My old doctor retired. Who has my records?</summary><p>When a practice closes, another practice or a records storage company usually keeps the charts. The assistant can help you find the custodian.</p></details>
<details><summary>How long do you keep records?</summary><p>We keep adult records for at least seven years after the last visit, and children's records until at least age 25.</p></details>
</section>
</main>
<footer class="wrap"><p>${name} is a fictional practice used to demonstrate recordpath. Not legal or medical advice.</p></footer>
${tag}
</body>
</html>`;
}

const CSS = `*{box-sizing:border-box}body{margin:0;font:17px/1.55 Georgia,"Times New Roman",serif;color:#1d2329;background:#fbfaf7}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.site{background:#1f6f5c;color:#fff}.site .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem}
.logo{margin:0;font:700 1.2rem system-ui,sans-serif}nav a{color:#fff;margin-right:1rem;font-family:system-ui,sans-serif}
h1{font-size:1.9rem;line-height:1.2;margin:1.5rem 0 .5rem}h2{font-size:1.25rem;margin:1.75rem 0 .5rem}
.lead{font-size:1.1rem}a{color:#15584a}
.contact{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;background:#fff;border:1px solid #d8d4ca;border-radius:8px;padding:1rem}
.contact dt{font-weight:700}.contact dd{margin:0}
details{background:#fff;border:1px solid #d8d4ca;border-radius:8px;padding:.6rem 1rem;margin:.5rem 0}summary{cursor:pointer;font-weight:700}
footer{margin:3rem auto 6rem;font-size:.9rem;color:#555}`;

/** The demo page routes; mount with app.route("/", pageRoutes(deps)). */
export function pageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => c.html(page(await deps.clinics.get(DEMO_CLINIC_ID), baseUrl(c, deps))));
  app.get("/demo.css", (c) =>
    c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" }),
  );
  return app;
}
