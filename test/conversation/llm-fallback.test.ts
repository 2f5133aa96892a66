// When the LLM fails (HTTP error, hang, malformed stream, bad tool input, unknown tool, step cap),
// the guide answers the same turn over the untouched session: one coherent reply, recorded as
// "guide", with nothing of the failed LLM run in the transcript, the Intake or the store. An attempt
// that had already streamed something is withdrawn (a data-withdraw part) before the guide's reply;
// one that showed nothing leaves no trace in the stream at all.
import { afterEach, describe, expect, it } from "vitest";
import { MAX_STEPS, runTurn } from "../../src/conversation/run-turn.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { beginTurn } from "../../src/sessions/turns.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { type Planned, type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const newId = () => `fb-${crypto.randomUUID().replaceAll("-", "")}`;
const MESSAGE = "Hi, I need my records from a clinic in Ohio";
const LLM_TEXT = "PARTIAL-LLM-TEXT";

/** What the guide alone answers to `text` in a new session: the reply any fallback must equal. */
async function guideAlone(text: string) {
  const { fetch, store } = await testApp();
  const id = newId();
  const reply = await chatClient(fetch).send(id, text);
  return { reply, session: await store.load(id) };
}

/** Runs one turn against a scripted LLM and returns the reply and the saved session. */
async function llmTurn(script: Planned[], text = MESSAGE, env: Record<string, string> = {}) {
  server = await startScriptedServer(script);
  const app = await testApp({}, scriptedEnv(server, env));
  const id = newId();
  const reply = await chatClient(app.fetch).send(id, text);
  return { reply, session: await app.store.load(id), store: app.store };
}

/**
 * The reply, as a client keeps it, is exactly the guide's: same text, same tools. What the stream
 * carried of the attempt: nothing at all, or (`shown`) the attempt's chunks, one withdrawal, then
 * only the guide's, with no LLM text or scripted tool-call ids after it.
 */
function expectGuideReply(reply: Reply, guide: Reply, shown: boolean) {
  expect(reply.message.metadata?.model).toBe("guide");
  expect(reply.text).toBe(guide.text);
  expect(reply.toolNames).toEqual(guide.toolNames);
  expect(reply.message.parts.some((p) => p.type === "data-withdraw")).toBe(false);
  const withdrawals = reply.chunks.flatMap((c, i) => (c.type === "data-withdraw" ? [i] : []));
  expect(withdrawals).toHaveLength(shown ? 1 : 0);
  const after = JSON.stringify(reply.chunks.slice((withdrawals[0] ?? -1) + 1));
  expect(after).not.toContain(LLM_TEXT);
  expect(after).not.toMatch(/"toolCallId":"call_/);
  if (!shown) expect(reply.chunks.filter((c) => c.type === "start")).toHaveLength(1);
  expect(reply.chunks.some((c) => c.type === "error")).toBe(false);
}

/** [what fails, the script, whether the attempt streamed something first, settings]. */
const failures: Array<[string, Planned[], boolean, Record<string, string>?]> = [
  ["the server answers HTTP 500", [{ status: 500 }], false],
  [
    "the server answers HTTP 429 (no retry: the guide is the retry)",
    [{ status: 429, body: '{"error":{"message":"rate limited"}}' }],
    false,
  ],
  ["the server hangs past LLM_TIMEOUT_MS", [{ hang: true }], false, { LLM_TIMEOUT_MS: "300" }],
  [
    "the stream is malformed after some text",
    [
      {
        rawSse: [
          `{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"${LLM_TEXT}"},"finish_reason":null}]}`,
          '{"id":"c1","choices":[{"index":0,"delta":{"content":"Half an ans',
        ],
      },
    ],
    true,
  ],
  [
    "a tool's arguments fail its schema",
    [{ text: LLM_TEXT, toolCalls: [{ name: "updateIntake", arguments: { state: "Ohio", requester: "boss" } }] }],
    true,
  ],
  ["a tool's arguments are not JSON", [{ toolCalls: [{ name: "updateIntake", arguments: '{"state": "OH"' }] }], false],
  ["the model calls a tool that does not exist", [{ toolCalls: [{ name: "printSecrets", arguments: {} }] }], false],
  [
    "a tool the model must read is followed by a failure",
    [
      {
        text: LLM_TEXT,
        toolCalls: [
          { name: "updateIntake", arguments: { state: "OH", provider: { type: "clinic" } } },
          { name: "recommendPath", arguments: {} },
        ],
      },
      { status: 503 },
    ],
    true,
  ],
  ["the model stops without any text", [{}], false],
  [
    "the model keeps calling tools past the step cap",
    Array.from({ length: MAX_STEPS }, () => ({ toolCalls: [{ name: "recommendPath", arguments: {} }] })),
    // Each step's tool answer reaches the client (the widget shows the advice as a card).
    true,
  ],
];

describe("the guide answers the turn the LLM failed", () => {
  it.each(failures)("when %s", async (_name, script, shown, env) => {
    const guide = await guideAlone(MESSAGE);
    const { reply, session } = await llmTurn(script, MESSAGE, env);
    expectGuideReply(reply, guide.reply, shown);
    // What streamed before the withdrawal was the attempt's own words.
    if (shown && script[0] && "text" in script[0]) {
      const streamed = reply.chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join("");
      expect(streamed.startsWith(LLM_TEXT)).toBe(true);
    }
    expect(session?.turns.map((t) => t.model)).toEqual(["guide"]);
    expect(session?.intake).toEqual(guide.session?.intake);
    expect(session?.messages.at(-1)?.metadata?.model).toBe("guide");
    // The stored reply is the guide's alone, part for part (its tool-call and text ids aside).
    const parts = (m: ChatMessage | undefined) => JSON.stringify(m?.parts).replace(/"(guide-|t)\d+"/g, '"id"');
    expect(parts(session?.messages.at(-1))).toBe(parts(guide.session?.messages.at(-1)));
    expect(server?.calls()).toBe(script.length);
  });

  it("keeps no document drafted by an LLM run that then failed", async () => {
    const { reply, session, store } = await llmTurn(
      [{ toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }] }, { status: 500 }],
      "Hi",
    );
    expect(reply.message.metadata?.model).toBe("guide");
    expect(reply.message.parts.some((p) => p.type === "data-document")).toBe(false);
    expect(session?.documents).toEqual([]);
    expect(store.size()).toBe(1);
  });

  // Were SMS_LLM_TIMEOUT_MS not applied, the 60 s LLM_TIMEOUT_MS would outlast the test's own timeout.
  // How soon the guide answers is measured by `npm run bench` (bench/timeouts.ts).
  it("uses SMS_LLM_TIMEOUT_MS on the SMS channel", async () => {
    server = await startScriptedServer([{ hang: true }]);
    const { deps } = await testApp({}, scriptedEnv(server, { LLM_TIMEOUT_MS: "60000", SMS_LLM_TIMEOUT_MS: "200" }));
    const message: ChatMessage = { id: "m1", role: "user", parts: [{ type: "text", text: MESSAGE }] };
    const { session } = await beginTurn({
      store: deps.store,
      id: newId(),
      channel: "sms",
      message,
      now: deps.clock(),
      access: { phone: true },
    });
    const chunks = [];
    for await (const chunk of runTurn({ deps, session, channel: "sms", clinic: null, baseUrl: "https://rp.example" }))
      chunks.push(chunk);
    expect(chunks.find((c) => c.type === "start")).toMatchObject({ messageMetadata: { model: "guide" } });
    expect((await deps.store.load(session.id))?.turns.map((t) => t.model)).toEqual(["guide"]);
  });

  it("answers later turns with the LLM again after a fallback", async () => {
    server = await startScriptedServer([{ status: 500 }, { text: "Thanks. Which state was the care in?" }]);
    const { fetch, store } = await testApp({}, scriptedEnv(server));
    const chat = chatClient(fetch);
    const id = newId();
    expect((await chat.send(id, MESSAGE)).message.metadata?.model).toBe("guide");
    const second = await chat.send(id, "It was Columbus");
    expect(second.message.metadata?.model).toBe("openai");
    expect(second.text).toBe("Thanks. Which state was the care in?");
    expect((await store.load(id))?.turns.map((t) => t.model)).toEqual(["guide", "openai"]);
  });
});
