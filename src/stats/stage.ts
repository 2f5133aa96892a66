// Where a conversation stands, read from its transcript alone: a small fixed funnel for the
// dashboard's "where conversations stop" (issue 21). Every transcript maps to exactly one stage, so
// an LLM's free-form topic or an unknown part can never add a key (bounded cardinality).
import { TOOL } from "../../tools/names.js";
import type { ChatMessage } from "../sessions/session.js";

/** The funnel, in order: a conversation's stage is the furthest one its transcript reached. */
export const STAGES = ["opened", "situation", "recommendation", "details", "review", "drafted", "sent"] as const;
export type Stage = (typeof STAGES)[number];

/** The dashboard's English names of the stages, as "the conversation stopped …". */
export const STAGE_LABELS: Record<Stage, string> = {
  opened: "After the first message",
  situation: "Answering questions about the situation",
  recommendation: "At the recommendation",
  details: "Giving the letter's details",
  review: "Reviewing the letter",
  drafted: "Letter drafted",
  sent: "Said the letter was sent",
};

/**
 * Quick-reply topics that ask for a letter's details (the guide's own and the prefixes an LLM's
 * offerChoices would use); they count only after a recommendation, since an LLM may ask a name early.
 */
const DETAIL_TOPICS = new Set([
  "patient.name",
  "patient.dateOfBirth",
  "patient.phone",
  "representative.name",
  "provider.name",
  "insurer.name",
  "provider.office",
  "recipient",
  "delivery.private",
]);
const isDetailTopic = (topic: string) => DETAIL_TOPICS.has(topic) || topic.startsWith("letter.");
/** Intake fields an updateIntake after the recommendation records for the letter (who signs, how it comes). */
const DETAIL_FIELDS = new Set(["patient", "representative", "delivery"]);

type Part = ChatMessage["parts"][number];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A tool part's output when the tool ran and did not answer `{ error }`; undefined otherwise. */
function toolOutput(part: Part, tool: string): Record<string, unknown> | undefined {
  if (part.type !== `tool-${tool}` || !("state" in part) || part.state !== "output-available") return undefined;
  const output: unknown = "output" in part ? part.output : undefined;
  return isObject(output) && !("error" in output) ? output : undefined;
}

/** The top-ranked path of a recommendPath output, as the engine named it. */
export function topPathOf(part: Part): string | undefined {
  const output = toolOutput(part, TOOL.recommendPath);
  const paths = output?.paths;
  const top: unknown = Array.isArray(paths) ? paths[0] : undefined;
  return isObject(top) && typeof top.path === "string" ? top.path : undefined;
}

/** The stage one part shows, given whether a recommendation was shown before it. */
function partStage(part: Part, recommended: boolean): Stage | undefined {
  if (part.type === "data-tracker" || toolOutput(part, TOOL.trackRequest)) return "sent";
  if (part.type === "data-document" || toolOutput(part, TOOL.draftRequest)) return "drafted";
  if (part.type === "data-review" || toolOutput(part, TOOL.showReview)) return "review";
  if (topPathOf(part)) return "recommendation";
  if (!recommended) return undefined;
  if (part.type === "data-choices" && isDetailTopic(part.data.topic)) return "details";
  const changed = toolOutput(part, TOOL.updateIntake)?.changed;
  if (Array.isArray(changed) && changed.some((f) => DETAIL_FIELDS.has(String(f)))) return "details";
  return undefined;
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/**
 * The furthest stage a transcript reached: "opened" while the patient has written once, "situation"
 * once they answered, then whatever the assistant's parts show (a recommendation, the letter's
 * details asked after it, a review, a drafted letter, the tracker's card).
 */
export function stageOf(messages: readonly ChatMessage[]): Stage {
  let stage: Stage = messages.filter((m) => m.role === "user").length > 1 ? "situation" : "opened";
  let recommended = false;
  for (const message of messages) {
    if (message.role !== "assistant") continue;
    for (const part of message.parts) {
      const shown = partStage(part, recommended);
      if (shown === "recommendation") recommended = true;
      if (shown && rank(shown) > rank(stage)) stage = shown;
    }
  }
  return stage;
}

/** The top path of every recommendation shown in the transcript, each once, in order. */
export function recommendedPaths(messages: readonly ChatMessage[]): string[] {
  const paths: string[] = [];
  for (const message of messages) {
    if (message.role !== "assistant") continue;
    for (const part of message.parts) {
      const path = topPathOf(part);
      if (path && !paths.includes(path)) paths.push(path);
    }
  }
  return paths;
}
