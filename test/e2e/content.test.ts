// The panel's content in Chromium (issue 17, points 1, 6, 7 and 8), against the real Worker: the
// recommendation turn (words, card, then the question; its height on a 390×844 phone; sources named
// and linked), "What I know so far" corrected in place, the "send it" card after a letter, and all
// of it in Spanish. Screenshots go to test-results/ (or $SHOTS_DIR).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Frame, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { converse, idle } from "./drive.js";
import { type HostSite, startHost, startWorker, type Worker } from "./servers.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`test/e2e/content.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

const ROOT = join(import.meta.dirname, "../..");
const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, "test-results");
const ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
const CLINIC = "riverbend-content-e2e";
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let worker: Worker;
let host: HostSite;
let browser: Browser;

async function registerClinic(): Promise<void> {
  const res = await fetch(`${worker.origin}/api/admin/clinics/${CLINIC}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      name: "Riverbend Family Medicine",
      allowedOrigins: [host.origin],
      recordsOffice: {
        name: "Release of Information",
        phone: "(937) 555-0100",
        fax: "(937) 555-0143",
        email: "records@riverbend.example",
        address: "1200 River Road, Dayton, OH 45402",
      },
      themeColor: "#1f6f5c",
      languages: ["en", "es"],
    }),
  });
  expect([200, 201]).toContain(res.status);
}

async function openPanel(options: Parameters<Browser["newContext"]>[0] = PHONE) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  await page.goto(`${host.origin}/`);
  await page.getByRole("button", { name: "Medical records help" }).click();
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().includes("/embed?")))).toBeDefined();
  if (!frame) throw new Error("no panel frame");
  await frame.locator("#msg").waitFor();
  return { context, page, frame };
}

async function say(frame: Frame, text: string): Promise<void> {
  await frame.locator("#msg").fill(text);
  await frame.locator(".compose button[type=submit]").click();
  await idle(frame);
}

/**
 * Presses a control inside the panel from the keyboard (focus, then Enter), as a keyboard user would:
 * a pointer click inside the framed, scrolling log on an emulated phone sometimes lands beside its
 * target (Playwright then retries until it times out), and a key press still counts as the patient's
 * own gesture (the clipboard needs one).
 */
async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.press("Enter");
}

/** Says each line until the recommendation card shows. */
async function untilRecommendation(frame: Frame, lines: string[]): Promise<void> {
  for (const line of lines) {
    await say(frame, line);
    if (await frame.locator(".card.rec").count()) return;
  }
  throw new Error("no recommendation card");
}

/** The recommendation turn's layout: its parts in order, its height and the log's. */
function layoutOf(frame: Frame) {
  return frame.evaluate<{ parts: string[]; height: number; log: number }>(`(() => {
    const msg = document.querySelector(".card.rec").closest(".msg");
    return {
      parts: [...msg.children].map((c) => (c.classList.contains("card") ? "card" : c.className)),
      height: msg.getBoundingClientRect().height,
      log: document.querySelector(".log").clientHeight,
    };
  })()`);
}

/**
 * The panel as the patient sees it with the turn scrolled to the top of the log, then the whole turn
 * on its own (the log unclamped: call it last).
 */
async function shotTurn(page: Page, frame: Frame, name: string): Promise<void> {
  await frame.evaluate("document.querySelector('.card.rec').closest('.msg').scrollIntoView({ block: 'start' })");
  await page.screenshot({ path: join(SHOTS, `content-${name}.png`) });
  await frame.evaluate(
    "for (const s of ['html', 'body', '#rp', '.panel', '.body', '.log']) for (const [k, v] of [['height', 'auto'], ['overflow', 'visible'], ['display', 'block']]) document.querySelector(s).style.setProperty(k, v)",
  );
  await frame
    .locator(".card.rec")
    .locator("xpath=..")
    .screenshot({ path: join(SHOTS, `content-${name}-whole.png`) });
}

// One retry: on a loaded 2-core machine an emulated phone tap can wait out the test for an element
// to settle (seen about once per full run, never twice in a row); a real regression fails both tries.
describe.skipIf(skip)("the panel's content in Chromium", { retry: 1 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    worker = await startWorker({ ADMIN_TOKEN });
    host = await startHost((_origin) => ({
      csp: `default-src 'self'; script-src 'self' ${worker.origin}; frame-src ${worker.origin}; style-src 'self'; object-src 'none'; base-uri 'none'`,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverbend: records</title></head><body><main><h1>Medical records</h1></main>
<script src="${worker.origin}/widget.js" data-clinic="${CLINIC}" async></script></body></html>`,
    }));
    await registerClinic();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    host?.server.close();
    await worker?.stop();
  });

  it("gives the advice once on a phone: short words, the card, then the question, within 1.5 screens of chat", async () => {
    const { context, page, frame } = await openPanel();
    await untilRecommendation(frame, [
      "I need my records from my old doctor in Texas, she retired",
      "the whole chart",
      "They are my own records",
      "My insurance is through work",
      "to keep a copy",
    ]);
    const layout = await layoutOf(frame);
    console.info(`recommendation turn (en, 390×844): ${Math.round(layout.height)} px in a ${layout.log} px log`);
    // A reply taller than the log opens at its start, the advice, not at its end.
    expect(
      await frame.evaluate<number>(
        "document.querySelector('.card.rec').closest('.msg').getBoundingClientRect().top - document.querySelector('.log').getBoundingClientRect().top",
      ),
    ).toBeGreaterThanOrEqual(-1);
    await page.screenshot({ path: join(SHOTS, "content-recommendation-en-390-as-it-ends.png") });
    await frame.evaluate("document.querySelector('.card.rec').closest('.msg').scrollIntoView({ block: 'start' })");
    await page.screenshot({ path: join(SHOTS, "content-recommendation-en-390.png") });
    expect(layout.parts).toEqual(["bubble", "card", "bubble next"]);
    expect(layout.height).toBeLessThanOrEqual(1.5 * layout.log);
    // The question comes after the card, as the last words of the turn.
    expect(await frame.locator(".msg.assistant .bubble").last().textContent()).toMatch(/\?/);
    const card = frame.locator(".card.rec");
    // Sources: named in words, linked to the law, never an API route.
    expect(await card.textContent()).not.toMatch(/\/api\/|GET /);
    await press(card.getByText(/^Sources$/));
    const links = card.locator("details[open] a");
    expect(await links.count()).toBeGreaterThan(0);
    const hrefs = await frame.evaluate<string[]>(
      "[...document.querySelectorAll('.card.rec details[open] a')].map((a) => a.href)",
    );
    for (const href of hrefs)
      expect(href).toMatch(/^https:\/\/(www\.ecfr\.gov|www\.hhs\.gov|www\.law\.cornell\.edu)\//);
    await press(card.getByText(/^Sources/));
    // The language switch re-renders the card's own words; what the engine wrote stays as it was said.
    await press(frame.getByRole("button", { name: "Cambiar a español" }));
    expect(await card.locator(".kicker").textContent()).toBe("Recomendado");
    expect(await card.textContent()).toMatch(/Qué hacer.*Cuánto tarda.*Costo.*Por qué.*Otras opciones.*Fuentes/);
    await press(frame.getByRole("button", { name: "Switch to English" }));
    await shotTurn(page, frame, "recommendation-en-390");
    await context.close();
  }, 120_000);

  it("in Spanish: every word of the turn, its card and its facts are Spanish, dates too, within 1.5 screens", async () => {
    const { context, page, frame } = await openPanel();
    await press(frame.getByRole("button", { name: "Cambiar a español" }));
    await untilRecommendation(frame, [
      "Necesito mis expedientes de mi médico en Texas, se jubiló",
      "Todo mi expediente",
      "Son mis propios expedientes",
      "Mi seguro es del trabajo",
      "para tener una copia",
    ]);
    const layout = await layoutOf(frame);
    console.info(`recommendation turn (es, 390×844): ${Math.round(layout.height)} px in a ${layout.log} px log`);
    await shotTurn(page, frame, "recommendation-es-390");
    await press(frame.locator(".card.rec summary", { hasText: "Por qué" }));
    await page.setViewportSize({ width: 390, height: 2400 });
    await frame
      .locator(".card.rec")
      .locator("xpath=..")
      .screenshot({ path: join(SHOTS, "content-recommendation-es-390-why.png") });
    expect(layout.parts).toEqual(["bubble", "card", "bubble next"]);
    expect(layout.height).toBeLessThanOrEqual(1.5 * layout.log);
    const card = frame.locator(".card.rec");
    expect(await card.locator(".kicker").textContent()).toBe("Recomendado");
    const text = (await card.textContent()) ?? "";
    expect(text).toMatch(/Qué hacer/);
    expect(text).toMatch(/Cuánto tarda/);
    expect(text).toMatch(/Fuentes/);
    expect(text).not.toMatch(/\b(What to do|How long|Cost|Sources|Why|Recommended|Source)\b/);
    expect(text).not.toMatch(/\/api\/|GET /);
    await context.close();
  }, 120_000);

  it("corrects a fact in place from What I know so far, sent like a typed answer, in either language", async () => {
    const { context, page, frame } = await openPanel();
    await say(frame, "I need my own full chart from Mercy General Hospital in Ohio");
    await say(frame, "Jane Doe, born April 12, 1980");
    await press(frame.locator(".known summary"));
    const known = frame.locator(".known dl");
    await expect.poll(() => known.textContent()).toMatch(/Mercy General Hospital/);
    await press(known.getByRole("button", { name: "Edit: Provider" }));
    const input = known.getByRole("textbox", { name: "Provider" });
    expect(await input.inputValue()).toBe("Mercy General Hospital");
    await input.fill("Riverside Family Medicine");
    await page.screenshot({ path: join(SHOTS, "content-facts-editing-390.png") });
    await press(known.getByRole("button", { name: "Save" }));
    await idle(frame);
    expect(await frame.locator(".msg.user .bubble").last().textContent()).toContain(
      "Provider: Riverside Family Medicine",
    );
    await expect.poll(() => known.textContent()).toMatch(/Riverside Family Medicine/);
    expect(await known.textContent()).not.toMatch(/Mercy/);

    // The language switch re-renders the facts in Spanish, dates in Spanish form.
    await press(frame.getByRole("button", { name: "Cambiar a español" }));
    await expect.poll(() => known.textContent()).toMatch(/Fecha de nacimiento/);
    expect(await known.textContent()).toMatch(/12 de abril de 1980/);
    await press(known.getByRole("button", { name: "Editar: Fecha de nacimiento" }));
    await known.getByRole("textbox", { name: "Fecha de nacimiento" }).fill("13 de abril de 1980");
    await page.screenshot({ path: join(SHOTS, "content-facts-editing-es-390.png") });
    await press(known.getByRole("button", { name: "Guardar" }));
    await idle(frame);
    await expect.poll(() => known.textContent()).toMatch(/13 de abril de 1980/);
    // The button switched the conversation too: the reply to the correction is in Spanish.
    expect(await frame.locator(".msg.assistant .bubble").last().textContent()).toMatch(/Entendido|¿/);
    expect((await frame.locator(".choices .chip").allTextContents()).join(" ")).not.toMatch(/\b(the|what|how)\b/i);
    await context.close();
  }, 120_000);

  for (const lang of ["en", "es"] as const) {
    it(`after the letter, a "send it" card: formats, print, where to send it with copy and call, the due date (${lang})`, async () => {
      const { context, page, frame } = await openPanel();
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host.origin });
      if (lang === "es") {
        await press(frame.getByRole("button", { name: "Cambiar a español" }));
        await say(frame, "Necesito todo mi expediente de Riverbend Family Medicine en Ohio, son míos");
        // The driver would name another provider to "is it still open?": say it is.
        if (
          /sigue abierto|Todavía atienden/.test(
            (await frame.locator(".msg.assistant .bubble").last().textContent()) ?? "",
          )
        )
          await say(frame, "Sí, está abierto");
      } else await say(frame, "I need my own full chart from Riverbend Family Medicine in Ohio");
      await converse(page, frame, ".card.doc", { lang });
      const card = frame.locator(".card.doc");
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `content-send-it-${lang}-390.png`) });
      const words =
        lang === "en"
          ? {
              word: "Word (.docx)",
              text: "Plain text (.txt)",
              print: "Print",
              copy: "Copy: Fax",
              due: /If you send it today, they must answer by [A-Z][a-z]+ \d{1,2}, \d{4}\./,
            }
          : {
              word: "Word (.docx)",
              text: "Texto simple (.txt)",
              print: "Imprimir",
              copy: "Copiar: Fax",
              due: /Si la envía hoy, deben responder a más tardar el \d{1,2} de [a-z]+ de \d{4}\./,
            };
      // Every format the server lists, as links in its order: the .docx first, then the PDF.
      const downloads = card.locator(".links a[download]");
      expect(await downloads.allTextContents()).toEqual([words.word, "PDF", words.text]);
      expect(await downloads.first().getAttribute("href")).toMatch(/\/api\/documents\/[\w.-]+$/);
      expect(await card.textContent()).toMatch(words.due);
      expect(await card.textContent()).toContain("1200 River Road, Dayton, OH 45402");
      expect(await card.locator('a[href^="tel:"]').getAttribute("href")).toBe("tel:9375550100");
      expect(await card.locator('a[href^="mailto:"]').getAttribute("href")).toBe("mailto:records@riverbend.example");

      await press(card.getByRole("button", { name: words.copy }));
      await expect.poll(() => page.evaluate<string>("navigator.clipboard.readText()")).toBe("(937) 555-0143");

      // Print shows the letter's text alone (window.print is recorded, not opened, here).
      await frame.evaluate(
        "window.print = () => { window.__printed = document.querySelector('.print-doc')?.textContent ?? ''; }",
      );
      await press(card.getByRole("button", { name: words.print }));
      await expect.poll(() => frame.evaluate<string>("window.__printed ?? ''")).toMatch(/Riverbend Family Medicine/);

      // The quick replies do not repeat the card's own buttons.
      expect(await frame.locator(".choices .chip").allTextContents()).not.toContain(
        lang === "en" ? "Another letter" : "Otra carta",
      );
      // "Another letter" sends the words the guide reads as that request.
      await press(card.getByRole("button", { name: lang === "en" ? "Another letter" : "Otra carta" }));
      await idle(frame);
      expect(await frame.locator(".msg.user .bubble").last().textContent()).toMatch(
        lang === "en" ? /Another letter/ : /Otra carta/,
      );
      // The earlier card is a record now: its downloads stay, its actions go.
      expect(
        await frame
          .locator(".card.doc")
          .first()
          .getByRole("button", { name: /Another letter|Otra carta/ })
          .count(),
      ).toBe(0);
      await context.close();
    }, 120_000);
  }

  it("has no axe-core violations with the recommendation's folds open", async () => {
    const { context, frame } = await openPanel({ ...PHONE, bypassCSP: true });
    await untilRecommendation(frame, [
      "I need my records from my old doctor in Texas, she retired",
      "the whole chart",
      "They are my own records",
      "to keep a copy",
      "My insurance is through work",
    ]);
    for (const s of await frame.locator(".card.rec summary").all()) await press(s);
    await press(frame.locator(".known summary"));
    await frame.evaluate(readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
    const violations = await frame.evaluate<Array<{ id: string; targets: string[] }>>(
      "axe.run(document).then(r => r.violations.map(v => ({ id: v.id, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))",
    );
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
