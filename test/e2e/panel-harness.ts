// The panel matrix's harness: the real app (memory store, the built-in guide) served from Node on a
// loopback port that can be stopped and started again, a clinic's host page on another origin, and
// the checks every state of the panel gets: computed layout, axe-core and a screenshot.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import type { ExpectStatic } from "vitest";
import { MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { type Clinic, ClinicSchema } from "../../src/clinics/schema.js";
import type { SessionStore } from "../../src/sessions/store.js";
import { testApp } from "../support/app.js";
import { freePort, ROOT } from "../support/wrangler-dev.js";
import { type HostSite, startHost } from "./servers.js";

export const CHROMIUM = "/usr/bin/chromium";
/** Where the run writes a screenshot of every state (gitignored; the README names it). */
export const SHOTS = join(ROOT, "test-results/panel");
export const CLINIC = "lakeside-matrix";
export const PHONE = "(614) 555-0188";

/** The app on a port of its own, with the store the tests read and the switch "server stopped" needs. */
export interface App {
  origin: string;
  store: SessionStore;
  /** Stops answering: the port refuses connections, as a crashed or unreachable server does. */
  stop(): Promise<void>;
  /** Answers again on the same port, with the same conversations. */
  start(): Promise<void>;
}

/** A clinic whose site is `origin`, with a records-office phone (offered with every error). */
export function clinicFor(origin: string): Clinic {
  return ClinicSchema.parse({
    id: CLINIC,
    name: "Lakeside Clinic",
    allowedOrigins: [origin],
    recordsOffice: { phone: PHONE, email: "records@lakeside.example", address: "80 Lake St, Columbus, OH 43215" },
    portalUrl: "https://portal.lakeside.example/",
    turnaroundDays: 10,
    themeColor: "#1f6f5c",
    languages: ["en", "es"],
  });
}

/** Node's request as a fetch Request; the signal aborts when the browser goes away mid-reply. */
async function toRequest(req: IncomingMessage, res: ServerResponse, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === "string") headers.set(k, v);
    else if (Array.isArray(v)) for (const one of v) headers.append(k, one);
  }
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" || chunks.length === 0 ? undefined : Buffer.concat(chunks);
  return new Request(`${origin}${req.url ?? "/"}`, { method, headers, body, signal: aborted.signal });
}

async function answer(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
}

/** Starts the app for a clinic on `hostOrigin`, on a port of its own. */
export async function startApp(hostOrigin: (appOrigin: string) => Promise<string>): Promise<App> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const clinic = clinicFor(await hostOrigin(origin));
  const { app, store } = await testApp(
    { clinics: new MemoryClinicDirectory([clinic]) },
    { RATE_LIMIT_IP: "100000/60s", RATE_LIMIT_SESSION: "10000/60s" },
  );
  const server = createServer((req, res) => {
    toRequest(req, res, origin)
      .then((request) => app.fetch(request))
      .then((response) => answer(res, response))
      .catch(() => res.destroy());
  });
  const start = () => new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const stop = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  await start();
  return { origin, store, stop, start };
}

