// `npm run eval`: plays the scripted patient conversations against a real model (OPENAI_API_KEY,
// optional OPENAI_BASE_URL / OPENAI_MODEL) and prints a score table. Skips, exit 0, without a key.
// `npm run eval -- --guide` scores the built-in guide the same way (offline baseline).
import { loadSettings } from "../src/config.js";
import { createGuideModel } from "../src/conversation/guide/model.js";
import { createLlmModel, DEFAULT_OPENAI_MODEL } from "../src/conversation/models.js";
import type { AppDeps } from "../src/deps.js";
import type { Recommendation } from "../src/domain/recommendation.js";
import { SCRIPTS, type Script } from "../test/conversation/scripts.js";
import { testApp } from "../test/support/app.js";
import { chatClient, type Reply } from "../test/support/chat-client.js";
import { reviewIn } from "../test/support/quick-replies.js";

const MAX_TURNS = 12;

export interface Score {
  scenario: string;
  recommended: boolean;
  rightPath: boolean;
  rightDocument: boolean;
  turns: number;
  /** Turns the guide answered because the LLM failed. */
  fallbacks: number;
  llmCalls: number;
}

/**
 * The scripted patient's next message: a yes to the review of the letter's contents, the answer for
 * the question's topic, else every fact not yet given.
 */
function nextMessage(script: Script, reply: Reply, given: Set<string>): string {
  const review = reviewIn(reply.message);
  if (review) return review.draftValue;
  const choices = reply.message.parts.findLast((p) => p.type === "data-choices") as
    | { data: { topic: string; options: Array<{ value: string }> } }
    | undefined;
  const asksForLetter = /draft|letter/i.test(reply.text) && /recommend|suggest|best|path|way/i.test(reply.text);
  if (choices?.data.topic === "next" || asksForLetter) return script.draft ?? "Please draft my letter";
  const topic = choices?.data.topic;
  const answer = topic ? script.answers[topic] : undefined;
  if (topic && typeof answer === "number") return choices.data.options[answer - 1]?.value ?? "I don't know";
  if (topic && typeof answer === "string") {
    given.add(topic);
    return answer;
  }
  // An LLM names its topics freely: volunteer what is left, as a patient would.
  const rest = Object.entries(script.answers).filter(([key, value]) => typeof value === "string" && !given.has(key));
  for (const [key] of rest) given.add(key);
  return rest.length ? rest.map(([, value]) => value).join(". ") : (script.draft ?? "Please draft my letter");
}

/** Plays one scenario through the real app and loop with `model`; counts calls through `calls()`. */
async function play(
  script: Script,
  model: AppDeps["model"],
  env: Record<string, string>,
  calls: () => number,
): Promise<Score> {
  const { fetch } = await testApp({ model }, env);
  const chat = chatClient(fetch);
  const id = `eval-${crypto.randomUUID().replaceAll("-", "")}`;
  const given = new Set<string>();
  const score: Score = {
    scenario: script.name,
    recommended: false,
    rightPath: false,
    rightDocument: false,
    turns: 0,
    fallbacks: 0,
    llmCalls: 0,
  };
  const before = calls();
  let message = script.opening;
  for (let turn = 1; turn <= MAX_TURNS; turn++) {
    const reply = await chat.send(id, message);
    score.turns = turn;
    if (model.name !== "guide" && reply.message.metadata?.model === "guide") score.fallbacks++;
    const rec = reply.message.parts.find((p) => p.type === "tool-recommendPath") as
      | { output?: Recommendation }
      | undefined;
    if (rec?.output?.paths && !score.recommended) {
      score.recommended = true;
      score.rightPath = rec.output.paths[0]?.path === script.first;
    }
    const doc = reply.message.parts.find((p) => p.type === "data-document") as { data: { kind: string } } | undefined;
    if (doc) {
      score.rightDocument = doc.data.kind === script.document;
      break;
    }
    message = nextMessage(script, reply, given);
  }
  score.llmCalls = calls() - before;
  return score;
}

/** Plays every scenario; null when there is no key (and no --guide). */
export async function runEval(env: Record<string, string | undefined>, useGuide = false): Promise<Score[] | null> {
  const clean = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string"));
  const settings = loadSettings({ ...clean, LOG_LEVEL: "silent" });
  let calls = 0;
  const counting: typeof fetch = (input, init) => {
    calls++;
    return fetch(input, init);
  };
  const llm = useGuide ? null : createLlmModel(settings, counting);
  if (!llm && !useGuide) return null;
  const model: AppDeps["model"] = llm ? { name: "openai", model: llm } : { name: "guide", model: createGuideModel() };
  const scores: Score[] = [];
  for (const script of SCRIPTS) scores.push(await play(script, model, clean, () => calls));
  return scores;
}

function printTable(scores: Score[]) {
  const yes = (b: boolean) => (b ? "yes" : "NO");
  const width = Math.max(8, ...scores.map((s) => s.scenario.length));
  console.log(`${"scenario".padEnd(width)}  recommended  right path  right document  turns  fallbacks  LLM calls`);
  for (const s of scores) {
    console.log(
      `${s.scenario.padEnd(width)}  ${yes(s.recommended).padEnd(11)}  ${yes(s.rightPath).padEnd(10)}  ${yes(s.rightDocument).padEnd(14)}  ${String(s.turns).padStart(5)}  ${String(s.fallbacks).padStart(9)}  ${String(s.llmCalls).padStart(9)}`,
    );
  }
  const n = scores.length;
  const count = (f: (s: Score) => boolean) => scores.filter(f).length;
  const turns = scores.reduce((a, s) => a + s.turns, 0);
  const llmCalls = scores.reduce((a, s) => a + s.llmCalls, 0);
  console.log(
    `\n${n} scenarios: recommendation ${count((s) => s.recommended)}/${n}, right first path ${count((s) => s.rightPath)}/${n}, ` +
      `right document ${count((s) => s.rightDocument)}/${n}, turns ${turns}, fallbacks ${scores.reduce((a, s) => a + s.fallbacks, 0)}` +
      (llmCalls ? `, LLM calls per turn ${(llmCalls / turns).toFixed(1)}` : ""),
  );
}

async function main() {
  const useGuide = process.argv.includes("--guide");
  if (!process.env.OPENAI_API_KEY && !useGuide) {
    console.log("eval skipped: OPENAI_API_KEY is not set, so there is no model to evaluate (nothing was called).");
    console.log(
      "Set OPENAI_API_KEY (and OPENAI_BASE_URL / OPENAI_MODEL for a compatible server), or run `npm run eval -- --guide`.",
    );
    return;
  }
  const target = useGuide
    ? "built-in guide"
    : `${process.env.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL}${process.env.OPENAI_BASE_URL ? ` at ${process.env.OPENAI_BASE_URL}` : ""}`;
  console.log(`eval: ${SCRIPTS.length} scripted conversations against ${target}\n`);
  const scores = await runEval(process.env, useGuide);
  if (scores) printTable(scores);
}

if (process.argv[1]?.includes("eval")) await main();
