// Reads what the guide needs out of a LanguageModelV4 prompt, as an LLM would: the patient's latest
// words, the tool results of this turn, and what was asked and done in earlier turns.
import type { JSONObject, LanguageModelV4CallOptions, LanguageModelV4Prompt } from "@ai-sdk/provider";
import { TOOL } from "../../../tools/names.js";
import { type Intake, IntakeSchema } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import { isLang, type Lang } from "../../i18n/langs.js";
import { type Channel, type Choices, isChannel } from "../../sessions/session.js";
import { isRecord, readResult, type ToolOutput, type ToolResult } from "./tool-results.js";

interface ToolOutcome {
  toolName: string;
  isError: boolean;
  /** The typed result; undefined for an error, or for a result the guide cannot read. */
  result?: ToolResult;
}

/** The host clinic's records office, as the clinic record gives it (every field optional). */
export interface ClinicOffice {
  phone?: string;
  fax?: string;
  email?: string;
  address?: string;
}

/** The turn context the loop passes to every model as providerOptions.recordpath. */
interface GuideContext {
  intake: Intake;
  today: string;
  clinicName: string | null;
  /** How to reach the host clinic's records office ("are you a real person?"). */
  clinicOffice: ClinicOffice | null;
  channel: Channel;
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
  /** The letter review (showReview's result) the assistant's previous reply showed, if it showed one. */
  lastReview: ToolOutput<"showReview"> | null;
  /** The most recent trackRequest result with its dates (the tracked request's due date). */
  lastTracker: { dueOn: string } | null;
  /** The most recent recommendPath result from an earlier turn: what the patient has already heard. */
  earlierRecommendation: Recommendation | null;
  /** What the assistant said in earlier turns: a story's note is not said again. */
  saidBefore: string;
  /** The assistant already wrote text in this turn (the turn's opening words are said once). */
  spokeThisTurn: boolean;
  /** This turn cleared the case file ("start over", "another letter"): the question it answered is moot. */
  startedAgain: boolean;
  /** A letter was drafted since the conversation (re)started. */
  letterDone: boolean;
  context: GuideContext;
}

/**
 * An updateIntake call that clears the records starts the case file again ("start over", "another
 * letter"): what was asked, recommended and drafted before it no longer counts.
 */
function startsAgain(part: { toolName: string; input: unknown }): boolean {
  if (part.toolName !== TOOL.updateIntake) return false;
  const input = parseJson(part.input);
  return isRecord(input) && input.records === null;
}

export function readPrompt(options: LanguageModelV4CallOptions): PromptView {
  const prompt: LanguageModelV4Prompt = options.prompt;
  const lastUser = prompt.findLastIndex((m) => m.role === "user");
  const asked = new Map<string, number>();
  const calledBefore = new Set<string>();
  let lastChoices: Choices | null = null;
  let lastRecommendation: Recommendation | null = null;
  let lastTracker: { dueOn: string } | null = null;
  let userTurns = 0;
  const earlierUserTexts: string[] = [];
  const answers: PromptView["answers"] = [];
  let pendingChoices: Choices | null = null;
  let earlierRecommendation: Recommendation | null = null;
  let spokeThisTurn = false;
  let startedAgain = false;
  const said: string[] = [];
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
        if (part.type === "tool-result" && part.toolName === TOOL.trackRequest && part.output.type === "json") {
          const tracked = readResult(part.toolName, part.output.value);
          if (tracked?.tool === TOOL.trackRequest && "dueOn" in tracked.output)
            lastTracker = { dueOn: tracked.output.dueOn };
        }
        if (part.type !== "tool-result" || part.toolName !== TOOL.recommendPath || part.output.type !== "json")
          continue;
        const result = readResult(part.toolName, part.output.value);
        if (result?.tool === TOOL.recommendPath && "paths" in result.output) {
          lastRecommendation = result.output;
          if (i < lastUser) earlierRecommendation = result.output;
        }
      }
    }
    if (message.role === "assistant" && i > lastUser) {
      if (message.content.some((p) => p.type === "text" && p.text.trim() !== "")) spokeThisTurn = true;
      if (message.content.some((p) => p.type === "tool-call" && startsAgain(p))) {
        startedAgain = true;
        lastRecommendation = null;
        earlierRecommendation = null;
        calledBefore.clear();
        asked.clear();
        answers.length = 0;
      }
    }
    if (message.role !== "assistant" || i > lastUser) continue;
    for (const part of message.content) {
      if (part.type === "text") said.push(part.text);
      if (part.type !== "tool-call") continue;
      if (startsAgain(part)) {
        asked.clear();
        calledBefore.clear();
        answers.length = 0;
        lastRecommendation = null;
        earlierRecommendation = null;
      }
      calledBefore.add(part.toolName);
      if (part.toolName === TOOL.offerChoices) {
        const choices = readChoices(part.input);
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
      const result = out.type === "json" ? readResult(part.toolName, out.value) : undefined;
      turnResults.push({ toolName: part.toolName, isError, ...(result ? { result } : {}) });
    }
  }

  const userMessage = prompt[lastUser];
  const userText = userMessage && userMessage.role === "user" ? textOf(userMessage.content) : "";
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
    lastTracker,
    lastReview: reviewInLastReply(prompt, lastUser),
    earlierRecommendation,
    saidBefore: said.join("\n"),
    spokeThisTurn,
    startedAgain,
    letterDone: calledBefore.has(TOOL.draftRequest),
    context: readContext(options.providerOptions?.recordpath),
  };
}

