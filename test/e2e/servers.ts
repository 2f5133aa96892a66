// Servers for the widget's end-to-end test: the real Worker under `wrangler dev` (in its own
// process group, so the whole tree can be stopped) and tiny host pages on other loopback origins.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A free loopback port (the OS picks it; a race with another process is possible but unlikely). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Worker {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `wrangler dev` with no outside connections and waits until it serves /healthz. */
export async function startWorker(vars: Record<string, string>): Promise<Worker> {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), "rp-e2e-"));
  const args = [
    "wrangler",
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--persist-to",
    state,
    "--show-interactive-dev-session=false",
  ];
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  const child: ChildProcess = spawn("npx", args, {
    cwd: join(import.meta.dirname, "../.."),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      WRANGLER_HIDE_BANNER: "true",
    },
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await new Promise((r) => setTimeout(r, 300));
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    rmSync(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { origin, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not start on ${origin}:\n${output.slice(-3000)}`);
}

export interface HostSite {
  origin: string;
  server: Server;
}

/** A host page on its own origin: `/` embeds the widget under a strict CSP, `/blank` has none. */
export async function startHost(page: (origin: string) => { html: string; csp: string }): Promise<HostSite> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = createServer((req, res) => {
    if (req.url === "/") {
      const { html, csp } = page(origin);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp });
      res.end(html);
    } else if (req.url === "/blank") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end('<!doctype html><html lang="en"><title>blank</title><p>blank</p></html>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { origin, server };
}
