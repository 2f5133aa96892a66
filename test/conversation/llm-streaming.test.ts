// LLM turns stream: the patient sees the model's words while the turn is still running, and when the
// attempt fails after that, the stream withdraws them and the guide's answer follows in the same
// response; SMS sends only the guide's whole message. Read with the AI SDK's own client code.
import type { UIMessageChunk } from "ai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const newId = () => `st-${crypto.randomUUID().replaceAll("-", "")}`;
const MESSAGE = "Hi, I need my records from a clinic in Ohio";
const LEAD = "LEAD-SENTENCE Let me look at the ways to get them.";
const SMS_ENV = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET };

/** The first call writes a sentence and asks for the advice, which the model must read: a second call. */
const leadThen = (second: { hang: true } | { status: number }) => [
  {
    text: LEAD,
    toolCalls: [
      { name: "updateIntake", arguments: { state: "OH", provider: { type: "clinic" } } },
      { name: "recommendPath", arguments: {} },
    ],
  },
  second,
];

describe("an LLM turn streams", () => {
  it("shows the first call's words while the second call is still running", async () => {
    // The second call never answers and the LLM's time budget is a minute: a buffered turn would show
    // nothing inside this test's time.
    server = await startScriptedServer(leadThen({ hang: true }));
    const { fetch } = await testApp({}, scriptedEnv(server, { LLM_TIMEOUT_MS: "60000" }));
    const hangUp = new AbortController();
    const stream = await chatClient(fetch).stream(newId(), MESSAGE, hangUp.signal);
    const reader = stream.getReader();
    const seen: UIMessageChunk[] = [];
    let text = "";
    while (!text.includes("LEAD-SENTENCE")) {
      const next = await reader.read();
      if (next.done) throw new Error("the stream ended before any text");
      seen.push(next.value);
      if (next.value.type === "text-delta") text += next.value.delta;
    }
    expect(seen[0]).toMatchObject({ type: "start", messageMetadata: { model: "openai" } });
    expect(seen.some((c) => c.type === "finish" || c.type === "data-withdraw")).toBe(false);
    // The second call is under way (and hangs) while the patient already reads the first one's words.
    await vi.waitFor(() => expect(server?.calls()).toBe(2));
    hangUp.abort();
    await reader.cancel().catch(() => {});
  });

  it("withdraws the shown words when a later call fails, and keeps only the guide's reply", async () => {
    const guide = await chatClient((await testApp()).fetch).send(newId(), MESSAGE);
    server = await startScriptedServer(leadThen({ status: 503 }));
    const { fetch, store } = await testApp({}, scriptedEnv(server));
    const id = newId();
    const reply = await chatClient(fetch).send(id, MESSAGE);
    const types = reply.chunks.map((c) => c.type);
    const withdrawn = types.indexOf("data-withdraw");
    const lead = reply.chunks.findIndex((c) => c.type === "text-delta");
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(withdrawn).toBeGreaterThan(lead);
    expect(types.lastIndexOf("start")).toBeGreaterThan(withdrawn);
    expect(reply.message.metadata?.model).toBe("guide");
    expect(reply.text).toBe(guide.text);
    const stored = (await store.load(id))?.messages.at(-1);
    expect(stored?.metadata?.model).toBe("guide");
    expect(JSON.stringify(stored)).not.toMatch(/LEAD-|data-withdraw|"call_/);
    expect(stored?.parts.filter((p) => p.type === "text").map((p) => (p as { text: string }).text)).toEqual(
      guide.message.parts.filter((p) => p.type === "text").map((p) => (p as { text: string }).text),
    );
  });

  it("sends SMS only the guide's whole message after a withdrawn attempt", async () => {
    const guideOnly = await smsClient((await testApp({}, SMS_ENV)).fetch).send(MESSAGE);
    server = await startScriptedServer(leadThen({ status: 503 }));
    const { fetch } = await testApp({}, scriptedEnv(server, SMS_ENV));
    const reply = await smsClient(fetch).send(MESSAGE);
    expect(reply.status).toBe(200);
    expect(reply.xml).not.toMatch(/LEAD-SENTENCE/);
    expect(reply.messages).toEqual(guideOnly.messages);
  });
});
