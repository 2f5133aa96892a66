// Benchmark: the LLM prompt's size (system prompt + tool schemas exactly as @ai-sdk/openai sends
// them, captured by the scripted server) in o200k_base tokens, how a request grows over 100 turns,
// and LLM calls per patient turn.
import { Tiktoken } from "js-tiktoken/lite";
import o200k_base from "js-tiktoken/ranks/o200k_base";
import { runTurn } from "../src/conversation/run-turn.js";
import type { Intake } from "../src/domain/intake.js";
import type { ClinicFacts } from "../src/domain/recommend.js";
import type { Channel, ChatMessage } from "../src/sessions/session.js";
import { beginTurn } from "../src/sessions/turns.js";
import { LLM_CONVERSATIONS } from "../test/conversation/llm-conversations.js";
import { testApp } from "../test/support/app.js";
import { type PlayedTurn, playConversation } from "../test/support/llm-play.js";
import { type RecordedRequest, scriptedEnv, startScriptedServer } from "../test/support/openai-server.js";

/** The goal from issue 7: system prompt plus every tool schema. */
export const PROMPT_TOKEN_GOAL = 2000;

export interface PromptTokens {
  channel: Channel;
  /** "empty": a new conversation; "full": a filled case file on a clinic's page. */
  case: "empty" | "full";
  /** The system prompt: the same on every turn of the conversation. */
  systemTokens: number;
  toolTokens: number;
  /** The case note after the transcript: date, language, case file, next step. */
  noteTokens: number;
  totalTokens: number;
  perTool: Record<string, number>;
}

const FULL_INTAKE: Intake = {
  requester: "self",
  patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02", phone: "555-0100", email: "maria@example.com" },
  state: "TX",
  provider: { name: "Dallas General Hospital", type: "hospital", status: "open", portal: "no_access" },
  records: { kinds: ["imaging", "full_chart"], from: "2019" },
  purpose: "second_opinion",
  format: "electronic",
  delivery: "email",
};

const CLINIC: ClinicFacts = {
  name: "Hill Country Clinic",
  recordsOffice: { phone: "555-0142", fax: "555-0143", email: "records@hill.example" },
  portalUrl: "https://portal.hill.example",
  fees: "Electronic copies free; paper $0.25 a page",
  turnaroundDays: 10,
};

const encoder = new Tiktoken(o200k_base);
const tokens = (text: string) => encoder.encode(text).length;

/** Captures the first request the LLM loop sends for one turn on `channel`. */
async function captureRequest(channel: Channel, intake: Intake, clinic: ClinicFacts | null): Promise<RecordedRequest> {
  const server = await startScriptedServer([{ text: "Which state was the care in?" }]);
  try {
    const { deps } = await testApp({}, scriptedEnv(server));
    const message: ChatMessage = { id: "m1", role: "user", parts: [{ type: "text", text: "I need my records" }] };
    const id = `bench-${crypto.randomUUID().replaceAll("-", "")}`;
    const { session } = await beginTurn({
      store: deps.store,
      id,
      channel,
      message,
      now: deps.clock(),
      access: { web: { secret: undefined } },
    });
    session.intake = intake;
    const stream = runTurn({ deps, session, channel, clinic, baseUrl: "https://rp.example" });
    for await (const _ of stream) {
      // Drain: the request is recorded when the server receives it.
    }
  } finally {
    await server.close();
  }
  const request = server.requests[0];
  if (!request) throw new Error("the loop sent no request");
  return request;
}

/** Token counts of the system prompt and tool schemas for web and SMS, empty and full case file. */
export async function benchPromptTokens(): Promise<PromptTokens[]> {
  const out: PromptTokens[] = [];
  for (const channel of ["web", "sms"] as const) {
    for (const kase of ["empty", "full"] as const) {
      const request = await captureRequest(
        channel,
        kase === "full" ? FULL_INTAKE : {},
        kase === "full" ? CLINIC : null,
      );
      const systems = request.body.messages.filter((m) => m.role === "system" || m.role === "developer");
      const text = (m: (typeof systems)[number] | undefined) =>
        typeof m?.content === "string" ? m.content : JSON.stringify(m?.content ?? "");
      const systemTokens = tokens(text(systems[0]));
      const noteTokens = systems.length > 1 ? tokens(text(systems.at(-1))) : 0;
      const perTool: Record<string, number> = {};
      for (const tool of request.body.tools ?? []) perTool[tool.function.name] = tokens(JSON.stringify(tool));
      const toolTokens = tokens(JSON.stringify(request.body.tools ?? []));
      const totalTokens = systemTokens + toolTokens + noteTokens;
      out.push({ channel, case: kase, systemTokens, toolTokens, noteTokens, totalTokens, perTool });
    }
  }
  return out;
}

