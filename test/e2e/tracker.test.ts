// The request tracker in the panel (issue 20), in Chromium against the real app (memory store, the
// built-in guide): the send-it card's "I sent it" sends the patient's message; a data-tracker part
// shows the due date with "Add to calendar" (a real .ics download) and the text actions, whose form
// says what to fix. The conversation's letter and tracker parts are written into the store, as the
// guide writes them, so this test does not depend on the guide's wording. Every state is checked on
// its layout and by axe-core, and photographed (test-results/panel/tracker-*.png), at desktop size,
// 200% zoom and on a 360 px phone.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { idle } from "./drive.js";
import {
  type App,
  CHROMIUM,
  credential,
  type Expect,
  openPanel,
  panelFrame,
  patientTexts,
  type Run,
  SHOTS,
  startSite,
  state,
} from "./panel-harness.js";
import type { HostSite } from "./servers.js";

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`test/e2e/tracker.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

const W = CATALOGS.en.widget;
const ES = CATALOGS.es.widget;
type ContextOptions = NonNullable<Parameters<Browser["newContext"]>[0]>;
const SIZES: Array<{ name: string; options: ContextOptions; want: Expect }> = [
  { name: "desktop", options: { viewport: { width: 1280, height: 800 } }, want: {} },
  {
    name: "zoom-200",
    options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    want: { logShare: 0.4 },
  },
  {
    name: "phone-360",
    options: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    want: { fullScreen: true, chatShare: 0.7 },
  },
];

let browser: Browser;
let site: { app: App; host: HostSite };

beforeAll(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  site = await startSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.app.stop();
  await new Promise<void>((r) => (site ? site.host.server.close(() => r()) : r()));
});

/** The letter's card as the drafting turn writes it. */
function letterMessage(): ChatMessage {
  return {
    id: crypto.randomUUID(),
    role: "assistant",
    parts: [
      { type: "text", text: "Your letter is ready. Send it to the records office." },
      {
        type: "data-document",
        data: {
          id: "doc1",
          kind: "access_request",
          title: "Request for access to medical records",
          url: "/api/documents/doc1.docx",
          textUrl: "/api/documents/doc1.txt",
          expiresAt: "2026-11-27T15:00:00.000Z",
          formats: [
            { format: "docx", url: "/api/documents/doc1.docx" },
            { format: "txt", url: "/api/documents/doc1.txt" },
          ],
          sendTo: { name: "Lakeside Clinic records office", fax: "(614) 555-0189" },
          dueIfSentToday: "2026-12-26",
        },
      },
    ],
  };
}

/** The reply to "I sent it today" as the guide writes it: the dates and the tracker part. */
function trackerMessage(): ChatMessage {
  return {
    id: crypto.randomUUID(),
    role: "assistant",
    parts: [
      { type: "text", text: "Noted: you sent it today by mail. They must answer by December 26, 2026." },
      {
        type: "data-tracker",
        data: {
          sentOn: "2026-11-26",
          sentVia: "mail",
          dueOn: "2026-12-26",
          extendedDueOn: "2027-01-25",
          governedBy: "hipaa",
          textReminders: true,
        },
      },
    ],
  };
}

/** Appends messages (and sets the sent request) in the stored conversation, as a turn would. */
async function seed(id: string, messages: ChatMessage[], sent = false): Promise<void> {
  const stored = await site.app.store.load(id);
  if (!stored) throw new Error("no stored conversation");
  await site.app.store.save({
    ...stored,
    messages: [...stored.messages, ...messages],
    ...(sent ? { intake: { ...stored.intake, priorRequest: { sentOn: "2026-11-26", sentVia: "mail" as const } } } : {}),
  });
}

async function begin(size: (typeof SIZES)[number]) {
  const context: BrowserContext = await browser.newContext({ locale: "en-US", bypassCSP: true, ...size.options });
  const page = await context.newPage();
  await page.goto(`${site.host.origin}/`);
  const frame = await openPanel(page);
  await frame.locator("#msg").fill("I need my records");
  await frame.locator(".compose button[type=submit]").click();
  await idle(frame);
  const cred = await credential(frame);
  if (!cred) throw new Error("the panel kept no credential");
  /** The panel opened again, reading the stored conversation. */
  const reopen = async (): Promise<Run> => {
    await page.reload();
    const again = await openPanel(page).catch(() => panelFrame(page));
    await again.locator(".msg.assistant").last().waitFor();
    return { expect, page, frame: again, scenario: `tracker-${size.name}` };
  };
  return { context, page, id: cred.id, reopen };
}

describe.skipIf(skip)("the request tracker in the panel", () => {
  for (const size of SIZES) {
    it(`at ${size.name}: "I sent it" sends the message; the tracker card shows the due date and downloads a calendar file`, async () => {
      const { context, id, reopen } = await begin(size);
      try {
        await seed(id, [letterMessage()]);
        let run = await reopen();
        const sentIt = run.frame.getByRole("button", { name: W.tracker.iSentIt, exact: true });
        await sentIt.scrollIntoViewIfNeeded();
        await state(run, "letter", size.want);
        await sentIt.click();
        await idle(run.frame);
        expect(await patientTexts(site.app.store, id)).toContain(W.tracker.iSentItMessage);

        await seed(id, [trackerMessage()], true);
        run = await reopen();
        const card = run.frame.locator(".card.tracker");
        await card.scrollIntoViewIfNeeded();
        await expect.poll(() => card.textContent()).toContain("They must answer by December 26, 2026.");
        expect(await card.textContent()).toContain("Sent November 26, 2026 by mail");
        const calendar = card.getByRole("button", { name: W.tracker.addToCalendar });
        const textMe = card.getByRole("button", { name: W.tracker.textMe });
        expect(await calendar.isVisible()).toBe(true);
        expect(await textMe.isVisible()).toBe(true);
        await state(run, "card", size.want);
        await card.screenshot({ path: join(SHOTS, `tracker-${size.name}-card.png`) });

        const [download] = await Promise.all([run.page.waitForEvent("download"), calendar.click()]);
        expect(download.suggestedFilename()).toBe("records-request.ics");
        const ics = readFileSync((await download.path())!, "utf8");
        expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(ics).toContain("DTSTART;VALUE=DATE:20261219");
        expect(ics).toContain("DTSTART;VALUE=DATE:20261226");
        await expect.poll(() => card.locator(".status").textContent()).toBe(W.tracker.calendarSaved);

        // The text reminder's form: focus goes to the number; each missing piece is said, then the server's answer.
        await textMe.click();
        const phone = card.getByLabel(W.tracker.phone);
        expect(await phone.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
        const submit = card.getByRole("button", { name: W.tracker.setReminder });
        await submit.click();
        await expect.poll(() => card.getByRole("alert").textContent()).toBe(W.tracker.needPhone);
        await phone.fill("503 555 0123");
        await submit.click();
        await expect.poll(() => card.getByRole("alert").textContent()).toBe(W.tracker.needConsent);
        await card.getByLabel(W.tracker.consentReminder).check();
        await submit.click();
        // This site has no Twilio account: the server's own explanation is shown.
        await expect.poll(() => card.getByRole("alert").textContent()).toMatch(/not set up here/);
        await card.getByRole("alert").scrollIntoViewIfNeeded();
        await state(run, "reminder-form", size.want);
        await card.screenshot({ path: join(SHOTS, `tracker-${size.name}-form.png`) });
      } finally {
        await context.close();
      }
    }, 90_000);
  }
  it("in Spanish, in dark mode, on a phone: the tracker card's words, dates and actions are Spanish", async () => {
    const size = {
      name: "phone-360-dark-es",
      options: { ...SIZES[2]!.options, colorScheme: "dark" as const },
      want: SIZES[2]!.want,
    };
    const { context, id, reopen } = await begin(size);
    try {
      await seed(id, [letterMessage(), trackerMessage()], true);
      const run = await reopen();
      await run.frame.getByRole("button", { name: ES.switchTo }).click();
      const card = run.frame.locator(".card.tracker");
      await card.scrollIntoViewIfNeeded();
      await expect
        .poll(() => card.textContent())
        .toContain(
          ES.tracker.sentBy.replace("{via}", ES.tracker.via.mail!).replace("{date}", "26 de noviembre de 2026"),
        );
      expect(await card.getByRole("button", { name: ES.tracker.addToCalendar }).isVisible()).toBe(true);
      expect(await card.getByRole("button", { name: ES.tracker.textMe }).isVisible()).toBe(true);
      await state(run, "card", size.want);
      await card.screenshot({ path: join(SHOTS, `tracker-${size.name}-card.png`) });
    } finally {
      await context.close();
    }
  }, 90_000);

  it("continue by text: the code step takes focus, a wrong code is said, the right one says which number to text", async () => {
    const size = SIZES[1]!;
    const { context, id, reopen } = await begin(size);
    try {
      // This site has no Twilio account: the two routes answer as the server does when it has one.
      const asked: unknown[] = [];
      let tries = 0;
      await context.route("**/api/session/phone**", async (route) => {
        const url = new URL(route.request().url());
        asked.push({ path: url.pathname, search: url.search, body: route.request().postDataJSON() });
        if (url.pathname.endsWith("/phone"))
          return route.fulfill({ status: 202, contentType: "application/json", body: '{"sent":true}' });
        tries++;
        return tries === 1
          ? route.fulfill({
              status: 400,
              contentType: "application/json",
              body: JSON.stringify({
                error: { code: "invalid_input", message: "code: that is not the code we texted." },
              }),
            })
          : route.fulfill({
              status: 200,
              contentType: "application/json",
              body: JSON.stringify({ linked: true, textTo: "+15559870000" }),
            });
      });
      await seed(id, [letterMessage(), trackerMessage()], true);
      const run = await reopen();
      const card = run.frame.locator(".card.tracker");
      await card.getByRole("button", { name: W.tracker.continueByText }).click();
      await card.getByLabel(W.tracker.phone).fill("(503) 555-0123");
      await card.getByLabel(W.tracker.consentContinue).check();
      await card.getByRole("button", { name: W.tracker.sendCode }).click();
      const code = card.getByLabel(W.tracker.code);
      await code.waitFor();
      expect(await code.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
      await code.fill("111111");
      await card.getByRole("button", { name: W.tracker.confirmCode }).click();
      await expect.poll(() => card.getByRole("alert").textContent()).toBe("That is not the code we texted.");
      await state({ ...run, scenario: "tracker-continue" }, "wrong-code", size.want);
      await code.fill("222222");
      await card.getByRole("button", { name: W.tracker.confirmCode }).click();
      const status = card.locator(".status");
      await expect.poll(() => status.textContent()).toBe(W.tracker.linked.replace("{number}", "(555) 987-0000"));
      expect(await status.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
      await state({ ...run, scenario: "tracker-continue" }, "linked", size.want);
      // The number and consent travel in the body only; the code step sends the number again, never in a URL.
      expect(asked).toEqual([
        {
          path: "/api/session/phone",
          search: "?clinic=lakeside-matrix",
          body: { phone: "(503) 555-0123", consent: true },
        },
        {
          path: "/api/session/phone/verify",
          search: "?clinic=lakeside-matrix",
          body: { phone: "(503) 555-0123", code: "111111" },
        },
        {
          path: "/api/session/phone/verify",
          search: "?clinic=lakeside-matrix",
          body: { phone: "(503) 555-0123", code: "222222" },
        },
      ]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
