// The settings page end to end in Chromium: the real Worker under `wrangler dev`, the operator
// creating a clinic and issuing its token through the page, the clinic signing in with it, editing
// and watching the live preview change, saving, copying the embed code, checking an allowed and a
// refused site (and opening the test page for both), and reading the dashboard after scripted
// conversations. axe-core checks the signed-in page and the test page; the screenshots written to
// docs/img/ are the ones docs/widget.md shows.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { type Browser, type BrowserContext, chromium, type FrameLocator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_TOKEN, smsClient } from "../channels/sms/twilio-client.js";
import { Typed, webConversation } from "../stats/conversations.js";
import { CHROMIUM_ARGS, type HostSite, startHost, startWorker, type Worker } from "./servers.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip)
  console.warn(
    `test/e2e/admin.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium). In CI this fails instead.`,
  );

const ROOT = join(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "docs/img");
const ADMIN_TOKEN = "e2e-admin-token-settings-0123456789";
const CLINIC = "maple-e2e";
const SMS_NUMBER = "+15035550142";
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** A solid-colour PNG, made here so the fixture is what the test says it is. */
function png(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

let worker: Worker;
let site: HostSite;
/** A site the clinic did not list that claims, with data-test-origin, to be the one it did. */
let impostor: HostSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let clinicToken = "";
const cspErrors: string[] = [];

const shot = (p: Page, name: string, fullPage = false) =>
  p.screenshot({ path: join(SHOTS, `admin-${name}.png`), fullPage });

/** An element's computed background colour (run in the page: the window's getComputedStyle). */
const background = (el: unknown) =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el)
    .backgroundColor;

/** Scrolls the element with this id to the top of the window (for a screenshot of its section). */
const toTop = (id: string) => page.evaluate(`document.getElementById(${JSON.stringify(id)}).scrollIntoView()`);

/** The preview's panel (the srcdoc iframe; redrawn on every change, so always looked up afresh). */
const preview = (): FrameLocator => page.frameLocator("iframe.preview-frame");

/** axe-core's violations on `url`, signed in with `token`, in a context that may inject it (bypassCSP). */
async function axeOn(url: string, token: string | null, ready: (p: Page) => Promise<void>): Promise<string[]> {
  const ctx = await browser.newContext({ bypassCSP: true, locale: "en-US", viewport: { width: 1280, height: 900 } });
  try {
    const p = await ctx.newPage();
    if (token) {
      await p.goto(`${worker.origin}/admin`);
      await p.evaluate((t) => sessionStorage.setItem("rp:admin-token", t), token);
    }
    await p.goto(url);
    await ready(p);
    await p.evaluate(AXE);
    return await p.evaluate<string[]>(
      "axe.run(document).then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
    );
  } finally {
    await ctx.close();
  }
}

async function signIn(token: string): Promise<void> {
  await page.getByLabel("Access token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The test page the checker links to, opened from its link in a new tab: its plain-words verdict. */
async function testPageVerdict(): Promise<{ text: string; tab: Page }> {
  const [tab] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("link", { name: "Open a test page" }).click(),
  ]);
  const verdict = tab.locator("#verdict");
  await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).toMatch(/It works|It does not work/);
  return { text: (await verdict.textContent()) ?? "", tab };
}

