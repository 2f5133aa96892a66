// Reads what the guide needs out of a LanguageModelV4 prompt, as an LLM would: the patient's latest
// words, the tool results of this turn, and what was asked and done in earlier turns.
import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from "@ai-sdk/provider";
import type { Intake } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { Lang } from "../../i18n/langs.js";
import type { Choices } from "../../sessions/session.js";

export interface ToolOutcome {
  toolName: string;
  output: unknown;
  isError: boolean;
}

/** The turn context the loop passes to every model as providerOptions.recordpath. */
export interface GuideContext {
  intake: Intake;
  today: string;
  clinicName: string | null;
  channel: "web" | "sms" | "api";
  /** The turn's language, from the session's patient messages; computed from the prompt when absent. */
  language?: Lang;
}

export interface PromptView {
  userText: string;
  /** Tool results after the latest user message, oldest first. */
  turnResults: ToolOutcome[];
  /** Topics asked in earlier replies, with how many times each was asked. */
  asked: Map<string, number>;
  /** The quick replies offered in the assistant's previous reply, if any. */
  lastChoices: Choices | null;
  /** Tool names called in earlier turns. */
  calledBefore: Set<string>;
  /** Number of patient messages so far, including this one. */
  userTurns: number;
  /** The patient's earlier messages, oldest first (for the conversation's language). */
  earlierUserTexts: string[];
  /** Each earlier patient message with the quick-reply question it answered, if any. */
  answers: Array<{ choices: Choices | null; text: string }>;
  /** The most recent recommendPath result, from this turn or an earlier one. */
  lastRecommendation: Recommendation | null;
  context: GuideContext;
}

export function readPrompt(options: LanguageModelV4CallOptions): PromptView {
  const prompt: LanguageModelV4Prompt = options.prompt;
  const lastUser = findLastIndex(prompt, (m) => m.role === "user");
  const asked = new Map<string, number>();
  const calledBefore = new Set<string>();
  let lastChoices: Choices | null = null;
  let lastRecommendation: Recommendation | null = null;
  let userTurns = 0;
  const earlierUserTexts: string[] = [];
  const answers: PromptView["answers"] = [];
  let pendingChoices: Choices | null = null;
  for (const [i, message] of prompt.entries()) {
    if (message.role === "user") {
      userTurns++;
      if (i < lastUser) {
        const text = textOf(message.content);
        earlierUserTexts.push(text);
        answers.push({ choices: pendingChoices, text });
      }
      pendingChoices = null;
    }
    if (message.role === "tool") {
      for (const part of message.content) {
        if (part.type === "tool-result" && part.toolName === "recommendPath" && part.output.type === "json") {
          lastRecommendation = part.output.value as unknown as Recommendation;
        }
      }
    }
    if (message.role !== "assistant" || i > lastUser) continue;
    for (const part of message.content) {
      if (part.type !== "tool-call") continue;
      calledBefore.add(part.toolName);
      if (part.toolName === "offerChoices") {
        const choices = parseJson(part.input) as Choices | null;
        if (choices?.topic) {
          asked.set(choices.topic, (asked.get(choices.topic) ?? 0) + 1);
          lastChoices = choices;
          pendingChoices = choices;
        }
      }
    }
  }
  // Choices offered before the previous assistant reply are stale: only the latest reply's count.
  if (lastChoices && !offeredInLastReply(prompt, lastUser)) lastChoices = null;

  const turnResults: ToolOutcome[] = [];
  for (const message of prompt.slice(lastUser + 1)) {
    if (message.role !== "tool") continue;
    for (const part of message.content) {
      if (part.type !== "tool-result") continue;
      const out = part.output;
      const isError = out.type === "error-text" || out.type === "error-json" || out.type === "execution-denied";
      const value =
        out.type === "json" || out.type === "error-json"
          ? out.value
          : out.type === "text" || out.type === "error-text"
            ? out.value
            : null;
      turnResults.push({ toolName: part.toolName, output: value, isError });
    }
  }

  const userMessage = prompt[lastUser];
  const userText = userMessage && userMessage.role === "user" ? textOf(userMessage.content) : "";
  const raw = options.providerOptions?.recordpath as Partial<GuideContext> | undefined;
  return {
    userText,
    turnResults,
    asked,
    lastChoices,
    calledBefore,
    userTurns,
    earlierUserTexts,
    answers,
    lastRecommendation,
    context: {
      intake: (raw?.intake as Intake | undefined) ?? {},
      today: raw?.today ?? new Date().toISOString().slice(0, 10),
      clinicName: raw?.clinicName ?? null,
      channel: raw?.channel ?? "web",
      ...(raw?.language ? { language: raw.language } : {}),
    },
  };
}

function offeredInLastReply(prompt: LanguageModelV4Prompt, lastUser: number): boolean {
  for (let i = lastUser - 1; i >= 0; i--) {
    const m = prompt[i];
    if (!m || m.role === "user") return false;
    if (m.role === "assistant" && m.content.some((p) => p.type === "tool-call" && p.toolName === "offerChoices"))
      return true;
  }
  return false;
}

function textOf(content: ReadonlyArray<{ type: string; text?: string }>): string {
  return content
    .map((p) => (p.type === "text" ? (p.text ?? "") : ""))
    .join(" ")
    .trim();
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function parseJson(input: unknown): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input);
  } catch {
    return null;
  }
}
