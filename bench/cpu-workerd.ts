// Driving the product under `wrangler dev` and reading the CPU time of the workerd thread that runs
// the Worker, shared by bench/cpu.ts (the figures) and bench/cpu-profile.ts (the profiler's check).
// See bench/cpu.ts for what the figures include and leave out.
import { readdirSync, readFileSync } from "node:fs";
import type { DocumentCard } from "../src/sessions/session.js";
import { AUTH_TOKEN, smsClient } from "../test/channels/sms/twilio-client.js";
import { SCRIPTS, type Script, scriptedAnswer } from "../test/conversation/scripts.js";
import { chatClient, type Reply } from "../test/support/chat-client.js";
import { startWranglerDev, type WranglerDev } from "../test/support/wrangler-dev.js";
import { quantile, round } from "./stats.js";

export const CPU_KINDS = [
  "GET /healthz",
  "question turn",
  "recommendation turn",
  "letter-drafting turn",
  "download .docx",
  "download .pdf",
  "download .txt",
  "SMS turn",
] as const;
export type CpuKindName = (typeof CPU_KINDS)[number];

export interface CpuKind {
  kind: string;
  n: number;
  medianMs: number;
  p99Ms: number;
}

/** The product's settings: defaults, with rate limits and the daily token budget out of the way. */
const VARS = {
  LOG_LEVEL: "warn",
  RATE_LIMIT_IP: "1000000/60s",
  RATE_LIMIT_SESSION: "1000/60s",
  RATE_LIMIT_PHONE: "1000/60s",
  LLM_TOKENS_PER_IP_DAY: "off",
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
};
/** Local observability off: a dev-only trace collector that runs on the Worker's own thread. */
export const DEV_ENV = { X_LOCAL_OBSERVABILITY: "false", X_LOCAL_EXPLORER: "false" };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function stat(pid: string): string[] {
  const s = readFileSync(`/proc/${pid}/stat`, "utf8");
  return s.slice(s.lastIndexOf(")") + 2).split(" ");
}

/** The workerd process running the Worker in wrangler's process group (the other one is its proxy). */
export function workerProcess(pgid: number): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(stat(entry)[2]) !== pgid) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmdline.includes("workerd") && cmdline.includes("--inspector-addr")) return Number(entry);
    } catch {
      // The process ended while being read.
    }
  }
  throw new Error(`no workerd running a Worker in process group ${pgid}`);
}

/** Nanoseconds the main thread of `pid` (where workerd runs the Worker) has spent on a CPU. */
export function cpuNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]);
}

/** Waits until the thread has not run for 5 ms (at most 300 ms): work after the response is counted. */
async function settle(pid: number): Promise<void> {
  let last = cpuNs(pid);
  for (let waited = 0; waited < 300; waited += 5) {
    await sleep(5);
    const now = cpuNs(pid);
    if (now === last) return;
    last = now;
  }
}

/** Runs `request` and answers the CPU milliseconds the Worker's thread spent on it. */
export async function cpuOf(pid: number, request: () => Promise<unknown>): Promise<number> {
  await settle(pid);
  const before = cpuNs(pid);
  await request();
  await settle(pid);
  return (cpuNs(pid) - before) / 1e6;
}

export function figure<K extends string>(kind: K, samples: number[]): CpuKind & { kind: K } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { kind, n: sorted.length, medianMs: round(quantile(sorted, 0.5)), p99Ms: round(quantile(sorted, 0.99)) };
}

/** A fetch that asks for uncompressed responses (compression at the edge is not the Worker's CPU). */
const plainFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set("accept-encoding", "identity");
  return fetch(input, { ...init, headers });
};

export async function get(url: string): Promise<void> {
  const res = await plainFetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${new URL(url).pathname.slice(0, 16)}… answered ${res.status}`);
}

/** A request kind, or "other": a web turn that is none of the named kinds. */
export type KindKey = CpuKindName | "other";
/**
 * Measures one request. A chat turn's kind is known only from its reply: such a request answers its
 * kind, which then replaces the one given.
 */
export type Measure = (kind: KindKey, request: () => Promise<unknown>) => Promise<void>;

/**
 * One scripted web conversation to its letter (question turn first, the turn that recommends, the
 * turn that drafts), then each format of the letter downloaded: every request through `measure`.
 * The turn's kind is known only from its reply, so the reply is captured and classified after.
 */
async function conversation(origin: string, script: Script, measure: Measure): Promise<void> {
  const chat = chatClient(plainFetch, origin);
  const id = `cpu-${crypto.randomUUID().replaceAll("-", "")}`;
  let message = script.opening;
  let recommended = false;
  for (let turn = 1; turn <= 12; turn++) {
    let reply: Reply | undefined;
    await measure("other", async () => {
      reply = await chat.send(id, message);
      const parts = reply.message.parts;
      const recommends = parts.some((p) => p.type === "tool-recommendPath");
      if (turn === 1 && recommends) throw new Error(`"${script.name}": the first turn already recommends`);
      const first = !recommended && recommends;
      recommended ||= recommends;
      if (turn === 1) return "question turn";
      if (parts.some((p) => p.type === "data-document")) return "letter-drafting turn";
      return first ? "recommendation turn" : "other";
    });
    if (!reply) throw new Error("no reply");
    const card = reply.message.parts.find((p) => p.type === "data-document") as { data: DocumentCard } | undefined;
    if (card) {
      for (const { format, url } of card.data.formats)
        await measure(`download .${format}` as CpuKindName, () => get(url));
      return;
    }
    message = scriptedAnswer(script, reply.message);
  }
  throw new Error(`"${script.name}": no letter within 12 turns`);
}

/** A patient's first text to the SMS number from a phone of its own, with a valid Twilio signature. */
async function smsTurn(origin: string, n: number): Promise<void> {
  const from = `+1555${n < 0 ? "8" : "7"}${String(Math.abs(n)).padStart(6, "0")}`;
  const res = await smsClient(plainFetch, { url: `${origin}/sms/twilio`, from }).send("I need my medical records");
  if (res.status !== 200 || res.messages.length === 0) throw new Error(`the SMS webhook answered ${res.status}`);
}

/**
 * Every kind, `rounds` times: /healthz, one scripted conversation (rotating through the scripts, so
 * every letter kind is drafted) with its downloads, and an SMS turn. Warm-up rounds go first: the
 * first requests compile the code, as they would once per isolate.
 */
export async function driveKinds(origin: string, rounds: number, measure: Measure, warmup = 3): Promise<void> {
  const ignore: Measure = async (_kind, request) => void (await request());
  for (let i = 0; i < warmup; i++) {
    for (let k = 0; k < 10; k++) await get(`${origin}/healthz`);
    await conversation(origin, SCRIPTS[SCRIPTS.length - 1 - i]!, ignore);
    await smsTurn(origin, -1 - i);
  }
  for (let i = 0; i < rounds; i++) {
    await measure("GET /healthz", () => get(`${origin}/healthz`));
    await conversation(origin, SCRIPTS[i % SCRIPTS.length]!, measure);
    await measure("SMS turn", () => smsTurn(origin, i));
  }
}

/** Starts the product as the bench runs it (optionally with more wrangler flags). */
export function startProduct(args: string[] = []): Promise<WranglerDev> {
  return startWranglerDev(VARS, { env: DEV_ENV, args });
}
