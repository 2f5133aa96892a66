// LLM turns with the guide behind them. The LLM's turn runs into a buffer, on its own copy of the
// session and with document writes held back; only a clean run is replayed to the patient and
// committed. Anything else (error, timeout, bad tool input, a failing tool, the step cap, no
// text) is discarded and the guide answers the same turn over the untouched session.
//
// Why buffer rather than stream: a streamed reply cannot be taken back, so falling back mid-stream
// would show the patient half an LLM answer followed by the guide's. Buffering costs the LLM path
// its token-by-token streaming (the reply appears when the turn is done), which is acceptable for
// short replies and irrelevant to SMS, which sends whole messages anyway.
import type { UIMessageChunk, UIMessageStreamWriter } from "ai";
import type { AppDeps } from "../deps.js";
import type { ChatMessage, DataParts, Session } from "../sessions/session.js";
import type { SessionStore, StoredDocument } from "../sessions/store.js";

export type Chunk = UIMessageChunk<{ model?: string; createdAt?: string }, DataParts>;
type Writer = UIMessageStreamWriter<ChatMessage>;

/** Why a buffered LLM turn was or was not shown. Every value but "ok" hands the turn to the guide. */
export type Verdict =
  | "ok"
  | "error"
  | "timeout"
  | "aborted"
  | "invalid_tool_input"
  | "tool_failed"
  | "step_cap"
  | "unfinished"
  | "no_text";

/** What a turn left behind: the state to save and which model answered. */
export interface Answer {
  model: AppDeps["model"]["name"];
  state: Session;
}

/** One run of the loop by one model over its own copy of the session, writing to `writer`. */
export interface LoopRun {
  model: AppDeps["model"];
  state: Session;
  writer: Writer;
  deps: AppDeps;
  signal?: AbortSignal;
}

export type Loop = (run: LoopRun) => Promise<ReadableStream<Chunk>>;

/** The verdict one chunk settles on its own (the turn is lost), or null. Pure. */
export function fatalChunk(chunk: Chunk): Verdict | null {
  if (chunk.type === "error") return "error";
  if (chunk.type === "abort") return "aborted";
  // The SDK would send a bad tool call back to the model to repair; the guide answers sooner.
  if (chunk.type === "tool-input-error") return "invalid_tool_input";
  if (chunk.type === "tool-output-error") return "tool_failed";
  return null;
}

/** Decides from a finished turn's UI chunks whether it can be shown. Pure. */
export function judgeTurn(chunks: readonly Chunk[]): Verdict {
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
    if (chunk.type === "tool-input-available" && chunk.toolName === "offerChoices") stepChoices = true;
    if (chunk.type === "finish") finish = chunk.finishReason ?? "unknown";
  }
  if (finish === "tool-calls" && stepText && stepChoices) return "ok";
  // The loop stops at MAX_STEPS; a last step that still asked for tools ran past the cap.
  if (finish === "tool-calls") return "step_cap";
  if (finish !== "stop") return finish === undefined ? "error" : "unfinished";
  return text ? "ok" : "no_text";
}

/**
 * A store whose document writes wait for commit(): a draft made during an LLM turn that is then
 * discarded must not exist anywhere. Everything else passes through.
 */
export class StagedStore implements SessionStore {
  private readonly staged: StoredDocument[] = [];
  constructor(private readonly inner: SessionStore) {}
  get kind() {
    return this.inner.kind;
  }
  load(id: string) {
    return this.inner.load(id);
  }
  save(session: Session) {
    return this.inner.save(session);
  }
  delete(id: string) {
    return this.inner.delete(id);
  }
  async saveDocument(doc: StoredDocument) {
    this.staged.push(doc);
  }
  async loadDocument(id: string) {
    return this.staged.find((d) => d.id === id) ?? this.inner.loadDocument(id);
  }
  saveAlias(alias: string, sessionId: string) {
    return this.inner.saveAlias(alias, sessionId);
  }
  loadAlias(alias: string) {
    return this.inner.loadAlias(alias);
  }
  claimOnce(key: string, ttlSeconds: number) {
    return this.inner.claimOnce(key, ttlSeconds);
  }
  /** Writes the held documents; called only for a turn that will be shown. */
  async commit(): Promise<void> {
    for (const doc of this.staged.splice(0)) await this.inner.saveDocument(doc);
  }
}

