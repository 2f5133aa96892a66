// The LLM's daily token budgets: past a conversation's or an IP's budget the guide answers without
// an LLM request, every attempt's tokens count (shown or not), a day later the budget is back, and
// "off" turns a budget off. The scripted server reports 15 tokens per call.
import { afterEach, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config.js";
import { BUDGET_WINDOW_SECONDS } from "../../src/conversation/budget.js";
import { runTurn } from "../../src/conversation/run-turn.js";
import type { AppDeps } from "../../src/deps.js";
import { createLogger } from "../../src/log.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { beginTurn } from "../../src/sessions/turns.js";
import { testApp } from "../support/app.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { textMessage } from "../support/transcripts.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ANSWER = { text: "Which state was the care in?" };
const newId = () => `budget-${crypto.randomUUID().replaceAll("-", "")}`;

/** An app on a scripted LLM whose store's clock the test moves, and its warn lines. */
async function llmApp(env: Record<string, string>) {
  server = await startScriptedServer();
  const clock = { ms: Date.parse("2026-11-26T15:00:00Z") };
  const store = new MemoryStore({ sessionSeconds: 7 * 86_400, documentSeconds: 86_400 }, () => clock.ms);
  const logs: string[] = [];
  const { deps } = await testApp(
    { store, log: createLogger("warn", (line) => logs.push(line)) },
    scriptedEnv(server, env),
  );
  return { deps, clock, logs, server };
}

/** Runs one turn and returns which model the reply's metadata names. */
async function turn(deps: AppDeps, id: string, ip?: string): Promise<string | undefined> {
  const message = textMessage("user", "I need my records from a clinic in Ohio");
  const { session } = await beginTurn({
    store: deps.store,
    id,
    channel: "web",
    message,
    now: deps.clock(),
    access: { phone: true },
  });
  let model: string | undefined;
  for await (const chunk of runTurn({
    deps,
    session,
    channel: "web",
    clinic: null,
    baseUrl: "https://rp.example",
    ...(ip ? { ip } : {}),
  })) {
    if (chunk.type === "start") model = chunk.messageMetadata?.model;
  }
  return model;
}

describe("the LLM's token budgets", () => {
  it("lets the guide answer, without asking the LLM, once a conversation's daily budget is spent", async () => {
    const { deps, logs, server } = await llmApp({ LLM_TOKENS_PER_SESSION_DAY: "30" });
    server.plan(ANSWER, ANSWER);
    const id = newId();
    expect(await turn(deps, id)).toBe("openai");
    expect(await turn(deps, id)).toBe("openai");
    expect(await turn(deps, id)).toBe("guide");
    expect(server.calls()).toBe(2);
    expect((await deps.store.load(id))?.turns.map((t) => t.model)).toEqual(["openai", "openai", "guide"]);
    const exceeded = logs.map((l) => JSON.parse(l)).filter((l) => l.event === "llm.budget_exceeded");
    expect(exceeded).toHaveLength(1);
    const { ts: _ts, level: _level, event: _event, ...fields } = exceeded[0];
    expect(fields).toEqual({ scope: "session" });
    // Another conversation has its own budget.
    server.plan(ANSWER);
    expect(await turn(deps, newId())).toBe("openai");
  });

  it("counts an IP's conversations together against its daily budget", async () => {
    const { deps, logs, server } = await llmApp({ LLM_TOKENS_PER_SESSION_DAY: "off", LLM_TOKENS_PER_IP_DAY: "15" });
    server.plan(ANSWER, ANSWER);
    expect(await turn(deps, newId(), "203.0.113.7")).toBe("openai");
    expect(await turn(deps, newId(), "203.0.113.7")).toBe("guide");
    expect(await turn(deps, newId(), "198.51.100.4")).toBe("openai");
    expect(server.calls()).toBe(2);
    expect(logs.some((l) => JSON.parse(l).event === "llm.budget_exceeded" && JSON.parse(l).scope === "ip")).toBe(true);
    expect(logs.join("\n")).not.toContain("203.0.113.7");
  });

  it("charges a web turn to the client's IP", async () => {
    server = await startScriptedServer([ANSWER]);
    const { fetch } = await testApp(
      {},
      scriptedEnv(server, { LLM_TOKENS_PER_SESSION_DAY: "off", LLM_TOKENS_PER_IP_DAY: "15" }),
    );
    const post = async (ip: string) => {
      const res = await fetch("http://recordpath.test/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": ip },
        body: JSON.stringify({
          id: newId(),
          message: { role: "user", parts: [{ type: "text", text: "I need my records" }] },
        }),
      });
      return /"model":"(\w+)"/.exec(await res.text())?.[1];
    };
    expect(await post("203.0.113.9")).toBe("openai");
    expect(await post("203.0.113.9")).toBe("guide");
  });

  it("counts the tokens of an LLM turn that was not shown", async () => {
    const { deps, server } = await llmApp({ LLM_TOKENS_PER_SESSION_DAY: "15" });
    // A reply with no text is discarded and the guide answers, but its 15 tokens were spent.
    server.plan({ text: "" });
    const id = newId();
    expect(await turn(deps, id)).toBe("guide");
    expect(await turn(deps, id)).toBe("guide");
    expect(server.calls()).toBe(1);
  });

  it("gives the LLM back a day after the budget's first use", async () => {
    const { deps, clock, server } = await llmApp({ LLM_TOKENS_PER_SESSION_DAY: "15" });
    server.plan(ANSWER, ANSWER);
    const id = newId();
    expect(await turn(deps, id)).toBe("openai");
    expect(await turn(deps, id)).toBe("guide");
    clock.ms += (BUDGET_WINDOW_SECONDS + 1) * 1000;
    expect(await turn(deps, id)).toBe("openai");
  });

  it("counts nothing when both budgets are off", async () => {
    const { deps, server } = await llmApp({ LLM_TOKENS_PER_SESSION_DAY: "off", LLM_TOKENS_PER_IP_DAY: "OFF" });
    server.plan(ANSWER, ANSWER, ANSWER);
    const id = newId();
    for (let i = 0; i < 3; i++) expect(await turn(deps, id, "203.0.113.7")).toBe("openai");
  });
});

describe("token budget settings", () => {
  it("defaults to 200,000 tokens a conversation and 1,000,000 an IP per day", () => {
    const s = loadSettings({});
    expect(s.LLM_TOKENS_PER_SESSION_DAY).toBe(200_000);
    expect(s.LLM_TOKENS_PER_IP_DAY).toBe(1_000_000);
  });

  it('reads "off" as no budget and names a malformed one', () => {
    expect(loadSettings({ LLM_TOKENS_PER_IP_DAY: "off" }).LLM_TOKENS_PER_IP_DAY).toBeNull();
    for (const bad of ["0", "-5", "1.5", "lots"])
      expect(() => loadSettings({ LLM_TOKENS_PER_SESSION_DAY: bad })).toThrow(
        /LLM_TOKENS_PER_SESSION_DAY must be a whole number of tokens above 0, or "off"/,
      );
  });
});
