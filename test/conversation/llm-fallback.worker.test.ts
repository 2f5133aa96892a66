// LLM mode inside workerd: the real @ai-sdk/openai provider, pointed at a port where nothing
// listens, fails and the guide answers the same turn. (The scripted server is a Node http server
// and cannot be started from inside workerd, so the scripted LLM tests run in the Node project.)
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import { wire } from "../../src/wire.js";
import { chatClient } from "../support/chat-client.js";

async function app(vars: Record<string, string>) {
  const deps = await wire(loadSettings({ LOG_LEVEL: "silent", ...vars }), { assets: env.ASSETS });
  const app = createApp(deps);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(app.request(input instanceof Request ? input : String(input), init));
  return { deps, fetch };
}

const MESSAGE = "Hi, I need my medical records";
const newId = () => `wk-${crypto.randomUUID().replaceAll("-", "")}`;

describe("LLM mode in workerd", () => {
  it("reports the openai model and falls back to the guide when the server cannot be reached", async () => {
    const { deps, fetch } = await app({
      OPENAI_API_KEY: "sk-test-not-a-real-key",
      OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
      LLM_TIMEOUT_MS: "2000",
    });
    expect(await (await fetch("http://recordpath.test/healthz")).json()).toMatchObject({ model: "openai" });
    const id = newId();
    const reply = await chatClient(fetch).send(id, MESSAGE);
    expect(reply.message.metadata?.model).toBe("guide");
    // The same words the guide alone answers a new conversation with.
    const guide = await chatClient((await app({})).fetch).send(newId(), MESSAGE);
    expect(reply.text).toBe(guide.text);
    expect(reply.toolNames).toEqual(guide.toolNames);
    expect(reply.chunks.some((c) => c.type === "error")).toBe(false);
    const session = await deps.store.load(id);
    expect(session?.turns.map((t) => t.model)).toEqual(["guide"]);
  });
});
