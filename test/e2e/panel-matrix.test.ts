// The panel as people use it, in Chromium: whole conversations at desktop and phone sizes, at 200%
// and 400% zoom, with a 32 px default font, in dark mode, with reduced motion, by keyboard alone and
// in Spanish, and through each error (server stopped, 503 with Retry-After, a reply cut off or ended
// by an error, a conversation that expired, the browser offline). Every state is checked on its
// computed layout and by axe-core, and photographed to test-results/panel/.
import { existsSync, mkdirSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { converse, idle, type Lang } from "./drive.js";
import {
  type App,
  CHROMIUM,
  credential,
  defaultFontSize,
  type Expect,
  limit,
  openPanel,
  PHONE,
  panelFrame,
  patientTexts,
  type Run,
  SHOTS,
  startSite,
  state,
} from "./panel-harness.js";
import type { HostSite } from "./servers.js";

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`test/e2e/panel-matrix.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

type ContextOptions = NonNullable<Parameters<Browser["newContext"]>[0]>;
const DESKTOP: ContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE_390: ContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
const PHONE_360: ContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
/** A 1280×800 window zoomed to 200% and 400%: the CSS viewport shrinks and each CSS pixel takes 2 or 4. */
const ZOOM_200: ContextOptions = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };
const ZOOM_400: ContextOptions = { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 };

const EN = CATALOGS.en.widget;
const ES = CATALOGS.es.widget;

let browser: Browser;
let site: { app: App; host: HostSite };
/** Three pages at a time: two cores, shared with the app and whatever else runs. */
const slot = limit(3);

async function begin(
  expect: Run["expect"],
  scenario: string,
  options: ContextOptions,
  where = site,
): Promise<{ context: BrowserContext; page: Page; run: Run }> {
  // bypassCSP only lets the test inject axe-core; the page's own scripts are unchanged.
  const context = await browser.newContext({ locale: "en-US", bypassCSP: true, ...options });
  const page = await context.newPage();
  await page.goto(`${where.host.origin}/`);
  const frame = await openPanel(page);
  return { context, page, run: { expect, page, frame, scenario } };
}

/** The patient's messages on screen, without the screen reader's "You: ". */
const bubbles = (run: Run) =>
  run.frame
    .locator(".msg.user .bubble")
    .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/^[^:]+: /, "")));

/** Clicks the first quick reply and returns the words it sent. */
async function tapFirstChip(run: Run): Promise<void> {
  await run.frame.locator(".choices .chip").first().click();
  await idle(run.frame);
}

/** Shift+Tab from where focus is until it lands on `selector`, as a keyboard user would. */
async function tabBackTo(run: Run, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await run.page.keyboard.press("Shift+Tab");
    if (await run.frame.evaluate<boolean>(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`))
      return;
  }
  throw new Error(`${selector} is not reachable by keyboard`);
}

/** Drives a whole conversation to the letter, checking the panel when it opens, at the recommendation and at the letter. */
async function wholeConversation(run: Run, want: Expect, options: { keyboard?: boolean; lang?: Lang } = {}) {
  await state(run, "open", want);
  if (options.keyboard) {
    await run.page.keyboard.type("I need my medical records");
    await run.page.keyboard.press("Enter");
  } else if (options.lang === "es") {
    await run.frame.getByRole("button", { name: ES.switchTo }).click();
    await run.frame.locator("#msg").fill("Necesito todo mi expediente del Hospital San José en Ohio, son míos");
    await run.frame.locator(".compose button[type=submit]").click();
  } else await run.frame.locator(".choices .chip").first().click();
  await converse(run.page, run.frame, ".card.rec", { ...options, maxTurns: 12 });
  await state(run, "recommendation", want);
  await converse(run.page, run.frame, ".card.doc", { ...options, maxTurns: 12 });
  await state(run, "letter", want);
}

