// Starts `wrangler dev` on a loopback port in its own process group (so stopping it stops node and
// workerd too), with every outside connection switched off. Used by the throughput bench (for
// recordpath and its floor Worker), the load suite and the widget's end-to-end tests.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The environment that keeps wrangler offline (no metrics, no cf fetch, no update check). */
export const OFFLINE_ENV = {
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
} as const;

/** The repository root: the nearest folder up with wrangler.toml (this file also runs bundled from bench/dist). */
export const ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, "wrangler.toml"))) return dir;
  return process.cwd();
}

/** Local binaries first: wrangler, and the Node 22 the `node` devDependency ships. */
export function localPath(): string {
  return [join(ROOT, "node_modules/.bin"), join(ROOT, "node_modules/node/bin"), process.env.PATH ?? ""].join(":");
}

/** A free loopback port chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface WranglerDev {
  origin: string;
  /** The process group of wrangler, its node and workerd (what `stop` ends); the bench reads its CPU time. */
  pgid: number;
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  /** The Worker's wrangler config, relative to the repository root (default: recordpath's wrangler.toml). */
  config?: string;
  /** Extra `wrangler dev` flags (the bench's profiler passes `--inspector-port`). */
  args?: readonly string[];
  /** More environment for wrangler (e.g. switching a local-only feature off). */
  env?: Record<string, string>;
}

/**
 * Starts `wrangler dev` with `vars` as `--var` flags and waits (up to 90 s) for /healthz. Any Worker
 * with a GET /healthz can be started this way (the throughput bench's floor in bench/floor does).
 */
export async function startWranglerDev(
  vars: Record<string, string>,
  options: WranglerDevOptions = {},
): Promise<WranglerDev> {
  // The free port is only free when it was chosen: on a shared machine another server may take it
  // first, and wrangler then exits. A few new ports are tried before giving up.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(await freePort(), vars, options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

class PortTaken extends Error {}

async function launch(port: number, vars: Record<string, string>, options: WranglerDevOptions): Promise<WranglerDev> {
  const state = mkdtempSync(join(tmpdir(), "rp-dev-"));
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", state];
  if (options.config) args.push("--config", options.config);
  args.push(...(options.args ?? []));
  args.push("--show-interactive-dev-session=false");
  for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);
  const child: ChildProcess = spawn(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...OFFLINE_ENV, ...options.env, PATH: localPath() },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // The group is already gone.
      }
      const timer = new Promise((done) => setTimeout(done, 2000));
      await Promise.race([exited, timer]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Stopped by SIGTERM.
      }
    }
    rmSync(state, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && child.exitCode === null) {
    // Only once this wrangler says it listens: a server that took the port first must not pass for it.
    const ok =
      output.includes(`Ready on ${origin}`) &&
      (await fetch(`${origin}/healthz`).then(
        (r) => r.ok,
        () => false,
      ));
    if (ok) return { origin, pgid: child.pid ?? 0, stop };
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  if (output.includes("Address already in use")) throw new PortTaken(origin);
  throw new Error(`wrangler dev did not start on ${origin}:\n${output}`);
}
