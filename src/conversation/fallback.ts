// LLM turns with the guide behind them. The LLM's attempt streams to the patient as it is written,
// with its own TurnState; only an attempt that ends well is committed. Anything else (error,
// timeout, bad tool input, a failing tool, the step cap, no text) is discarded, effects and drafted
// documents with it, and the guide answers the same turn afresh in the same response. If the
// attempt had already shown something, a `data-withdraw` part comes first (withdraw.ts), so every
// client drops the partial reply before the guide's.
//
// What shows nothing (the start, steps opening, a tool call being written) is held back until the
// first thing that shows (text, a card, quick replies): an attempt that fails before it costs the
// patient no withdrawal. The attempt's `finish` is held until it is judged.

import type { UIMessageStreamWriter } from "ai";
import type { AppDeps } from "../deps.js";
import type { ChatChunk, ChatMessage, Session } from "../sessions/session.js";
import { withTimeout } from "../timeout.js";
import { tokenBudget } from "./budget.js";
import { TurnState } from "./turn-state.js";
import { withdrawChunk } from "./withdraw.js";

type Writer = UIMessageStreamWriter<ChatMessage>;

/** Why an LLM attempt was or was not kept. Every value but "ok" hands the turn to the guide. */
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

/** The verdict one chunk settles on its own (the attempt is lost), or null. Pure. */
function fatalChunk(chunk: ChatChunk): Verdict | null {
  if (chunk.type === "error") return "error";
  if (chunk.type === "abort") return "aborted";
  // The SDK would send a bad tool call back to the model to repair; the guide answers sooner.
  if (chunk.type === "tool-input-error") return "invalid_tool_input";
  if (chunk.type === "tool-output-error") return "tool_failed";
  return null;
}

/** Whether the patient sees something of this chunk: words, a card, quick replies, a tool's answer. */
function shows(chunk: ChatChunk): boolean {
  if (chunk.type === "text-delta") return chunk.delta.trim() !== "";
  return chunk.type.startsWith("data-") || chunk.type === "tool-output-available";
}

/** Decides from a finished attempt's UI chunks, and whether a step ended its reply, if it can be kept. Pure. */
function judgeTurn(chunks: readonly ChatChunk[], replyEnded: boolean): Verdict {
  let text = false;
  let finish: string | undefined;
  for (const chunk of chunks) {
    const fatal = fatalChunk(chunk);
    if (fatal) return fatal;
    if (chunk.type === "text-delta" && chunk.delta.trim() !== "") text = true;
    if (chunk.type === "finish") finish = chunk.finishReason ?? "unknown";
  }
  // The loop stops after tool calls only when a step held the whole reply (steps.ts) or at MAX_STEPS.
  if (finish === "tool-calls") return replyEnded ? "ok" : "step_cap";
  if (finish !== "stop") return finish === undefined ? "error" : "unfinished";
  return text ? "ok" : "no_text";
}

/**
 * Passes an attempt's chunks on to the patient as they come, holding back what shows nothing until
 * something does, and the finish until the attempt is judged. Once sealed it passes nothing on.
 */
class Relay {
  readonly #out: Writer;
  #held: ChatChunk[] = [];
  #finish: ChatChunk | undefined;
  #sealed = false;
  /** Something of the attempt reached the patient. */
  shown = false;

  constructor(out: Writer) {
    this.#out = out;
  }

  push(chunk: ChatChunk): void {
    if (this.#sealed || fatalChunk(chunk)) return;
    if (chunk.type === "finish") this.#finish = chunk;
    else if (!this.shown && !shows(chunk)) this.#held.push(chunk);
    else {
      this.shown = true;
      this.#release();
      this.#out.write(chunk);
    }
  }

  /** The attempt stands: what was held back, then its finish. */
  keep(): void {
    this.#release();
    if (this.#finish) this.#out.write(this.#finish);
    this.#sealed = true;
  }

  /** The attempt is discarded: nothing more of it is passed on. */
  seal(): void {
    this.#sealed = true;
  }

  #release(): void {
    for (const held of this.#held) this.#out.write(held);
    this.#held = [];
  }
}

/**
 * Runs `produce` to the end (its own chunks and whatever tools write), relaying to the patient as
 * it goes, within `timeoutMs` and the request's signal, and judges the result.
 */
async function streamAttempt(
  produce: (writer: Writer, signal: AbortSignal) => Promise<ReadableStream<ChatChunk>>,
  relay: Relay,
  turn: TurnState,
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<Verdict> {
  const chunks: ChatChunk[] = [];
  const merged: Array<Promise<void>> = [];
  const take = (chunk: ChatChunk) => {
    chunks.push(chunk);
    relay.push(chunk);
  };
  const drain = async (stream: ReadableStream<ChatChunk>) => {
    for await (const chunk of stream) take(chunk);
  };
  const writer: Writer = {
    write: take,
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
      take(next.value);
      const fatal = fatalChunk(next.value);
      if (fatal) {
        // Stop the model (and any further steps) now: this attempt will not be kept.
        stop.abort(new DOMException("The LLM turn failed.", "AbortError"));
        return fatal;
      }
    }
    if (signal.aborted) return "aborted";
    await Promise.all(merged);
    return judgeTurn(chunks, turn.replyEnded);
  };

  let timedOut = false;
  try {
    return await withTimeout(run(), options.timeoutMs, () => {
      timedOut = true;
      stop.abort(new DOMException("The LLM turn took too long.", "TimeoutError"));
    });
  } catch {
    return timedOut ? "timeout" : "error";
  } finally {
    signal.removeEventListener("abort", cancel);
  }
}

/**
 * Answers a turn with the LLM if it succeeds, else with the guide from the session as the turn found
 * it. The patient keeps exactly one reply; the returned Answer says which model gave it and holds
 * that run's effects. A conversation or IP past its daily token budget gets the guide without an
 * LLM attempt; every attempt's tokens are charged, kept or not.
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
  const relay = new Relay(writer);
  const started = Date.now();
  let used = 0;
  const onUsage = (tokens: number) => {
    used += tokens;
  };
  const verdict = await streamAttempt(
    (live, signal) => loop({ model: deps.model, turn: attempt, writer: live, signal, onUsage }),
    relay,
    attempt,
    { timeoutMs: input.timeoutMs, signal: input.signal },
  );
  await budget.charge(used);
  if (verdict === "ok") {
    relay.keep();
    return { model: deps.model.name, turn: attempt };
  }
  relay.seal();
  // Ids and reasons only: never the patient's words or the provider's error text.
  deps.log.warn("turn.fallback", {
    reason: verdict,
    model: deps.model.name,
    durationMs: Date.now() - started,
    withdrawn: relay.shown,
  });
  if (relay.shown) writer.write(withdrawChunk());
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
