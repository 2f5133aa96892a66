// Benchmark (issue 19): CPU time per request inside workerd, per request kind, against the Workers
// Free plan's 10 ms. The product runs under `wrangler dev` with its defaults (built-in guide, memory
// store; rate limits raised). Requests go one at a time; around each, the CPU time of the workerd
// thread that runs the Worker is read from the kernel (/proc/<pid>/task/<pid>/schedstat, nanoseconds
// on a CPU, user and kernel), after waiting until that thread is idle again. Wall time plays no part.
//
// What a figure includes: everything that thread ran for the request: the app's JavaScript, V8's
// garbage collection and compilation on it, and workerd's own HTTP handling of the request (the edge
// does not bill that part). A bare Worker (`return new Response("ok")`) is measured the same way, so
// that floor is printed beside every figure; nothing is subtracted from the figures themselves.
// What it leaves out: wrangler's proxy (a second workerd) and its node process, which production does
// not have; V8's helper threads in the Worker's workerd (concurrent GC and compilation, off the
// request's thread in production too); and local observability, a trace collector wrangler dev adds on the Worker's own
// thread (about 2 ms a request), switched off with X_LOCAL_OBSERVABILITY=false. Responses are asked
// for uncompressed (compression at the edge is not the Worker's CPU either).
// On a shared machine CPU time still grows with the load (caches and the other hyperthread are
// shared): the load average is recorded with the figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, ROOT, startWranglerDev, type WranglerDev } from "../test/support/wrangler-dev.js";
import { crossCheck, printCrossCheck } from "./cpu-profile.js";
import {
  CPU_KINDS,
  type CpuKind,
  type CpuKindName,
  cpuOf,
  DEV_ENV,
  driveKinds,
  figure,
  get,
  type KindKey,
  startProduct,
  workerProcess,
} from "./cpu-workerd.js";
import { round } from "./stats.js";
import { chat, FLOOR_CONFIG } from "./throughput.js";

export { CPU_KINDS, type CpuKind, type CpuKindName };

/** The Workers Free plan's CPU time per request (issue 19). */
export const CPU_LIMIT_MS = 10;

export interface CpuFigures {
  /** Per request kind (CPU_KINDS, in that order): CPU of the Worker's workerd thread. */
  kinds: Array<CpuKind & { kind: CpuKindName }>;
  /** A Worker that only answers "ok", measured the same way: workerd's own floor per request. */
  bareWorker: CpuKind;
  /**
   * The SDK's floor for a chat turn, measured the same way: bench/floor's bare Hono route running
   * `streamText` with a fixed one-step mock model and returning the UI message stream. No turn that
   * goes through the AI SDK's loop (the guide's does, by design) can cost less than this.
   */
  sdkFloor: CpuKind;
  /** The web turns that are none of the above (answers to questions, the review), for completeness. */
  otherTurns: CpuKind;
  /** The machine's 1-minute load average before and after (CPU time grows with it). */
  loadAverage: [number, number];
}

/**
 * The figures: a bare Worker's floor, then the product under wrangler dev through `rounds` rounds of
 * every kind (about a minute for 100 rounds on a quiet two-core machine).
 */
export async function benchCpu(rounds = 100): Promise<CpuFigures> {
  const loadBefore = loadavg()[0] ?? 0;
  const bareWorker = await bareWorkerFloor(rounds);
  const sdkFloor = await sdkChatFloor(rounds);
  let dev: WranglerDev | undefined;
  try {
    dev = await startProduct();
    const pid = workerProcess(dev.pgid);
    const samples = new Map<string, number[]>();
    await driveKinds(dev.origin, rounds, async (kind, request) => {
      let key = kind;
      const ms = await cpuOf(pid, async () => {
        const answered = await request();
        if (typeof answered === "string") key = answered as KindKey;
      });
      samples.set(key, [...(samples.get(key) ?? []), ms]);
    });
    return {
      kinds: CPU_KINDS.map((k) => figure(k, samples.get(k) ?? [])),
      bareWorker,
      sdkFloor,
      otherTurns: figure("other web turns (answers, review)", samples.get("other") ?? []),
      loadAverage: [round(loadBefore), round(loadavg()[0] ?? 0)],
    };
  } finally {
    await dev?.stop();
  }
}

