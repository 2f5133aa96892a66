// Cross-check of bench/cpu.ts with V8's own CPU profiler, over the inspector `wrangler dev` exposes
// (Chrome DevTools Protocol: Profiler.start / Profiler.stop around each request), and where the time
// goes for each kind: self time by module of the dev bundle and by function.
// The profiler's busy time (samples that are not "(idle)") counts wall time between samples, so a
// thread descheduled inside native code still reads as busy: on a loaded machine it reads high. It
// is a check on the kernel's figure and a map of the costs, not the figure itself.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../test/support/wrangler-dev.js";
import type { CpuFigures } from "./cpu.js";
import { driveKinds, type KindKey, startProduct } from "./cpu-workerd.js";
import { quantile, round } from "./stats.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface KindProfile {
  kind: KindKey;
  n: number;
  /** Median per request of the profile's busy time (everything but "(idle)"): the sum of its samples' deltas. */
  profilerMedianMs: number;
  /** The same counted as busy samples × the sampling interval, which a descheduled thread does not inflate. */
  profilerSamplesMedianMs: number;
  /** Self time per request by module of the bundle (node_modules package or src/ file), highest first. */
  modules: Array<[string, number]>;
  /** Self time per request by function, highest first. */
  functions: Array<[string, number]>;
}

/** The sampling interval, in microseconds. */
const INTERVAL_US = 100;

/** A DevTools Protocol session over the inspector proxy wrangler dev opens on `port`. */
async function inspector(port: number) {
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{
    webSocketDebuggerUrl: string;
  }>;
  if (!target) throw new Error("the inspector lists no Worker");
  // wrangler's inspector proxy refuses an upgrade without an Origin it knows (DevTools' own).
  const ws = new WebSocket(target.webSocketDebuggerUrl, {
    headers: { Origin: "https://devtools.devprod.cloudflare.dev" },
  } as unknown as string[]);
  await new Promise((open, fail) => {
    ws.addEventListener("open", open);
    ws.addEventListener("error", () => fail(new Error("the inspector refused the connection")));
  });
  let id = 0;
  const pending = new Map<number, (message: { result?: unknown }) => void>();
  ws.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    // workerd echoes commands it handles without a result (Profiler.enable); answer those too.
    if (message.id !== undefined) pending.get(message.id)?.(message);
    if (message.id !== undefined) pending.delete(message.id);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: unknown }>((answer, fail) => {
      const n = ++id;
      const timer = setTimeout(() => fail(new Error(`${method}: no answer`)), 30_000);
      pending.set(n, (message) => {
        clearTimeout(timer);
        answer(message);
      });
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return { call, close: () => ws.close() };
}

/** For each line of the dev bundle, the module it comes from (esbuild heads each with `// path`). */
function bundleModules(): string[] {
  const tmp = join(ROOT, ".wrangler/tmp");
  const dirs = readdirSync(tmp)
    .filter((d) => d.startsWith("dev-"))
    .map((d) => join(tmp, d))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const lines = readFileSync(join(dirs[0] ?? tmp, "index.js"), "utf8").split("\n");
  let current = "(bundle)";
  return lines.map((line) => {
    const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (m?.[1]) {
      const path = m[1].replace(/^.*node_modules\//, "");
      current = path.startsWith("src/") || path.startsWith("tools/") ? path : path.split("/").slice(0, 2).join("/");
    }
    return current;
  });
}

/**
 * Starts the product with an inspector, attaches the profiler and runs `rounds` rounds of every
 * kind, each request profiled on its own and measured by the kernel at the same time.
 */
export async function crossCheck(rounds: number, inspectorPort: number): Promise<KindProfile[]> {
  const dev = await startProduct(["--inspector-port", String(inspectorPort)]);
  try {
    const session = await inspector(inspectorPort);
    await session.call("Profiler.enable");
    await session.call("Profiler.setSamplingInterval", { interval: INTERVAL_US });
    const moduleAt = bundleModules();
    const busy = new Map<KindKey, number[]>();
    const counted = new Map<KindKey, number[]>();
    const self = new Map<KindKey, Map<string, number>>();
    const modules = new Map<KindKey, Map<string, number>>();
    const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
    await driveKinds(dev.origin, rounds, async (kind, request) => {
      await session.call("Profiler.start");
      // The profiler's own sampling costs the thread CPU even while it idles, so the kernel's figure
      // is not read here: the profile is compared with bench/cpu.ts's figures, taken without it.
      const answered = await request();
      const named = typeof answered === "string" ? (answered as KindKey) : kind;
      await new Promise((done) => setTimeout(done, 20));
      const { result } = await session.call("Profiler.stop");
      const profile = (result as { profile: Profile }).profile;
      const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      let busyUs = 0;
      let busySamples = 0;
      const bySelf = self.get(named) ?? new Map<string, number>();
      const byModule = modules.get(named) ?? new Map<string, number>();
      profile.samples.forEach((sample, i) => {
        const us = profile.timeDeltas[i + 1] ?? 0;
        const frame = byId.get(sample);
        if (!frame || frame.functionName === "(idle)") return;
        busyUs += us;
        busySamples++;
        // Where the time goes is counted in samples: one long delta (a descheduled thread) would
        // otherwise land on whatever frame happened to be sampled.
        const where = frame.url ? (moduleAt[frame.lineNumber] ?? "(bundle)") : "(native)";
        add(bySelf, `${frame.functionName || "(anonymous)"} [${where}]`, INTERVAL_US);
        add(byModule, frame.url ? where : frame.functionName || "(native)", INTERVAL_US);
      });
      self.set(named, bySelf);
      modules.set(named, byModule);
      busy.set(named, [...(busy.get(named) ?? []), busyUs / 1000]);
      counted.set(named, [...(counted.get(named) ?? []), (busySamples * INTERVAL_US) / 1000]);
    });
    session.close();
    const median = (xs: number[]) =>
      round(
        quantile(
          [...xs].sort((a, b) => a - b),
          0.5,
        ),
      );
    const top = (map: Map<string, number> | undefined, n: number): Array<[string, number]> =>
      [...(map ?? [])]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, us]) => [k, round(us / 1000 / n)]);
    return [...busy.keys()].map((kind) => {
      const n = busy.get(kind)?.length ?? 0;
      return {
        kind,
        n,
        profilerMedianMs: median(busy.get(kind) ?? []),
        profilerSamplesMedianMs: median(counted.get(kind) ?? []),
        modules: top(modules.get(kind), n),
        functions: top(self.get(kind), n),
      };
    });
  } finally {
    await dev.stop();
  }
}