/** Issue 19: model calls per patient turn, on average over the scripted conversations. */
export const CALLS_PER_TURN_GOAL = 1.3;
/** Issue 19: the share of prompt tokens in the prefix that never changes within a conversation. */
export const STABLE_PREFIX_GOAL = 0.8;

export interface LlmConversationFigures {
  /** Model calls per patient turn, per conversation. */
  perConversation: Array<{ name: string; calls: number[] }>;
  turns: number;
  calls: number;
  meanCallsPerTurn: number;
  /** Over every model request: tokens of the system prompt and tool schemas, of the whole prompt. */
  stableTokens: number;
  promptTokens: number;
  stableShare: number;
  /** Tokens each request shares, from the start, with the conversation's previous request: what a prefix cache can serve. */
  reusableTokens: number;
  reusableShare: number;
}

/** A request's prompt as tokens: the tool schemas, then each message (as the provider is sent them). */
function promptParts(request: RecordedRequest): { tools: number; messages: Array<{ key: string; tokens: number }> } {
  return {
    tools: tokens(JSON.stringify(request.body.tools ?? [])),
    messages: request.body.messages.map((m) => {
      const key = JSON.stringify(m);
      return { key, tokens: tokens(key) };
    }),
  };
}

/**
 * Plays every scripted conversation and measures, over all their model requests, the calls per
 * patient turn, the share of prompt tokens in the stable prefix (system prompt and tool schemas)
 * and the share a prefix cache could serve (the leading messages equal to the previous request's).
 */
export async function benchLlmConversations(): Promise<LlmConversationFigures> {
  const perConversation: LlmConversationFigures["perConversation"] = [];
  let stableTokens = 0;
  let promptTokens = 0;
  let reusableTokens = 0;
  for (const conversation of LLM_CONVERSATIONS) {
    const played: PlayedTurn[] = await playConversation(conversation);
    perConversation.push({ name: conversation.name, calls: played.map((t) => t.requests.length) });
    let previous: ReturnType<typeof promptParts> | undefined;
    for (const request of played.flatMap((t) => t.requests)) {
      const parts = promptParts(request);
      const total = parts.tools + parts.messages.reduce((n, m) => n + m.tokens, 0);
      const system = parts.messages[0]?.tokens ?? 0;
      promptTokens += total;
      stableTokens += parts.tools + system;
      let shared = previous ? parts.tools : 0;
      for (const [i, m] of parts.messages.entries()) {
        if (!previous || previous.messages[i]?.key !== m.key) break;
        shared += m.tokens;
      }
      reusableTokens += shared;
      previous = parts;
    }
  }
  const allCalls = perConversation.flatMap((c) => c.calls);
  const calls = allCalls.reduce((a, b) => a + b, 0);
  return {
    perConversation,
    turns: allCalls.length,
    calls,
    meanCallsPerTurn: Number((calls / allCalls.length).toFixed(2)),
    stableTokens,
    promptTokens,
    stableShare: Number((stableTokens / promptTokens).toFixed(3)),
    reusableTokens,
    reusableShare: Number((reusableTokens / promptTokens).toFixed(3)),
  };
}

/** README's "Limits": an LLM request stays under this however long the conversation runs. */
export const LLM_REQUEST_BYTES_GOAL = 60 * 1024;

/** The turns whose LLM request the growth figure reports. */
export const GROWTH_TURNS = [1, 20, 100] as const;

export interface PromptGrowth {
  /** Characters of each patient message. */
  messageChars: number;
  turns: Array<{ turn: number; requestBytes: number; promptTokens: number }>;
}

