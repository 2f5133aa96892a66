// A scripted OpenAI-compatible Chat Completions server on 127.0.0.1: it answers each request with
// the next planned response (SSE or JSON), records what it received, and fails loudly when called
// more or fewer times than planned.
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

export interface ScriptedServer {
  /** Base URL for OPENAI_BASE_URL (ends with /v1). */
  url: string;
  requests: RecordedRequest[];
  /** Calls answered so far (including unplanned ones). */
  calls(): number;
  /** Adds responses to the end of the plan (for scripts that grow turn by turn). */
  plan(...more: Planned[]): void;
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

/** SSE events for a planned answer: text in two deltas, each tool call's arguments in two deltas. */
function sseEvents(reply: { text?: string; toolCalls?: PlannedToolCall[] }, model: string, n: number): string[] {
  const id = `chatcmpl-${n}`;
  const events: unknown[] = [chunk(id, model, { role: "assistant", content: "" })];
  if (reply.text) {
    const half = Math.ceil(reply.text.length / 2);
    events.push(
      chunk(id, model, { content: reply.text.slice(0, half) }),
      chunk(id, model, { content: reply.text.slice(half) }),
    );
  }
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    const args = argsText(call);
    const half = Math.ceil(args.length / 2);
    const callId = call.id ?? `call_${n}_${index}`;
    events.push(
      chunk(id, model, {
        tool_calls: [
          { index, id: callId, type: "function", function: { name: call.name, arguments: args.slice(0, half) } },
        ],
      }),
      chunk(id, model, { tool_calls: [{ index, function: { arguments: args.slice(half) } }] }),
    );
  }
  events.push(chunk(id, model, {}, reply.toolCalls?.length ? "tool_calls" : "stop"));
  events.push({
    id,
    object: "chat.completion.chunk",
    created: CREATED,
    model,
    choices: [],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  });
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

/** Starts a server that plays `script` in order. Call close() at the end of the test. */
export async function startScriptedServer(script: Planned[] = []): Promise<ScriptedServer> {
  const plan = [...script];
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const hanging = new Set<ServerResponse>();
  let calls = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
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
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion(next, body.model, n)));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const events = "rawSse" in next ? next.rawSse : sseEvents(next, body.model, n);
      for (const event of events) res.write(`data: ${event}\n\n`);
      res.end();
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
