// One step of the built-in guide: from the prompt view to text and tool calls, exactly what an LLM
// would emit. Step 1 records facts (updateIntake); later steps act on the tool results.
import type { Intake } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { Choices } from "../../sessions/session.js";
import { extract } from "./extract.js";
import { nextMove } from "./policy.js";
import type { PromptView } from "./read-prompt.js";
import { AFTER_RECOMMENDATION, explainRecommendation, GREETING, QUESTIONS } from "./replies.js";

export interface ToolCallPlan {
  toolName: string;
  input: unknown;
}

export interface GuideStep {
  text?: string;
  toolCalls: ToolCallPlan[];
}

const choicesCall = (choices: Choices): ToolCallPlan => ({ toolName: "offerChoices", input: choices });

export function decideStep(view: PromptView): GuideStep {
  const last = view.turnResults.at(-1);
  const { patch, intents } = extract(view.userText, { intake: view.context.intake, lastChoices: view.lastChoices });

  if (!last) {
    if (Object.keys(patch).length > 0) return { toolCalls: [{ toolName: "updateIntake", input: patch }] };
    return respond(view, view.context.intake, intents, false);
  }
  if (last.isError) {
    return { text: "Sorry, I had trouble with that step. Could you say it another way?", toolCalls: [] };
  }
  switch (last.toolName) {
    case "updateIntake":
      return respond(view, (last.output as { intake: Intake }).intake, intents, true);
    case "recommendPath": {
      const rec = last.output as Recommendation;
      return { text: explainRecommendation(rec), toolCalls: [choicesCall(AFTER_RECOMMENDATION)] };
    }
    case "explainRights": {
      const rights = last.output as { statements?: Array<{ text: string }> };
      const text = (rights.statements ?? []).slice(0, 4).map((s) => s.text).join("\n");
      return { text: text || "I could not find that rule.", toolCalls: [choicesCall(AFTER_RECOMMENDATION)] };
    }
    case "draftRequest": {
      const doc = last.output as { title?: string; blanks?: string[]; error?: string };
      if (doc.error) return { text: doc.error, toolCalls: [] };
      const blanks = doc.blanks?.length ? ` A few spots are marked "[fill in]" for you to complete: ${doc.blanks.join(", ")}.` : "";
      return {
        text: `Your letter is ready: ${doc.title ?? "request letter"}. Download it, sign it, and send it to the records office.${blanks}`,
        toolCalls: [],
      };
    }
    default:
      return { toolCalls: [] };
  }
}

function respond(view: PromptView, intake: Intake, intents: Set<string>, changed: boolean): GuideStep {
  const greeting = view.userTurns <= 1 ? `${GREETING}\n\n` : "";
  const recommendedBefore = view.calledBefore.has("recommendPath");
  if (intents.has("draft") && recommendedBefore) {
    return { toolCalls: [{ toolName: "draftRequest", input: { kind: "access_request" } }] };
  }
  if (intents.has("rights")) {
    const topic = /\b(how long|deadline)\b/i.test(view.userText) ? "deadlines" : "fees";
    return { toolCalls: [{ toolName: "explainRights", input: { topic } }] };
  }
  const skipped = new Set<string>();
  if (intents.has("unsure") && view.lastChoices) skipped.add(view.lastChoices.topic);
  const move = nextMove({ intake, asked: view.asked, skipped, recommendedBefore, changedThisTurn: changed });
  switch (move.kind) {
    case "ask": {
      const q = QUESTIONS[move.topic];
      const ack = changed ? "Thanks, got it. " : view.userTurns > 1 ? "Thanks. " : "";
      return { text: `${greeting}${ack}${q.text}`, toolCalls: [choicesCall(q.choices)] };
    }
    case "recommend":
      return { text: greeting ? greeting.trim() : undefined, toolCalls: [{ toolName: "recommendPath", input: {} }] };
    case "ready":
      return { text: `${greeting}I have what I need. I can draft your request letter, or explain your rights.`, toolCalls: [choicesCall(AFTER_RECOMMENDATION)] };
  }
}
