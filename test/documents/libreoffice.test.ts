// A drafted .docx opens in a real word processor: headless LibreOffice converts it to a PDF with pages.
// Skipped only on a developer machine without soffice; in CI (process.env.CI) it must run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildLetter, renderDocx } from "../../src/documents/index.js";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasSoffice && !process.env.CI)("LibreOffice rendering", () => {
  it("converts an access request to a PDF with at least one page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "recordpath-lo-"));
    const letter = buildLetter(
      "access_request",
      {
        requester: "self",
        state: "CA",
        patient: { name: "Maria Lopez", dateOfBirth: "1980-04-12" },
        records: { kinds: ["full_chart"] },
        format: "electronic",
        delivery: "email",
      },
      { today: "2026-11-26" },
    );
    const file = join(dir, "letter.docx");
    writeFileSync(file, await renderDocx(letter));
    // A private profile directory keeps parallel or leftover soffice instances from colliding.
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
        file,
      ],
      {
        timeout: 120_000,
        stdio: "ignore",
      },
    );
    const pdf = readFileSync(join(dir, "letter.pdf"));
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const info = spawnSync("pdfinfo", [join(dir, "letter.pdf")], { encoding: "utf8" });
    if (info.status === 0) {
      const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2); // the letter, then the notes page
    } else {
      expect(pdf.length).toBeGreaterThan(5_000);
    }
  }, 150_000);
});
