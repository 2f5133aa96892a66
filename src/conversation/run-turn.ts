// The conversation loop, shared by every channel: streamText over the session's history with the
// tool set, an explicit step cap and the request's abort signal. The guide streams straight to the
// patient; an LLM's turn goes through fallback.ts so that the guide can take over when it fails.

import {
  convertToModelMessages,
  createUIMessageStream,
  isStepCount,
  type StopCondition,
  streamText,
  type ToolSet,
  toUIMessageStream,
} from "ai";
import { systemPrompt } from "../../prompts/system.js";
import { compactTools, unshownTools } from "../../prompts/tool-schemas.js";
import { buildTools } from "../../tools/index.js";
import { TOOL } from "../../tools/names.js";
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { AppError } from "../errors.js";
import { CATALOGS } from "../i18n/catalogs/index.js";
import { patientLanguage } from "../i18n/detect.js";
import type { Lang } from "../i18n/langs.js";
import {
  type Channel,
  type ChatChunk,
  type ChatMessage,
  isMessagingChannel,
  type MessageMetadata,
  type Session,
} from "../sessions/session.js";
import { endTurn, retryEndTurn, type TurnCommit } from "../sessions/turns.js";
import { tokensUsed } from "./budget.js";
import { type Answer, answerWithFallback, type LoopRun } from "./fallback.js";
import { llmHistory } from "./history.js";
import { TurnState } from "./turn-state.js";

/** Most model steps one turn may take (facts → tool → explanation → choices, with headroom). */
export const MAX_STEPS = 6;

/**
 * A reply that asked its question and offered the quick replies is complete: calling the model
 * again would only produce an empty step.
 */
const questionAsked: StopCondition<ToolSet> = ({ steps }) => {
  const last = steps.at(-1);
  return last !== undefined && last.text.trim() !== "" && last.toolCalls.some((c) => c.toolName === TOOL.offerChoices);
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
  });
  // The guide knows its tools: only an LLM is shown their (compacted) schemas.
  const tools = run.model.name === "guide" ? unshownTools(all) : compactTools(all);
  const result = streamText({
    model: run.model.model,
    instructions: systemPrompt({ channel: input.channel, today, clinic: input.clinic, intake, language }),
    // An LLM reads a window of the transcript (the Intake carries the rest); the guide reads it all.
    messages: await convertToModelMessages(
      run.model.name === "guide" ? input.session.messages : llmHistory(input.session.messages),
      { tools },
    ),
    tools,
    stopWhen: [isStepCount(MAX_STEPS), questionAsked],
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

/**
 * Runs one turn and returns its UI message stream. The answering run's effects (Intake, drafted
 * documents), the transcript and which model answered are committed once, before the stream closes.
 */
export function runTurn(input: TurnInput): ReadableStream<ChatChunk> {
  const { deps, session } = input;
  const started = deps.clock();
  // Once per turn, from the patient's messages: the guide, the prompt and the reply all use it.
  const language = patientLanguage(session.messages);
  const loop = (run: LoopRun) => streamLoop(input, started, language, run);
  let answer: Answer = { model: deps.model.name, turn: new TurnState(session) };
  return createUIMessageStream<ChatMessage>({
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
      const commit: TurnCommit = {
        messages,
        intake: turn.intake,
        documents: turn.documents,
        answeredBy: { at: started.toISOString(), model },
      };
      const save = () => endTurn(deps.store, session, commit, deps.clock());
      try {
        await save();
      } catch (error) {
        // Storage went away mid-turn: keep trying in the background so the reply is not lost and the
        // lease is released when it returns; this response still ends in an error.
        if (error instanceof AppError && error.code === "unavailable") {
          const retry = retryEndTurn(save).then((saved) => deps.log.warn("turn.save_retried", { saved }));
          if (input.waitUntil) input.waitUntil(retry);
        }
        throw error;
      }
    },
  });
}
