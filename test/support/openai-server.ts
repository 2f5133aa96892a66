// A scripted OpenAI-compatible Chat Completions server on 127.0.0.1: it answers each request with
// the next planned response (SSE or JSON), records what it received, and fails loudly when called
// more or fewer times than planned. An optional latency profile makes it answer at a real model's pace.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A tool call the "model" makes; `arguments` is sent verbatim when it is a string. */
export interface PlannedToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

/** One planned response, in call order. */
export type Planned =
  | { text?: string; toolCalls?: PlannedToolCall[] }
  | { status: number; body?: string }
  | { hang: true }
  | { rawSse: string[] };

/** A tool definition as the provider sent it. */
interface SentTool {
  type: string;
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

/** A request the server received, parsed. */
export interface RecordedRequest {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
    tools?: SentTool[];
    [key: string]: unknown;
  };
}

/**
 * How fast the "model" answers: `ttftMs` before the first token, then `tokensPerSecond`. A token is
 * approximated as 4 characters (OpenAI's rule of thumb for English; JSON arguments run close to it):
 * text and each tool call's arguments are sent in 4-character deltas, and each tool call's opening
 * delta (its id and name) counts as one token more.
 */
export interface LatencyProfile {
  ttftMs: number;
  tokensPerSecond: number;
}

export interface ScriptedServerOptions {
  /** Unset: every response is written at once, as fast as the machine allows. */
  latency?: LatencyProfile;
}

export interface ScriptedServer {
  /** Base URL for OPENAI_BASE_URL (ends with /v1). */
  url: string;
  requests: RecordedRequest[];
  /** Calls answered so far (including unplanned ones). */
  calls(): number;
  /** Adds responses to the end of the plan (for scripts that grow turn by turn). */
  plan(...more: Planned[]): void;
  /** Sets (or, with undefined, removes) the latency profile for the responses that follow. */
  setLatency(profile: LatencyProfile | undefined): void;
  /** Throws unless every planned response was used exactly once and nothing else was asked. */
  verify(): void;
  /** Releases hanging requests, stops the server, then verifies. */
  close(): Promise<void>;
}

const CREATED = 1_795_000_000;

function chunk(id: string, model: string, delta: Record<string, unknown>, finish: string | null = null) {
  return {
    id,
    object: "chat.completion.chunk",
    created: CREATED,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

function argsText(call: PlannedToolCall): string {
  return typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments);
}

/** Characters per approximate token (see LatencyProfile). */
export const CHARS_PER_TOKEN = 4;

/** `text` in token-sized pieces. */
function tokenPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += CHARS_PER_TOKEN) pieces.push(text.slice(i, i + CHARS_PER_TOKEN));
  return pieces;
}

/** Token-sized chunks for a planned answer: text, then each tool call's opening (id, name) and arguments. */
function tokenChunks(reply: { text?: string; toolCalls?: PlannedToolCall[] }, model: string, n: number): unknown[] {
  const id = `chatcmpl-${n}`;
  const chunks: unknown[] = [];
  for (const piece of tokenPieces(reply.text ?? "")) chunks.push(chunk(id, model, { content: piece }));
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    const callId = call.id ?? `call_${n}_${index}`;
    chunks.push(
      chunk(id, model, {
        tool_calls: [{ index, id: callId, type: "function", function: { name: call.name, arguments: "" } }],
      }),
    );
    for (const piece of tokenPieces(argsText(call)))
      chunks.push(chunk(id, model, { tool_calls: [{ index, function: { arguments: piece } }] }));
  }
  return chunks;
}

/** Unpaced chunks for a planned answer: text in two deltas, each tool call's arguments in two deltas. */
function halvedChunks(reply: { text?: string; toolCalls?: PlannedToolCall[] }, model: string, n: number): unknown[] {
  const id = `chatcmpl-${n}`;
  const chunks: unknown[] = [];
  if (reply.text) {
    const half = Math.ceil(reply.text.length / 2);
    chunks.push(
      chunk(id, model, { content: reply.text.slice(0, half) }),
      chunk(id, model, { content: reply.text.slice(half) }),
    );
  }
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    const args = argsText(call);
    const half = Math.ceil(args.length / 2);
    const callId = call.id ?? `call_${n}_${index}`;
    chunks.push(
      chunk(id, model, {
        tool_calls: [
          { index, id: callId, type: "function", function: { name: call.name, arguments: args.slice(0, half) } },
        ],
      }),
      chunk(id, model, { tool_calls: [{ index, function: { arguments: args.slice(half) } }] }),
    );
  }
  return chunks;
}

/** Tokens a planned answer streams under a latency profile (what its pace is computed from). */
export function plannedTokens(reply: Planned): number {
  if ("rawSse" in reply) return reply.rawSse.length;
  if ("status" in reply || "hang" in reply) return 0;
  return Math.max(1, tokenChunks(reply, "m", 0).length);
}

