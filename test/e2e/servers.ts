// Servers for the widget's end-to-end test: the real Worker under `wrangler dev` (in its own
// process group, so the whole tree can be stopped) and tiny host pages on other loopback origins.
import { createServer, type Server } from "node:http";
import { freePort, startWranglerDev, type WranglerDev } from "../support/wrangler-dev.js";

/** Debian's Chromium, headless, with nothing of its own reaching out (updates, sync, QUIC). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The real Worker under `wrangler dev`, as the other loopback suites start it. */
export type Worker = WranglerDev;

/** Starts `wrangler dev` with no outside connections and waits until it serves /healthz. */
export function startWorker(vars: Record<string, string>): Promise<Worker> {
  return startWranglerDev(vars);
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