/** A patient message of `chars` characters. */
const patientText = (chars: number) =>
  "My mother was treated at Mercy General in Austin, Texas, and I need her whole chart. "
    .repeat(Math.ceil(chars / 85))
    .slice(0, chars);

/**
 * The first LLM request of turns 1, 20 and 100 of one conversation whose every patient message is
 * `chars` long: its bytes and its prompt tokens (messages and tool schemas as sent, o200k_base).
 */
export async function benchPromptGrowth(chars = 4000): Promise<PromptGrowth> {
  const last = Math.max(...GROWTH_TURNS);
  const server = await startScriptedServer();
  try {
    const { deps } = await testApp({}, scriptedEnv(server));
    const id = `bench-${crypto.randomUUID().replaceAll("-", "")}`;
    for (let n = 1; n <= last; n++) {
      server.plan({ text: `Noted (${n}). Which state was the care in?` });
      const message: ChatMessage = { id: `m${n}`, role: "user", parts: [{ type: "text", text: patientText(chars) }] };
      // Driven below the HTTP layer: no web credential is involved, so the session opens as a phone one does.
      const { session } = await beginTurn({
        store: deps.store,
        id,
        channel: "web",
        message,
        now: deps.clock(),
        access: { phone: true },
      });
      for await (const _ of runTurn({ deps, session, channel: "web", clinic: null, baseUrl: "https://rp.example" })) {
        // Drain: the turn commits before its stream closes.
      }
    }
  } finally {
    await server.close();
  }
  const turns = GROWTH_TURNS.map((turn) => {
    const request = server.requests[turn - 1];
    if (!request) throw new Error(`no LLM request for turn ${turn}`);
    const promptTokens =
      tokens(JSON.stringify(request.body.messages)) + tokens(JSON.stringify(request.body.tools ?? []));
    return { turn, requestBytes: Buffer.byteLength(request.raw), promptTokens };
  });
  return { messageChars: chars, turns };
}

async function main() {
  const sizes = await benchPromptTokens();
  console.log(`\nprompt size (o200k_base tokens; goal ≤ ${PROMPT_TOKEN_GOAL} for system prompt + tool schemas)`);
  console.log("channel  case   system  tools   note  total");
  for (const s of sizes) {
    const mark = s.totalTokens <= PROMPT_TOKEN_GOAL ? "✓" : "✗ over goal";
    console.log(
      `${s.channel.padEnd(8)} ${s.case.padEnd(6)} ${String(s.systemTokens).padStart(6)} ${String(s.toolTokens).padStart(6)} ${String(s.noteTokens).padStart(6)} ${String(s.totalTokens).padStart(6)}  ${mark}`,
    );
  }
  console.log("\nper tool (JSON as sent):");
  for (const [name, n] of Object.entries(sizes[0]?.perTool ?? {}))
    console.log(`  ${name.padEnd(18)} ${String(n).padStart(5)}`);
  for (const chars of [200, 4000]) {
    const growth = await benchPromptGrowth(chars);
    console.log(`\nLLM request by turn (patient messages of ${chars} characters):`);
    for (const t of growth.turns)
      console.log(
        `  turn ${String(t.turn).padStart(3)}: ${t.promptTokens} tokens, ${(t.requestBytes / 1024).toFixed(1)} KiB`,
      );
  }
  const played = await benchLlmConversations();
  console.log(`\nLLM calls per patient turn (goal ≤ ${CALLS_PER_TURN_GOAL} on average):`);
  for (const c of played.perConversation) console.log(`  ${c.name}: ${c.calls.join(", ")}`);
  console.log(`  mean ${played.meanCallsPerTurn} (${played.calls} calls over ${played.turns} turns)`);
  console.log(
    `prompt tokens in the stable prefix: ${(played.stableShare * 100).toFixed(0)}% (goal ≥ ${STABLE_PREFIX_GOAL * 100}%); shared with the previous request: ${(played.reusableShare * 100).toFixed(0)}%`,
  );
}

// Print only when this file is the entry point (not when bench/run.ts bundles it).
if (process.argv[1]?.includes("prompt-tokens")) await main();
