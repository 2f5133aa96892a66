// What the guide says: short, warm, plain sentences (about grade 6–8) with one clear next step.
import type { Recommendation } from "../../domain/recommendation.js";
import type { Choices } from "../../sessions/session.js";
import type { Topic } from "./policy.js";

export const GREETING =
  "Hi, I'm recordpath. I help you get copies of medical records. I'm not a lawyer or a doctor, but I know how records requests work.";

export const QUESTIONS: Record<Topic, { text: string; choices: Choices }> = {
  requester: {
    text: "Who are the records for?",
    choices: {
      topic: "requester",
      options: [
        { label: "Me", value: "They are my own records" },
        { label: "My child", value: "They are my child's records" },
        { label: "Someone I have power of attorney for", value: "I have health care power of attorney" },
        { label: "Someone who died", value: "I am the executor of the estate" },
      ],
    },
  },
  state: {
    text: "Which state did the care happen in?",
    choices: {
      topic: "state",
      options: [
        { label: "California", value: "California" },
        { label: "Texas", value: "Texas" },
        { label: "Florida", value: "Florida" },
        { label: "New York", value: "New York" },
        { label: "Another state", value: "Another state" },
      ],
    },
  },
  records: {
    text: "Which records do you need?",
    choices: {
      topic: "records",
      options: [
        { label: "Test results", value: "test results" },
        { label: "Whole chart", value: "the whole chart" },
        { label: "Shots / vaccines", value: "vaccine records" },
        { label: "X-rays and scans", value: "x-rays and scans" },
        { label: "Bills and claims", value: "bills and claims" },
      ],
    },
  },
};

export const AFTER_RECOMMENDATION: Choices = {
  topic: "next",
  options: [
    { label: "Draft my letter", value: "Please draft my letter" },
    { label: "What can they charge?", value: "What fees can they charge?" },
    { label: "Start over", value: "Start over" },
  ],
};

/** Plain-words summary of the engine's best path. */
export function explainRecommendation(rec: Recommendation): string {
  const best = rec.paths[0];
  if (!best) return "I could not work out a path yet. Tell me a bit more about the records you need.";
  const lines = [`Here is what I suggest: ${best.title}.`];
  for (const reason of best.reasons.slice(0, 2)) lines.push(reason.text);
  if (best.steps.length > 0) {
    lines.push("What to do:");
    best.steps.slice(0, 4).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  }
  lines.push(`How long: ${best.timeline.text}`);
  lines.push(`Cost: ${best.cost.text}`);
  const second = rec.paths[1];
  if (second) lines.push(`Another option: ${second.title}.`);
  if (rec.suggestedDocument) lines.push("I can draft the request letter for you now.");
  return lines.join("\n");
}