/** A Worker that only answers "ok", under wrangler dev the same way: workerd's floor per request. */
async function bareWorkerFloor(n: number): Promise<CpuKind> {
  const dir = mkdtempSync(join(tmpdir(), "rp-bare-"));
  let dev: WranglerDev | undefined;
  try {
    writeFileSync(join(dir, "index.js"), 'export default { fetch() { return new Response("ok"); } };\n');
    const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
    const date = /compatibility_date\s*=\s*"([^"]+)"/.exec(toml)?.[1];
    writeFileSync(
      join(dir, "wrangler.toml"),
      `name = "bare"\nmain = "index.js"\ncompatibility_date = "${date}"\ncompatibility_flags = ["nodejs_compat"]\n`,
    );
    dev = await startWranglerDev({}, { env: DEV_ENV, args: ["--config", join(dir, "wrangler.toml")] });
    const pid = workerProcess(dev.pgid);
    for (let i = 0; i < 20; i++) await get(`${dev.origin}/`);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push(await cpuOf(pid, () => get(`${dev?.origin}/`)));
    return figure("bare Worker", samples);
  } finally {
    await dev?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench/floor's chat route (Hono + streamText, one-step mock model), POSTed the guided turn's body. */
async function sdkChatFloor(n: number): Promise<CpuKind> {
  let dev: WranglerDev | undefined;
  try {
    dev = await startWranglerDev({}, { env: DEV_ENV, config: FLOOR_CONFIG });
    const pid = workerProcess(dev.pgid);
    const post = async (i: number) => {
      if (!(await chat(dev?.origin ?? "", i))) throw new Error("the floor's chat route failed");
    };
    for (let i = 0; i < 20; i++) await post(i);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push(await cpuOf(pid, () => post(i)));
    return figure("SDK floor: Hono + streamText chat turn", samples);
  } finally {
    await dev?.stop();
  }
}

export function printCpu(figures: CpuFigures): void {
  const floor = figures.bareWorker.medianMs;
  const [before, after] = figures.loadAverage;
  console.log(
    `\nCPU per request in workerd, ms (goal ≤ ${CPU_LIMIT_MS}; load average ${before} → ${after}; bare Worker median ${floor})`,
  );
  console.log(`${"kind".padEnd(34)} ${"n".padStart(4)} ${"median".padStart(7)} ${"p99".padStart(7)}  over bare`);
  for (const k of [...figures.kinds, figures.otherTurns, figures.bareWorker, figures.sdkFloor]) {
    const goal = (figures.kinds as CpuKind[]).includes(k);
    const mark = goal
      ? k.p99Ms <= CPU_LIMIT_MS
        ? "  ✓"
        : k.medianMs <= CPU_LIMIT_MS
          ? "  ✗ p99 over"
          : "  ✗ over"
      : "";
    const over = (k.medianMs - floor).toFixed(2);
    console.log(
      `${k.kind.padEnd(34)} ${String(k.n).padStart(4)} ${k.medianMs.toFixed(2).padStart(7)} ${k.p99Ms.toFixed(2).padStart(7)}  ${over.padStart(9)}${mark}`,
    );
  }
}

async function main() {
  const started = performance.now();
  const rounds = Number(process.argv.find((a) => /^--rounds=\d+$/.test(a))?.slice(9) ?? 100);
  const figures = await benchCpu(rounds);
  printCpu(figures);
  console.log(`(${Math.round((performance.now() - started) / 1000)} s)`);
  if (process.argv.includes("--profile"))
    printCrossCheck(await crossCheck(Math.min(rounds, 30), await freePort()), figures);
}

// Print only when this file is the entry point (not when bench/run.ts bundles it).
if (/[\\/]cpu\.m?[jt]s$/.test(process.argv[1] ?? "")) await main();