/**
 * Runs `produce` to the end into a buffer (its own chunks and whatever tools write), within
 * `timeoutMs` and the request's signal, and judges the result.
 */
export async function bufferTurn(
  produce: (writer: Writer, signal: AbortSignal) => Promise<ReadableStream<Chunk>>,
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<{ verdict: Verdict; chunks: Chunk[] }> {
  const chunks: Chunk[] = [];
  const merged: Array<Promise<void>> = [];
  const drain = async (stream: ReadableStream<Chunk>) => {
    for await (const chunk of stream) chunks.push(chunk);
  };
  const writer: Writer = {
    write: (chunk) => void chunks.push(chunk),
    merge: (stream) => void merged.push(drain(stream)),
    onError: undefined,
  };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("The LLM turn took too long.", "TimeoutError"));
  }, options.timeoutMs);
  const forward = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) forward();
  options.signal?.addEventListener("abort", forward, { once: true });
  // The race makes the deadline hold even if a provider ignores the abort signal.
  const stopped = new Promise<"stopped">((resolve) => {
    if (controller.signal.aborted) resolve("stopped");
    controller.signal.addEventListener("abort", () => resolve("stopped"), { once: true });
  });

  try {
    const reader = await Promise.race([produce(writer, controller.signal), stopped]);
    if (reader === "stopped") return { verdict: timedOut ? "timeout" : "aborted", chunks };
    const source = reader.getReader();
    for (;;) {
      const next = await Promise.race([source.read(), stopped]);
      if (next === "stopped") {
        source.cancel().catch(() => {});
        return { verdict: timedOut ? "timeout" : "aborted", chunks };
      }
      if (next.done) break;
      chunks.push(next.value);
      const fatal = fatalChunk(next.value);
      if (fatal) {
        // Stop the model (and any further steps) now: this run will not be shown.
        controller.abort(new DOMException("The LLM turn failed.", "AbortError"));
        source.cancel().catch(() => {});
        return { verdict: fatal, chunks };
      }
    }
    const rest = await Promise.race([Promise.all(merged), stopped]);
    if (rest === "stopped") return { verdict: timedOut ? "timeout" : "aborted", chunks };
  } catch {
    return { verdict: timedOut ? "timeout" : "error", chunks };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forward);
  }
  return { verdict: judgeTurn(chunks), chunks };
}

/**
 * Answers a turn with the LLM if it succeeds, else with the guide over the original session. The
 * patient sees exactly one reply; the returned Answer says which model gave it.
 */
export async function answerWithFallback(input: {
  deps: AppDeps;
  session: Session;
  timeoutMs: number;
  writer: Writer;
  loop: Loop;
  signal?: AbortSignal | undefined;
}): Promise<Answer> {
  const { deps, session, writer, loop } = input;
  const state = structuredClone(session);
  const staged = new StagedStore(deps.store);
  const attemptDeps: AppDeps = { ...deps, store: staged };
  const started = Date.now();
  const { verdict, chunks } = await bufferTurn(
    (buffer, signal) => loop({ model: deps.model, state, writer: buffer, deps: attemptDeps, signal }),
    {
      timeoutMs: input.timeoutMs,
      signal: input.signal,
    },
  );
  if (verdict === "ok") {
    await staged.commit();
    for (const chunk of chunks) writer.write(chunk);
    return { model: deps.model.name, state };
  }
  // Ids and reasons only: never the patient's words or the provider's error text.
  deps.log.warn("turn.fallback", { reason: verdict, model: deps.model.name, durationMs: Date.now() - started });
  const guided = structuredClone(session);
  const guide: AppDeps["model"] = { name: "guide", model: deps.fallback };
  writer.merge(await loop({ model: guide, state: guided, writer, deps, signal: input.signal }));
  return { model: "guide", state: guided };
}
