// Benchmark: guided-turn throughput against its floor. Two `wrangler dev` servers run side by side
// on the same runtime: recordpath, and the floor Worker of bench/floor (a bare Hono route running
// the AI SDK's streamText with a fixed one-step mock model). Each is measured at a fixed concurrency
// for a fixed time, in rounds whose order rotates, so a noisy 2-core machine slows every kind
// alike; the figures are medians over the rounds. Hello-world (recordpath's GET /healthz) is kept
// as context.
import { readdirSync, readFileSync } from "node:fs";
import { startWranglerDev, type WranglerDev } from "../test/support/wrangler-dev.js";
import { quantile } from "./stats.js";

/** Goal from issue 19: guided turns reach at least 80% of the floor's throughput. */
export const THROUGHPUT_GOAL_RATIO = 0.8;

/** The floor Worker's wrangler config, relative to the repository root. */
export const FLOOR_CONFIG = "bench/floor/wrangler.toml";

/** What is measured: recordpath's hello-world, the floor's chat route, recordpath's guided turn. */
export type ThroughputKind = "hello" | "floor" | "turn";

const KINDS: readonly ThroughputKind[] = ["hello", "floor", "turn"];

export interface ThroughputRound {
  /** The order the kinds were measured in this round. */
  order: ThroughputKind[];
  helloPerSecond: number;
  floorPerSecond: number;
  turnsPerSecond: number;
  /** turns / floor within this round. */
  ratioToFloor: number;
  /** CPU milliseconds per request of each server's processes (wrangler, workerd), where /proc can be read. */
  cpuMs?: Record<ThroughputKind, number>;
}

export interface Throughput {
  concurrency: number;
  /** Seconds each kind is measured per round. */
  seconds: number;
  rounds: ThroughputRound[];
  /** Medians over the rounds (requests per second). */
  helloPerSecond: number;
  floorPerSecond: number;
  turnsPerSecond: number;
  /** Median over the rounds of turns / floor: what THROUGHPUT_GOAL_RATIO is about. */
  ratioToFloor: number;
  /** floor / hello-world (context: what streamText costs by itself on this runtime). */
  floorToHello: number;
  /** turns / hello-world (the figure issue 10 set a goal for). */
  ratioToHello: number;
  /**
   * The same as `ratioToFloor`: the ratio the goal is about.
   * @deprecated Read `ratioToFloor`; kept until bench/run.ts reads the new names.
   */
  ratio: number;
  /** Failed requests in the measured rounds (warm-up excluded), all kinds together. */
  errors: number;
  /**
   * Medians over the rounds of each kind's CPU milliseconds per request, where /proc can be read.
   * Less noisy than throughput on a shared machine: floor / turn CPU is what the ratio tends to.
   */
  cpuMs?: Record<ThroughputKind, number>;
}

interface Run {
  perSecond: number;
  errors: number;
  /** CPU milliseconds per answered request, or NaN where /proc cannot be read. */
  cpuMs: number;
}

/** Milliseconds per /proc clock tick (USER_HZ is 100 on Linux). */
const TICK_MS = 10;

/** CPU time (user + system, milliseconds) used so far by the processes of one process group; NaN without /proc. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // The process ended meanwhile.
      }
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, … utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return Number.NaN;
  }
  return ticks * TICK_MS;
}

/** Runs `request` from `concurrency` workers until `seconds` pass (or `cap` requests are sent). */
async function drive(
  concurrency: number,
  seconds: number,
  cap: number,
  request: (i: number) => Promise<boolean>,
  pgid: number,
): Promise<Run> {
  const cpuBefore = groupCpuMs(pgid);
  let sent = 0;
  let done = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < cap) {
      const i = sent++;
      if (await request(i).catch(() => false)) done++;
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpuMs = (groupCpuMs(pgid) - cpuBefore) / done;
  return { perSecond: done / ((performance.now() - start) / 1000), errors, cpuMs };
}

const TURN = "I need my whole chart from the hospital where I had surgery in Texas";

/** The same body goes to both chat routes: the patient's first message of a new conversation. */
const chatBody = (id: string, i: number) =>
  JSON.stringify({ id, message: { id: `m${i}`, role: "user", parts: [{ type: "text", text: TURN }] } });

