// Load: 50 concurrent conversations of 10 turns against `wrangler dev` with the Upstash store on
// the real Redis (through the Upstash-REST gateway). No errors, and every transcript read back
// exactly: 20 messages, user and assistant alternating, the user texts those sent, in order.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quantile } from "../../bench/stats.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.js";
import { type Conversation, deleteSession, readSession, sendTurn, type TurnResult } from "./driver.js";
import { MESSAGES } from "./messages.js";

const CONVERSATIONS = 50;

let gateway: Gateway;
let dev: WranglerDev | undefined;
const prefix = `rpload-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  gateway = await startGateway({ token: `load-${randomBytes(12).toString("hex")}` });
  dev = await startWranglerDev({
    LOG_LEVEL: "warn",
    UPSTASH_REDIS_REST_URL: gateway.url,
    UPSTASH_REDIS_REST_TOKEN: gateway.token,
    SESSION_SECRET: randomBytes(24).toString("hex"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    REDIS_KEY_PREFIX: prefix,
    // Every conversation comes from one loopback "IP": the limits are raised for this run only.
    RATE_LIMIT_SESSION: "1000/60s",
    RATE_LIMIT_IP: "100000/60s",
  });
});

afterAll(async () => {
  await dev?.stop();
  if (!gateway) return;
  // DELETE erased the sessions; what is left is the rate limiter's keys. Only this run's prefix.
  const left: string[] = [];
  for await (const batch of gateway.redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) left.push(...batch);
  if (left.length > 0) await gateway.redis.del(left);
  await gateway.stop();
});

async function conversation(origin: string, id: string): Promise<TurnResult[]> {
  const held: Conversation = { id };
  const turns: TurnResult[] = [];
  // Turns of one conversation are sequential: the server refuses a concurrent turn with 409 by design.
  for (const text of MESSAGES) turns.push(await sendTurn(origin, held, text));
  conversations.set(id, held);
  return turns;
}

/** Each conversation as its client holds it (its token, once the server issues one). */
const conversations = new Map<string, Conversation>();

describe("load", () => {
  it(`answers ${CONVERSATIONS} concurrent conversations of ${MESSAGES.length} turns with nothing lost`, async () => {
    const origin = (dev as WranglerDev).origin;
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => `load-${i}-${randomBytes(12).toString("hex")}`);
    const started = performance.now();
    const results = await Promise.all(ids.map((id) => conversation(origin, id)));
    const seconds = (performance.now() - started) / 1000;

    const turns = results.flat();
    const errors = turns.filter((t) => t.ending !== "ok");
    const times = turns.map((t) => t.ms).sort((a, b) => a - b);
    const statuses = [...new Set(errors.map((t) => t.status))];
    console.log(
      `load: ${turns.length} turns in ${CONVERSATIONS} concurrent conversations, ${seconds.toFixed(1)} s ` +
        `(${(turns.length / seconds).toFixed(1)} turns/s); errors ${errors.length}${statuses.length ? ` (statuses ${statuses})` : ""}; ` +
        `latency median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms`,
    );
    expect(errors).toEqual([]);

    let checked = 0;
    for (const id of ids) {
      const held = conversations.get(id) ?? { id };
      const session = await readSession(origin, held);
      if (!session) throw new Error("a conversation of the run could not be read back");
      expect(session.messages).toHaveLength(MESSAGES.length * 2);
      session.messages.forEach((m, i) => {
        expect(m.role).toBe(i % 2 === 0 ? "user" : "assistant");
      });
      const userTexts = session.messages
        .filter((m) => m.role === "user")
        .map((m) => m.parts.find((p) => p.type === "text")?.text);
      expect(userTexts).toEqual([...MESSAGES]);
      for (const m of session.messages.filter((x) => x.role === "assistant")) expect(m.parts.length).toBeGreaterThan(0);
      expect(await deleteSession(origin, held)).toBe(204);
      checked++;
    }
    console.log(
      `load: ${checked} transcripts read back: ${MESSAGES.length * 2} messages each, alternating, user texts exact`,
    );
  });
});
