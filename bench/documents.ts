// Benchmark: median and p95 time to build one letter of each kind and pack it as .docx.
// Run through `npm run bench` (bench/run.ts).
import { buildLetter, renderDocx } from "../src/documents/index.js";
import type { Intake } from "../src/domain/intake.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../src/domain/recommendation.js";

const INTAKE: Intake = {
  requester: "self",
  patient: {
    name: "Maria Lopez",
    otherNames: ["Maria Garcia"],
    dateOfBirth: "1980-04-12",
    phone: "555-0100",
    email: "maria@example.com",
  },
  state: "TX",
  provider: { name: "Hill Country Clinic", type: "physician_practice", fax: "555-0199" },
  records: { kinds: ["full_chart", "imaging"], from: "2019" },
  format: "electronic",
  delivery: "email",
  recipient: { name: "Second Opinion Partners", email: "records@sop.example" },
  insurer: { name: "Lone Star Health", plan: "medicare_advantage" },
  priorRequest: { sentOn: "2026-09-01", outcome: "no_response" },
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

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
      medianMs: Number(quantile(times, 0.5).toFixed(2)),
      p95Ms: Number(quantile(times, 0.95).toFixed(2)),
    });
  }
  return out;
}
