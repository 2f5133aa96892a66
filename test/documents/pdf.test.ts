// The Worker's own PDF read back as a reader would: poppler's pdfinfo (US Letter, page count),
// pdffonts (fonts embedded) and pdftotext (searchable text with the same facts as the text rendering).
// Skipped only on a developer machine without poppler-utils; in CI (process.env.CI) it must run.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildLetter, renderPdf, renderText } from "../../src/documents/index.js";
import type { Block, Letter } from "../../src/documents/letter.js";
import type { Intake } from "../../src/domain/intake.js";
import { DOCUMENT_KINDS } from "../../src/domain/recommendation.js";
import { FULL_INTAKE } from "../support/intakes.js";

const hasPoppler = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;

function run(tool: string, pdf: Uint8Array, ...args: string[]): string {
  const out = spawnSync(tool, args, { input: Buffer.from(pdf), encoding: "utf8" });
  if (out.status !== 0) throw new Error(`${tool} failed: ${out.stderr}`);
  return out.stdout;
}
const info = (pdf: Uint8Array) => run("pdfinfo", pdf, "-");
const fonts = (pdf: Uint8Array) => run("pdffonts", pdf, "-");
/** The text of each page, in content order. */
const pages = (pdf: Uint8Array) => run("pdftotext", pdf, "-raw", "-enc", "UTF-8", "-", "-").split("\f");
/** The pages' text without their "Page n of m" footers, which fall inside a sentence that runs on. */
const body = (pdf: Uint8Array) =>
  pages(pdf)
    .join("\n")
    .replace(/Page \d+ of \d+/g, "");
const squash = (s: string) => s.replace(/\s+/g, "");

const ACCENTED: Intake = {
  requester: "self",
  state: "CA",
  patient: { name: "José Núñez-Ærø", dateOfBirth: "1975-02-03" },
  provider: { name: "Clínica Santa María", fax: "555-0142" },
  records: { kinds: ["full_chart"] },
};
const INTAKES: Array<[string, Intake]> = [
  ["a full intake", FULL_INTAKE],
  ["an empty intake", {}],
  ["an accented intake", ACCENTED],
];

/** Every line of the text rendering, each "label: value" piece apart (the PDF sets them in columns). */
function textFacts(letter: Letter): string[] {
  return (
    renderText(letter)
      .split("\n")
      .filter((line) => line.trim() && !/^[-=]{3,}/.test(line) && !line.startsWith("-----"))
      // "To: " marks the addressee only in the text version (for pasting into a message); the PDF prints the block.
      .map((line) => line.replace(/^(?:- |\* |\d+\. |To: )/, ""))
      .flatMap((line) => line.split(": "))
      .map(squash)
      .filter(Boolean)
  );
}

