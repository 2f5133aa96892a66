// Benchmark: how long a patient waits when a dependency hangs: the LLM on the web and SMS channels
// (the guide answers once LLM_TIMEOUT_MS or SMS_LLM_TIMEOUT_MS passes) and Redis behind the Upstash
// store (503 once the store's timeout passes). The tests check what is answered; this, how soon.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { runTurn } from "../src/conversation/run-turn.js";
import { parseEncryptionKeys, RedisKeys } from "../src/sessions/crypto.js";
import type { ChatMessage } from "../src/sessions/session.js";
import { beginTurn } from "../src/sessions/turns.js";
import { createUpstashRedis, UpstashStore } from "../src/sessions/upstash-store.js";
import { testApp } from "../test/support/app.js";
import { chatClient } from "../test/support/chat-client.js";
import { type Planned, scriptedEnv, startScriptedServer } from "../test/support/openai-server.js";
import { quantile, round } from "./stats.js";

/** Goal: a turn whose LLM hangs is answered by the guide within 3 s of the patient's message. */
export const HANG_GOAL_MS = 3000;
/** The LLM timeouts the bench sets, as the tests do. */
export const LLM_TIMEOUT_MS = 250;
export const SMS_LLM_TIMEOUT_MS = 200;
/** The store's Redis timeout the bench sets; the goal is a 503 no sooner than ~that and within 1.5 s. */
export const REDIS_TIMEOUT_MS = 300;
export const REDIS_GIVE_UP_GOAL_MS: [min: number, max: number] = [250, 1500];

export interface Timeouts {
  iterations: number;
  webLlmHangMedianMs: number;
  smsLlmHangMedianMs: number;
  redisHangMedianMs: number;
}

const MESSAGE = "Hi, I need my records from a clinic in Ohio";
const hangs = (n: number): Planned[] => Array.from({ length: n }, () => ({ hang: true }));
const newId = () => `bench-${randomBytes(12).toString("hex")}`;
const median = (times: number[]) =>
  round(
    quantile(
      [...times].sort((a, b) => a - b),
      0.5,
    ),
  );

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** A web turn whose LLM never answers, until the guide's reply has streamed in full. */
async function webLlmHang(iterations: number): Promise<number[]> {
  const server = await startScriptedServer(hangs(iterations));
  try {
    const { fetch } = await testApp({}, scriptedEnv(server, { LLM_TIMEOUT_MS: String(LLM_TIMEOUT_MS) }));
    const chat = chatClient(fetch);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      times.push(
        await timed(async () => {
          const reply = await chat.send(newId(), MESSAGE);
          if (reply.message.metadata?.model !== "guide") throw new Error("the hanging LLM was not replaced");
        }),
      );
    }
    return times;
  } finally {
    await server.close();
  }
}

/** An SMS turn whose LLM never answers, with the web's LLM timeout far longer than the SMS one. */
async function smsLlmHang(iterations: number): Promise<number[]> {
  const server = await startScriptedServer(hangs(iterations));
  try {
    const env = { LLM_TIMEOUT_MS: "60000", SMS_LLM_TIMEOUT_MS: String(SMS_LLM_TIMEOUT_MS) };
    const { deps } = await testApp({}, scriptedEnv(server, env));
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const message: ChatMessage = { id: `m${i}`, role: "user", parts: [{ type: "text", text: MESSAGE }] };
      const { session } = await beginTurn({
        store: deps.store,
        id: newId(),
        channel: "sms",
        message,
        now: deps.clock(),
        access: { phone: true },
      });
      times.push(
        await timed(async () => {
          for await (const _ of runTurn({
            deps,
            session,
            channel: "sms",
            clinic: null,
            baseUrl: "https://rp.example",
          }));
        }),
      );
    }
    return times;
  } finally {
    await server.close();
  }
}

/** A store read against an Upstash endpoint that accepts the connection and never answers. */
async function redisHang(iterations: number): Promise<number[]> {
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = silent.address() as AddressInfo;
    const store = new UpstashStore({
      redis: createUpstashRedis({ url: `http://127.0.0.1:${port}`, token: "bench", timeoutMs: REDIS_TIMEOUT_MS }),
      crypto: await parseEncryptionKeys(`k1:${randomBytes(32).toString("base64")}`),
      keys: new RedisKeys("bench-session-secret-0123456789-abcdef", "rp-bench"),
      ttl: { sessionSeconds: 60, documentSeconds: 60 },
      timeoutMs: REDIS_TIMEOUT_MS,
    });
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      times.push(
        await timed(async () => {
          const error = await store.load(newId()).catch((e: unknown) => e);
          if ((error as { status?: number } | null)?.status !== 503)
            throw new Error("the hung store did not answer 503");
        }),
      );
    }
    return times;
  } finally {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
}

/** Median wait per case over `iterations` runs; times in milliseconds. */
export async function benchTimeouts(iterations = 5): Promise<Timeouts> {
  return {
    iterations,
    webLlmHangMedianMs: median(await webLlmHang(iterations)),
    smsLlmHangMedianMs: median(await smsLlmHang(iterations)),
    redisHangMedianMs: median(await redisHang(iterations)),
  };
}
