// Benchmark: throughput of guided turns against `wrangler dev` on loopback, next to a hello-world
// route (GET /healthz) on the same runtime, as a ratio. Fixed concurrency, bounded duration.
import { startWranglerDev, type WranglerDev } from "../test/support/wrangler-dev.js";

/** Goal from issue 10: guided turns reach at least half of hello-world's throughput. */
export const THROUGHPUT_GOAL_RATIO = 0.5;

export interface Throughput {
  concurrency: number;
  seconds: number;
  helloPerSecond: number;
  turnsPerSecond: number;
  ratio: number;
  errors: number;
}

interface Run {
  perSecond: number;
  errors: number;
}

/** Runs `request` from `concurrency` workers until `seconds` pass (or `cap` requests are sent). */
async function drive(
  concurrency: number,
  seconds: number,
  cap: number,
  request: (i: number) => Promise<boolean>,
): Promise<Run> {
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
  return { perSecond: done / ((performance.now() - start) / 1000), errors };
}

const TURN = "I need my whole chart from the hospital where I had surgery in Texas";

/** One guided turn: a message to a fresh session, with the whole stream read. */
async function guidedTurn(origin: string, i: number): Promise<boolean> {
  const id = `tput-${i}-${crypto.randomUUID().replaceAll("-", "")}`;
  const res = await fetch(`${origin}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id, message: { id: `m${i}`, role: "user", parts: [{ type: "text", text: TURN }] } }),
  });
  const body = await res.text();
  return res.status === 200 && body.includes("[DONE]");
}

async function hello(origin: string): Promise<boolean> {
  const res = await fetch(`${origin}/healthz`);
  await res.arrayBuffer();
  return res.ok;
}

/** Starts wrangler dev (guide, memory store), warms both routes, then measures each for `seconds`. */
export async function benchThroughput(concurrency = 8, seconds = 5): Promise<Throughput> {
  let dev: WranglerDev | undefined;
  try {
    dev = await startWranglerDev({
      // Request logs go to wrangler's console; keep them quiet so the runtime is what is measured.
      LOG_LEVEL: "warn",
      RATE_LIMIT_IP: "1000000/60s",
      RATE_LIMIT_SESSION: "1000/60s",
    });
    const origin = dev.origin;
    await drive(concurrency, 1, 400, () => hello(origin));
    await drive(concurrency, 1, 200, (i) => guidedTurn(origin, -i - 1));
    const helloRun = await drive(concurrency, seconds, 100_000, () => hello(origin));
    const turnRun = await drive(concurrency, seconds, 100_000, (i) => guidedTurn(origin, i));
    return {
      concurrency,
      seconds,
      helloPerSecond: Math.round(helloRun.perSecond),
      turnsPerSecond: Math.round(turnRun.perSecond),
      ratio: Number((turnRun.perSecond / helloRun.perSecond).toFixed(3)),
      errors: helloRun.errors + turnRun.errors,
    };
  } finally {
    await dev?.stop();
  }
}
