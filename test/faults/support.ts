// Fault-suite helpers: a loopback TCP link in front of the Upstash gateway that can be cut,
// restored on the same port, or slowed, so an app keeps one Redis URL through an outage; and an
// app on the Upstash store over the real Redis.
import { randomBytes } from "node:crypto";
import { createServer, type Server, Socket } from "node:net";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import type { AppDeps } from "../../src/deps.js";
import { createLogger } from "../../src/log.js";
import { wire } from "../../src/wire.js";
import { folderAssets } from "../support/assets.js";
import { bearer, chatClient } from "../support/chat-client.js";
import type { Gateway } from "../support/upstash-gateway.js";

export interface Link {
  url: string;
  /** Closes the port and every connection: Redis is unreachable. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /** Delays every chunk each way by `ms` (0: no delay). */
  slow(ms: number): void;
  close(): Promise<void>;
}

/** A TCP link on 127.0.0.1 forwarding to `target` (host:port). */
export async function startLink(target: URL): Promise<Link> {
  let delay = 0;
  const sockets = new Set<Socket>();
  const forward = (from: Socket, to: Socket) => {
    from.on("data", (chunk) => {
      if (delay === 0) to.write(chunk);
      else setTimeout(() => to.writable && to.write(chunk), delay);
    });
    from.on("close", () => setTimeout(() => to.destroy(), delay));
    from.on("error", () => to.destroy());
  };
  const listen = (server: Server, port: number) =>
    new Promise<void>((done) => server.listen(port, "127.0.0.1", () => done()));
  const make = () =>
    createServer((client) => {
      const upstream = new Socket();
      sockets.add(client);
      sockets.add(upstream);
      client.on("close", () => sockets.delete(client));
      upstream.on("close", () => sockets.delete(upstream));
      upstream.connect(Number(target.port), target.hostname);
      forward(client, upstream);
      forward(upstream, client);
    });
  let server = make();
  await listen(server, 0);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const cut = async () => {
    if (!server.listening) return;
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    cut,
    async restore() {
      if (server.listening) return;
      server = make();
      await listen(server, port);
    },
    slow(ms) {
      delay = ms;
    },
    close: cut,
  };
}

/** The app on the Upstash store through `redisUrl`, with its own key prefix. */
export async function upstashApp(
  gateway: Gateway,
  redisUrl: string,
  env: Record<string, string> = {},
  overrides: Partial<AppDeps> = {},
) {
  const prefix = `rpfault-${randomBytes(4).toString("hex")}`;
  const errors: string[] = [];
  const settings = loadSettings({
    LOG_LEVEL: "silent",
    UPSTASH_REDIS_REST_URL: redisUrl,
    UPSTASH_REDIS_REST_TOKEN: gateway.token,
    SESSION_SECRET: "fault-test-secret-0123456789-abcdefghijklmnop",
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    REDIS_KEY_PREFIX: prefix,
    REDIS_TIMEOUT_MS: "400",
    ...env,
  });
  const deps: AppDeps = {
    ...(await wire(settings, { assets: folderAssets() })),
    log: createLogger("error", (l) => errors.push(l)),
    ...overrides,
  };
  const app = createApp(deps);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(app.request(String(input), init));
  return { deps, fetch, chat: chatClient(fetch), turns: turnClient(fetch), prefix, errors };
}

/** Deletes every key under `prefix` (this file's keys only; never FLUSHALL). */
export async function dropPrefix(gateway: Gateway, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const batch of gateway.redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) keys.push(...batch);
  if (keys.length > 0) await gateway.redis.del(keys);
}

/** Keys under `prefix` except the per-IP rate-limit and token counters (which outlive a conversation by design). */
export async function conversationKeys(gateway: Gateway, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of gateway.redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) keys.push(...batch);
  // Also not the dashboard's day counters (`:stats:`): counters, no conversation data, kept until they expire.
  return keys.filter((k) => ![":rl:ip", ":u:", ":stats:"].some((kept) => k.startsWith(`${prefix}${kept}`)));
}

/**
 * POST /api/chat and GET/DELETE /api/session with plain fetch, keeping each conversation's
 * X-Session-Token and sending it back as Authorization, as a browser would.
 */
export function turnClient(fetch: (input: string, init?: RequestInit) => Promise<Response>) {
  const tokens = new Map<string, string>();
  return {
    /** POST /api/chat with one text message; the raw status, headers and body. */
    async post(id: string, text: string) {
      const res = await fetch("http://recordpath.test/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(tokens.get(id)) },
        body: JSON.stringify({
          id,
          message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] },
        }),
      });
      const token = res.headers.get("X-Session-Token");
      if (token) tokens.set(id, token);
      return { status: res.status, headers: res.headers, body: await res.text() };
    },
    /** GET (or DELETE) /api/session for the conversation, with its token. */
    session: (id: string, method: "GET" | "DELETE" = "GET") =>
      fetch("http://recordpath.test/api/session", { method, headers: bearer(tokens.get(id)) }),
  };
}

export type TurnClient = ReturnType<typeof turnClient>;

/** Tokens by conversation id, shared across apps: a fault test reopens one store through a second app. */
const tokens = new Map<string, string>();

/** The Authorization header for a conversation postTurn has opened. */
export const tokenHeaders = (id: string): Record<string, string> => bearer(tokens.get(id));

/** POST /api/chat with one text message and the conversation's token once it has one; the raw answer. */
export async function postTurn(
  fetch: (input: string, init?: RequestInit) => Promise<Response>,
  id: string,
  text: string,
) {
  const res = await fetch("http://recordpath.test/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(tokens.get(id)) },
    body: JSON.stringify({ id, message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] } }),
  });
  const token = res.headers.get("X-Session-Token");
  if (token) tokens.set(id, token);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

export const newId = () => `fault-${randomBytes(12).toString("hex")}`;

/** The user texts of a stored transcript, in order. */
export function userTexts(session: {
  messages: Array<{ role: string; parts: Array<{ type: string; text?: string }> }>;
}): string[] {
  return session.messages
    .filter((m) => m.role === "user")
    .map((m) => m.parts.find((p) => p.type === "text")?.text ?? "");
}
