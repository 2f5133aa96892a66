// `npm run bench`: every performance figure in one table, also written to bench/results.json.
// Goals are printed beside the figures; nothing here fails a build, it measures.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../test/support/wrangler-dev.js";
import { BUNDLE_LIMIT_GZIP_BYTES, benchBundle } from "./bundle.js";
import { benchCpu, CPU_LIMIT_MS } from "./cpu.js";
import { benchDocuments, longestKind } from "./documents.js";
import { benchExtract, EXTRACT_GOAL_MS, LONGEST_MESSAGE_GOAL_MS } from "./extract.js";
import { benchGuidedTurn, GUIDED_TURN_GOAL_MS } from "./guided-turn.js";
import { benchLatency, FIRST_TOKEN_GOAL_MS, LATENCY_PROFILE } from "./latency.js";
import {
  benchLlmConversations,
  benchPromptGrowth,
  benchPromptTokens,
  CALLS_PER_TURN_GOAL,
  GROWTH_TURNS,
  LLM_REQUEST_BYTES_GOAL,
  PROMPT_TOKEN_GOAL,
  STABLE_PREFIX_GOAL,
} from "./prompt-tokens.js";
import { benchStartup } from "./startup.js";
import { benchThroughput, THROUGHPUT_GOAL_RATIO } from "./throughput.js";
import {
  benchTimeouts,
  HANG_GOAL_MS,
  LLM_TIMEOUT_MS,
  REDIS_GIVE_UP_GOAL_MS,
  REDIS_TIMEOUT_MS,
  SMS_LLM_TIMEOUT_MS,
} from "./timeouts.js";

interface Row {
  figure: string;
  value: string;
  goal?: string;
  ok?: boolean;
}

interface WidgetSize {
  asset: string;
  rawBytes: number;
  gzipBytes: number;
  goalGzipBytes?: number;
}

const rows: Row[] = [];
const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const started = performance.now();

const turn = await benchGuidedTurn();
results.guidedTurn = turn;
rows.push({
  figure: "guided turn (in-process, mid-conversation)",
  value: `median ${turn.medianMs} ms, p95 ${turn.p95Ms} ms`,
  goal: `≤ ${GUIDED_TURN_GOAL_MS} ms median`,
  ok: turn.medianMs <= GUIDED_TURN_GOAL_MS,
});

const extraction = benchExtract();
results.extract = extraction;
rows.push({
  figure: `extract() per patient message (${extraction.messages} corpus messages)`,
  value: `median ${extraction.medianUs} µs, p95 ${extraction.p95Us} µs`,
  goal: `≤ ${EXTRACT_GOAL_MS * 1000} µs median`,
  ok: extraction.medianUs <= EXTRACT_GOAL_MS * 1000,
});
rows.push({
  figure: "extract() on a 4,000-character message (slowest of 4)",
  value: `${extraction.longestMaxMs} ms`,
  goal: `≤ ${LONGEST_MESSAGE_GOAL_MS} ms`,
  ok: extraction.longestMaxMs <= LONGEST_MESSAGE_GOAL_MS,
});

const waits = await benchTimeouts();
results.timeouts = waits;
rows.push({
  figure: `LLM hangs, web: guide's reply (LLM_TIMEOUT_MS ${LLM_TIMEOUT_MS})`,
  value: `median ${waits.webLlmHangMedianMs} ms`,
  goal: `≤ ${HANG_GOAL_MS} ms`,
  ok: waits.webLlmHangMedianMs <= HANG_GOAL_MS,
});
rows.push({
  figure: `LLM hangs, SMS: guide's reply (SMS_LLM_TIMEOUT_MS ${SMS_LLM_TIMEOUT_MS})`,
  value: `median ${waits.smsLlmHangMedianMs} ms`,
  goal: `≤ ${HANG_GOAL_MS} ms`,
  ok: waits.smsLlmHangMedianMs <= HANG_GOAL_MS,
});
rows.push({
  figure: `Redis hangs: the store's 503 (timeout ${REDIS_TIMEOUT_MS} ms)`,
  value: `median ${waits.redisHangMedianMs} ms`,
  goal: `${REDIS_GIVE_UP_GOAL_MS[0]}–${REDIS_GIVE_UP_GOAL_MS[1]} ms`,
  ok: waits.redisHangMedianMs >= REDIS_GIVE_UP_GOAL_MS[0] && waits.redisHangMedianMs < REDIS_GIVE_UP_GOAL_MS[1],
});

