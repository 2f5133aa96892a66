// Overload: 200 concurrent conversations of 10 turns (4× the load suite) against `wrangler dev` on
// the Upstash store over the real Redis. Whatever the server cannot take it refuses before the turn
// starts (503/429 with Retry-After) and the client retries after the wait, as the widget does; no
// reply is cut mid-stream, no conversation is stuck answering 409 after its reply ended, and every
// reply that ended cleanly is in the stored transcript afterwards.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quantile } from "../../bench/stats.js";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.js";
import { type Conversation, deleteSession, readSession, sendTurn, type TurnResult } from "./driver.js";
import { MESSAGES } from "./messages.js";

const CONVERSATIONS = 200;
/** What a turn refused at the door (load shed) says; a storage 503 says something else. */
const SHED = CATALOGS.en.errors.overloaded;
/** Attempts per message before the simulated patient gives up on it and sends the next one. */
const ATTEMPTS = 6;
/** The longest a client waits before retrying, whatever Retry-After says (keeps the run bounded). */
const MAX_WAIT_MS = 5000;
/** No message is sent after this long (the replies under way still finish): the run's bound on 2 cores. */
const SEND_FOR_MS = 150_000;

let gateway: Gateway;
let dev: WranglerDev | undefined;
const prefix = `rpover-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  gateway = await startGateway({ token: `overload-${randomBytes(12).toString("hex")}` });
  dev = await startWranglerDev({
    LOG_LEVEL: "error",
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
  await gateway.clear(prefix);
  await gateway.stop();
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How long to wait before sending again: the server's Retry-After, else a second. */
function waitMs(result: TurnResult): number {
  const seconds = Number(result.retryAfter);
  return Math.min(MAX_WAIT_MS, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000);
}

interface Run {
  conversation: Conversation;
  /** Every request's result, retries included, in order. */
  results: TurnResult[];
  /** Ids of the messages whose reply ended cleanly: they must be in the transcript. */
  acknowledged: string[];
  /** Messages given up on after ATTEMPTS tries. */
  abandoned: number;
  /** Messages not sent because the run's time was up. */
  unsent: number;
}

/** One patient: sends the ten messages in order, sending a message again when told to. */
async function converse(origin: string, id: string, until: number): Promise<Run> {
  const run: Run = { conversation: { id }, results: [], acknowledged: [], abandoned: 0, unsent: 0 };
  for (const text of MESSAGES) {
    if (performance.now() > until) {
      run.unsent++;
      continue;
    }
    let done = false;
    for (let attempt = 0; attempt < ATTEMPTS && !done && performance.now() <= until; attempt++) {
      const result = await sendTurn(origin, run.conversation, text);
      run.results.push(result);
      if (result.ending === "ok") {
        run.acknowledged.push(result.messageId);
        done = true;
      } else {
        await sleep(waitMs(result));
      }
    }
    if (!done) run.abandoned++;
  }
  return run;
}

/** The acknowledged messages missing from the stored transcript, or not followed by a reply. */
async function lost(origin: string, run: Run): Promise<number> {
  const session = await readSession(origin, run.conversation);
  if (!session) return run.acknowledged.length;
  const answered = new Set(
    session.messages
      .filter((m, i) => m.role === "user" && session.messages[i + 1]?.role === "assistant")
      .map((m) => m.id),
  );
  return run.acknowledged.filter((id) => !answered.has(id)).length;
}

describe("overload", () => {
  it(`ends every reply cleanly at ${CONVERSATIONS} concurrent conversations of ${MESSAGES.length} turns`, async () => {
    const origin = (dev as WranglerDev).origin;
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => `over-${i}-${randomBytes(12).toString("hex")}`);
    const started = performance.now();
    const runs = await Promise.all(ids.map((id) => converse(origin, id, started + SEND_FOR_MS)));
    const seconds = (performance.now() - started) / 1000;

    const results = runs.flatMap((r) => r.results);
    const count = (ending: TurnResult["ending"]) => results.filter((r) => r.ending === ending).length;
    const refused = results.filter((r) => r.ending === "refused");
    // Turns are sequential per conversation, so every 409 came after the previous reply had ended.
    const stuck = refused.filter((r) => r.status === 409).length;
    const byReason = new Map<string, { n: number; retryAfter: number }>();
    for (const r of refused) {
      const reason = `${r.status} ${r.error?.message === SHED ? "shed" : (r.error?.code ?? "?")}`;
      const entry = byReason.get(reason) ?? { n: 0, retryAfter: 0 };
      entry.n++;
      if (r.retryAfter) entry.retryAfter++;
      byReason.set(reason, entry);
    }
    const refusals =
      [...byReason].map(([k, e]) => `${k} ×${e.n} (Retry-After on ${e.retryAfter})`).join(", ") || "none";
    const okTimes = results
      .filter((r) => r.ending === "ok")
      .map((r) => r.ms)
      .sort((a, b) => a - b);
    const abandoned = runs.reduce((n, r) => n + r.abandoned, 0);
    const unsent = runs.reduce((n, r) => n + r.unsent, 0);
    let missing = 0;
    for (const run of runs) missing += await lost(origin, run);

    console.log(
      `overload: ${CONVERSATIONS} conversations × ${MESSAGES.length} messages, ${results.length} requests in ${seconds.toFixed(1)} s; ` +
        `replies ok ${okTimes.length}, ended with an error part ${count("error-part")}, cut mid-stream ${count("cut")}; ` +
        `stuck (409 after the reply ended) ${stuck}; refusals ${refusals}; messages given up ${abandoned}, not sent in time ${unsent}; ` +
        `acknowledged but not stored ${missing}; ok latency median ${quantile(okTimes, 0.5).toFixed(0)} ms, ` +
        `p95 ${quantile(okTimes, 0.95).toFixed(0)} ms`,
    );
    expect(count("cut")).toBe(0);
    expect(stuck).toBe(0);
    for (const r of refused) {
      expect([429, 503]).toContain(r.status);
      expect(r.retryAfter).toBeTruthy();
    }
    expect(missing).toBe(0);

    for (const run of runs) expect(await deleteSession(origin, run.conversation)).toBe(204);
  }, 420_000);
});
