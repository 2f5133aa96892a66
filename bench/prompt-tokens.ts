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
import { CALLS_PER_TURN, CONFIRM_TURN, DRAFT_TURN, FIRST_TURN, PATIENT } from "../test/conversation/llm-script.js";
import { testApp } from "../test/support/app.js";
import { chatClient } from "../test/support/chat-client.js";
import { type RecordedRequest, scriptedEnv, startScriptedServer } from "../test/support/openai-server.js";

/** The goal from issue 7: system prompt plus every tool schema. */
export const PROMPT_TOKEN_GOAL = 2000;

export interface PromptTokens {
  channel: Channel;
  /** "empty": a new conversation; "full": a filled case file on a clinic's page. */
  case: "empty" | "full";
  systemTokens: number;
  toolTokens: number;
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
      const system = request.body.messages.find((m) => m.role === "system" || m.role === "developer");
      const systemTokens = tokens(
        typeof system?.content === "string" ? system.content : JSON.stringify(system?.content ?? ""),
      );
      const perTool: Record<string, number> = {};
      for (const tool of request.body.tools ?? []) perTool[tool.function.name] = tokens(JSON.stringify(tool));
      const toolTokens = tokens(JSON.stringify(request.body.tools ?? []));
      out.push({ channel, case: kase, systemTokens, toolTokens, totalTokens: systemTokens + toolTokens, perTool });
    }
  }
  return out;
}

/** LLM calls per patient turn in the scripted three-turn conversation (the server fails loudly on any mismatch). */
export async function benchLlmCallsPerTurn(): Promise<{ perTurn: number[]; mean: number }> {
  const server = await startScriptedServer([...FIRST_TURN, ...DRAFT_TURN, ...CONFIRM_TURN]);
  const perTurn: number[] = [];
  try {
    const { fetch } = await testApp({}, scriptedEnv(server));
    const chat = chatClient(fetch);
    const id = `bench-${crypto.randomUUID().replaceAll("-", "")}`;
    for (const text of [PATIENT.first, PATIENT.draft, PATIENT.confirm]) {
      const before = server.calls();
      const reply = await chat.send(id, text);
      if (reply.message.metadata?.model !== "openai")
        throw new Error("the scripted conversation fell back to the guide");
      perTurn.push(server.calls() - before);
    }
  } finally {
    await server.close();
  }
  if (perTurn.join() !== CALLS_PER_TURN.join())
    throw new Error(`calls per turn ${perTurn} differ from the script ${CALLS_PER_TURN}`);
  return { perTurn, mean: perTurn.reduce((a, b) => a + b, 0) / perTurn.length };
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
  console.log("channel  case   system  tools  total");
  for (const s of sizes) {
    const mark = s.totalTokens <= PROMPT_TOKEN_GOAL ? "✓" : "✗ over goal";
    console.log(
      `${s.channel.padEnd(8)} ${s.case.padEnd(6)} ${String(s.systemTokens).padStart(6)} ${String(s.toolTokens).padStart(6)} ${String(s.totalTokens).padStart(6)}  ${mark}`,
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
  const calls = await benchLlmCallsPerTurn();
  console.log(
    `\nLLM calls per patient turn (scripted conversation): ${calls.perTurn.join(", ")} (mean ${calls.mean.toFixed(1)})`,
  );
}

// Print only when this file is the entry point (not when bench/run.ts bundles it).
if (process.argv[1]?.includes("prompt-tokens")) await main();