// One retry, as in widget.test.ts: a loaded machine can stall an emulated tap; a regression fails both tries.
describe.skipIf(skip).concurrent("the panel as people use it", { retry: 1 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await startSite();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    site?.host.server.close();
    await site?.app.stop();
  });

  const conversations: Array<{
    name: string;
    options: ContextOptions;
    want: Expect;
    keyboard?: boolean;
    lang?: Lang;
    font?: number;
  }> = [
    { name: "desktop-1280x800", options: DESKTOP, want: {} },
    { name: "phone-390x844", options: PHONE_390, want: { chatShare: 0.7, fullScreen: true } },
    { name: "phone-360x740", options: PHONE_360, want: { chatShare: 0.7, fullScreen: true } },
    { name: "zoom-200", options: ZOOM_200, want: { logShare: 0.4 } },
    // "Usable" at 400%: the header collapsed and at least a quarter of the panel (a few lines) for the log.
    { name: "zoom-400", options: ZOOM_400, want: { logShare: 0.25, headerShare: 0.25 } },
    { name: "font-32px", options: DESKTOP, want: { fontSize: 32 }, font: 32 },
    {
      name: "dark",
      options: { ...PHONE_390, colorScheme: "dark" },
      want: { dark: true, chatShare: 0.7, fullScreen: true },
    },
    { name: "reduced-motion", options: { ...DESKTOP, reducedMotion: "reduce" }, want: { reducedMotion: true } },
    { name: "keyboard", options: DESKTOP, want: {}, keyboard: true },
    { name: "spanish", options: PHONE_360, want: { chatShare: 0.7, fullScreen: true }, lang: "es" },
  ];

  for (const c of conversations) {
    it(
      `holds its layout through a whole conversation: ${c.name}`,
      ({ expect }) =>
        slot(async () => {
          const context = await browser.newContext({ locale: "en-US", bypassCSP: true, ...c.options });
          const page = await context.newPage();
          if (c.font) await defaultFontSize(context, page, c.font);
          await page.goto(`${site.host.origin}/`);
          let frame: Run["frame"];
          if (c.keyboard) {
            // Tab to the launcher, Enter: the panel opens with focus in its input.
            await page.keyboard.press("Tab");
            await page.keyboard.press("Enter");
            frame = await panelFrame(page);
            await expect.poll(() => frame.evaluate<string>("document.activeElement?.id ?? ''")).toBe("msg");
          } else frame = await openPanel(page);
          const run: Run = { expect, page, frame, scenario: c.name };
          if (c.font) {
            await defaultFontSize(context, frame, c.font);
            expect(await frame.evaluate<string>("getComputedStyle(document.documentElement).fontSize")).toBe(
              `${c.font}px`,
            );
          }
          await wholeConversation(run, c.want, {
            ...(c.keyboard ? { keyboard: true } : {}),
            ...(c.lang ? { lang: c.lang } : {}),
          });
          if (c.lang === "es") {
            expect(await frame.locator("html").getAttribute("lang")).toBe("es");
            expect(await frame.locator(".card.doc .kicker").last().textContent()).toBe(ES.document);
          }
          await context.close();
        }),
      180_000,
    );
  }

  it(
    "recovers when the server stops: Retry on the message, quick replies and text kept, the records office offered",
    ({ expect }) =>
      slot(async () => {
        // Its own app: stopping the shared one would break the other scenarios.
        const own = await startSite();
        const { context, run } = await begin(expect, "error-server-stopped", PHONE_390, own);
        await tapFirstChip(run);
        const before = await bubbles(run);
        await own.app.stop();
        // Typed, this time: what a patient typed is never lost.
        const failed = (await run.frame.locator(".choices .chip").first().textContent()) ?? "";
        await run.frame.locator("#msg").fill(failed);
        await run.frame.locator(".compose button[type=submit]").click();
        await idle(run.frame);
        const failure = run.frame.locator(".failure");
        expect(await failure.locator(".error").textContent()).toBe(EN.unreachable);
        expect((await bubbles(run)).at(-1)).toBe(failed);
        expect(await run.frame.locator(".msg.user .small").last().textContent()).toBe(EN.notAnswered);
        expect(await run.frame.locator("#msg").inputValue()).toBe(failed);
        expect(await run.frame.locator(".choices .chip").count()).toBeGreaterThan(0);
        expect(await failure.locator(".office a").getAttribute("href")).toBe("tel:6145550188");
        expect(await failure.locator(".office a").textContent()).toBe(PHONE);
        await state(run, "failed", { chatShare: 0.7, fullScreen: true });

        await own.app.start();
        await failure.locator(".retry").click();
        await idle(run.frame);
        expect(await failure.count()).toBe(0);
        expect(await bubbles(run)).toEqual([...before, failed]);
        expect(await run.frame.locator("#msg").inputValue()).toBe("");
        const id = (await credential(run.frame))?.id ?? "";
        expect(await patientTexts(own.app.store, id)).toEqual([...before, failed]);
        await state(run, "retried", { chatShare: 0.7, fullScreen: true });
        await context.close();
        own.host.server.close();
        await own.app.stop();
      }),
    120_000,
  );

  it(
    "shows a busy server's words and waits out its Retry-After before Retry works, never retrying on its own, by keyboard",
    ({ expect }) =>
      slot(async () => {
        const { context, page, run } = await begin(expect, "error-503-retry-after", DESKTOP);
        let calls = 0;
        await context.route("**/api/chat*", (route) => {
          calls++;
          if (calls !== 2) return route.continue();
          return route.fulfill({
            status: 503,
            headers: { "retry-after": "8", "content-type": "application/json" },
            body: JSON.stringify({ error: { code: "unavailable", message: CATALOGS.en.errors.overloaded } }),
          });
        });
        await run.frame.locator("#msg").focus();
        await page.keyboard.type("I need my medical records");
        await page.keyboard.press("Enter");
        await idle(run.frame);
        await page.keyboard.type("My full chart");
        await page.keyboard.press("Enter");
        await idle(run.frame);
        const failure = run.frame.locator(".failure");
        expect(await failure.locator(".error").textContent()).toBe(CATALOGS.en.errors.overloaded);
        expect(await failure.locator(".wait").textContent()).toMatch(/^You can retry in [1-8] seconds?\.$/);
        const retry = failure.locator(".retry");
        // Pressed too early by keyboard: nothing is sent, and focus stays on the button.
        await tabBackTo(run, ".retry");
        expect(await retry.getAttribute("aria-disabled")).toBe("true");
        await page.keyboard.press("Enter");
        expect(calls).toBe(2);
        await state(run, "waiting");
        await expect.poll(() => retry.getAttribute("aria-disabled"), { timeout: 10_000 }).toBeNull();
        expect(await failure.locator(".wait").textContent()).toBe("");
        // Nothing is retried on its own.
        await page.waitForTimeout(1200);
        expect(calls).toBe(2);
        expect(await run.frame.evaluate<boolean>("document.activeElement?.classList.contains('retry') ?? false")).toBe(
          true,
        );
        await state(run, "ready");
        await page.keyboard.press("Enter");
        await idle(run.frame);
        expect(calls).toBe(3);
        expect(await failure.count()).toBe(0);
        expect(await bubbles(run)).toEqual(["I need my medical records", "My full chart"]);
        await state(run, "retried");
        await context.close();
      }),
    120_000,
  );

  it(
    "offers a reply cut off, or ended by an error, again; Retry sends the same message, which the server keeps once",
    ({ expect }) =>
      slot(async () => {
        const { context, run } = await begin(expect, "error-cut-stream", PHONE_360);
        let mode: "cut" | "error" | null = null;
        await context.route("**/api/chat*", async (route) => {
          const now = mode;
          mode = null;
          if (!now) return route.continue();
          // The real app answers in full (and stores the turn); the browser gets part of it.
          const res = await route.fetch();
          const events = (await res.text()).split("\n\n").filter((e) => e && !/"type":"finish"|\[DONE\]/.test(e));
          const kept =
            now === "cut"
              ? events.slice(0, Math.max(3, Math.floor(events.length * 0.6)))
              : [...events, `data: ${JSON.stringify({ type: "error", errorText: CATALOGS.en.errors.turnFailed })}`];
          const token = res.headers()["x-session-token"];
          await route.fulfill({
            status: 200,
            headers: { "content-type": "text/event-stream", ...(token ? { "x-session-token": token } : {}) },
            body: kept.map((e) => `${e}\n\n`).join(""),
          });
        });
        await tapFirstChip(run);
        const id = (await credential(run.frame))?.id ?? "";

        for (const [m, text] of [
          ["cut", EN.cut],
          ["error", CATALOGS.en.errors.turnFailed],
        ] as const) {
          const before = await bubbles(run);
          const replies = await run.frame.locator(".msg.assistant .bubble").count();
          mode = m;
          await tapFirstChip(run);
          const failure = run.frame.locator(".failure");
          expect(await failure.locator(".error").textContent()).toBe(text);
          // What arrived of the reply goes: it may ask the next question while the quick replies answer this one.
          expect(await run.frame.locator(".msg.assistant .bubble").count()).toBe(replies);
          expect(await run.frame.locator(".msg.user .small").last().textContent()).toBe(EN.notAnswered);
          expect(await run.frame.locator(".choices .chip").count()).toBeGreaterThan(0);
          const failed = (await bubbles(run)).at(-1) ?? "";
          await state(run, m === "cut" ? "cut" : "error-part", { chatShare: 0.7, fullScreen: true });
          // The server stored the message and its reply; the patient saw neither whole.
          expect(await patientTexts(site.app.store, id)).toEqual([...before, failed]);
          await failure.locator(".retry").click();
          await idle(run.frame);
          expect(await failure.count()).toBe(0);
          expect(await bubbles(run)).toEqual([...before, failed]);
          expect(await patientTexts(site.app.store, id)).toEqual([...before, failed]);
          expect(await run.frame.locator(".log .error").count()).toBe(0);
          await state(run, m === "cut" ? "cut-retried" : "error-retried", { chatShare: 0.7, fullScreen: true });
        }
        await context.close();
      }),
    120_000,
  );

  it(
    "announces an expired conversation in Spanish, starts a new one and keeps the typed text, with the records office",
    ({ expect }) =>
      slot(async () => {
        const { context, page, run } = await begin(expect, "error-expired", PHONE_390);
        await run.frame.getByRole("button", { name: ES.switchTo }).click();
        await run.frame.locator("#msg").fill("Necesito mis expedientes médicos");
        await run.frame.locator(".compose button[type=submit]").click();
        await idle(run.frame);
        const first = await credential(run.frame);
        await site.app.store.delete(first?.id ?? "");

        await run.frame.locator("#msg").fill("Son mis propios expedientes");
        await run.frame.locator(".compose button[type=submit]").click();
        await idle(run.frame);
        const notice = run.frame.locator(".log .notice");
        expect(await notice.textContent()).toBe(`${ES.gone} ${ES.kept}`);
        expect(await run.frame.locator(".log .office a").getAttribute("href")).toBe("tel:6145550188");
        expect(await run.frame.locator("#msg").inputValue()).toBe("Son mis propios expedientes");
        expect(await run.frame.locator(".choices .chip").count()).toBeGreaterThan(0);
        await state(run, "expired", { chatShare: 0.7, fullScreen: true });
        await run.frame.locator(".compose button[type=submit]").click();
        await idle(run.frame);
        const second = await credential(run.frame);
        expect(second?.id).not.toBe(first?.id);
        expect(await bubbles(run)).toEqual(["Son mis propios expedientes"]);
        await state(run, "restarted", { chatShare: 0.7, fullScreen: true });

        // Expired while the page was closed: said on opening, not silently emptied.
        await site.app.store.delete(second?.id ?? "");
        await page.reload();
        run.frame = await openPanel(page);
        await expect.poll(() => run.frame.locator(".log .notice").textContent()).toBe(ES.gone);
        await state(run, "expired-on-open", { chatShare: 0.7, fullScreen: true });
        await context.close();
      }),
    120_000,
  );

  it(
    "says the browser is offline (not that the server is down) and sends again once back online, at 200% zoom",
    ({ expect }) =>
      slot(async () => {
        const { context, run } = await begin(expect, "error-offline", ZOOM_200);
        await tapFirstChip(run);
        await context.setOffline(true);
        await tapFirstChip(run);
        const failure = run.frame.locator(".failure");
        expect(await failure.locator(".error").textContent()).toBe(EN.offline);
        expect(await run.frame.locator(".choices .chip").count()).toBeGreaterThan(0);
        await state(run, "offline", { logShare: 0.4 });
        await context.setOffline(false);
        await failure.locator(".retry").click();
        await idle(run.frame);
        expect(await failure.count()).toBe(0);
        expect((await bubbles(run)).length).toBe(2);
        await state(run, "back-online", { logShare: 0.4 });
        await context.close();
      }),
    120_000,
  );
});
