// Every kind laid out for a US records office (issue 18), read back as a reader would: mammoth's
// text of the .docx (sender, date, addressee, summary, respond-by), and LibreOffice's PDF of it (US
// Letter pages, the signature on the page of the closing paragraph, a bounded page count).
// RECORDPATH_SHOTS=<dir> also writes a 60-dpi PNG of each page there, to look at.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLetter, renderDocx, renderText } from "../../src/documents/index.js";
import type { Block, Letter } from "../../src/documents/letter.js";
import type { Intake } from "../../src/domain/intake.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../../src/domain/recommendation.js";
import { FULL_INTAKE } from "../support/intakes.js";

const today = "2026-11-26";

/** The case file each kind is drawn from: a full one, with the outcome the kind is written for. */
function intakeFor(kind: DocumentKind): Intake {
  if (kind === "review_request")
    return { ...FULL_INTAKE, priorRequest: { sentOn: "2026-09-01", outcome: "denied", answeredOn: "2026-09-20" } };
  if (kind === "part2_consent") return { ...FULL_INTAKE, records: { kinds: ["substance_use"] } };
  return FULL_INTAKE;
}

const letters = Object.fromEntries(
  DOCUMENT_KINDS.map((kind) => [kind, buildLetter(kind, intakeFor(kind), { today })]),
) as Record<DocumentKind, Letter>;

const blockTypes = (l: Letter) => l.blocks.map((b) => b.type);
const summaryOf = (l: Letter) => l.blocks.find((b): b is Extract<Block, { type: "summary" }> => b.type === "summary");

describe("every kind opens as a US business letter", () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: sender, date, addressee, plain title and summary come first, in that order`, () => {
      const l = letters[kind];
      expect(blockTypes(l).slice(0, 5)).toEqual(["address", "date", "address", "heading", "summary"]);
      expect(l.blocks[0]).toMatchObject({ role: "sender" });
      expect(l.blocks[2]).toMatchObject({ role: "addressee" });
      // The title is plain words: the legal citation lives in the body.
      expect(l.title).not.toMatch(/CFR|U\.S\.C\./);
      expect(l.blocks[3]).toEqual({ type: "heading", text: l.title });
    });

    it(`${kind}: mammoth reads back the sender, the date, the addressee, the summary and when to respond`, async () => {
      const l = letters[kind];
      const { value: docx } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(l)) });
      const text = renderText(l);
      for (const out of [docx, text]) {
        expect(out).toContain("Maria Lopez");
        expect(out).toContain("12 Oak St, Austin, TX 78701");
        expect(out).toContain("November 26, 2026");
        for (const row of summaryOf(l)?.rows ?? []) expect(out).toContain(row.label);
        if (kind !== "ocr_complaint")
          expect(out).toMatch(/Please respond by:?\s*\w+ \d+, \d{4}|Within 30 days of receipt/);
        // The sender block is above the title; the signature below it.
        expect(out.indexOf("Maria Lopez")).toBeLessThan(out.indexOf(l.title));
        expect(out.indexOf(l.title)).toBeLessThan(out.indexOf("Signature:"));
      }
      const to = {
        ocr_complaint: "ocrportal.hhs.gov",
        immunization_request: "Immunization Program",
        insurer_request: "Lone Star Health",
      } as Partial<Record<DocumentKind, string>>;
      expect(docx).toContain(to[kind] ?? "Hill Country Clinic");
    });
  }

  it("an access request asks for an answer by the state's shorter deadline counted from the letter's date", () => {
    // Texas gives a physician 15 business days; 2026-11-26 is a Thursday (Thanksgiving is not skipped).
    const l = letters.access_request;
    expect(l.respondBy).toBe("2026-12-17");
    expect(renderText(l)).toContain("Please respond by: December 17, 2026");
  });

  it("an access request without a state asks by HIPAA's 30 days", () => {
    const l = buildLetter("access_request", { ...FULL_INTAKE, state: undefined }, { today });
    expect(l.respondBy).toBe("2026-12-26");
  });

  it("a letter that starts no clock asks for an answer within 30 days of receipt", () => {
    const l = letters.immunization_request;
    expect(l.respondBy).toBeUndefined();
    expect(renderText(l)).toContain("Please respond: Within 30 days of receipt");
  });

  it("a patient's own request names the proof a representative encloses only when a representative asks", () => {
    expect(blockTypes(letters.access_request)).not.toContain("enclosures");
    const parent = buildLetter(
      "access_request",
      {
        ...FULL_INTAKE,
        requester: "parent",
        patient: { name: "Leo Park", dateOfBirth: "2015-03-01" },
        representative: { name: "Ana Park", address: "4 Elm St, Austin, TX" },
      },
      { today },
    );
    expect(parent.blocks.at(-1)).toMatchObject({ type: "enclosures" });
    const text = renderText(parent);
    expect(text).toContain("Ana Park\n4 Elm St, Austin, TX\nFor the patient: Leo Park");
    expect(text).toMatch(/Enclosure:\n- Proof that I am the patient's parent/);
  });
});

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasSoffice && !process.env.CI)("every kind printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "recordpath-layout-"));
  const pdfs: Partial<Record<DocumentKind, string>> = {};

  beforeAll(async () => {
    const files: string[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, await renderDocx(letters[kind]));
      files.push(file);
    }
    // One soffice run for every kind; a private profile keeps parallel instances from colliding.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { timeout: 240_000, stdio: "ignore" },
    );
    const shots = process.env.RECORDPATH_SHOTS;
    if (shots) mkdirSync(shots, { recursive: true });
    for (const kind of DOCUMENT_KINDS) {
      const pdf = join(dir, `${kind}.pdf`);
      pdfs[kind] = pdf;
      if (shots) execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(shots, kind)]);
    }
  }, 300_000);

  const pageTexts = (pdf: string, pages: number) =>
    Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
        encoding: "utf8",
      }),
    );

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: US Letter pages, at most 4 with the notes, the signature on its closing paragraph's page`, () => {
      const pdf = pdfs[kind] as string;
      expect(readFileSync(pdf).subarray(0, 4).toString("latin1")).toBe("%PDF");
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+612 x 792 pts/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2); // the letter, then the notes page
      expect(pages).toBeLessThanOrEqual(4);
      const texts = pageTexts(pdf, pages);
      const l = letters[kind];
      const sigAt = l.blocks.findIndex((b) => b.type === "signature");
      // The closing paragraph: the last paragraph before the signature with more than "Sincerely," in it.
      const closing = l.blocks
        .slice(0, sigAt)
        .findLast((b) => b.type === "paragraph" && b.runs.map((r) => ("text" in r ? r.text : "")).join("").length > 20);
      const words = (s: string) => s.replace(/\s+/g, " ").trim();
      const closingText =
        closing?.type === "paragraph" ? closing.runs.map((r) => ("text" in r ? r.text : "")).join("") : "";
      const page = texts.findIndex((t) => t.includes("Signature:"));
      expect(page).toBeGreaterThanOrEqual(0);
      // Not alone: the page with the signature line also holds the closing paragraph's words.
      expect(words(texts[page] ?? "")).toContain(words(closingText).slice(0, 30));
      // The notes start their own page, after the letter.
      const notes = texts.findIndex((t) => t.includes("Notes for you"));
      expect(notes).toBeGreaterThan(page);
      expect(texts[notes]).not.toContain("Signature:");
    });
  }
});
