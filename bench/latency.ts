// Benchmark: how long a patient waits for an LLM turn when the model answers at a real model's pace
// (the scripted server's latency profile: 400 ms to first token, then 60 tokens/s), over the scripted
// LLM conversations: the first visible token and the whole turn, on the web (the AI SDK's own client
// reading POST /api/chat) and over SMS (a signed Twilio webhook answered with TwiML).
import { basename } from "node:path";
import { conversationAlias, phoneDigest } from "../src/channels/messaging/phone.js";
import { deriveHmacKey } from "../src/keys.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../test/channels/sms/twilio-client.js";
import { LLM_CONVERSATIONS, type ScriptedConversation } from "../test/conversation/llm-conversations.js";
import { testApp } from "../test/support/app.js";
import { chatClient } from "../test/support/chat-client.js";
import {
  type LatencyProfile,
  type Planned,
  plannedMs,
  type ScriptedServer,
  scriptedEnv,
  startScriptedServer,
} from "../test/support/openai-server.js";
import { quantile, round } from "./stats.js";

/** Issue 19: the model the figures assume. */
export const LATENCY_PROFILE: LatencyProfile = { ttftMs: 400, tokensPerSecond: 60 };
/** Issue 19: the patient sees the reply begin within this long of sending. */
export const FIRST_TOKEN_GOAL_MS = 500;

export type LatencyChannel = "web" | "sms";

/** One patient turn, timed from sending the message. */
export interface TurnLatency {
  channel: LatencyChannel;
  conversation: string;
  /** 1-based, within its conversation. */
  turn: number;
  /** LLM calls the turn made (always its plan's length: the bench throws otherwise). */
  llmCalls: number;
  /** The scripted model's own time for the turn's calls, one after another: no loop can answer sooner. */
  modelMs: number;
  /** The first non-blank text delta (web); the whole TwiML reply (SMS: whole messages only). */
  firstTokenMs: number;
  /** The end of the stream (web); the whole TwiML reply (SMS). */
  wholeTurnMs: number;
}

export interface Spread {
  medianMs: number;
  p95Ms: number;
}

export interface ChannelLatency {
  turns: number;
  firstToken: Spread;
  wholeTurn: Spread;
}

export interface LatencyFigures {
  profile: LatencyProfile;
  goalFirstTokenMs: number;
  conversations: number;
  web: ChannelLatency;
  /** SMS's first visible token is its whole reply: firstToken equals wholeTurn. */
  sms: ChannelLatency;
  /** Every measured turn, web's then SMS's. */
  turns: TurnLatency[];
}

/**
 * The bench's settings. The LLM timeouts are raised far above any scripted turn so that the pace
 * being measured never hands a turn to the guide (SMS_LLM_TIMEOUT_MS defaults to 8 s, LLM_TIMEOUT_MS
 * to 20 s); SMS's 10 s reply deadline (REPLY_DEADLINE_MS in src/channels/messaging/inbound.ts) is not
 * a setting and still applies: a turn past it is answered "still working", which the bench rejects.
 * The rate limits are raised so a long scripted conversation is never refused.
 */
const BENCH_ENV = {
  LLM_TIMEOUT_MS: "120000",
  SMS_LLM_TIMEOUT_MS: "120000",
  RATE_LIMIT_SESSION: "1000/60s",
  RATE_LIMIT_IP: "1000/60s",
  RATE_LIMIT_PHONE: "1000/60s",
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  SESSION_SECRET: SECRET,
};

const newId = () => `bench-${crypto.randomUUID().replaceAll("-", "")}`;

/** The turn's planned responses, added to the server's plan; returns a check that they were all used. */
function planTurn(server: ScriptedServer, conversation: string, turn: number, plan: Planned[]) {
  const before = server.calls();
  server.plan(...plan);
  return () => {
    const calls = server.calls() - before;
    if (calls !== plan.length)
      throw new Error(`${conversation}, turn ${turn}: ${calls} LLM calls, the script plans ${plan.length}`);
    return calls;
  };
}

const modelMsOf = (plan: Planned[], profile: LatencyProfile | undefined) =>
  profile ? round(plan.reduce((sum, planned) => sum + plannedMs(planned, profile), 0)) : 0;

/** One conversation over POST /api/chat, read as useChat reads it. */
async function webConversation(
  conversation: ScriptedConversation,
  profile: LatencyProfile | undefined,
): Promise<TurnLatency[]> {
  const server = await startScriptedServer([], profile ? { latency: profile } : {});
  const out: TurnLatency[] = [];
  try {
    const { fetch } = await testApp({}, scriptedEnv(server, BENCH_ENV));
    const chat = chatClient(fetch);
    const id = newId();
    for (const [i, { patient, plan }] of conversation.turns.entries()) {
      const used = planTurn(server, conversation.name, i + 1, plan);
      const reply = await chat.sendTimed(id, patient);
      if (reply.message.metadata?.model !== "openai")
        throw new Error(`${conversation.name}, web turn ${i + 1}: answered by ${reply.message.metadata?.model}`);
      if (reply.firstTextMs === null) throw new Error(`${conversation.name}, web turn ${i + 1}: no text`);
      out.push({
        channel: "web",
        conversation: conversation.name,
        turn: i + 1,
        llmCalls: used(),
        modelMs: modelMsOf(plan, profile),
        firstTokenMs: round(reply.firstTextMs),
        wholeTurnMs: round(reply.totalMs),
      });
    }
  } finally {
    await server.close();
  }
  return out;
}