describe.skipIf(!hasPoppler && !process.env.CI)("PDF rendering read back with poppler", () => {
  for (const kind of DOCUMENT_KINDS) {
    for (const [name, intake] of INTAKES) {
      it(`renders ${kind} from ${name} as searchable US Letter pages with embedded fonts and the text's facts`, async () => {
        const letter = buildLetter(kind, intake, { today: "2026-11-26" });
        const pdf = await renderPdf(letter);
        expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");

        const meta = info(pdf);
        expect(meta).toMatch(/Page size:\s+612 x 792 pts/);
        const count = Number(/Pages:\s+(\d+)/.exec(meta)?.[1]);
        expect(count).toBeGreaterThanOrEqual(letter.guidance.length ? 2 : 1);
        expect(count).toBeLessThanOrEqual(6);

        const rows = fonts(pdf).split("\n").slice(2).filter(Boolean);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row).toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/);

        const text = body(pdf);
        const flat = squash(text);
        if (intake.patient?.name) expect(text).toContain(intake.patient.name);
        // The provider wherever the letter names it (an insurer's or a registry's letter may not).
        if (intake.provider?.name && renderText(letter).includes(intake.provider.name)) {
          expect(text).toContain(intake.provider.name);
        }
        for (const fact of textFacts(letter)) expect(flat).toContain(fact);
      });
    }
  }

  const sign: Block = { type: "signature", name: [{ text: "Maria Lopez" }] };
  const closing: Block = { type: "paragraph", runs: [{ text: "CLOSING: please call me with any questions." }] };
  const filler = (n: number): Block[] =>
    Array.from({ length: n }, (_, i) => ({
      type: "paragraph",
      runs: [{ text: `Paragraph ${i + 1} of the body, long enough to take a full line of the page and a bit more.` }],
    }));
  const letterOf = (blocks: Block[], extra: Partial<Letter> = {}): Letter => ({
    kind: "access_request",
    title: "Request for my medical records",
    blocks,
    guidance: ["Keep a copy."],
    blanks: [],
    needs: [],
    ...extra,
  });

  it("never leaves the signature, the enclosures or the closing paragraph apart on another page", async () => {
    // Every filler length moves the closing paragraph one step further down the page.
    for (let n = 14; n <= 30; n++) {
      const enclosures: Block = { type: "enclosures", items: [[{ text: "Copy of my photo ID" }]] };
      const pdf = await renderPdf(letterOf([...filler(n), closing, sign, enclosures]));
      const signed = pages(pdf).filter((p) => p.includes("Signature:"));
      expect(signed).toHaveLength(1);
      expect(signed[0]).toContain("CLOSING:");
      expect(signed[0]).toContain("Enclosure:");
      expect(signed[0]).toContain("Copy of my photo ID");
    }
  });

  it("keeps a bare valediction's preceding paragraph with the signature too", async () => {
    for (let n = 14; n <= 30; n++) {
      const pdf = await renderPdf(
        letterOf([...filler(n), closing, { type: "paragraph", runs: [{ text: "Sincerely," }] }, sign]),
      );
      const signed = pages(pdf).find((p) => p.includes("Signature:")) ?? "";
      expect(signed).toContain("CLOSING:");
      expect(signed).toContain("Sincerely,");
    }
  });

  it("prints the contract's blocks: sender and addressee, date, boxed summary with respond-by, enclosures", async () => {
    const letter = letterOf(
      [
        { type: "address", role: "sender", lines: [[{ text: "Maria Lopez" }], [{ text: "12 Oak St, Austin, TX" }]] },
        { type: "date", text: "November 26, 2026" },
        { type: "address", role: "addressee", lines: [[{ text: "Hill Country Clinic" }], [{ text: "Fax: 555-0199" }]] },
        { type: "heading", text: "Request for my medical records" },
        {
          type: "summary",
          rows: [
            { label: "Patient", value: [{ text: "Maria Lopez" }] },
            { label: "Send to", value: [{ blank: "email address", optional: true }] },
            { label: "Please respond by", value: [{ text: "December 11, 2026", bold: true }] },
          ],
        },
        closing,
        sign,
        { type: "enclosures", items: [[{ text: "Copy of my photo ID" }]] },
      ],
      { respondBy: "2026-12-11" },
    );
    const [first] = pages(await renderPdf(letter));
    for (const line of [
      "Maria Lopez",
      "12 Oak St, Austin, TX",
      "November 26, 2026",
      "Hill Country Clinic",
      "Fax: 555-0199",
      "Please respond by",
      "December 11, 2026",
      "[if known: email address]",
      "Enclosure:",
    ]) {
      expect(first).toContain(line);
    }
    // The title is the heading block; the Letter's own title is not printed a second time.
    expect(first?.split("Request for my medical records")).toHaveLength(2);
  });

  it("puts the notes and then the Spanish explanation each on a page of their own", async () => {
    const letter = letterOf([closing, sign], {
      guidance: ["Keep a copy of what you send."],
      explanation: { lang: "es", title: "Qué dice esta carta", paragraphs: ["¿Cuándo? La ley les da 15 días."] },
    });
    const [letterPage, notes, spanish] = pages(await renderPdf(letter));
    expect(letterPage).toContain("Signature:");
    expect(letterPage).not.toContain("Keep a copy");
    expect(notes).toContain("Notes for you (do not send this page)");
    expect(notes).toContain("Keep a copy of what you send.");
    expect(notes).not.toContain("Qué dice");
    expect(spanish).toContain("Qué dice esta carta");
    expect(spanish).toContain("¿Cuándo? La ley les da 15 días.");
  });

  it("writes characters the embedded font lacks as ? instead of failing", async () => {
    const pdf = await renderPdf(letterOf([{ type: "paragraph", runs: [{ text: "Patient: 王小明 (Wang)" }] }, sign]));
    expect(pages(pdf)[0]).toContain("Patient: ??? (Wang)");
  });
});
