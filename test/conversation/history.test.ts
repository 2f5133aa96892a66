// What an LLM is sent of a conversation: a window of the last messages starting at the patient's,
// so a request stays the same size from turn 20 to turn 100; the guide still reads everything.
import type { LanguageModelV4, LanguageModelV4Prompt } from "@ai-sdk/provider";
import { afterEach, describe, expect, it } from "vitest";
import { LLM_HISTORY_MESSAGES, llmHistory } from "../../src/conversation/history.js";
import { runTurn } from "../../src/conversation/run-turn.js";
import type { AppDeps } from "../../src/deps.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { beginTurn } from "../../src/sessions/turns.js";
import { testApp } from "../support/app.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { textMessage, transcript } from "../support/transcripts.js";

/** What README's "Limits" promises: an LLM request stays under this however long the conversation. */
const LLM_REQUEST_BYTES = 60 * 1024;

/** A 4,000-character message, the longest the web accepts. */
const LONG = "My mother was treated at Mercy General in Austin, Texas, and I need her whole chart. "
  .repeat(48)
  .slice(0, 4000);

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs one turn of `text` over the conversation `id` and drains it; returns the saved session. */
async function turn(deps: AppDeps, id: string, text: string) {
  const { session } = await beginTurn({
    store: deps.store,
    id,
    channel: "web",
    message: textMessage("user", text),
    now: deps.clock(),
    // Below the HTTP layer there is no web credential: the session opens as a phone one does.
    access: { phone: true },
  });
  for await (const _ of runTurn({ deps, session, channel: "web", clinic: null, baseUrl: "https://rp.example" })) {
    // Drain: the turn commits before its stream closes.
  }
  return deps.store.load(id);
}

describe("the LLM's window of the transcript", () => {
  it("keeps the whole transcript while it is shorter than the window", () => {
    const messages = transcript(7);
    expect(llmHistory(messages)).toEqual(messages);
  });

  it("keeps the last messages, starting at a patient's message", () => {
    const messages = transcript(41);
    const window = llmHistory(messages);
    expect(window.length).toBeLessThanOrEqual(LLM_HISTORY_MESSAGES);
    expect(window.length).toBeGreaterThanOrEqual(LLM_HISTORY_MESSAGES - 1);
    expect(window[0]?.role).toBe("user");
    expect(window).toEqual(messages.slice(-window.length));
  });

  it("cuts earlier turns' tool results to what a reply still needs, and keeps a review's numbered items", () => {
    const review = { kind: "access_request", items: [{ n: 1, path: "patient.name", label: "Patient", value: "Ana" }] };
    const tool = (name: string, output: unknown) => ({
      type: `tool-${name}`,
      toolCallId: `c-${name}`,
      state: "output-available",
      input: {},
      output,
    });
    const reply = {
      id: "a1",
      role: "assistant",
      parts: [
        tool("updateIntake", { intake: { state: "TX", patient: { name: "Ana" } }, changed: ["state"] }),
        tool("recommendPath", {
          paths: [{ title: "Write to the records office", reasons: [{ text: "x".repeat(500) }], steps: ["a", "b"] }],
          suggestedDocument: "access_request",
          notes: [{ text: "y".repeat(500) }],
        }),
        tool("showReview", review),
      ],
    } as unknown as ChatMessage;
    const [, recalled] = llmHistory([textMessage("user", "hi"), reply, textMessage("user", "3 is wrong")]);
    const outputs = recalled?.parts.map((p) => ("output" in p ? p.output : undefined));
    expect(outputs).toEqual([
      { changed: ["state"] },
      {
        paths: ["Write to the records office"],
        suggestedDocument: "access_request",
        explained: "in your reply of that turn",
      },
      review,
    ]);
  });

  it("still sends the patient's message when replies alone would fill the window", () => {
    const messages = [...transcript(1), ...Array.from({ length: 20 }, () => textMessage("assistant", "ok"))];
    messages.push(textMessage("user", "last"));
    expect(llmHistory(messages, 4).map((m) => m.role)).toEqual(["user"]);
  });

  it("keeps 100 turns of 4,000 characters under the documented request size, flat from turn 20 on", async () => {
    server = await startScriptedServer();
    const { deps } = await testApp({}, scriptedEnv(server));
    const id = `window-${crypto.randomUUID().replaceAll("-", "")}`;
    for (let n = 1; n <= 100; n++) {
      server.plan({ text: `Reply ${n}: which state was the care in?` });
      const session = await turn(deps, id, LONG);
      expect(session?.turns.at(-1)?.model).toBe("openai");
    }
    const bytes = server.requests.map((r) => Buffer.byteLength(r.raw));
    expect(bytes).toHaveLength(100);
    expect(Math.max(...bytes)).toBeLessThan(LLM_REQUEST_BYTES);
    const [at20, at100] = [bytes[19]!, bytes[99]!];
    expect(Math.abs(at100 - at20)).toBeLessThan(at20 * 0.02);
    // The last request carries the latest patient message and the window, not the first turns.
    const last = server.requests[99]!.body.messages;
    expect(last.filter((m) => m.role === "user")).toHaveLength(LLM_HISTORY_MESSAGES / 2);
    expect(JSON.stringify(last)).toContain("Reply 99:");
    expect(JSON.stringify(last)).not.toContain("Reply 90:");
  });

  it("gives the guide the whole transcript", async () => {
    const { deps } = await testApp();
    const prompts: LanguageModelV4Prompt[] = [];
    const guide = deps.model.model;
    const spy: LanguageModelV4 = {
      ...guide,
      doGenerate: (options) => guide.doGenerate(options),
      doStream: (options) => {
        prompts.push(options.prompt);
        return guide.doStream(options);
      },
    };
    const spied = { ...deps, model: { name: "guide" as const, model: spy } };
    const id = `window-guide-${crypto.randomUUID().replaceAll("-", "")}`;
    const texts = ["I need my records", "Texas", "Mercy General Hospital", "it is open", "imaging", "yes", "ok", "2"];
    for (const text of texts) await turn(spied, id, text);
    const last = prompts.at(-1)!;
    expect(last.filter((m) => m.role === "user")).toHaveLength(texts.length);
  });
});
