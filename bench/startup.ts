// Benchmark (issue 19): the Worker's start-up, from module evaluation to its first response. The
// bundle `wrangler deploy` would upload (minified) is imported by a fresh Node process (the same V8
// as workerd) that times evaluating it, then answering GET /healthz through its own `fetch` export
// with no bindings (the embedded defaults: built-in guide, memory store). Several fresh processes;
// medians. Node, not workerd: wall time of one process doing nothing else, which on a shared machine
// includes what the load takes from it.
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildWorker } from "./bundle.js";
import { quantile, round } from "./stats.js";

export interface Startup {
  runs: number;
  /** Evaluating the module (its imports and top-level code). */
  evaluateMs: number;
  /** From the start of evaluation to the first /healthz response read. */
  firstResponseMs: number;
}

const PROBE = `
const t0 = performance.now();
const worker = await import(process.argv[2]);
const t1 = performance.now();
const ctx = { waitUntil() {}, passThroughOnException() {} };
const res = await worker.default.fetch(new Request("http://127.0.0.1/healthz"), {}, ctx);
await res.text();
if (res.status !== 200) throw new Error("/healthz answered " + res.status);
process.stderr.write(JSON.stringify({ evaluateMs: t1 - t0, firstResponseMs: performance.now() - t0 }) + "\\n");
`;

export async function benchStartup(runs = 7): Promise<Startup> {
  const dir = await buildWorker();
  const probe = join(dir, "probe.mjs");
  writeFileSync(probe, PROBE);
  const seen: Array<{ evaluateMs: number; firstResponseMs: number }> = [];
  try {
    for (let i = 0; i < runs; i++) {
      // The Worker logs its start and the request to stdout; the probe's figures go to stderr.
      const { stderr } = await promisify(execFile)(process.execPath, [probe, join(dir, "index.js")], {
        timeout: 60_000,
      });
      seen.push(JSON.parse(stderr.trim().split("\n").at(-1) ?? "{}"));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (values: number[]) =>
    round(
      quantile(
        [...values].sort((a, b) => a - b),
        0.5,
      ),
    );
  return {
    runs,
    evaluateMs: median(seen.map((s) => s.evaluateMs)),
    firstResponseMs: median(seen.map((s) => s.firstResponseMs)),
  };
}

if (process.argv[1]?.endsWith("startup.mjs")) console.log(await benchStartup());
