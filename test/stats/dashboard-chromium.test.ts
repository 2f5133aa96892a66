// The dashboard module in Chromium, under a CSP as strict as the settings page's (script-src 'self',
// style-src 'self'): the real app's stats routes after scripted conversations (served through a
// loopback server), loadDashboard fetching them with the token, a figure per metric with its SVG
// chart and its table, "<5" drawn and written, axe-core finding nothing, and "Download CSV" saving
// exactly what the CSV route answers.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { testApp } from "../support/app.js";
import { freePort } from "../support/wrangler-dev.js";
import { Typed, webConversation } from "./conversations.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const ROOT = join(import.meta.dirname, "../..");
const ADMIN = "dashboard-admin-token-0123456789-abc";
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'";

let browser: Browser;
let server: Server;
let origin = "";
let app: Awaited<ReturnType<typeof testApp>>;
const violations: string[] = [];

/** The page: the module's CSS and a bundle that calls loadDashboard, nothing inline. */
async function bundle(): Promise<string> {
  const entry = `import { loadDashboard } from ${JSON.stringify(join(ROOT, "src/widget/browser/admin/dashboard.ts"))};
const days = Number(new URLSearchParams(location.search).get("days") ?? "30");
loadDashboard(document.getElementById("dash"), { clinic: "riverbend", token: ${JSON.stringify(ADMIN)}, days });`;
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    write: false,
    format: "iife",
    target: ["chrome90"],
  });
  return out.outputFiles[0]?.text ?? "";
}

describe.skipIf(skip)("the dashboard in Chromium", () => {
  beforeAll(async () => {
    app = await testApp({}, { ADMIN_TOKEN: ADMIN });
    await app.deps.clinics.put(DEMO_CLINIC);
    const typed = new Typed();
    for (let n = 0; n < 6; n++) await webConversation(app.fetch, typed, "letter", { clinic: "riverbend", n });
    for (let n = 6; n < 8; n++) await webConversation(app.fetch, typed, "first", { clinic: "riverbend", n });
    const js = await bundle();
    const css = readFileSync(join(ROOT, "src/widget/browser/admin/dashboard.css"), "utf8");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard</title>
<link rel="stylesheet" href="/dashboard.css"><script src="/dashboard.js" defer></script></head>
<body><main><h1>Riverbend Family Medicine</h1><h2>Dashboard</h2><div id="dash"></div></main></body></html>`;
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = createServer(async (req, res) => {
      const url = req.url ?? "/";
      if (url.startsWith("/api/")) {
        const answer = await app.fetch(`http://recordpath.test${url}`, {
          headers: { authorization: req.headers.authorization ?? "" },
        });
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const files: Record<string, [string, string]> = {
        "/dashboard.js": ["text/javascript", js],
        "/dashboard.css": ["text/css", css],
      };
      const file = url.startsWith("/?") || url === "/" ? ["text/html; charset=utf-8", html] : files[url];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": file[0], "content-security-policy": CSP });
      res.end(file[1]);
    });
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("draws a figure per metric with an SVG chart and its table, '<5' marked, under a strict CSP", async () => {
    const page = await browser.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector("figure.rp-dash-stops");
    const figures = await page.$$eval("figure.rp-dash-metric", (els) =>
      els.map((f) => ({
        title: f.querySelector("h3")?.textContent,
        svgRole: f.querySelector("svg.rp-dash-svg")?.getAttribute("role"),
        label: f.querySelector("svg.rp-dash-svg")?.getAttribute("aria-label"),
        caption: f.querySelector("table caption")?.textContent,
        rowHeaders: [...f.querySelectorAll("tbody th")].every((th) => th.getAttribute("scope") === "row"),
        colHeaders: [...f.querySelectorAll("thead th")].every((th) => th.getAttribute("scope") === "col"),
        hatched: f.querySelectorAll("rect[fill^='url(#']").length,
        svgText: [...f.querySelectorAll("svg text")].map((t) => t.textContent),
        cells: [...f.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
      })),
    );
    expect(figures.map((f) => f.title)).toEqual([
      "Conversations started",
      "Recommendations by path",
      "Letters drafted, by kind",
      "Where conversations stopped",
      "The question they stopped at",
    ]);
    for (const f of figures) {
      expect(f.svgRole).toBe("img");
      expect(f.label).toContain(f.title ?? "?");
      expect(f.caption).toContain(f.title ?? "?");
      expect(f.rowHeaders && f.colHeaders).toBe(true);
    }
    const [started, paths, letters, stops] = figures;
    // Today's row leads the started table: 8 web conversations.
    expect(started?.cells[0]).toEqual(["Nov 26", "8", "0", "0", "0"]);
    expect(started?.label).toContain("Web: 8; SMS: 0");
    expect(paths?.cells).toContainEqual(["Ask the records office in writing (HIPAA right of access)", "6"]);
    expect(letters?.cells).toContainEqual(["Request for medical records", "6"]);
    // Two left after the first message: a hatched "<5" bar, "<5" in the chart and the table.
    expect(stops?.cells).toContainEqual(["After the first message", "<5"]);
    expect(stops?.svgText).toContain("<5");
    expect(stops?.hatched).toBe(1);
    expect(stops?.label).toContain("After the first message: <5");
    expect(violations).toEqual([]);
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-results/dashboard.png"), fullPage: true });
    await page.close();
  });

  it("has no axe-core violations, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      // bypassCSP only lets the test inject axe; the page's own code is unchanged.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForSelector("figure.rp-dash-stops");
      await page.evaluate(readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
      const found = await page.evaluate<unknown[]>(
        "axe.run(document).then(r => r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) })))",
      );
      expect(found, colorScheme).toEqual([]);
      await context.close();
    }
  });

  it("saves exactly the CSV route's answer from 'Download CSV', with the token in a header only", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests: Array<{ url: string; auth: string | undefined }> = [];
    page.on("request", (r) => requests.push({ url: r.url(), auth: r.headers().authorization }));
    await page.goto(`${origin}/?days=7`);
    await page.waitForSelector("figure.rp-dash-stops");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.rp-dash-csv")]);
    expect(download.suggestedFilename()).toBe("riverbend-stats-2026-11-20-to-2026-11-26.csv");
    const saved = readFileSync((await download.path()) ?? "", "utf8");
    const direct = await app.fetch("http://recordpath.test/api/admin/clinics/riverbend/stats.csv?days=7", {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(saved).toBe(await direct.text());
    expect(saved.split("\r\n")).toContain("2026-11-26,stops,opened,<5");
    await page.waitForFunction(
      "document.querySelector('.rp-dash-status')?.textContent?.startsWith('Saved riverbend-stats-')",
    );
    const api = requests.filter((r) => r.url.includes("/api/"));
    expect(api.map((r) => new URL(r.url).pathname)).toEqual([
      "/api/admin/clinics/riverbend/stats",
      "/api/admin/clinics/riverbend/stats.csv",
    ]);
    expect(api.every((r) => r.auth === `Bearer ${ADMIN}` && !r.url.includes(ADMIN))).toBe(true);
    await context.close();
  });

  it("shows the server's message when the stats cannot be read", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/?days=0`);
    const alert = await page.waitForSelector(".rp-dash-error[role=alert]");
    expect(await alert.textContent()).toMatch(/^days: must be a whole number from 1 to 400/);
    await page.close();
  });
});
