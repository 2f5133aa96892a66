// The panel's layout in Chromium, measured rather than read: header, log and input on screen at
// desktop and phone sizes, at 200% and 400% zoom and with a 32 px default font; only the log
// scrolls; dark mode; the growing input; the phone launcher and focus trap; the header menu; and a
// misconfigured embed. Zoom is emulated honestly, as the browser does it: a 1280×800 window at 200%
// is a 640×400 CSS viewport at device scale 2, at 400% a 320×200 one at scale 4. The 32 px font is
// the browser's own setting, in the profile's preferences. Screenshots go to test-results/layout-*.png.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { converse, idle } from "./drive.js";
import { type HostSite, startHost, startWorker, type Worker } from "./servers.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const ROOT = join(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "test-results");
const ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
const CLINIC = "lakeside-layout";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

let worker: Worker;
let host: HostSite;
let foreign: HostSite;
let typo: HostSite;
let browser: Browser;

const hostPage = (workerOrigin: string, clinic: string) => () => ({
  csp: `default-src 'self'; script-src 'self' ${workerOrigin}; frame-src ${workerOrigin}; style-src 'self'; object-src 'none'; base-uri 'none'`,
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lakeside Clinic</title></head><body><main><h1>Medical records</h1><p>${"Ask our assistant about your records. ".repeat(60)}</p></main>
<script src="${workerOrigin}/widget.js" data-clinic="${clinic}" data-color="#1f6f5c" async></script></body></html>`,
});

/** axe-core's violations in the frame (contexts that run it are made with bypassCSP, only to inject it). */
async function axe(frame: Frame): Promise<string[]> {
  await frame.evaluate(readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  return frame.evaluate<string[]>(
    "axe.run(document).then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
  );
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `layout-${name}.png`) });

async function openPanel(page: Page): Promise<Frame> {
  await page.locator("[data-recordpath] button").click();
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().includes("/embed?")))).toBeDefined();
  if (!frame) throw new Error("no panel frame");
  await frame.locator("#msg").waitFor();
  return frame;
}

interface Box {
  top: number;
  bottom: number;
  height: number;
}
interface Layout {
  height: number;
  bar: Box;
  log: Box;
  compose: Box;
  /** How far the panel's document itself could scroll (it must not). */
  pageScroll: number;
  titlesShown: boolean;
}

/** The panel's geometry, from inside its frame. */
function layout(frame: Frame): Promise<Layout> {
  return frame.evaluate(`(() => {
    const box = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
    return { height: innerHeight, bar: box(".bar"), log: box(".log"), compose: box(".compose"),
      pageScroll: document.scrollingElement.scrollHeight - innerHeight + document.scrollingElement.scrollTop,
      titlesShown: document.querySelector(".titles").getBoundingClientRect().width > 1 };
  })()`);
}

/** Opens the panel, answers until the recommendation, wheels past the end and checks what stays on screen. */
async function converseAndMeasure(page: Page, name: string): Promise<Layout> {
  await page.goto(`${host.origin}/`);
  const frame = await openPanel(page);
  await frame.locator(".choices .chip").first().click();
  await converse(page, frame, ".card.rec");
  await idle(frame);
  const log = await frame.locator(".log").boundingBox();
  if (log) await page.mouse.move(log.x + log.width / 2, log.y + log.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1200);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
  await shot(page, name);
  const l = await layout(frame);
  // Header and input on screen, nothing but the log scrolled.
  expect(l.bar.top, name).toBe(0);
  expect(l.bar.height, name).toBeGreaterThan(0);
  expect(l.compose.bottom, name).toBeLessThanOrEqual(l.height + 0.5);
  expect(l.log.top, name).toBeGreaterThanOrEqual(l.bar.bottom - 0.5);
  expect(l.pageScroll, name).toBeLessThanOrEqual(0);
  return l;
}

// One retry: on a loaded 2-core machine an emulated phone tap can wait out the test for an element
// to settle (seen about once per full run, never twice in a row); a real regression fails both tries.
describe.skipIf(skip)("the panel's layout in Chromium", { retry: 1 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    worker = await startWorker({ ADMIN_TOKEN, SESSION_TTL_HOURS: "48" });
    host = await startHost(hostPage(worker.origin, CLINIC));
    foreign = await startHost(hostPage(worker.origin, CLINIC));
    typo = await startHost(hostPage(worker.origin, "lakeside-layuot"));
    const res = await fetch(`${worker.origin}/api/admin/clinics/${CLINIC}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        name: "Lakeside Clinic",
        allowedOrigins: [host.origin],
        recordsOffice: { phone: "(614) 555-0188" },
        themeColor: "#1f6f5c",
        languages: ["en", "es"],
      }),
    });
    expect([200, 201]).toContain(res.status);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const site of [host, foreign, typo]) site?.server.close();
    await worker?.stop();
  });

  const sizes: Array<{ name: string; options: Parameters<Browser["newContext"]>[0]; logShare: number }> = [
    { name: "desktop", options: { viewport: { width: 1280, height: 800 } }, logShare: 0.4 },
    {
      name: "phone",
      options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
      logShare: 0.7,
    },
    { name: "zoom-200", options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, logShare: 0.4 },
    { name: "zoom-400", options: { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 }, logShare: 0.25 },
  ];
  for (const size of sizes) {
    it(`keeps the header and input on screen and the log at least ${size.logShare * 100}% of the panel (${size.name})`, async () => {
      const context = await browser.newContext({ locale: "en-US", bypassCSP: true, ...size.options });
      const page = await context.newPage();
      const l = await converseAndMeasure(page, size.name);
      const frame = page.frames().find((f) => f.url().includes("/embed?"));
      if (frame) expect(await axe(frame)).toEqual([]);
      expect(l.log.height / l.height).toBeGreaterThanOrEqual(size.logShare);
      // At 400% the header is only its buttons (and the facts drawer's summary beside them).
      expect(l.titlesShown).toBe(size.name !== "zoom-400");
      if (size.name === "zoom-400" && frame) {
        // Its menu opens whole inside the panel, with the language switch the header has no room for.
        await frame.getByRole("button", { name: "More options" }).click();
        const menu = await frame.locator(".menu").boundingBox();
        expect((menu?.x ?? -1) >= 0 && (menu?.x ?? 0) + (menu?.width ?? 0) <= 320).toBe(true);
        expect(await frame.getByRole("button", { name: "Cambiar a español" }).isVisible()).toBe(true);
        await shot(page, "zoom-400-menu");
      }
      await context.close();
    }, 120_000);
  }

  it("honours the browser's default font size (32 px) with rem sizes and the compact layout", async () => {
    const profile = mkdtempSync(join(tmpdir(), "rp-font-"));
    mkdirSync(join(profile, "Default"));
    writeFileSync(
      join(profile, "Default/Preferences"),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 32 } } }),
    );
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const l = await converseAndMeasure(page, "font-32");
      const frame = page.frames().find((f) => f.url().includes("/embed?"));
      expect(await frame?.evaluate<string>("getComputedStyle(document.getElementById('msg')).fontSize")).toBe("32px");
      expect(l.log.height / l.height).toBeGreaterThanOrEqual(0.4);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);

  it("follows dark mode with the clinic's colour lightened to 4.5:1, and stops the typing dots for reduced motion", async () => {
    const context = await browser.newContext({ colorScheme: "dark", reducedMotion: "reduce", bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`);
    const frame = await openPanel(page);
    const colours = await frame.evaluate<{ bg: string; chip: string; dots: string }>(`(() => {
      const dots = document.createElement("span"); dots.className = "dots"; document.body.append(dots);
      return { bg: getComputedStyle(document.body).backgroundColor,
        chip: getComputedStyle(document.querySelector(".chip")).color,
        dots: getComputedStyle(dots, "::before").animationName };
    })()`);
    expect(colours.bg).toBe("rgb(21, 25, 30)");
    const rgb = (s: string) => (s.match(/\d+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
    const { contrastRatio } = await import("../../src/widget/contrast.js");
    expect(contrastRatio(rgb(colours.chip), rgb(colours.bg))).toBeGreaterThanOrEqual(4.5);
    // The clinic's #1f6f5c is too dark on the dark background: the chips use its lightened accent.
    expect(colours.chip).not.toBe("rgb(31, 111, 92)");
    expect(colours.dots).toBe("none");
    await frame.locator(".choices .chip").first().click();
    await converse(page, frame, ".card.rec");
    await frame.locator(".known summary").click();
    expect(await axe(frame)).toEqual([]);
    await shot(page, "dark");
    await context.close();
  }, 120_000);

  it("grows the message box with Shift+Enter up to about five lines and sends all of it with Enter", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`);
    const frame = await openPanel(page);
    const box = frame.locator("#msg");
    expect(await box.evaluate((el) => el.tagName)).toBe("TEXTAREA");
    const one = (await box.boundingBox())?.height ?? 0;
    await box.click();
    for (const line of ["I need my records", "from Riverbend", "in Ohio", "my own", "full chart", "please"]) {
      await page.keyboard.type(line);
      await page.keyboard.press("Shift+Enter");
    }
    const tall = (await box.boundingBox())?.height ?? 0;
    expect(tall).toBeGreaterThan(one * 2.5);
    // Capped: it scrolls rather than pushing the log away.
    expect(tall).toBeLessThanOrEqual(8.5 * 16 + 1);
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await shot(page, "multiline");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    await idle(frame);
    const sent = frame.locator(".msg.user .bubble").last();
    expect(await sent.textContent()).toContain("from Riverbend");
    expect(await sent.locator("br").count()).toBe(5);
    expect(await box.inputValue()).toBe("");
    await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBeLessThan(one + 1);
    await context.close();
  }, 120_000);

  it("says who answers and for how long it keeps the conversation, and keeps Delete in the ⋯ menu away from close", async () => {
    const context = await browser.newContext({
      locale: "en-US",
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`);
    const frame = await openPanel(page);
    expect(await frame.locator(".bar h1").textContent()).toBe("Lakeside Clinic");
    expect(await frame.locator(".bar .sub").textContent()).toBe("Automated records assistant");
    expect(await frame.locator(".foot").textContent()).toBe(
      "Kept 48 hours · delete any time. Not legal or medical advice.",
    );
    const del = frame.getByRole("button", { name: "Delete my conversation" });
    expect(await del.isVisible()).toBe(false);
    const more = frame.getByRole("button", { name: "More options" });
    await more.click();
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    await expect
      .poll(() => frame.evaluate<string>("document.activeElement?.textContent ?? ''"))
      .toBe("Delete my conversation");
    await shot(page, "menu");
    expect(await axe(frame)).toEqual([]);
    // Escape closes the menu, not the panel.
    await page.keyboard.press("Escape");
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("iframe#recordpath-panel").isVisible()).toBe(true);
    await more.click();
    await del.click();
    await expect.poll(() => frame.evaluate<string>("document.activeElement?.id ?? ''")).toBe("confirm-word");
    await page.keyboard.press("Escape");
    await expect
      .poll(() => frame.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? ''"))
      .toBe("More options");
    // The starters send the words on them.
    const chip = frame.locator(".choices .chip").nth(1);
    const label = await chip.textContent();
    await chip.click();
    await idle(frame);
    expect(await frame.locator(".msg.user .bubble").first().textContent()).toBe(`You: ${label}`);
    await context.close();
  }, 120_000);

  it("on a phone: an icon-only launcher, a full-screen panel that keeps Tab inside, and the launcher back on close", async () => {
    const context: BrowserContext = await browser.newContext({
      locale: "en-US",
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`);
    const launcher = page.getByRole("button", { name: "Medical records help" });
    const closed = await launcher.boundingBox();
    expect(closed?.width).toBeLessThanOrEqual(64);
    expect(Math.abs((closed?.width ?? 0) - (closed?.height ?? 0))).toBeLessThan(2);
    await shot(page, "phone-launcher");
    const frame = await openPanel(page);
    expect(await page.locator("iframe#recordpath-panel").boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: 390,
      height: 844,
    });
    await expect
      .poll(() => frame.evaluate<boolean>("document.hasFocus() && document.activeElement?.id === 'msg'"))
      .toBe(true);
    const inside =
      "document.activeElement?.id === 'recordpath-panel' || document.activeElement?.dataset?.recordpath !== undefined && document.activeElement.shadowRoot.activeElement?.tagName === 'IFRAME'";
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press(key);
        expect(await page.evaluate<boolean>(inside), `${key} ×${i + 1}`).toBe(true);
      }
    }
    await frame.getByRole("button", { name: "Close chat" }).tap();
    await expect.poll(() => launcher.isVisible()).toBe(true);
    await context.close();
  }, 120_000);

  it("turns the desktop launcher into the close control while the panel is open", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`);
    await openPanel(page);
    const close = page.getByRole("button", { name: "Close chat" }).first();
    expect(await close.getAttribute("aria-expanded")).toBe("true");
    await close.click();
    await expect.poll(() => page.locator("iframe#recordpath-panel").isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: "Medical records help" }).getAttribute("aria-expanded")).toBe(
      "false",
    );
    await context.close();
  }, 120_000);

  for (const wrong of [
    { name: "unknown clinic id", site: () => typo, says: /no clinic 'lakeside-layuot' is registered/ },
    { name: "origin not listed", site: () => foreign, says: /origin http:\/\/127\.0\.0\.1:\d+ is not in clinic/ },
  ]) {
    it(`shows a friendly panel with the clinic's phone and logs one line naming the fix (${wrong.name})`, async () => {
      const context = await browser.newContext({
        locale: "en-US",
        viewport: { width: 390, height: 844 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      // The test's host page has no favicon; that 404 is the test's, not the embed's.
      page.on("console", (m) => m.type() === "error" && !/favicon/.test(m.location().url) && errors.push(m.text()));
      await page.goto(`${wrong.site().origin}/`);
      await page.locator("[data-recordpath] button").click();
      let frame: Frame | undefined;
      await expect.poll(() => (frame = page.frames().find((f) => f.url().includes("/embed?")))).toBeDefined();
      await frame?.locator(".setup .bubble").waitFor();
      expect(await frame?.locator(".setup .bubble").textContent()).toMatch(/isn't set up correctly/);
      if (wrong.site() === foreign)
        expect(await frame?.locator("a[href^='tel:']").textContent()).toBe("(614) 555-0188");
      await expect.poll(() => errors.length).toBe(1);
      expect(errors[0]).toMatch(new RegExp(`^recordpath: ${wrong.says.source}`));
      await shot(page, `misconfigured-${wrong.name.replaceAll(" ", "-")}`);
      if (frame) expect(await axe(frame)).toEqual([]);
      await frame?.locator("#close").click();
      await expect.poll(() => page.locator("iframe#recordpath-panel").isHidden()).toBe(true);
      expect(errors).toHaveLength(1);
      await context.close();
    }, 120_000);
  }
});