/** The profiles beside the kernel's medians (bench/cpu.ts, without the profiler) for the same kinds. */
export function printCrossCheck(profiles: KindProfile[], kernel: CpuFigures): void {
  const kernelMedian = (kind: string) =>
    [...kernel.kinds, kernel.otherTurns].find((k) => k.kind === kind || (kind === "other" && k === kernel.otherTurns))
      ?.medianMs;
  console.log("\nV8 profiler cross-check (median per request, ms; kernel: bench/cpu.ts without the profiler)");
  console.log(
    `${"kind".padEnd(34)} ${"n".padStart(4)} ${"kernel".padStart(7)}  profiler: Σ deltas, samples × ${INTERVAL_US} µs`,
  );
  for (const p of profiles)
    console.log(
      `${p.kind.padEnd(34)} ${String(p.n).padStart(4)} ${(kernelMedian(p.kind) ?? Number.NaN).toFixed(2).padStart(7)}  ${p.profilerMedianMs.toFixed(2).padStart(8)}  ${p.profilerSamplesMedianMs.toFixed(2).padStart(8)}`,
    );
  for (const p of profiles) {
    console.log(`\n${p.kind}: self time per request by module (samples × ${INTERVAL_US} µs)`);
    for (const [name, ms] of p.modules) console.log(`  ${ms.toFixed(2).padStart(6)}  ${name}`);
    console.log(`${p.kind}: by function`);
    for (const [name, ms] of p.functions) console.log(`  ${ms.toFixed(2).padStart(6)}  ${name}`);
  }
}