const docs = await benchDocuments();
results.documents = docs;
// Issue 18: each format of the longest kind builds in ≤ 10 ms (median) in Node.
const longest = longestKind();
for (const d of docs) {
  const goal = d.kind === longest ? "≤ 10 ms median (longest kind)" : undefined;
  rows.push({
    figure: `document build (.${d.format}): ${d.kind}`,
    value: `median ${d.medianMs} ms, p95 ${d.p95Ms} ms`,
    goal,
    ok: goal ? d.medianMs <= 10 : undefined,
  });
}

const bundle = await benchBundle();
results.bundle = bundle;
rows.push({
  figure: "Worker bundle (minified)",
  value: `${kib(bundle.rawBytes)} raw, ${kib(bundle.gzipBytes)} gzip`,
  goal: `≤ ${BUNDLE_LIMIT_GZIP_BYTES / 1024 / 1024} MiB gzip (Workers Free plan)`,
  ok: bundle.gzipBytes <= BUNDLE_LIMIT_GZIP_BYTES,
});

// The widget bench comes with the widget; measure it whenever it is there.
if (existsSync(join(ROOT, "bench/widget-size.ts"))) {
  const { benchWidgetSizes } = (await import("./widget-size.js")) as { benchWidgetSizes: () => Promise<WidgetSize[]> };
  const widget = await benchWidgetSizes();
  results.widget = widget;
  for (const w of widget) {
    rows.push({
      figure: `widget: ${w.asset}`,
      value: `${(w.rawBytes / 1024).toFixed(1)} KiB raw, ${(w.gzipBytes / 1024).toFixed(1)} KiB gzip`,
      goal: w.goalGzipBytes ? `≤ ${w.goalGzipBytes / 1024} KiB gzip` : undefined,
      ok: w.goalGzipBytes ? w.gzipBytes <= w.goalGzipBytes : undefined,
    });
  }
}

const growth = await benchPromptGrowth();
results.promptGrowth = growth;
rows.push({
  figure: `LLM request at turns ${GROWTH_TURNS.join(", ")} (${growth.messageChars}-character messages)`,
  value: growth.turns.map((t) => `${t.promptTokens} tokens / ${kib(t.requestBytes)}`).join(", "),
  goal: `≤ ${kib(LLM_REQUEST_BYTES_GOAL)}, flat`,
  ok: growth.turns.every((t) => t.requestBytes <= LLM_REQUEST_BYTES_GOAL),
});

const prompts = await benchPromptTokens();
const played = await benchLlmConversations();
results.promptTokens = prompts;
results.llmConversations = played;
for (const p of prompts) {
  rows.push({
    figure: `LLM prompt: ${p.channel}, ${p.case} case file`,
    value: `${p.totalTokens} tokens (system ${p.systemTokens}, tools ${p.toolTokens}, case note ${p.noteTokens})`,
    goal: `≤ ${PROMPT_TOKEN_GOAL} tokens`,
    ok: p.totalTokens <= PROMPT_TOKEN_GOAL,
  });
}
rows.push({
  figure: `LLM calls per patient turn (${played.turns} turns of ${played.perConversation.length} scripted conversations)`,
  value: `mean ${played.meanCallsPerTurn} (${played.perConversation.map((c) => c.calls.join("")).join(" / ")})`,
  goal: `≤ ${CALLS_PER_TURN_GOAL}`,
  ok: played.meanCallsPerTurn <= CALLS_PER_TURN_GOAL,
});
rows.push({
  figure: "LLM prompt tokens in the stable prefix (system prompt + tool schemas)",
  value: `${(played.stableShare * 100).toFixed(0)}% (${played.stableTokens} of ${played.promptTokens})`,
  goal: `≥ ${STABLE_PREFIX_GOAL * 100}%`,
  ok: played.stableShare >= STABLE_PREFIX_GOAL,
});
rows.push({
  figure: "LLM prompt tokens shared with the conversation's previous request (a prefix cache's hits)",
  value: `${(played.reusableShare * 100).toFixed(0)}%`,
});