/** One conversation texted to the Twilio webhook, the same patient messages as on the web. */
async function smsConversation(
  conversation: ScriptedConversation,
  profile: LatencyProfile | undefined,
): Promise<TurnLatency[]> {
  const server = await startScriptedServer([], profile ? { latency: profile } : {});
  const out: TurnLatency[] = [];
  try {
    const { fetch, store } = await testApp({}, scriptedEnv(server, BENCH_ENV));
    const phone = smsClient(fetch);
    const digest = await phoneDigest(await deriveHmacKey(SECRET, "sms"), "sms", phone.from, phone.to);
    const alias = conversationAlias("sms", digest);
    for (const [i, { patient, plan }] of conversation.turns.entries()) {
      const used = planTurn(server, conversation.name, i + 1, plan);
      const sent = performance.now();
      const reply = await phone.send(patient);
      const ms = round(performance.now() - sent);
      if (reply.status !== 200 || reply.messages.length === 0)
        throw new Error(`${conversation.name}, SMS turn ${i + 1}: answered ${reply.status} with no text`);
      // TwiML carries no model: the stored session says who answered. A turn past SMS's reply deadline
      // is not yet stored when the webhook answers, so it fails here too.
      const id = await store.loadAlias(alias);
      const session = id ? await store.load(id) : null;
      const model = session?.turns.length === i + 1 ? session.turns.at(-1)?.model : "nobody (the turn is not stored)";
      if (model !== "openai") throw new Error(`${conversation.name}, SMS turn ${i + 1}: answered by ${model}`);
      out.push({
        channel: "sms",
        conversation: conversation.name,
        turn: i + 1,
        llmCalls: used(),
        modelMs: modelMsOf(plan, profile),
        firstTokenMs: ms,
        wholeTurnMs: ms,
      });
    }
  } finally {
    await server.close();
  }
  return out;
}

function spread(times: number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)) };
}

function summarize(turns: TurnLatency[]): ChannelLatency {
  return {
    turns: turns.length,
    firstToken: spread(turns.map((t) => t.firstTokenMs)),
    wholeTurn: spread(turns.map((t) => t.wholeTurnMs)),
  };
}

/**
 * Every scripted LLM conversation, in full, on the web and over SMS, with the model at `profile`'s
 * pace. One unpaced run of the first conversation on each channel warms the code up first, so the
 * figures are a running Worker's rather than a cold start's.
 */
export async function benchLatency(profile: LatencyProfile = LATENCY_PROFILE): Promise<LatencyFigures> {
  const [first] = LLM_CONVERSATIONS;
  if (!first) throw new Error("no scripted LLM conversations");
  await webConversation(first, undefined);
  await smsConversation(first, undefined);
  const web: TurnLatency[] = [];
  const sms: TurnLatency[] = [];
  for (const conversation of LLM_CONVERSATIONS) web.push(...(await webConversation(conversation, profile)));
  for (const conversation of LLM_CONVERSATIONS) sms.push(...(await smsConversation(conversation, profile)));
  return {
    profile,
    goalFirstTokenMs: FIRST_TOKEN_GOAL_MS,
    conversations: LLM_CONVERSATIONS.length,
    web: summarize(web),
    sms: summarize(sms),
    turns: [...web, ...sms],
  };
}

async function main() {
  const started = performance.now();
  const figures = await benchLatency();
  const { profile, goalFirstTokenMs: goal } = figures;
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
  const mark = (n: number) => (n <= goal ? "✓" : "✗");
  console.log(
    `\nLLM turn latency (scripted model: ${profile.ttftMs} ms to first token, ${profile.tokensPerSecond} tokens/s; ` +
      `${figures.conversations} conversation(s), ${figures.web.turns} turns per channel)`,
  );
  console.log(`goal: first visible token ≤ ${goal} ms\n`);
  console.log("channel  figure                 median       p95");
  for (const channel of ["web", "sms"] as const) {
    const c = figures[channel];
    const label = channel === "sms" ? "first visible token*" : "first visible token";
    console.log(
      `${channel.padEnd(8)} ${label.padEnd(21)} ${ms(c.firstToken.medianMs)} ${mark(c.firstToken.medianMs)} ${ms(c.firstToken.p95Ms)} ${mark(c.firstToken.p95Ms)}`,
    );
    console.log(`${"".padEnd(8)} ${"whole turn".padEnd(21)} ${ms(c.wholeTurn.medianMs)}   ${ms(c.wholeTurn.p95Ms)}`);
  }
  console.log(
    "* SMS sends whole messages: its first visible token is the whole TwiML reply, the same figure as the turn.",
  );
  console.log("  p95 is nearest-rank: over a handful of turns it is the slowest turn.\n");
  console.log("per turn (model: the scripted model's own time for the turn's calls, back to back):");
  for (const t of figures.turns)
    console.log(
      `  ${t.channel.padEnd(4)} ${t.conversation}, turn ${t.turn}: ${t.llmCalls} LLM calls, model ${Math.round(t.modelMs)} ms; ` +
        `first token ${Math.round(t.firstTokenMs)} ms, whole turn ${Math.round(t.wholeTurnMs)} ms`,
    );
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Print only when this file is the entry point (not when bench/run.ts bundles it). The file's own
// name, not the path: a checkout in a folder named "latency" must not run it from bench/run.ts.
if (basename(process.argv[1] ?? "").startsWith("latency.")) await main();
