// A DELETE that lands while a turn is still being answered wins: the turn's late save is refused
// by the versioned write, so the erased conversation never comes back (memory and Upstash stores).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { bearer } from "../support/chat-client.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { quickReply } from "../support/quick-replies.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { conversationKeys, dropPrefix, newId, turnClient, upstashApp } from "./support.js";

let gateway: Gateway;
let server: ScriptedServer | undefined;
const prefixes: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({ token: "fault-delete-gateway-token-0123" });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  for (const prefix of prefixes) await dropPrefix(gateway, prefix);
  await gateway.stop();
});

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Starts a turn whose LLM hangs (the guide answers after LLM_TIMEOUT_MS), erases the session meanwhile, then drains the turn. */
async function deleteDuringTurn(fetch: Fetch, id: string) {
  const chat = turnClient(fetch);
  const first = await chat.post(id, "I need my whole chart from the hospital in Texas");
  expect(first.status).toBe(200);
  const token = first.headers.get("X-Session-Token");
  // The response starts once the patient's message is stored and the lease taken; the LLM is still "thinking".
  const turn = await fetch("http://recordpath.test/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(token ?? undefined) },
    body: JSON.stringify({
      id,
      message: { role: "user", parts: [{ type: "text", text: quickReply("requester", 1) }] },
    }),
  });
  expect(turn.status).toBe(200);
  const erased = await chat.session(id, "DELETE");
  expect(erased.status).toBe(204);
  // The turn ends (the guide answers once the LLM times out); its save must not bring the session back.
  const body = await turn.text().catch(() => "(stream aborted)");
  return { body, after: await chat.session(id) };
}

describe("DELETE during a turn", () => {
  it("leaves nothing behind in the memory store", async () => {
    server = await startScriptedServer([{ text: "Which state was the care in?" }, { hang: true }]);
    const { fetch, store } = await testApp({}, scriptedEnv(server, { LLM_TIMEOUT_MS: "300" }));
    const { after } = await deleteDuringTurn(fetch, newId());
    expect(after.status).toBe(404);
    expect(store.size()).toBe(0);
  });

  it("leaves no conversation key behind in Redis", async () => {
    server = await startScriptedServer([
      { text: "Which state was the care in?" },
      { hang: true },
      { text: "Hello again." },
    ]);
    const { fetch, prefix } = await upstashApp(gateway, gateway.url, scriptedEnv(server, { LLM_TIMEOUT_MS: "300" }));
    prefixes.push(prefix);
    const id = newId();
    const { after } = await deleteDuringTurn(fetch, id);
    expect(after.status).toBe(404);
    expect(await conversationKeys(gateway, prefix)).toEqual([]);
    // A later message starts a new conversation from nothing: no earlier text or facts come back.
    const fresh = turnClient(fetch);
    expect((await fresh.post(id, "hello")).status).toBe(200);
    const session = (await (await fresh.session(id)).json()) as { messages: unknown[]; intake: object };
    expect(session.messages).toHaveLength(2);
    expect(session.intake).toEqual({});
  });
});
