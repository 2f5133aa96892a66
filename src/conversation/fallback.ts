// LLM turns with the guide behind them. The LLM's turn runs into a buffer with its own TurnState;
// only a clean run is replayed to the patient, and its TurnState is the one the turn commits.
// Anything else (error, timeout, bad tool input, a failing tool, the step cap, no text) is
// discarded, effects and drafted documents with it, and the guide answers the same turn afresh.
//
// Why buffer rather than stream: a streamed reply cannot be taken back, so falling back mid-stream
// would show the patient half an LLM answer followed by the guide's. Buffering costs the LLM path
// its token-by-token streaming (the reply appears when the turn is done), which is acceptable for
// short replies and irrelevant to SMS, which sends whole messages anyway.

import type { UIMessageStreamWriter } from "ai";
import { TOOL } from "../../tools/names.js";
import type { AppDeps } from "../deps.js";
import type { ChatChunk, ChatMessage, Session } from "../sessions/session.js";
import { withTimeout } from "../timeout.js";
import { tokenBudget } from "./budget.js";
import { TurnState } from "./turn-state.js";

type Writer = UIMessageStreamWriter<ChatMessage>;

/** Why a buffered LLM turn was or was not shown. Every value but "ok" hands the turn to the guide. */
type Verdict =
  | "ok"
  | "error"
  | "timeout"
  | "aborted"
  | "invalid_tool_input"
  | "tool_failed"
  | "step_cap"
  | "unfinished"
  | "no_text";

/** What a turn left behind: which model answered, and the effects of its run for the commit. */
export interface Answer {
  model: AppDeps["model"]["name"];
  turn: TurnState;
}

/** One run of the loop by one model, recording its effects in `turn` and writing to `writer`. */
export interface LoopRun {
  model: AppDeps["model"];
  turn: TurnState;
  writer: Writer;
  signal?: AbortSignal | undefined;
  /** Told the tokens of each model call (the LLM attempt's, charged to the token budgets). */
  onUsage?: (tokens: number) => void;
}

export type Loop = (run: LoopRun) => Promise<ReadableStream<ChatChunk>>;

/** The verdict one chunk settles on its own (the turn is lost), or null. Pure. */
function fatalChunk(chunk: ChatChunk): Verdict | null {
  if (chunk.type === "error") return "error";
  if (chunk.type === "abort") return "aborted";
  // The SDK would send a bad tool call back to the model to repair; the guide answers sooner.
  if (chunk.type === "tool-input-error") return "invalid_tool_input";
  if (chunk.type === "tool-output-error") return "tool_failed";
  return null;
}

/** Decides from a finished turn's UI chunks whether it can be shown. Pure. */
function judgeTurn(chunks: readonly ChatChunk[]): Verdict {
  let text = false;
  let finish: string | undefined;
  // A step that wrote text and offered quick replies ends the turn by design (run-turn's questionAsked).
  let stepText = false;
  let stepChoices = false;
  for (const chunk of chunks) {
    const fatal = fatalChunk(chunk);
    if (fatal) return fatal;
    if (chunk.type === "start-step") stepText = stepChoices = false;
    if (chunk.type === "text-delta" && chunk.delta.trim() !== "") text = stepText = true;
    if (chunk.type === "tool-input-available" && chunk.toolName === TOOL.offerChoices) stepChoices = true;
    if (chunk.type === "finish") finish = chunk.finishReason ?? "unknown";
  }
  if (finish === "tool-calls" && stepText && stepChoices) return "ok";
  // The loop stops at MAX_STEPS; a last step that still asked for tools ran past the cap.
  if (finish === "tool-calls") return "step_cap";
  if (finish !== "stop") return finish === undefined ? "error" : "unfinished";
  return text ? "ok" : "no_text";
}

/**
 * Runs `produce` to the end into a buffer (its own chunks and whatever tools write), within
 * `timeoutMs` and the request's signal, and judges the result.
 */
