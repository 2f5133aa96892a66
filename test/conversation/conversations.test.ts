// Whole conversations with the built-in guide, through the real app and the AI SDK's client: each
// ends in a recommendation, a review of the letter's contents the patient confirms, and the drafted
// document. Reports turns-to-recommendation and -letter.
import { afterAll, describe, expect, it } from "vitest";
import type { Recommendation } from "../../src/domain/recommendation.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { reviewIn } from "../support/quick-replies.js";
import { SCRIPTS, type Script, scriptedAnswer } from "./scripts.js";

const MAX_TURNS = 12;
const results: Array<{ name: string; toRecommendation: number; toLetter: number }> = [];

interface Outcome {
  replies: Reply[];
  toRecommendation: number;
  toLetter: number;
  recommendation: Recommendation | undefined;
  documentKind: string | undefined;
  reviewed: boolean;
  session: { intake: Record<string, unknown>; messages: ChatMessage[] };
}

async function play(script: Script): Promise<Outcome> {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `script-${crypto.randomUUID().replaceAll("-", "")}`;
  const replies: Reply[] = [];
  let toRecommendation = 0;
  let toLetter = 0;
  let recommendation: Recommendation | undefined;
  let documentKind: string | undefined;
  let reviewed = false;
  let message = script.opening;
  for (let turn = 1; turn <= MAX_TURNS; turn++) {
    const reply = await chat.send(id, message);
    replies.push(reply);
    const rec = reply.message.parts.find((p) => p.type === "tool-recommendPath") as
      | { output?: Recommendation }
      | undefined;
    if (rec?.output && !toRecommendation) {
      toRecommendation = turn;
      recommendation = rec.output;
    }
    const doc = reply.message.parts.find((p) => p.type === "data-document") as { data: { kind: string } } | undefined;
    if (doc) {
      // A letter comes only right after the patient confirmed its review.
      expect(replies.at(-2) && reviewIn(replies.at(-2)!.message), "a review before the letter").toBeDefined();
      reviewed = true;
      toLetter = turn;
      documentKind = doc.data.kind;
      break;
    }
    message = scriptedAnswer(script, reply.message);
  }
  const session = await chat.load<Outcome["session"]>(id);
  return { replies, toRecommendation, toLetter, recommendation, documentKind, session, reviewed };
}

describe("scripted conversations with the built-in guide", () => {
  it.each(SCRIPTS.map((s) => [s.name, s] as const))("%s", async (_name, script) => {
    const out = await play(script);
    const transcript = out.replies.map((r) => r.text).join("\n---\n");
    expect(out.toRecommendation, transcript).toBeGreaterThan(0);
    expect(out.recommendation?.paths[0]?.path, transcript).toBe(script.first);
    expect(out.documentKind, transcript).toBe(script.document);
    expect(out.toRecommendation, transcript).toBeLessThanOrEqual(4);
    expect(out.reviewed, transcript).toBe(true);
    // One message more than before the review existed: the patient's yes to it (issue 15: ≤ 8).
    expect(out.toLetter, transcript).toBeLessThanOrEqual(8);
    const { records, ...rest } = script.intake ?? {};
    expect(out.session.intake, transcript).toMatchObject(rest);
    const kinds = (records as { kinds?: string[] } | undefined)?.kinds;
    if (kinds) expect((out.session.intake.records as { kinds: string[] }).kinds).toEqual(expect.arrayContaining(kinds));
    for (const reply of out.replies) {
      expect(reply.text.length, "every reply says something").toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/I am (a|your) (lawyer|doctor)/i);
    }
    if (script.lang === "es") expect(out.replies.map((r) => r.text).join(" ")).toMatch(/[¿¡]|expediente|carta/);
    results.push({ name: script.name, toRecommendation: out.toRecommendation, toLetter: out.toLetter });
  });

  afterAll(() => {
    if (results.length === 0) return;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `guide conversations: ${results.length}; patient messages to recommendation median ${median(results.map((r) => r.toRecommendation))} (max ${Math.max(...results.map((r) => r.toRecommendation))}); to letter median ${median(results.map((r) => r.toLetter))} (max ${Math.max(...results.map((r) => r.toLetter))})`,
    );
  });
});