/** One chat request with the whole stream read; true when it answered 200 and the stream ended. */
export async function chat(origin: string, i: number): Promise<boolean> {
  const id = `tput-${i}-${crypto.randomUUID().replaceAll("-", "")}`;
  const res = await fetch(`${origin}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: chatBody(id, i),
  });
  const body = await res.text();
  return res.status === 200 && body.includes("[DONE]");
}

async function hello(origin: string): Promise<boolean> {
  const res = await fetch(`${origin}/healthz`);
  await res.arrayBuffer();
  return res.ok;
}

/** Starts recordpath (guide, memory store) with the bench's limits; its request logs stay quiet. */
export function startRecordpath(): Promise<WranglerDev> {
  return startWranglerDev({
    // Request logs go to wrangler's console; keep them quiet so the runtime is what is measured.
    LOG_LEVEL: "warn",
    // Every request comes from one loopback "IP": the limits are raised for this run only.
    RATE_LIMIT_IP: "1000000/60s",
    RATE_LIMIT_SESSION: "1000/60s",
  });
}

/** Starts the floor Worker (bench/floor) under `wrangler dev`. */
export function startFloor(): Promise<WranglerDev> {
  return startWranglerDev({}, { config: FLOOR_CONFIG });
}

/**
 * Starts recordpath and the floor, warms both, then measures hello-world, the floor and guided turns
 * for `seconds` each in every one of `rounds` rounds, each round starting one kind later.
 */
export async function benchThroughput(concurrency = 8, seconds = 3, rounds = 5): Promise<Throughput> {
  let app: WranglerDev | undefined;
  let floor: WranglerDev | undefined;
  try {
    // One after the other: two bundlers at once would only slow both on two cores.
    app = await startRecordpath();
    floor = await startFloor();
    const { origin, pgid: appGroup } = app;
    const { origin: floorOrigin, pgid: floorGroup } = floor;
    let turnIndex = 0;
    const measure: Record<ThroughputKind, (seconds: number) => Promise<Run>> = {
      hello: (s) => drive(concurrency, s, 1_000_000, () => hello(origin), appGroup),
      floor: (s) => drive(concurrency, s, 1_000_000, (i) => chat(floorOrigin, i), floorGroup),
      // Each guided turn starts a new conversation of its own, across rounds too.
      turn: (s) => drive(concurrency, s, 1_000_000, () => chat(origin, turnIndex++), appGroup),
    };
    for (const kind of KINDS) await measure[kind](1.5);

    const results: ThroughputRound[] = [];
    let errors = 0;
    for (let r = 0; r < rounds; r++) {
      const order = KINDS.map((_, k) => KINDS[(k + r) % KINDS.length] as ThroughputKind);
      const perSecond = {} as Record<ThroughputKind, number>;
      const cpuMs = {} as Record<ThroughputKind, number>;
      for (const kind of order) {
        const run = await measure[kind](seconds);
        perSecond[kind] = run.perSecond;
        cpuMs[kind] = Number(run.cpuMs.toFixed(2));
        errors += run.errors;
      }
      results.push({
        order,
        helloPerSecond: Math.round(perSecond.hello),
        floorPerSecond: Math.round(perSecond.floor),
        turnsPerSecond: Math.round(perSecond.turn),
        ratioToFloor: ratio(perSecond.turn, perSecond.floor),
        ...(Number.isNaN(cpuMs.turn) ? {} : { cpuMs }),
      });
    }
    const cpu = (kind: ThroughputKind) => median(results.map((r) => r.cpuMs?.[kind] ?? Number.NaN));
    const helloPerSecond = median(results.map((r) => r.helloPerSecond));
    const floorPerSecond = median(results.map((r) => r.floorPerSecond));
    const turnsPerSecond = median(results.map((r) => r.turnsPerSecond));
    const ratioToFloor = median(results.map((r) => r.ratioToFloor));
    return {
      concurrency,
      seconds,
      rounds: results,
      helloPerSecond,
      floorPerSecond,
      turnsPerSecond,
      ratioToFloor,
      floorToHello: ratio(floorPerSecond, helloPerSecond),
      ratioToHello: ratio(turnsPerSecond, helloPerSecond),
      ratio: ratioToFloor,
      errors,
      ...(results.every((r) => r.cpuMs)
        ? { cpuMs: { hello: cpu("hello"), floor: cpu("floor"), turn: cpu("turn") } }
        : {}),
    };
  } finally {
    await Promise.all([app?.stop(), floor?.stop()]);
  }
}

const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
const median = (values: readonly number[]) =>
  quantile(
    values.toSorted((a, b) => a - b),
    0.5,
  );

/** `npx node bench/dist/throughput.mjs [concurrency] [seconds] [rounds]`: prints every round and the medians. */
async function main(): Promise<void> {
  const [concurrency, seconds, rounds] = process.argv.slice(2).map(Number);
  const t = await benchThroughput(concurrency || undefined, seconds || undefined, rounds || undefined);
  for (const r of t.rounds) {
    console.log(
      `round (${r.order.join(" → ")}): hello ${r.helloPerSecond}/s, floor ${r.floorPerSecond}/s, ` +
        `turns ${r.turnsPerSecond}/s, turns/floor ${r.ratioToFloor}` +
        (r.cpuMs ? `; CPU ms/request hello ${r.cpuMs.hello}, floor ${r.cpuMs.floor}, turn ${r.cpuMs.turn}` : ""),
    );
  }
  console.log(
    `median of ${t.rounds.length} rounds (${t.concurrency} concurrent, ${t.seconds} s each): ` +
      `hello ${t.helloPerSecond}/s, floor ${t.floorPerSecond}/s (${Math.round(t.floorToHello * 100)}% of hello), ` +
      `turns ${t.turnsPerSecond}/s (${Math.round(t.ratioToHello * 100)}% of hello); ` +
      `turns/floor ${t.ratioToFloor} (goal ≥ ${THROUGHPUT_GOAL_RATIO}), ${t.errors} errors`,
  );
  if (t.cpuMs) {
    console.log(
      `CPU ms/request (median): hello ${t.cpuMs.hello}, floor ${t.cpuMs.floor}, turn ${t.cpuMs.turn}; ` +
        `floor/turn CPU ${ratio(t.cpuMs.floor, t.cpuMs.turn)}`,
    );
  }
}

// Only when run by itself: bench/run.ts bundles this module and calls benchThroughput.
if (process.argv[1]?.includes("throughput")) await main();
