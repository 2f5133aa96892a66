// Benchmark: median and p95 time to build one letter of each kind and pack it as .docx.
// Run through `npm run bench` (bench/run.ts).
import { buildLetter, renderDocx } from "../src/documents/index.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../src/domain/recommendation.js";
import { FULL_INTAKE as INTAKE } from "../test/support/intakes.js";
import { quantile, round } from "./stats.js";

/** Times build + renderDocx per kind after a warm-up; times in milliseconds. */
export async function benchDocuments(
  iterations = 200,
  warmup = 30,
): Promise<Array<{ kind: DocumentKind; medianMs: number; p95Ms: number }>> {
  const out: Array<{ kind: DocumentKind; medianMs: number; p95Ms: number }> = [];
  for (const kind of DOCUMENT_KINDS) {
    const once = async () => renderDocx(buildLetter(kind, INTAKE, { today: "2026-11-26" }));
    for (let i = 0; i < warmup; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await once();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out.push({
      kind,
      medianMs: round(quantile(times, 0.5)),
      p95Ms: round(quantile(times, 0.95)),
    });
  }
  return out;
}
