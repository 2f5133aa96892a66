// Benchmark: one patient turn answered by the built-in guide, in-process (createApp(...).request,
// memory store), with the whole UI message stream consumed. Measured mid-conversation: every
// iteration replays the same turn over a copy of a session that already holds two turns.
import type { Session } from "../src/sessions/session.js";
import { testApp } from "../test/support/app.js";
import { chatClient } from "../test/support/chat-client.js";
import { quickReply } from "../test/support/quick-replies.js";
import { quantile, round } from "./stats.js";

/** Goal from issue 10: a guided turn takes at most 2 ms (median) in-process. */
export const GUIDED_TURN_GOAL_MS = 2;

/** The conversation before the measured turn: an opening with several facts, then who is asking. */
const WARM_UP_TURNS = [
  "I need my whole chart from the hospital where I had surgery in Texas",
  quickReply("requester", 1),
] as const;
/** The measured turn: the patient names the provider, so the guide records it and asks the next question. */
const MEASURED_TURN = "Mercy General Hospital in Austin";

export interface GuidedTurn {
  medianMs: number;
  p95Ms: number;
  iterations: number;
  /** The guide's reply to the measured turn (so a reader can see what was measured). */
  reply: string;
}

const body = (id: string, text: string) =>
  JSON.stringify({ id, message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] } });

/** Times the measured turn `iterations` times after `warmup` untimed runs; times in milliseconds. */
export async function benchGuidedTurn(iterations = 2000, warmup = 300): Promise<GuidedTurn> {
  // Rate limits are per session and per IP; the bench sends thousands of turns from one "IP".
  const { app, store } = await testApp({}, { RATE_LIMIT_IP: "1000000/60s", RATE_LIMIT_SESSION: "1000/60s" });
  const chat = chatClient((input, init) => Promise.resolve(app.request(String(input), init)));
  const seedId = `bench-seed-${crypto.randomUUID().replaceAll("-", "")}`;
  for (const text of WARM_UP_TURNS) await chat.send(seedId, text);
  const seed = (await store.load(seedId)) as Session;
  const reply = (await chat.send(seedId, MEASURED_TURN)).text;
  // Each copy keeps the seed's credential hash, so the seed's secret opens it under its own id.
  const secret = chat.token(seedId)?.slice(seedId.length + 1);

  const once = async (i: number) => {
    const id = `bench-${i}-${crypto.randomUUID().replaceAll("-", "")}`;
    await store.save({ ...seed, id, version: 0 });
    const start = performance.now();
    const res = await app.request("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${id}.${secret}` },
      body: body(id, MEASURED_TURN),
    });
    await res.text();
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`guided turn answered ${res.status}`);
    await store.delete(id);
    return ms;
  };
  for (let i = 0; i < warmup; i++) await once(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) times.push(await once(i));
  times.sort((a, b) => a - b);
  return { medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), iterations, reply };
}
