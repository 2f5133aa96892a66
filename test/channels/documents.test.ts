// The document routes: POST answers a file without storing it; GET answers a stored draft by its
// signed link, 404 for a bad link and 410 once it has expired. Formats: docx, pdf, txt.

import { spawnSync } from "node:child_process";
import { Hono } from "hono";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { documentRoutes } from "../../src/channels/documents.js";
import { loadSettings } from "../../src/config.js";
import type { AppDeps } from "../../src/deps.js";
import { draftDocument } from "../../src/documents/draft.js";
import { renderDocx } from "../../src/documents/index.js";
import { AppError, errorBody } from "../../src/errors.js";
import { createLogger } from "../../src/log.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { createMemoryRateLimiter } from "../../src/sessions/rate-limit.js";

let nowMs = Date.UTC(2026, 10, 26, 15);
const deps = {
  settings: loadSettings({ DOCUMENT_TTL_HOURS: "24" }),
  store: new MemoryStore({ sessionSeconds: 3600, documentSeconds: 86_400 }, () => nowMs),
  signingKey: await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]),
  clock: () => new Date(nowMs),
  log: createLogger("silent"),
  model: { name: "guide" },
  limiter: createMemoryRateLimiter({
    limits: {
      session: { requests: 1000, windowSeconds: 60 },
      ip: { requests: 1000, windowSeconds: 60 },
      phone: { requests: 1000, windowSeconds: 60 },
    },
  }),
} as unknown as AppDeps;

// The same envelope the lead's app.onError renders.
const app = new Hono().route("/api/documents", documentRoutes(deps));
app.onError((e, c) =>
  e instanceof AppError ? c.json(errorBody(e.code, e.message), e.status as 400) : c.json({}, 500),
);

/** The PDF's text as pdftotext reads it (poppler-utils), or null where it is not installed. */
function pdfText(bytes: ArrayBuffer): string | null {
  const out = spawnSync("pdftotext", ["-", "-"], { input: Buffer.from(bytes), encoding: "utf8" });
  return out.status === 0 ? out.stdout : null;
}

const post = (body: unknown) =>
  app.request("/api/documents", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("POST /api/documents", () => {
  it("answers a docx attachment that reads back with the patient's name", async () => {
    const res = await post({ kind: "access_request", intake: { patient: { name: "Maria Lopez" }, state: "CA" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="recordpath-access-request-2026-11-26.docx"',
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expect(value).toContain("Maria Lopez");
  });
  it("answers plain text when asked", async () => {
    const res = await post({ kind: "follow_up", intake: {}, format: "txt" });
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(".txt");
    // Issue 14: with no earlier request in the Intake, the letter does not assume a written one.
    expect(await res.text()).toContain("[fill in: when and how you asked for the records]");
  });
  it("answers a PDF attachment whose text names the patient when format is pdf", async () => {
    const res = await post({ kind: "access_request", intake: { patient: { name: "Maria Lopez" } }, format: "pdf" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="recordpath-access-request-2026-11-26.pdf"',
    );
    const bytes = await res.arrayBuffer();
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = pdfText(bytes);
    if (text !== null) expect(text).toContain("Maria Lopez");
  });
  it("rejects an unknown format with a 400 listing the formats, pdf among them", async () => {
    const res = await post({ kind: "access_request", intake: {}, format: "rtf" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/docx.*pdf.*txt/);
  });
  it("rejects an unknown intake field with a 400 naming it", async () => {
    const res = await post({ kind: "access_request", intake: { patient: { nickname: "x" } } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("intake.patient.nickname");
  });
  it("rejects an unknown kind", async () => {
    expect((await post({ kind: "love_letter", intake: {} })).status).toBe(400);
  });
});

describe("GET /api/documents/:token", () => {
  it("answers the stored draft in every format, then 410 after it expires, and 404 for a forged link", async () => {
    const { card, document } = await draftDocument(deps, {
      sessionId: "session-abcdefghijkl",
      kind: "ocr_complaint",
      intake: { patient: { name: "Ana" } },
      baseUrl: "https://rp.example",
    });
    await deps.store.saveDocument(document);
    const path = new URL(card.url).pathname;
    const docx = await app.request(path);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-disposition")).toContain("recordpath-ocr-complaint-2026-11-26.docx");
    const txt = await app.request(`${path}?format=txt`);
    expect(await txt.text()).toContain("ocrportal.hhs.gov");
    const pdf = await app.request(`${path}?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toContain("recordpath-ocr-complaint-2026-11-26.pdf");
    const text = pdfText(await pdf.arrayBuffer());
    if (text !== null) expect(text).toContain("ocrportal.hhs.gov");
    const bad = await app.request(`${path}?format=rtf`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'format must be "docx", "pdf" or "txt".',
    );
    expect((await app.request(`${path.slice(0, -3)}abc`)).status).toBe(404);
    nowMs += 25 * 3_600_000;
    const gone = await app.request(path);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe("gone");
  });
  it("answers 410 for the PDF of a draft stored before PDFs were made, and still serves its .docx", async () => {
    const { card, document } = await draftDocument(deps, {
      sessionId: "session-abcdefghijkm",
      kind: "follow_up",
      intake: {},
      baseUrl: "https://rp.example",
    });
    // As an older version stored it: the .docx rendered at drafting, no letter, no PDF.
    const { letter, ...older } = document;
    const docx = await renderDocx(letter!);
    await deps.store.saveDocument({ ...older, docx });
    const path = new URL(card.url).pathname;
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(docx);
    expect((await app.request(`${path}?format=pdf`)).status).toBe(410);
  });

  it("renders the letter as drafted: not the clock's new day, not the Intake changed since", async () => {
    const intake = { patient: { name: "Ana Ruiz" }, provider: { name: "Lakeshore Clinic" } };
    const { card, document } = await draftDocument(deps, {
      sessionId: "session-abcdefghijkn",
      kind: "access_request",
      intake,
      baseUrl: "https://rp.example",
      today: "2026-11-26",
    });
    // Stored is the letter itself, no file: the .docx and PDF are made at download.
    expect(document.letter?.title).toBe(document.title);
    expect(document.docx).toBeUndefined();
    expect(document.pdf).toBeUndefined();
    await deps.store.saveDocument(document);
    intake.patient.name = "Someone Else";
    const drafted = structuredClone(document.letter);
    nowMs += 20 * 3_600_000;
    const path = new URL(card.url).pathname;
    const docx = new Uint8Array(await (await app.request(path)).arrayBuffer());
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(value).toContain("Ana Ruiz");
    expect(value).not.toContain("Someone Else");
    expect(value).toContain("November 26, 2026");
    const pdf = await app.request(`${path}?format=pdf`);
    const text = pdfText(await pdf.arrayBuffer());
    if (text !== null) expect(text).toContain("Ana Ruiz");
    expect((await deps.store.loadDocument(document.id))?.letter).toEqual(drafted);
  });
});