const latency = await benchLatency();
results.latency = latency;
const profile = `${LATENCY_PROFILE.ttftMs} ms to first token, ${LATENCY_PROFILE.tokensPerSecond} tokens/s`;
for (const channel of ["web", "sms"] as const) {
  const figures = latency[channel];
  // SMS sends whole messages: its first visible token is the whole reply.
  rows.push({
    figure: `LLM turn, ${channel}: first visible token (${profile})${channel === "sms" ? ", the whole message" : ""}`,
    value: `median ${figures.firstToken.medianMs} ms, p95 ${figures.firstToken.p95Ms} ms`,
    goal: `≤ ${FIRST_TOKEN_GOAL_MS} ms`,
    ok: figures.firstToken.medianMs <= FIRST_TOKEN_GOAL_MS && figures.firstToken.p95Ms <= FIRST_TOKEN_GOAL_MS,
  });
  rows.push({
    figure: `LLM turn, ${channel}: whole turn (${figures.turns} turns)`,
    value: `median ${figures.wholeTurn.medianMs} ms, p95 ${figures.wholeTurn.p95Ms} ms`,
  });
}

const cpu = await benchCpu();
results.cpu = cpu;
for (const k of cpu.kinds) {
  rows.push({
    figure: `CPU in workerd: ${k.kind} (${k.n} requests; bare Worker ${cpu.bareWorker.medianMs} ms)`,
    value: `median ${k.medianMs} ms, p99 ${k.p99Ms} ms`,
    goal: `≤ ${CPU_LIMIT_MS} ms`,
    ok: k.p99Ms <= CPU_LIMIT_MS,
  });
}

const tput = await benchThroughput();
results.throughput = tput;
rows.push({
  figure: `wrangler dev, ${tput.concurrency} concurrent, median of ${tput.rounds.length} rounds: hello-world / floor / guided turns`,
  value: `${tput.helloPerSecond} / ${tput.floorPerSecond} / ${tput.turnsPerSecond} per s (${tput.errors} errors)`,
});
rows.push({
  figure: "guided-turn throughput / the floor (bare Hono + streamText, one-step mock model)",
  value: `${tput.ratioToFloor.toFixed(2)}${tput.cpuMs ? ` (CPU per request: floor ${tput.cpuMs.floor} ms, turn ${tput.cpuMs.turn} ms)` : ""}`,
  goal: `≥ ${THROUGHPUT_GOAL_RATIO}`,
  ok: tput.ratioToFloor >= THROUGHPUT_GOAL_RATIO && tput.errors === 0,
});

const startup = await benchStartup();
results.startup = startup;
rows.push({
  figure: `Worker start-up, minified bundle in a fresh Node process (median of ${startup.runs})`,
  value: `evaluation ${startup.evaluateMs} ms, first response ${startup.firstResponseMs} ms`,
});

const width = Math.max(...rows.map((r) => r.figure.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length)) + 2;
console.log(`\n${"figure".padEnd(width)}  ${"value".padEnd(valueWidth)}goal`);
for (const r of rows) {
  const mark = r.ok === undefined ? "" : r.ok ? "  ✓" : "  ✗ missed";
  console.log(`${r.figure.padEnd(width)}  ${r.value.padEnd(valueWidth)}${r.goal ?? ""}${mark}`);
}
results.seconds = Math.round((performance.now() - started) / 1000);
writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: bench/results.json (${results.seconds} s)`);