/** The loop's turn context, each field checked: it arrives as JSON like the rest of the prompt. */
function readContext(raw: JSONObject | undefined): GuideContext {
  const intake = IntakeSchema.safeParse(raw?.intake);
  const today = raw?.today;
  const channel = raw?.channel;
  const clinicName = raw?.clinicName;
  const language = raw?.language;
  return {
    intake: intake.success ? intake.data : {},
    today: typeof today === "string" ? today : new Date().toISOString().slice(0, 10),
    clinicName: typeof clinicName === "string" ? clinicName : null,
    clinicOffice: readOffice(raw?.clinicOffice),
    channel: isChannel(channel) ? channel : "web",
    ...(isLang(language) ? { language } : {}),
  };
}

/** The clinic's records office contact: only its string fields, each checked. */
function readOffice(raw: unknown): ClinicOffice | null {
  if (!isRecord(raw)) return null;
  const office: ClinicOffice = {};
  for (const key of ["phone", "fax", "email", "address"] as const) {
    const v = raw[key];
    if (typeof v === "string" && v.trim()) office[key] = v.trim();
  }
  return office;
}

/** The quick replies of an offerChoices call, or null when its input is not a question's choices. */
function readChoices(input: unknown): Choices | null {
  const value = parseJson(input);
  if (!isRecord(value) || typeof value.topic !== "string" || !Array.isArray(value.options)) return null;
  const options = value.options.flatMap((o: unknown) =>
    isRecord(o) && typeof o.label === "string" && typeof o.value === "string"
      ? [{ label: o.label, value: o.value }]
      : [],
  );
  return { topic: value.topic, options };
}

/** The showReview result between the previous patient message and the latest one. */
function reviewInLastReply(prompt: LanguageModelV4Prompt, lastUser: number): ToolOutput<"showReview"> | null {
  for (let i = lastUser - 1; i >= 0; i--) {
    const m = prompt[i];
    if (!m || m.role === "user") return null;
    if (m.role !== "tool") continue;
    for (const part of m.content) {
      if (part.type !== "tool-result" || part.toolName !== TOOL.showReview || part.output.type !== "json") continue;
      const result = readResult(part.toolName, part.output.value);
      if (result?.tool === TOOL.showReview) return result.output;
    }
  }
  return null;
}

function offeredInLastReply(prompt: LanguageModelV4Prompt, lastUser: number): boolean {
  for (let i = lastUser - 1; i >= 0; i--) {
    const m = prompt[i];
    if (!m || m.role === "user") return false;
    if (m.role === "assistant" && m.content.some((p) => p.type === "tool-call" && p.toolName === TOOL.offerChoices))
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

function parseJson(input: unknown): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input);
  } catch {
    return null;
  }
}