describe.skipIf(skip)("the settings page in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    worker = await startWorker({
      ADMIN_TOKEN,
      SESSION_SECRET: "e2e-settings-session-secret-0123456789abcdef",
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    });
    site = await startHost(() => ({ csp: "default-src 'self'", html: "<!doctype html><title>site</title>" }));
    impostor = await startHost(() => ({
      csp: `default-src 'self'; script-src 'self' ${worker.origin}; frame-src ${worker.origin}`,
      html: `<!doctype html><html lang="en"><title>impostor</title><main><h1>Not the clinic</h1></main>
<script src="${worker.origin}/widget.js" data-clinic="${CLINIC}" data-test-origin="${site.origin}" async></script></html>`,
    }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: worker.origin });
    page = await context.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    site?.server.close();
    impostor?.server.close();
    await worker?.stop();
  });

  it("lets the operator create a clinic and issue its token through the page", async () => {
    await page.goto(`${worker.origin}/admin`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sign in");
    await shot(page, "signin");

    // By keyboard: the page puts focus on its heading; Tab reaches the token field, with a visible
    // focus ring, and Enter signs in.
    expect(await page.evaluate<string>("document.activeElement.tagName")).toBe("H1");
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("token");
    expect(await page.evaluate<string>("getComputedStyle(document.activeElement).outlineStyle")).toBe("solid");
    await page.keyboard.type("not-a-real-token");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#token-error").textContent()).toContain("not accepted");
    expect(await page.getByLabel("Access token").getAttribute("aria-invalid")).toBe("true");

    await signIn(ADMIN_TOKEN);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Clinics");
    await page.locator(".clinics li").first().waitFor();
    await shot(page, "clinics");
    // "New clinic" never overwrites one that exists (the demo clinic is there).
    await page.getByLabel("Clinic id").fill("riverbend");
    await page.getByLabel("Clinic name").fill("Not Riverbend");
    await page.getByLabel("First allowed website").fill(site.origin);
    await page.getByRole("button", { name: "Create the clinic" }).click();
    await expect.poll(() => page.locator(".field.invalid .field-error").textContent()).toContain("already exists");
    expect(page.url()).toBe(`${worker.origin}/admin`);
    // The token is kept in this tab's sessionStorage only: not in the address.
    expect(page.url()).toBe(`${worker.origin}/admin`);
    await page.getByLabel("Clinic id").fill(CLINIC);
    await page.getByLabel("Clinic name").fill("Maple Street Clinic");
    await page.getByLabel("First allowed website").fill(site.origin);
    await page.getByRole("button", { name: "Create the clinic" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Settings for Maple Street Clinic");

    await page.getByLabel("Label (optional)").fill("web team");
    await page.getByRole("button", { name: "Issue a clinic token" }).click();
    const issued = page.locator("#issued-token");
    await issued.waitFor();
    clinicToken = await issued.inputValue();
    expect(clinicToken).toMatch(new RegExp(`^rpc\\.${CLINIC}\\.[\\w-]{43}$`));
    expect(await page.locator(".issued .warning").textContent()).toContain("shown only once");
    await expect.poll(() => page.locator(".token-list li").count()).toBe(1);
    await toTop("tokens-title");
    await shot(page, "token");
  }, 60_000);

  it("signs out, signs in with the clinic token, and shows each edit in the live preview", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sign in");
    expect(await page.evaluate<number>("sessionStorage.length")).toBe(0);
    await signIn(clinicToken);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Settings for Maple Street Clinic");
    expect(await page.locator("#nav").textContent()).toContain(`clinic ${CLINIC}`);
    await expect.poll(() => preview().locator(".bar h1").textContent()).toBe("Maple Street Clinic");
    const before = await preview().locator(".bar").evaluate(background);

    await page.getByLabel("Clinic name (shown at the top of the assistant)").fill("Maple Street Family Clinic");
    await page.getByLabel("Phone", { exact: true }).fill("(503) 555-0142");
    await page.getByLabel("Theme colour").fill("#8a1538");
    await page.getByLabel("Greeting in English").fill("Welcome to Maple Street! I can help you get your records.");
    await page.getByLabel("Starter 1").first().fill("How do I get my X-rays?");
    // The page checks the logo's type and size before sending anything.
    const logoField = page.getByLabel("Logo (PNG, JPEG or WebP, at most 32 KB)");
    await logoField.setInputFiles({ name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(40 * 1024, 7) });
    await expect.poll(() => page.locator(".field.invalid .field-error").textContent()).toContain("at most 32 KB fits");
    await logoField.setInputFiles({ name: "logo.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
    await expect.poll(() => page.locator(".field.invalid .field-error").textContent()).toContain("PNG, JPEG or WebP");
    expect(await preview().locator(".bar img.logo").count()).toBe(0);
    await logoField.setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: png(24, [0xf2, 0xc1, 0x4e]),
    });
    await expect.poll(() => page.locator(".save-status").textContent()).toBe("Unsaved changes.");

    await expect.poll(() => preview().locator(".bar h1").textContent()).toBe("Maple Street Family Clinic");
    await expect.poll(() => preview().locator(".bar").evaluate(background)).toBe("rgb(138, 21, 56)");
    expect(before).not.toBe("rgb(138, 21, 56)");
    expect(await preview().locator(".msg.assistant .bubble").first().textContent()).toContain(
      "Welcome to Maple Street!",
    );
    expect(await preview().locator(".choices .chip").first().textContent()).toBe("How do I get my X-rays?");
    expect(await preview().locator(".bar img.logo").getAttribute("src")).toMatch(/^data:image\/png;base64,iVBOR/);
    // The preview sends nothing: a message only says so.
    await preview().locator(".choices .chip").first().click();
    await expect.poll(() => preview().locator(".preview-note").textContent()).toBe("Preview: messages are not sent.");
    expect(await preview().locator(".msg.user").count()).toBe(0);
    await toTop("look");
    await shot(page, "settings-preview");
  }, 60_000);

  it("saves only what changed, and keeps it after a reload", async () => {
    const patches: string[] = [];
    page.on("request", (r) => r.method() === "PATCH" && patches.push(r.postData() ?? ""));
    await page.getByRole("button", { name: "Add a number" }).click();
    await page.getByLabel("SMS number 1", { exact: true }).fill(SMS_NUMBER);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved\./);
    const sent = JSON.parse(patches[0] ?? "{}") as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual([
      "greeting",
      "logo",
      "name",
      "recordsOffice",
      "smsNumbers",
      "starters",
      "themeColor",
    ]);

    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Settings for Maple Street Family Clinic");
    expect(await page.getByLabel("Greeting in English").inputValue()).toContain("Welcome to Maple Street!");
    expect(await page.getByLabel("Theme colour").inputValue()).toBe("#8a1538");
    expect(await page.getByLabel("SMS number 1", { exact: true }).inputValue()).toBe(SMS_NUMBER);
    expect(await page.locator(".logo-preview").getAttribute("src")).toMatch(/^data:image\/png/);
    await expect.poll(() => preview().locator(".choices .chip").first().textContent()).toBe("How do I get my X-rays?");
    // What a patient's panel now gets: the logo served by our origin.
    const embed = await (
      await fetch(`${worker.origin}/embed?clinic=${CLINIC}&origin=${encodeURIComponent(site.origin)}`)
    ).text();
    const logoPath = /&quot;logoUrl&quot;:&quot;([^&]+)/.exec(embed)?.[1];
    expect(logoPath).toMatch(new RegExp(`^/embed/logo/${CLINIC}`));
    const logo = await fetch(`${worker.origin}${logoPath}`);
    expect(logo.headers.get("content-type")).toBe("image/png");
  }, 60_000);

  it("shows the server's error next to the field, focuses it, and loses nothing typed", async () => {
    await page.getByRole("button", { name: "Add a website" }).click();
    await page.getByLabel("Website 2", { exact: true }).fill(`${site.origin}/records`);
    await page.getByLabel("Fees").fill("Free through the portal.");
    await page.getByRole("button", { name: "Save changes" }).click();
    const error = page.locator("#main .field.invalid .field-error").first();
    await expect.poll(() => error.textContent()).toMatch(/origin|path/i);
    expect(await page.locator("#form-summary").isVisible()).toBe(true);
    expect(await page.evaluate<string | undefined>("document.activeElement?.value")).toBe(`${site.origin}/records`);
    const describedBy = (await page.getByLabel("Website 2", { exact: true }).getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toMatch(/origin|path/i);
    expect(await page.getByLabel("Fees").inputValue()).toBe("Free through the portal.");
    await shot(page, "error");
    await page.getByLabel("Website 2", { exact: true }).fill("https://www.maple-street.example");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved\./);
    expect(await page.locator("#main .field.invalid").count()).toBe(0);
  }, 60_000);

  it("copies the embed code to the clipboard", async () => {
    const copy = page.getByRole("button", { name: "Copy embed code" });
    await copy.click();
    await expect.poll(() => page.locator(".copy-status").first().textContent()).toContain("Copied");
    const clip = await page.evaluate<string>("navigator.clipboard.readText()");
    expect(clip).toContain(`data-clinic="${CLINIC}"`);
    expect(clip).toContain(`${worker.origin}/widget.js`);
    await page.getByRole("button", { name: "Copy CSP lines" }).click();
    expect(await page.evaluate<string>("navigator.clipboard.readText()")).toContain(`frame-src ${worker.origin}`);
    await toTop("embed-title");
    await shot(page, "embed-code");
  }, 30_000);

  it("checks an allowed and a refused site, and each test page says so in plain words", async () => {
    await page.getByLabel("Your page's address").fill(`${site.origin}/medical-records`);
    await page
      .getByLabel("Your page's Content-Security-Policy (optional)")
      .fill("default-src 'self'; script-src 'self'");
    await page.getByRole("button", { name: "Check" }).click();
    const result = page.locator("#check-result");
    await expect.poll(() => result.textContent()).toContain("Allowed");
    expect(await result.textContent()).toContain(site.origin);
    expect(await result.textContent()).toContain("Content-Security-Policy: needs a change");
    await toTop("check-title");
    await shot(page, "checker");
    const ok = await testPageVerdict();
    expect(ok.text).toContain(`It works: your site ${site.origin} can show the assistant`);
    await ok.tab.evaluate("window.scrollTo(0, 0)");
    await shot(ok.tab, "test-page-works");
    await ok.tab.close();

    await page.getByLabel("Your page's address").fill("https://www.elsewhere.example");
    await page.getByLabel("Your page's Content-Security-Policy (optional)").fill("");
    await page.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => result.textContent()).toContain("Refused");
    const bad = await testPageVerdict();
    expect(bad.text).toContain("It does not work:");
    expect(bad.text).toContain("https://www.elsewhere.example");
    expect(bad.text).toMatch(/Fix:/);
    await shot(bad.tab, "test-page-refused");
    await bad.tab.close();
  }, 90_000);

  it("ignores data-test-origin on any page but our own: another site cannot pass for the clinic's", async () => {
    const p = await context.newPage();
    try {
      await p.goto(`${impostor.origin}/`);
      await p.evaluate(
        "void (window.__setup = new Promise((r) => document.addEventListener('recordpath:setup', (e) => r(e.detail.fix))))",
      );
      await p.getByRole("button", { name: "Medical records help" }).click();
      expect(await p.evaluate<string>("window.__setup")).toContain(`origin ${impostor.origin} is not in clinic`);
    } finally {
      await p.close();
    }
  }, 30_000);

  it("counts scripted conversations on the dashboard, with '<5' for fewer than five", async () => {
    // Whole conversations with the guide: five to "I sent it", one to its letter, one that stops
    // after its first message, and one by text (test/stats/conversations.ts).
    const typed = new Typed();
    const base = worker.origin;
    for (let n = 0; n < 5; n++) await webConversation(fetch, typed, "sent", { clinic: CLINIC, n, base });
    await webConversation(fetch, typed, "letter", { clinic: CLINIC, n: 5, base });
    await webConversation(fetch, typed, "first", { clinic: CLINIC, base });
    const phone = smsClient(fetch, { url: `${worker.origin}/sms/twilio`, to: SMS_NUMBER, from: "+15035550777" });
    const texted = await phone.send("I need my medical records");
    expect(texted.status).toBe(200);
    // Counters are written in the background after each turn.
    await new Promise((done) => setTimeout(done, 1500));

    await page.reload();
    const dashboard = page.locator(".dashboard-card");
    await expect.poll(() => dashboard.locator("table").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The started table: a column per channel, a row per day, and the totals in its footer.
    const started = dashboard.locator(".rp-dash-started table");
    await started.waitFor();
    const heads = await started.locator("thead th").allTextContents();
    const totals = await started.locator("tfoot tr > *").allTextContents();
    expect(totals[0]).toBe("Total");
    expect(Number(totals[heads.indexOf("Web")])).toBeGreaterThanOrEqual(7);
    expect(totals[heads.indexOf("SMS")]).toBe("<5");
    // The totals tables of the other three: a row per key, its count in the last cell.
    const total = async (metric: string, label: string) =>
      (
        await dashboard
          .locator(`.rp-dash-${metric} tbody tr`)
          .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
          .locator("td")
          .last()
          .textContent()
      )?.trim();
    expect(
      Number(await total("paths", "Ask the records office in writing (HIPAA right of access)")),
    ).toBeGreaterThanOrEqual(6);
    expect(Number(await total("letters", "Request for medical records"))).toBeGreaterThanOrEqual(6);
    expect(await total("stops", "Said the letter was sent")).toBe("5");
    expect(await total("stops", "Letter drafted")).toBe("<5");
    // The six with a letter left no question open; the first-message web conversation and the text stopped at one.
    expect(await total("questions", "No question open (a recommendation, a letter or a menu)")).toBe("6");
    expect(await total("questions", "Another question (an AI model's own)")).toBe("0");
    await toTop("dashboard-title");
    await shot(page, "dashboard");
  }, 90_000);

  it("has no axe-core violations on the signed-in page or the test page, and no CSP refusals", async () => {
    const settings = await axeOn(`${worker.origin}/admin`, clinicToken, async (p) => {
      await p.locator(".dashboard-card table").first().waitFor({ timeout: 15_000 });
      await p.frameLocator("iframe.preview-frame").locator(".bar h1").waitFor();
    });
    expect(settings).toEqual([]);
    const test = await axeOn(
      `${worker.origin}/admin/test-embed?clinic=${CLINIC}&origin=${encodeURIComponent(site.origin)}`,
      null,
      async (p) => {
        await expect.poll(() => p.locator("#verdict").textContent(), { timeout: 20_000 }).toContain("It works");
      },
    );
    expect(test).toEqual([]);
    const operator = await axeOn(`${worker.origin}/admin`, ADMIN_TOKEN, async (p) => {
      await p.getByLabel("Clinic id").waitFor();
    });
    expect(operator).toEqual([]);
    const signIn = await axeOn(`${worker.origin}/admin`, null, async (p) => {
      await p.getByLabel("Access token").waitFor();
    });
    expect(signIn).toEqual([]);
    expect(cspErrors).toEqual([]);
  }, 90_000);

  it("fits a 360 px wide screen and 200% zoom without sideways scrolling", async () => {
    // 200% zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel viewport at twice the pixel density.
    for (const [name, viewport] of [
      ["phone", { width: 360, height: 780 }],
      ["zoom-200", { width: 640, height: 450 }],
    ] as const) {
      const small = await browser.newContext({ locale: "en-US", viewport, deviceScaleFactor: 2 });
      try {
        const p = await small.newPage();
        await p.goto(`${worker.origin}/admin`);
        await p.evaluate(`sessionStorage.setItem("rp:admin-token", ${JSON.stringify(clinicToken)})`);
        await p.reload();
        await p.frameLocator("iframe.preview-frame").locator(".bar h1").waitFor();
        await p.locator(".dashboard-card table").first().waitFor();
        const overflow = await p.evaluate<number>(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow, name).toBeLessThanOrEqual(0);
        if (name === "phone") await shot(p, "phone");
      } finally {
        await small.close();
      }
    }
  }, 60_000);

  it("lets the operator revoke the clinic's token, which signs the clinic's page out at its next request", async () => {
    const ops = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    try {
      const p = await ops.newPage();
      p.on("dialog", (d) => void d.accept());
      await p.goto(`${worker.origin}/admin`);
      await p.getByLabel("Access token").fill(ADMIN_TOKEN);
      await p.getByRole("button", { name: "Sign in" }).click();
      await p.getByRole("button", { name: "Open Maple Street Family Clinic" }).click();
      await p.getByRole("button", { name: "Revoke web team" }).click();
      await expect.poll(() => p.locator(".tokens").textContent()).toContain("No tokens yet.");
    } finally {
      await ops.close();
    }
    // The clinic's tab still shows its settings; its next request is refused and the page says why.
    await page.getByLabel("Period").selectOption("7");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sign in");
    expect(await page.locator("#token-error").textContent()).toContain("no longer accepted");
    expect(await page.evaluate<number>("sessionStorage.length")).toBe(0);
  }, 60_000);
});
