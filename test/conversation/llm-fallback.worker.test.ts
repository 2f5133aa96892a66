// LLM mode inside workerd: the real @ai-sdk/openai provider, pointed at a port where nothing
// listens, fails and the guide answers the same turn. (The scripted server is a Node http server
// and cannot be started from inside workerd, so the scripted LLM tests run in the Node project.)
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import { wire } from "../../src/wire.js";
import { chatClient } from "../support/chat-client.js";

describe("LLM mode in workerd", () => {
  it("reports the openai model and falls back to the guide when the server cannot be reached", async () => {
    const settings = loadSettings({
      LOG_LEVEL: "silent",
      OPENAI_API_KEY: "sk-test-not-a-real-key",
      OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
      LLM_TIMEOUT_MS: "2000",
    });
    const deps = await wire(settings, { assets: env.ASSETS });
    const app = createApp(deps);
    const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(app.request(input instanceof Request ? input : String(input), init));

    expect(await (await fetch("http://recordpath.test/healthz")).json()).toMatchObject({ model: "openai" });
    const id = `wk-${crypto.randomUUID().replaceAll("-", "")}`;
    const reply = await chatClient(fetch).send(id, "Hi, I need my medical records");
    expect(reply.message.metadata?.model).toBe("guide");
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.chunks.some((c) => c.type === "error")).toBe(false);
    const session = await deps.store.load(id);
    expect(session?.turns.map((t) => t.model)).toEqual(["guide"]);
  });
});
