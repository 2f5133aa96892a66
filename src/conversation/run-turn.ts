// The conversation loop, shared by every channel: streamText over the session's history with the
// tool set, an explicit step cap and the request's abort signal. The model is whatever deps carry.
import { convertToModelMessages, createUIMessageStream, isStepCount, streamText, toUIMessageStream, type UIMessageChunk } from "ai";
import { systemPrompt } from "../../prompts/system.js";
import type { ToolContext } from "../../tools/context.js";
import { buildTools } from "../../tools/index.js";
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { Channel, ChatMessage, DataParts, Session } from "../sessions/session.js";
import { endTurn } from "../sessions/turns.js";

/** Most model steps one turn may take (facts → tool → explanation → choices, with headroom). */
export const MAX_STEPS = 6;

export const TURN_FAILED_MESSAGE = "Sorry, something went wrong on our side. Please send your message again.";

export interface TurnInput {
  deps: AppDeps;
  /** The session with the patient's new message already appended and the turn lease held. */
  session: Session;
  channel: Channel;
  clinic: ClinicFacts | null;
  baseUrl: string;
  signal?: AbortSignal;
}

/**
 * Runs one turn and returns its UI message stream. The session (transcript, Intake, documents and
 * which model answered) is saved before the stream closes.
 */
export function runTurn(input: TurnInput): ReadableStream<UIMessageChunk<{ model?: string }, DataParts>> {
  const { deps, session } = input;
  const started = deps.clock();
  const today = isoDay(started);
  const working: Session = structuredClone(session);
  return createUIMessageStream<ChatMessage>({
    originalMessages: session.messages,
    execute: async ({ writer }) => {
      const ctx: ToolContext = { session: working, today, clinic: input.clinic, writer, deps, baseUrl: input.baseUrl };
      const tools = buildTools(ctx);
      const result = streamText({
        model: deps.model.model,
        instructions: systemPrompt({ channel: input.channel, today, clinicName: input.clinic?.name ?? null, intake: working.intake }),
        messages: await convertToModelMessages(session.messages, { tools }),
        tools,
        stopWhen: isStepCount(MAX_STEPS),
        abortSignal: input.signal,
        providerOptions: {
          recordpath: { intake: working.intake, today, clinicName: input.clinic?.name ?? null, channel: input.channel },
        },
      });
      writer.merge(
        toUIMessageStream<typeof tools, ChatMessage>({
          stream: result.stream,
          tools,
          messageMetadata: ({ part }) => (part.type === "start" ? { model: deps.model.name, createdAt: started.toISOString() } : undefined),
        }),
      );
    },
    onError: (error) => {
      deps.log.error("turn.failed", { session: "redacted", error: error instanceof Error ? error.name : "unknown" });
      return TURN_FAILED_MESSAGE;
    },
    onEnd: async ({ messages }) => {
      await endTurn(
        deps.store,
        session,
        {
          messages,
          intake: working.intake,
          documents: working.documents,
          turns: [...session.turns, { at: started.toISOString(), model: deps.model.name }],
        },
        deps.clock(),
      );
    },
  });
}
