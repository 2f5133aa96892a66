// Benchmark: median and p95 time to build one letter of each kind and render it as .docx and as PDF.
// Run through `npm run bench` (bench/run.ts).
import { buildLetter, renderDocx, renderPdf } from "../src/documents/index.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../src/domain/recommendation.js";
import { FULL_INTAKE as INTAKE } from "../test/support/intakes.js";
import { quantile, round } from "./stats.js";

export type DocumentFormatBench = "docx" | "pdf";

export interface DocumentBench {
  kind: DocumentKind;
  format: DocumentFormatBench;
  medianMs: number;
  p95Ms: number;
}

const RENDER = { docx: renderDocx, pdf: renderPdf } as const;

/** Times build + render per kind and format after a warm-up; times in milliseconds. */
export async function benchDocuments(iterations = 200, warmup = 30): Promise<DocumentBench[]> {
  const out: DocumentBench[] = [];
  for (const format of ["docx", "pdf"] as const) {
    for (const kind of DOCUMENT_KINDS) {
      const once = async () => RENDER[format](buildLetter(kind, INTAKE, { today: "2026-11-26" }));
      for (let i = 0; i < warmup; i++) await once();
      const times: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const start = performance.now();
        await once();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      out.push({ kind, format, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) });
    }
  }
  return out;
}

/** The kind whose letter is longest (most characters of text), the one the 10 ms goal is about. */
export function longestKind(): DocumentKind {
  const length = (kind: DocumentKind) => JSON.stringify(buildLetter(kind, INTAKE, { today: "2026-11-26" })).length;
  return DOCUMENT_KINDS.reduce((a, b) => (length(b) > length(a) ? b : a));
}