async function bufferTurn(
  produce: (writer: Writer, signal: AbortSignal) => Promise<ReadableStream<ChatChunk>>,
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<{ verdict: Verdict; chunks: ChatChunk[] }> {
  const chunks: ChatChunk[] = [];
  const merged: Array<Promise<void>> = [];
  const drain = async (stream: ReadableStream<ChatChunk>) => {
    for await (const chunk of stream) chunks.push(chunk);
  };
  const writer: Writer = {
    write: (chunk) => void chunks.push(chunk),
    merge: (stream) => void merged.push(drain(stream)),
    onError: undefined,
  };

  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  let source: ReadableStreamDefaultReader<ChatChunk> | undefined;
  // Cancelling ends a pending read at once, so a stop holds even if a provider ignores the signal.
  const cancel = () => void source?.cancel().catch(() => {});
  signal.addEventListener("abort", cancel, { once: true });

  const run = async (): Promise<Verdict> => {
    source = (await produce(writer, signal)).getReader();
    if (signal.aborted) cancel();
    for (;;) {
      const next = await source.read();
      if (next.done) break;
      chunks.push(next.value);
      const fatal = fatalChunk(next.value);
      if (fatal) {
        // Stop the model (and any further steps) now: this run will not be shown.
        stop.abort(new DOMException("The LLM turn failed.", "AbortError"));
        return fatal;
      }
    }
    if (signal.aborted) return "aborted";
    await Promise.all(merged);
    return judgeTurn(chunks);
  };

  let timedOut = false;
  try {
    const verdict = await withTimeout(run(), options.timeoutMs, () => {
      timedOut = true;
      stop.abort(new DOMException("The LLM turn took too long.", "TimeoutError"));
    });
    return { verdict, chunks };
  } catch {
    return { verdict: timedOut ? "timeout" : "error", chunks };
  } finally {
    signal.removeEventListener("abort", cancel);
  }
}

/**
 * Answers a turn with the LLM if it succeeds, else with the guide from the session as the turn found
 * it. The patient sees exactly one reply; the returned Answer says which model gave it and holds
 * that run's effects. A conversation or IP past its daily token budget gets the guide without an
 * LLM attempt; every attempt's tokens are charged, shown or not.
 */
export async function answerWithFallback(input: {
  deps: AppDeps;
  session: Session;
  timeoutMs: number;
  writer: Writer;
  loop: Loop;
  signal?: AbortSignal | undefined;
  /** The client's IP (web and API turns), for LLM_TOKENS_PER_IP_DAY. */
  ip?: string | undefined;
}): Promise<Answer> {
  const { deps, session, writer, loop } = input;
  const budget = tokenBudget(deps, session.id, input.ip);
  const over = await budget.spent();
  if (over) {
    deps.log.warn("llm.budget_exceeded", { scope: over });
    return guideAnswers(input);
  }
  const attempt = new TurnState(session);
  const started = Date.now();
  let used = 0;
  const onUsage = (tokens: number) => {
    used += tokens;
  };
  const { verdict, chunks } = await bufferTurn(
    (buffer, signal) => loop({ model: deps.model, turn: attempt, writer: buffer, signal, onUsage }),
    { timeoutMs: input.timeoutMs, signal: input.signal },
  );
  await budget.charge(used);
  if (verdict === "ok") {
    for (const chunk of chunks) writer.write(chunk);
    return { model: deps.model.name, turn: attempt };
  }
  // Ids and reasons only: never the patient's words or the provider's error text.
  deps.log.warn("turn.fallback", { reason: verdict, model: deps.model.name, durationMs: Date.now() - started });
  return guideAnswers(input);
}

/** The guide answers the turn over the session as the turn found it, straight to the patient. */
async function guideAnswers(input: {
  deps: AppDeps;
  session: Session;
  writer: Writer;
  loop: Loop;
  signal?: AbortSignal | undefined;
}): Promise<Answer> {
  const guided = new TurnState(input.session);
  const guide: AppDeps["model"] = { name: "guide", model: input.deps.fallback };
  input.writer.merge(await input.loop({ model: guide, turn: guided, writer: input.writer, signal: input.signal }));
  return { model: "guide", turn: guided };
}