/** The clinic's page, embedding the widget with its one line under a strict CSP. */
export function hostPageOf(appOrigin: () => string) {
  return () => ({
    csp: `default-src 'self'; script-src 'self' ${appOrigin()}; frame-src ${appOrigin()}; style-src 'self'; object-src 'none'; base-uri 'none'`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lakeside Clinic: medical records</title></head><body><main><h1>Medical records</h1><p>Ask our assistant about getting your records.</p></main>
<script src="${appOrigin()}/widget.js" data-clinic="${CLINIC}" async></script></body></html>`,
  });
}

/** The app and its host page together. */
export async function startSite(): Promise<{ app: App; host: HostSite }> {
  let appOrigin = "";
  let host: HostSite | undefined;
  const app = await startApp(async (origin) => {
    appOrigin = origin;
    host = await startHost(hostPageOf(() => appOrigin));
    return host.origin;
  });
  if (!host) throw new Error("the host page did not start");
  return { app, host };
}

/** Runs at most `n` tasks at once (pages share two cores with everything else). */
export function limit(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Clicks the launcher and returns the panel's frame once its input is ready. */
export async function openPanel(page: Page): Promise<Frame> {
  await page.getByRole("button", { name: "Medical records help" }).click();
  return panelFrame(page);
}

export async function panelFrame(page: Page): Promise<Frame> {
  await page.locator("iframe#recordpath-panel").waitFor({ state: "attached" });
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes("/embed?"));
    if (frame) {
      await frame.locator("#msg").waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error("no panel frame");
}

/** The computed layout of the panel, measured inside its frame (CSS pixels of the frame). */
export interface Layout {
  height: number;
  width: number;
  header: { top: number; bottom: number; height: number } | null;
  log: { height: number } | null;
  input: { top: number; bottom: number; left: number; right: number; height: number } | null;
  /** Everything below the header and the facts bar: the log, quick replies and input. */
  chat: number;
  scroll: { height: number; client: number; width: number; clientWidth: number };
  rootFont: number;
  bodyFont: number;
  inputFont: number;
  background: string;
  dark: boolean;
  reducedMotion: boolean;
  /** The typing dots' animation under the page's motion preference. */
  dotsAnimation: string;
}

const MEASURE = `(() => {
  const box = (sel) => { const el = document.querySelector(sel); if (!el) return null; const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }; };
  const header = box('.bar'), known = box('.known');
  const probe = document.createElement('span'); probe.className = 'dots'; document.body.append(probe);
  const dotsAnimation = getComputedStyle(probe, '::before').animationName; probe.remove();
  const px = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : 0;
  const s = document.scrollingElement;
  return {
    height: innerHeight, width: innerWidth, header, log: box('.log'), input: box('#msg'),
    chat: innerHeight - (header ? header.bottom : 0) - (known ? known.height : 0),
    scroll: { height: s.scrollHeight, client: s.clientHeight, width: s.scrollWidth, clientWidth: s.clientWidth },
    rootFont: px(document.documentElement), bodyFont: px(document.querySelector('.bubble') || document.body), inputFont: px(document.getElementById('msg')),
    background: getComputedStyle(document.body).backgroundColor,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    dotsAnimation,
  };
})()`;

export const measure = (frame: Frame): Promise<Layout> => frame.evaluate<Layout>(MEASURE);

/** Relative luminance of an rgb()/rgba() colour (WCAG). */
export function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * One scenario's page and panel, with its test's own `expect`: scenarios run concurrently, and
 * vitest can only tell which test an assertion belongs to through the test context's expect.
 */
export interface Run {
  expect: ExpectStatic;
  page: Page;
  frame: Frame;
  scenario: string;
}

/** What a state must hold beyond the basics (header and input in view, only the log scrolls). */
export interface Expect {
  /** The log's least share of the panel's height (0.4 at 200% zoom). */
  logShare?: number;
  /** The least share of the chat (log, quick replies, input) on a phone: 0.7. */
  chatShare?: number;
  /** The least log height in CSS px (a usable conversation at 400%: a few lines). */
  logMin?: number;
  /** The header's largest share of the panel's height (collapsed at 400%). */
  headerShare?: number;
  /** On phones the panel takes the whole window. */
  fullScreen?: boolean;
  /** The browser's default font size the panel must follow (Page.setFontSizes). */
  fontSize?: number;
  dark?: boolean;
  reducedMotion?: boolean;
}

/**
 * Checks the panel's computed layout in one state. Soft assertions: every state of a scenario is
 * checked and reported even when an earlier one fails.
 */
export async function checkLayout(run: Run, state: string, want: Expect = {}): Promise<Layout> {
  const { page, frame } = run;
  const l = await measure(frame);
  const soft = (value: unknown, what: string) => run.expect.soft(value, `${run.scenario}/${state}: ${what}`);
  soft(l.header && l.header.height > 0 && l.header.top >= 0 && l.header.bottom <= l.height, "header in view").toBe(
    true,
  );
  soft(
    l.input &&
      l.input.height > 0 &&
      l.input.top >= 0 &&
      l.input.bottom <= l.height + 0.5 &&
      l.input.right <= l.width + 0.5,
    "input in view",
  ).toBe(true);
  soft(l.scroll.height, "no page scroll inside the panel (scrollHeight ≤ clientHeight)").toBeLessThanOrEqual(
    l.scroll.client,
  );
  soft(l.scroll.width, "no sideways scroll inside the panel").toBeLessThanOrEqual(l.scroll.clientWidth);
  soft(l.log?.height ?? 0, "log has room").toBeGreaterThan(0);
  if (want.logShare)
    soft((l.log?.height ?? 0) / l.height, "log share of the panel's height").toBeGreaterThanOrEqual(want.logShare);
  if (want.chatShare)
    soft(l.chat / l.height, "chat share of the phone's height").toBeGreaterThanOrEqual(want.chatShare);
  if (want.logMin) soft(l.log?.height ?? 0, "log height in CSS px").toBeGreaterThanOrEqual(want.logMin);
  if (want.headerShare)
    soft((l.header?.height ?? 0) / l.height, "header share of the panel's height").toBeLessThanOrEqual(
      want.headerShare,
    );
  if (want.fontSize) {
    soft(l.rootFont, "the panel's root font is the browser's default").toBe(want.fontSize);
    soft(l.bodyFont, "message text follows the browser's font size").toBeGreaterThanOrEqual(want.fontSize);
    soft(l.inputFont, "the input follows the browser's font size").toBeGreaterThanOrEqual(want.fontSize);
  }
  if (want.dark !== undefined) {
    soft(l.dark, "prefers-color-scheme: dark reaches the panel").toBe(want.dark);
    if (want.dark) soft(luminance(l.background), "dark background in dark mode").toBeLessThan(0.2);
  }
  if (want.reducedMotion) {
    soft(l.reducedMotion, "prefers-reduced-motion reaches the panel").toBe(true);
    soft(l.dotsAnimation, "no typing animation with reduced motion").toBe("none");
  }
  // The panel's frame itself inside the window.
  const frameBox = await page.locator("iframe#recordpath-panel").boundingBox();
  const vp = page.viewportSize();
  if (want.fullScreen)
    soft(frameBox, "the panel fills the phone's window").toEqual({ x: 0, y: 0, width: vp?.width, height: vp?.height });
  if (frameBox && vp)
    soft(
      frameBox.x >= 0 &&
        frameBox.y >= 0 &&
        frameBox.x + frameBox.width <= vp.width + 0.5 &&
        frameBox.y + frameBox.height <= vp.height + 0.5,
      "panel inside the window",
    ).toBe(true);
  return l;
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core's violations in the panel (the context is made with bypassCSP so axe can be injected). */
export async function axe(frame: Frame): Promise<Array<{ id: string; targets: string[] }>> {
  if (!(await frame.evaluate<boolean>("typeof axe !== 'undefined'"))) await frame.evaluate(AXE);
  return frame.evaluate(
    "axe.run(document).then(r => r.violations.map(v => ({ id: v.id, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))",
  );
}

/** One state: layout checked, axe run, screenshot written to test-results/panel/<scenario>-<state>.png. */
export async function state(run: Run, name: string, want: Expect = {}): Promise<Layout> {
  const { page, frame, scenario } = run;
  // Let a reply's last frame render and the log settle at its end.
  await frame.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
  await page.screenshot({ path: join(SHOTS, `${scenario}-${name}.png`) });
  const layout = await checkLayout(run, name, want);
  run.expect.soft(await axe(frame), `${scenario}/${name}: axe-core violations`).toEqual([]);
  return layout;
}

/**
 * Sets the browser's default font size (Settings › Appearance › Font size), as a patient would, for
 * the page or for a frame. The panel's frame runs in a process of its own (the app's origin is
 * isolated from the host's), which the page's CDP session does not reach: the panel frame needs
 * its own call, or it keeps 16 px.
 */
export async function defaultFontSize(context: BrowserContext, target: Page | Frame, px: number): Promise<void> {
  let cdp: Awaited<ReturnType<BrowserContext["newCDPSession"]>>;
  try {
    cdp = await context.newCDPSession(target);
  } catch {
    // A frame in the page's own process: the page's call already reached it.
    return;
  }
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: px } });
}

/** The panel's stored credential (its conversation's id and token). */
export async function credential(frame: Frame): Promise<{ id: string; token: string } | null> {
  const raw = await frame.evaluate<string | null, string>(
    (k) => localStorage.getItem(k),
    `rp:session:${CLINIC}:${new URL(frame.page().url()).origin}`,
  );
  return raw ? (JSON.parse(raw) as { id: string; token: string }) : null;
}

/** The stored transcript's patient messages, as text. */
export async function patientTexts(store: SessionStore, id: string): Promise<string[]> {
  const session = await store.load(id);
  return (session?.messages ?? [])
    .filter((m) => m.role === "user")
    .map((m) => m.parts.map((p) => ("text" in p ? String(p.text) : "")).join(""));
}
