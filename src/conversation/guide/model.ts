// The built-in guide: a deterministic model behind the AI SDK's LanguageModelV4 interface, so the
// real loop, tools and stream run unchanged with no LLM and no network.
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { TOOL } from "../../../tools/names.js";
import { oneLinePatch } from "../../domain/one-line.js";
import { decideStep } from "./decide.js";
import { readPrompt } from "./read-prompt.js";

const USAGE: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

let callCounter = 0;

/** Creates the guide model. It keeps no state: everything it knows comes from the prompt. */
export function createGuideModel(): LanguageModelV4 {
  const plan = (options: LanguageModelV4CallOptions) => {
    const step = decideStep(readPrompt(options));
    const content: LanguageModelV4Content[] = [];
    if (step.text) content.push({ type: "text", text: step.text });
    for (const call of step.toolCalls) {
      content.push({
        type: "tool-call",
        toolCallId: `guide-${++callCounter}`,
        toolName: call.toolName,
        // What the guide records is on one line: a name or address typed over two lines is joined
        // (an address with commas) rather than refused by the Intake's one-line fields.
        input: JSON.stringify(call.toolName === TOOL.updateIntake ? oneLinePatch(call.input) : call.input),
      });
    }
    const hasTools = step.toolCalls.length > 0;
    return {
      content,
      finishReason: { unified: hasTools ? ("tool-calls" as const) : ("stop" as const), raw: undefined },
    };
  };

  return {
    specificationVersion: "v4",
    provider: "recordpath",
    modelId: "guide",
    supportedUrls: {},
    async doGenerate(options) {
      const { content, finishReason } = plan(options);
      return { content, finishReason, usage: USAGE, warnings: [] };
    },
    async doStream(options) {
      const { content, finishReason } = plan(options);
      const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }];
      for (const item of content) {
        if (item.type === "text") {
          const id = `t${++callCounter}`;
          parts.push(
            { type: "text-start", id },
            { type: "text-delta", id, delta: item.text },
            { type: "text-end", id },
          );
        } else if (item.type === "tool-call") {
          parts.push(item);
        }
      }
      parts.push({ type: "finish", usage: USAGE, finishReason });
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}
