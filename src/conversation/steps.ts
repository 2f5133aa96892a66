// When a turn's loop stops. A step that wrote the reply and called only tools whose results the
// model need not read (recording facts, offering quick replies, showing the review, a letter it
// was allowed to draft) ends the turn: calling the model again would only produce an empty step.
// So a question turn is one model call, and a turn that reads a tool's answer (the advice, a right,
// a state's rules) two.
import type { StepResult, ToolSet } from "ai";
import { TOOL, type ToolName } from "../../tools/names.js";

/** Tools the model does not read the result of within the turn. */
const UNREAD: ReadonlySet<string> = new Set<ToolName>([
  TOOL.updateIntake,
  TOOL.offerChoices,
  TOOL.showReview,
  TOOL.draftRequest,
]);

/** A tool's answer that is data about a failure (`{ error }`): the model must read it and recover. */
const isRefusal = (output: unknown) => typeof output === "object" && output !== null && "error" in output;

/**
 * The step is the whole reply: it has text, and every tool it called is one the model does not
 * read and answered without a refusal (an invalid call has no result, so it never ends the turn). Pure.
 */
export function endsReply(step: Pick<StepResult<ToolSet>, "text" | "toolCalls" | "toolResults">): boolean {
  if (step.text.trim() === "" || step.toolCalls.length === 0) return false;
  if (!step.toolCalls.every((call) => UNREAD.has(call.toolName))) return false;
  const answered = new Map(step.toolResults.map((r) => [r.toolCallId, r.output]));
  return step.toolCalls.every((call) => answered.has(call.toolCallId) && !isRefusal(answered.get(call.toolCallId)));
}
