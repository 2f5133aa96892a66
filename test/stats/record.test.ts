// Recording through real turns (testApp, the built-in guide): counters land on the day the
// conversation started, a failing or hanging counter store neither breaks nor slows a turn and is
// logged without detail, and a turn that could not be saved counts nothing.
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { MemoryStats, type StatsStore } from "../../src/stats/counters.js";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";
import { Typed, webConversation } from "./conversations.js";

const id = () => `rec-${crypto.randomUUID().replaceAll("-", "")}`;

describe("recording a committed turn", () => {
  it("counts a conversation that goes on past midnight in the day it started, once", async () => {
    let now = new Date("2026-11-25T23:58:00Z");
    const { fetch, deps } = await testApp({ clock: () => now });
    const chat = chatClient(fetch, "http://recordpath.test", { clinic: "riverbend" });
    const chatId = id();
    await chat.send(chatId, "I need my own whole chart in Ohio");
    now = new Date("2026-11-26T00:03:00Z");
    await chat.send(chatId, "I don't know");
    await chat.send(chatId, "I don't know");
    const days = await deps.stats.read("riverbend", "2026-11-25", "2026-11-26");
    expect(Object.keys(days)).toEqual(["2026-11-25"]);
    expect(days["2026-11-25"]?.["started:web"]).toBe(1);
    const stops = Object.entries(days["2026-11-25"] ?? {}).filter(([k, v]) => k.startsWith("stop:") && v !== 0);
    expect(stops).toEqual([["stop:situation", 1]]);
  });

  it("answers the turn when the counter store fails, and logs only the error's name", async () => {
    const lines: string[] = [];
    const failing: StatsStore = {
      kind: "memory",
      add: async () => {
        throw new TypeError("stats:riverbend:2026-11-26 Dana Lee");
      },
      read: async () => ({}),
    };
    const { fetch } = await testApp({ stats: failing, log: createLogger("warn", (l) => lines.push(l)) });
    const reply = await chatClient(fetch).send(id(), "I need my records from Dana Lee's clinic in Ohio");
    expect(reply.text.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 10));
    const logged = lines.filter((l) => l.includes("stats.failed"));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0] ?? "{}")).toMatchObject({ event: "stats.failed", error: "TypeError" });
    expect(lines.join("\n")).not.toMatch(/Dana|riverbend/);
  });

  it("does not make the patient wait for a counter store that never answers", async () => {
    const hanging: StatsStore = { kind: "memory", add: () => new Promise(() => {}), read: async () => ({}) };
    const { fetch } = await testApp({ stats: hanging });
    const typed = new Typed();
    // A whole conversation to its letter, each turn's write hanging in the background.
    const { id: chatId, chat } = await webConversation(fetch, typed, "letter", { clinic: "riverbend" });
    expect((await chat.load(chatId)).messages.length).toBeGreaterThan(4);
  });

  it("counts nothing for a turn whose reply could not be saved", async () => {
    const stats = new MemoryStats();
    const built = await testApp({ stats });
    const { store } = built;
    const save = store.save.bind(store);
    let refuse = false;
    store.save = async (session) => {
      if (refuse && session.turns.length > 0) throw new Error("disk on fire");
      return save(session);
    };
    refuse = true;
    await chatClient(built.fetch)
      .send(id(), "I need my own whole chart in Ohio")
      .catch(() => undefined);
    expect(await stats.read("_", "2026-11-01", "2026-11-30")).toEqual({});
    refuse = false;
    await chatClient(built.fetch).send(id(), "I need my own whole chart in Ohio");
    expect((await stats.read("_", "2026-11-26", "2026-11-26"))["2026-11-26"]?.["started:web"]).toBe(1);
  });
});
