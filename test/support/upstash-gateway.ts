// An Upstash-REST-compatible gateway in front of a real Redis, so the Upstash store and
// @upstash/ratelimit run their real commands and Lua scripts in tests. It can also hang or die on
// demand to simulate an unreachable or slow Redis.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createClient, ErrorReply, MultiErrorReply, RESP_TYPES } from "redis";

/** A raw Redis client speaking RESP 2 (so HGETALL answers flat arrays, as Upstash does). */
const connectRedis = (url: string) => createClient({ url, RESP: 2 });
type RawRedis = ReturnType<typeof connectRedis>;
type Reply = string | number | bigint | null | Buffer | Reply[];
type Entry = { result: unknown } | { error: string };

export interface Gateway {
  url: string;
  token: string;
  /** The raw Redis client (RESP 2), for scans and cleanup in tests. */
  redis: RawRedis;
  /** Stops answering: requests hang until resume() (or for `ms`, if given). */
  pause(ms?: number): void;
  resume(): void;
  /** Closes the listener and every connection: the next request fails as if Redis were down. */
  kill(): Promise<void>;
  /** Kills the gateway and disconnects from Redis. */
  stop(): Promise<void>;
  /** Every key under `prefix` (`prefix:*`). */
  scan(prefix: string): Promise<string[]>;
  /** Every raw key and value under `prefix`, as Redis holds them, one per line. */
  dump(prefix: string): Promise<string>;
  /** Deletes the keys under `prefix` (never the whole database: other suites share it). */
  clear(prefix: string): Promise<void>;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** Stock Redis rejects Upstash's `#!lua flags=allow-key-locking` shebang: drop any shebang line. */
function rewriteScript(script: string): string {
  return script.startsWith("#!lua") ? script.slice(script.indexOf("\n") + 1) : script;
}

/** Upstash base64-encodes every string in a reply except the literal "OK". */
function encode(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString("base64");
  if (typeof value === "string") return value === "OK" ? value : Buffer.from(value).toString("base64");
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(encode);
  return value ?? null;
}

/** Starts the gateway on 127.0.0.1 (random port) in front of `redisUrl`. */
export async function startGateway(options: { token: string; redisUrl?: string }): Promise<Gateway> {
  const redis = connectRedis(options.redisUrl ?? "redis://127.0.0.1:6379");
  await redis.connect();
  // Bulk strings as Buffers keep binary values intact; simple strings ("OK", "QUEUED") stay text.
  const raw = redis.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const shas = new Map<string, string>();
  const sockets = new Set<Socket>();
  let paused: Array<() => void> | null = null;

  /** Rewrites EVAL/EVALSHA/SCRIPT LOAD so the client's SHA (of the original script) still works. */
  function translate(command: string[]): { args: string[]; reply?: (r: Reply) => Reply } {
    const [name = "", ...rest] = command;
    const upper = name.toUpperCase();
    if ((upper === "EVAL" || upper === "EVAL_RO") && rest[0] !== undefined) {
      const script = rewriteScript(rest[0]);
      shas.set(sha1(rest[0]), sha1(script));
      return { args: [name, script, ...rest.slice(1)] };
    }
    if ((upper === "EVALSHA" || upper === "EVALSHA_RO") && rest[0] !== undefined) {
      return { args: [name, shas.get(rest[0].toLowerCase()) ?? rest[0], ...rest.slice(1)] };
    }
    if (upper === "SCRIPT" && rest[0]?.toUpperCase() === "LOAD" && rest[1] !== undefined) {
      const original = sha1(rest[1]);
      shas.set(original, sha1(rewriteScript(rest[1])));
      return { args: [name, rest[0], rewriteScript(rest[1])], reply: () => original };
    }
    if (upper === "SCRIPT" && rest[0]?.toUpperCase() === "EXISTS") {
      return { args: [name, rest[0], ...rest.slice(1).map((s) => shas.get(s.toLowerCase()) ?? s)] };
    }
    return { args: command };
  }

  async function run(command: string[]): Promise<Entry> {
    const { args, reply } = translate(command);
    try {
      const result = (await raw.sendCommand(args)) as Reply;
      return { result: reply ? reply(result) : result };
    } catch (error) {
      if (error instanceof ErrorReply) return { error: error.message };
      throw error;
    }
  }

  async function multiExec(commands: string[][]): Promise<Entry[]> {
    const multi = raw.multi();
    for (const command of commands) multi.addCommand(translate(command).args);
    try {
      const replies = (await multi.exec()) as unknown[];
      return replies.map((r) => (r instanceof ErrorReply ? { error: r.message } : { result: r }));
    } catch (error) {
      if (error instanceof MultiErrorReply) {
        return (error.replies as unknown[]).map((r) =>
          r instanceof ErrorReply ? { error: r.message } : { result: r },
        );
      }
      if (error instanceof ErrorReply) return commands.map(() => ({ error: error.message }));
      throw error;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (paused) await new Promise<void>((resolve) => paused?.push(resolve));
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(401, { error: "Unauthorized" });
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const out = (entry: Entry) => ("result" in entry && base64 ? { result: encode(entry.result) } : entry);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(400, { error: "ERR body is not JSON" });
    }
    const asCommand = (c: unknown) => (Array.isArray(c) ? c.map((a) => (a === null ? "" : String(a))) : []);
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body)) return send(400, { error: "ERR expected an array of commands" });
      const commands = body.map(asCommand);
      const entries =
        path === "/multi-exec" ? await multiExec(commands) : await Promise.all(commands.map((c) => run(c)));
      return send(200, entries.map(out));
    }
    if (path !== "/" || !Array.isArray(body)) return send(400, { error: "ERR expected one command array" });
    const entry = await run(asCommand(body));
    return "error" in entry ? send(400, entry) : send(200, out(entry));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : "gateway failure" }));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const resume = () => {
    const waiting = paused ?? [];
    paused = null;
    for (const release of waiting) release();
  };
  const kill = async () => {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  const scan = async (prefix: string) => {
    const found: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) found.push(...batch);
    return found;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    redis,
    scan,
    async dump(prefix) {
      const lines: string[] = [];
      for (const key of await scan(prefix)) {
        const type = await redis.type(key);
        const value =
          type === "hash"
            ? await redis.hGetAll(key)
            : type === "set"
              ? await redis.sMembers(key)
              : type === "zset"
                ? await redis.zRange(key, 0, -1)
                : await redis.get(key);
        lines.push(`${key} ${JSON.stringify(value)}`);
      }
      return lines.join("\n");
    },
    async clear(prefix) {
      for (const key of await scan(prefix)) await redis.del(key);
    },
    pause(ms) {
      paused ??= [];
      if (ms !== undefined) setTimeout(resume, ms).unref();
    },
    resume,
    kill,
    async stop() {
      await kill();
      paused = null;
      if (redis.isOpen) await redis.quit();
    },
  };
}
