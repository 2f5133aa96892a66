// The conversation loop, shared by every channel: streamText over the session's history with the
// tool set, an explicit step cap and the request's abort signal. The guide streams straight to the
// patient; an LLM's turn goes through fallback.ts so that the guide can take over when it fails.

import {
  convertToModelMessages,
  createUIMessageStream,
  isStepCount,
  type ModelMessage,
  type StopCondition,
  streamText,
  type ToolSet,
  toUIMessageStream,
} from "ai";
import { caseNote } from "../../prompts/case-note.js";
import { systemPrompt } from "../../prompts/system.js";
import { compactTools, unshownTools } from "../../prompts/tool-schemas.js";
import { buildTools } from "../../tools/index.js";
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { CATALOGS } from "../i18n/catalogs/index.js";
import { turnLanguage } from "../i18n/detect.js";
import type { Lang } from "../i18n/langs.js";
import { turnGate } from "../sessions/admission.js";
import {
  type Channel,
  type ChatChunk,
  type ChatMessage,
  isMessagingChannel,
  type MessageMetadata,
  type Session,
} from "../sessions/session.js";
import { abandonLease, retryEndTurn, saveTurn, type TurnCommit } from "../sessions/turns.js";
import { recordTurn } from "../stats/record.js";
import { tokensUsed } from "./budget.js";
import { type Answer, answerWithFallback, type LoopRun } from "./fallback.js";
import { llmHistory } from "./history.js";
import { endsReply } from "./steps.js";
import { TurnState } from "./turn-state.js";
import { withoutWithdrawn } from "./withdraw.js";

/** Most model steps one turn may take (facts → tool → explanation → choices, with headroom). */
export const MAX_STEPS = 6;

/** Stops the loop after a step that held the whole reply (steps.ts), and records that it did. */
const replyEnded =
  (turn: TurnState): StopCondition<ToolSet> =>
  ({ steps }) => {
    const last = steps.at(-1);
    if (!last || !endsReply(last)) return false;
    turn.endReply();
    return true;
  };

/** What the patient reads when a turn fails, in the conversation's language. */
const turnFailedMessage = (language: Lang) => CATALOGS[language].errors.turnFailed;

export interface TurnInput {
  deps: AppDeps;
  /** The session with the patient's new message already appended and the turn lease held. */
  session: Session;
  channel: Channel;
  clinic: ClinicFacts | null;
  baseUrl: string;
  signal?: AbortSignal;
  /** Keeps background work alive after the response (the Worker's waitUntil); fire-and-forget without it. */
  waitUntil?: (work: Promise<unknown>) => void;
  /** The client's IP (web and API), charged for the LLM's tokens (LLM_TOKENS_PER_IP_DAY); SMS has none. */
  ip?: string;
  /** The language the patient picked with the panel's language button (web), which the turn answers in. */
  language?: Lang;
  /** A text-message turn's numbers (the patient's, ours), in memory only: a reminder may be scheduled to it. */
  phone?: { to: string; from: string };
}

/** The LLM's time budget for this channel: SMS and WhatsApp must answer inside Twilio's 15-second window. */
export function llmTimeoutMs(deps: AppDeps, channel: Channel): number {
  return isMessagingChannel(channel) ? deps.settings.SMS_LLM_TIMEOUT_MS : deps.settings.LLM_TIMEOUT_MS;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : "unknown");

/**
 * The assistant message's metadata, sent with its first chunk. The reply's language travels with
 * it, so channels render their fixed phrases without guessing again.
 */
function messageMetadata(run: LoopRun, started: Date, language: Lang): MessageMetadata {
  return { model: run.model.name, createdAt: started.toISOString(), language };
}