/** How long a planned answer takes to stream in full under `profile`, in milliseconds. */
export function plannedMs(reply: Planned, profile: LatencyProfile): number {
  const tokens = plannedTokens(reply);
  return tokens === 0 ? 0 : profile.ttftMs + ((tokens - 1) * 1000) / profile.tokensPerSecond;
}

/**
 * SSE events for a planned answer: the role, the content (token-sized when `paced`, else halved),
 * the finish reason, usage and [DONE].
 */
function sseEvents(
  reply: { text?: string; toolCalls?: PlannedToolCall[] },
  model: string,
  n: number,
  paced: boolean,
): string[] {
  const id = `chatcmpl-${n}`;
  const events: unknown[] = [
    chunk(id, model, { role: "assistant", content: "" }),
    ...(paced ? tokenChunks(reply, model, n) : halvedChunks(reply, model, n)),
    chunk(id, model, {}, reply.toolCalls?.length ? "tool_calls" : "stop"),
    {
      id,
      object: "chat.completion.chunk",
      created: CREATED,
      model,
      choices: [],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  ];
  return [...events.map((e) => JSON.stringify(e)), "[DONE]"];
}

function completion(reply: { text?: string; toolCalls?: PlannedToolCall[] }, model: string, n: number) {
  const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${n}_${index}`,
    type: "function",
    function: { name: call.name, arguments: argsText(call) },
  }));
  return {
    id: `chatcmpl-${n}`,
    object: "chat.completion",
    created: CREATED,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: reply.text ?? null,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: toolCalls.length ? "tool_calls" : "stop",
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

const sleepUntil = (at: number) => {
  const ms = at - performance.now();
  return ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : undefined;
};

/**
 * Writes SSE `events` paced by `profile`: event i is due `slotOf(i)` token intervals after the first
 * token, which is due `ttftMs` after `start`. Stops when the client goes away.
 */
async function writePaced(
  res: ServerResponse,
  events: string[],
  slotOf: (i: number) => number,
  profile: LatencyProfile,
  start: number,
): Promise<void> {
  const interval = 1000 / profile.tokensPerSecond;
  for (const [i, event] of events.entries()) {
    await sleepUntil(start + profile.ttftMs + slotOf(i) * interval);
    if (res.destroyed) return;
    res.write(`data: ${event}\n\n`);
  }
}

/**
 * Starts a server that plays `script` in order, at once or at the pace of `options.latency`.
 * Call close() at the end of the test.
 */
export async function startScriptedServer(
  script: Planned[] = [],
  options: ScriptedServerOptions = {},
): Promise<ScriptedServer> {
  const plan = [...script];
  let latency = options.latency;
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const hanging = new Set<ServerResponse>();
  let calls = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const start = performance.now();
      const profile = latency;
      const n = ++calls;
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        problems.push(`call ${n}: unexpected ${req.method} ${req.url}`);
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as RecordedRequest["body"];
      requests.push({ headers: req.headers, raw, body });
      const next = plan[n - 1];
      if (!next) {
        problems.push(`call ${n}: not planned (the script has ${plan.length} responses)`);
        res
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "scripted server: unplanned call" } }));
        return;
      }
      if ("hang" in next) {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      if ("status" in next) {
        res
          .writeHead(next.status, { "content-type": "application/json" })
          .end(next.body ?? JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
        return;
      }
      if (!body.stream) {
        if ("rawSse" in next) throw new Error("rawSse needs a streaming request");
        // A non-streaming answer arrives when the whole of it would have been generated.
        if (profile) await sleepUntil(start + plannedMs(next, profile));
        if (res.destroyed) return;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion(next, body.model, n)));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const events = "rawSse" in next ? next.rawSse : sseEvents(next, body.model, n, profile !== undefined);
      if (!profile) {
        for (const event of events) res.write(`data: ${event}\n\n`);
        res.end();
        return;
      }
      // Raw events are a token each; a planned answer's role chunk rides with its first token, and
      // the finish, usage and [DONE] events follow its last token at once.
      const last = plannedTokens(next) - 1;
      const slotOf = "rawSse" in next ? (i: number) => i : (i: number) => Math.min(Math.max(i - 1, 0), last);
      await writePaced(res, events, slotOf, profile, start);
      if (!res.destroyed) res.end();
    })().catch((error: unknown) => {
      problems.push(`server error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const verify = () => {
    const all = [...problems];
    if (calls < plan.length) all.push(`only ${calls} of ${plan.length} planned responses were requested`);
    if (all.length) throw new Error(`scripted OpenAI server: ${all.join("; ")}`);
  };

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    calls: () => calls,
    plan: (...more) => plan.push(...more),
    setLatency: (profile) => {
      latency = profile;
    },
    verify,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      verify();
    },
  };
}

/** Settings that point the app's LLM at a scripted server (never at a paid API). */
export function scriptedEnv(server: ScriptedServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: "sk-test-not-a-real-key",
    OPENAI_BASE_URL: server.url,
    OPENAI_MODEL: "scripted-model",
    ...extra,
  };
}
