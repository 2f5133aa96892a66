// The tools as the guide sees them: their names and input types for the calls it plans, and their
// results read back from the prompt, typed by the tool set (InferToolOutput over RecordpathTools).
// A prompt is JSON, so each result is checked on the fields the guide reads before it is typed.
import type { InferToolInput, InferToolOutput } from "ai";
import type { RecordpathTools } from "../../../tools/index.js";
import { TOOL, type ToolName } from "../../../tools/names.js";
import { IntakeSchema } from "../../domain/intake.js";

type ToolInput<K extends ToolName> = InferToolInput<RecordpathTools[K]>;
/** What tool `K` returns. */
export type ToolOutput<K extends ToolName> = InferToolOutput<RecordpathTools[K]>;

/** A tool call the guide plans, with the input its tool accepts. */
export type ToolCallPlan = { [K in ToolName]: { toolName: K; input: ToolInput<K> } }[ToolName];

/** A tool's result, discriminated by the tool. */
export type ToolResult = { [K in ToolName]: { tool: K; output: ToolOutput<K> } }[ToolName];

/** A JSON object (not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const hasError = (v: Record<string, unknown>) => typeof v.error === "string";
/** A review item as the guide reads it back: its number, Intake path, label and value. */
const isReviewItem = (v: unknown) =>
  isRecord(v) &&
  typeof v.n === "number" &&
  typeof v.path === "string" &&
  typeof v.label === "string" &&
  typeof v.value === "string";

/** What each tool's output must show before the guide relies on it. */
const CHECKS: { [K in ToolName]: (v: unknown) => v is ToolOutput<K> } = {
  updateIntake: (v): v is ToolOutput<"updateIntake"> =>
    isRecord(v) && IntakeSchema.safeParse(v.intake).success && Array.isArray(v.changed),
  recommendPath: (v): v is ToolOutput<"recommendPath"> =>
    isRecord(v) && (hasError(v) || (Array.isArray(v.paths) && Array.isArray(v.missing))),
  lookupStateRules: (v): v is ToolOutput<"lookupStateRules"> => isRecord(v),
  explainRights: (v): v is ToolOutput<"explainRights"> => isRecord(v) && Array.isArray(v.statements),
  showReview: (v): v is ToolOutput<"showReview"> =>
    isRecord(v) && typeof v.kind === "string" && Array.isArray(v.items) && v.items.every(isReviewItem),
  draftRequest: (v): v is ToolOutput<"draftRequest"> =>
    isRecord(v) && (hasError(v) || (typeof v.title === "string" && Array.isArray(v.blanks))),
  offerChoices: (v): v is ToolOutput<"offerChoices"> => isRecord(v) && typeof v.shown === "number",
  trackRequest: (v): v is ToolOutput<"trackRequest"> =>
    isRecord(v) && (hasError(v) || (typeof v.dueOn === "string" && typeof v.extendedDueOn === "string")),
};

/** The typed result of `toolName`'s output, or undefined for a tool or an output the guide cannot read. */
export function readResult(toolName: string, output: unknown): ToolResult | undefined {
  switch (toolName) {
    case TOOL.updateIntake:
      return CHECKS.updateIntake(output) ? { tool: toolName, output } : undefined;
    case TOOL.recommendPath:
      return CHECKS.recommendPath(output) ? { tool: toolName, output } : undefined;
    case TOOL.lookupStateRules:
      return CHECKS.lookupStateRules(output) ? { tool: toolName, output } : undefined;
    case TOOL.explainRights:
      return CHECKS.explainRights(output) ? { tool: toolName, output } : undefined;
    case TOOL.showReview:
      return CHECKS.showReview(output) ? { tool: toolName, output } : undefined;
    case TOOL.draftRequest:
      return CHECKS.draftRequest(output) ? { tool: toolName, output } : undefined;
    case TOOL.offerChoices:
      return CHECKS.offerChoices(output) ? { tool: toolName, output } : undefined;
    case TOOL.trackRequest:
      return CHECKS.trackRequest(output) ? { tool: toolName, output } : undefined;
    default:
      return undefined;
  }
}