/** One run of the loop: the run's model over the session's transcript, its tools recording into `run.turn`. */
async function streamLoop(
  input: TurnInput,
  started: Date,
  language: Lang,
  run: LoopRun,
): Promise<ReadableStream<ChatChunk>> {
  const today = isoDay(started);
  const clinicName = input.clinic?.name ?? null;
  // How to reach the clinic's records office, for the guide's "are you a real person?".
  const clinicOffice = input.clinic?.recordsOffice ?? null;
  // The Intake as the run starts; tools read the latest from run.turn.
  const intake = run.turn.intake;
  const all = buildTools({
    turn: run.turn,
    today,
    clinic: input.clinic,
    writer: run.writer,
    drafting: input.deps,
    baseUrl: input.baseUrl,
    language,
    tracking: {
      deps: input.deps,
      channel: input.channel,
      ...(input.session.clinicId ? { clinicId: input.session.clinicId } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
    },
  });
  const guide = run.model.name === "guide";
  // The guide knows its tools: only an LLM is shown their (compacted) schemas.
  const tools = guide ? unshownTools(all) : compactTools(all);
  // An LLM reads a window of the transcript (the case note carries the rest) and then the case note;
  // the guide reads the whole transcript and its context from providerOptions.
  const transcript = await convertToModelMessages(guide ? input.session.messages : llmHistory(input.session.messages), {
    tools,
  });
  const note: ModelMessage[] = guide
    ? []
    : [
        {
          role: "system",
          content: caseNote({
            channel: input.channel,
            clinic: input.clinic,
            today,
            intake,
            messages: input.session.messages,
            language,
          }),
        },
      ];
  const result = streamText({
    model: run.model.model,
    // Unchanged for the whole conversation: with the tool schemas, the prefix a prompt cache serves.
    instructions: systemPrompt({ channel: input.channel, clinic: input.clinic }),
    messages: [...transcript, ...note],
    allowSystemInMessages: true,
    tools,
    // In the order called: a review or letter drafted in the same step reads the facts just recorded.
    toolCallConcurrency: 1,
    stopWhen: [isStepCount(MAX_STEPS), replyEnded(run.turn)],
    // The guide is the retry: a second LLM attempt would spend the patient's wait (and SMS's window).
    maxRetries: 0,
    abortSignal: run.signal,
    providerOptions: {
      recordpath: { intake, today, clinicName, clinicOffice, channel: input.channel, language },
    },
    // The SDK's default prints the whole error, whose request body holds the patient's words.
    onError: ({ error }) => input.deps.log.warn("model.error", { model: run.model.name, error: errorName(error) }),
    // Every call's tokens, including those of a run that is later discarded: they are spent either way.
    onLanguageModelCallEnd: ({ usage }) => run.onUsage?.(tokensUsed(usage)),
  });
  return toUIMessageStream<typeof tools, ChatMessage>({
    stream: result.stream,
    tools,
    // Provider errors can carry upstream detail; the patient only ever sees the generic message.
    onError: () => turnFailedMessage(language),
    messageMetadata: ({ part }) => (part.type === "start" ? messageMetadata(run, started, language) : undefined),
  });
}

/** Pause before the second save attempt inside the response, when the first found storage not answering. */
const SECOND_SAVE_AFTER_MS = 200;

/**
 * Commits the answered turn and says whether its reply is stored; never throws for what storage
 * does, so a failed save cannot cut the reply mid-stream. Storage not answering gets a second
 * attempt inside the response; after that the turn gives its lease up (the patient is told to send
 * again, and must not then get 409) and keeps retrying in the background so the reply may still be kept.
 */
async function commitTurn(input: TurnInput, commit: TurnCommit): Promise<boolean> {
  const { deps, session } = input;
  const gate = turnGate(deps);
  const save = () => saveTurn(deps.store, session, commit, deps.clock());
  let outcome = await save();
  if (outcome === "unavailable") {
    await new Promise((r) => setTimeout(r, SECOND_SAVE_AFTER_MS));
    outcome = await save();
  }
  gate.storeAnswered(outcome !== "unavailable");
  if (outcome === "saved") return true;
  deps.log.warn("turn.unsaved", { outcome });
  abandonLease(session, deps.clock());
  if (outcome === "unavailable") {
    const retry = retryEndTurn(save).then(
      (saved) => deps.log.warn("turn.save_retried", { saved }),
      (error: unknown) => deps.log.error("turn.save_retry_failed", { error: errorName(error) }),
    );
    input.waitUntil?.(retry);
  }
  return false;
}

/**
 * Holds the reply's `finish` part back until the turn is committed, and when the reply could not be
 * saved puts an error part before it that tells the patient to send the message again: the stream
 * still ends cleanly, and the widget and SMS show the notice as they show any failed turn.
 */
function endAfterCommit(stored: () => boolean, language: Lang): TransformStream<ChatChunk, ChatChunk> {
  let finish: ChatChunk | undefined;
  return new TransformStream<ChatChunk, ChatChunk>({
    transform(chunk, controller) {
      if (chunk.type === "finish") finish = chunk;
      else controller.enqueue(chunk);
    },
    flush(controller) {
      if (!stored()) controller.enqueue({ type: "error", errorText: CATALOGS[language].errors.replyNotSaved });
      if (finish) controller.enqueue(finish);
    },
  });
}

/**
 * Runs one turn and returns its UI message stream. The answering run's effects (Intake, drafted
 * documents), the transcript and which model answered are committed once, before the stream closes;
 * a commit that fails ends the stream with a notice instead of breaking it.
 */
export function runTurn(input: TurnInput): ReadableStream<ChatChunk> {
  const { deps, session } = input;
  const started = deps.clock();
  // Once per turn, from the patient's messages and pick: the guide, the prompt and the reply all use it.
  const language = turnLanguage(session.messages, input.language);
  const loop = (run: LoopRun) => streamLoop(input, started, language, run);
  let answer: Answer = { model: deps.model.name, turn: new TurnState(session) };
  // Read when the stream closes, which is after onEnd has committed the turn.
  let stored = true;
  const stream = createUIMessageStream<ChatMessage>({
    originalMessages: session.messages,
    execute: async ({ writer }) => {
      if (deps.model.name === "guide") {
        writer.merge(await loop({ model: deps.model, turn: answer.turn, writer, signal: input.signal }));
        return;
      }
      answer = await answerWithFallback({
        deps,
        session,
        timeoutMs: llmTimeoutMs(deps, input.channel),
        writer,
        loop,
        signal: input.signal,
        ip: input.ip,
      });
    },
    onError: (error) => {
      deps.log.error("turn.failed", { error: errorName(error) });
      return turnFailedMessage(language);
    },
    onEnd: async ({ messages }) => {
      const { turn, model } = answer;
      // A withdrawn attempt's parts are not the reply: the store keeps what followed the withdrawal.
      const reply = messages.at(-1);
      const kept = reply?.role === "assistant" ? [...messages.slice(0, -1), withoutWithdrawn(reply)] : messages;
      stored = await commitTurn(input, {
        messages: kept,
        intake: turn.intake,
        documents: turn.documents,
        answeredBy: { at: started.toISOString(), model },
      }).catch((error: unknown) => {
        // A bug in the commit, not storage: still end the stream cleanly and tell the patient.
        deps.log.error("turn.commit_failed", { error: errorName(error) });
        return false;
      });
      // The dashboard's counters, only for a stored turn, in the background (src/stats/record.ts).
      if (stored) recordTurn(deps, session, { messages: kept, documents: turn.documents }, input.waitUntil);
    },
  });
  return stream.pipeThrough(endAfterCommit(() => stored, language));
}
