import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { beginTurn, endTurn, retryEndTurn } from "../../src/sessions/turns.js";

const msg = (text: string): ChatMessage => ({ id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] });
const store = () => new MemoryStore({ sessionSeconds: 3600, documentSeconds: 600 });
const ID = "turns-test-session-0001";

describe("turn bracketing", () => {
  it("refuses a second turn with a 409 and Retry-After while the first is being answered", async () => {
    const s = store();
    const now = new Date();
    await beginTurn({ store: s, id: ID, channel: "web", message: msg("first"), now });
    const second = beginTurn({ store: s, id: ID, channel: "web", message: msg("second"), now });
    await expect(second).rejects.toMatchObject({ status: 409, headers: { "Retry-After": "2" } });
    await expect(second).rejects.toBeInstanceOf(AppError);
  });

  it("keeps both turns in order when the second arrives after the first is saved", async () => {
    const s = store();
    const now = new Date();
    const first = await beginTurn({ store: s, id: ID, channel: "web", message: msg("first"), now });
    await endTurn(
      s,
      first,
      {
        messages: first.messages,
        intake: { state: "CA" },
        documents: [],
        answeredBy: { at: now.toISOString(), model: "guide" },
      },
      now,
    );
    const second = await beginTurn({ store: s, id: ID, channel: "web", message: msg("second"), now });
    expect(second.messages.map((m) => (m.parts[0] as { text: string }).text)).toEqual(["first", "second"]);
    expect(second.intake).toEqual({ state: "CA" });
  });

  it("takes over a lease that expired (a crashed turn does not block the conversation)", async () => {
    const s = store();
    await beginTurn({ store: s, id: ID, channel: "web", message: msg("first"), now: new Date("2026-11-26T10:00:00Z") });
    const later = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("again"),
      now: new Date("2026-11-26T10:05:00Z"),
    });
    expect(later.messages).toHaveLength(2);
  });

  it("does not resurrect a conversation deleted while its reply was being written", async () => {
    const s = store();
    const now = new Date();
    const turn = await beginTurn({ store: s, id: ID, channel: "web", message: msg("first"), now });
    await s.delete(ID);
    await expect(
      endTurn(
        s,
        turn,
        { messages: turn.messages, intake: {}, documents: [], answeredBy: { at: now.toISOString(), model: "guide" } },
        now,
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(await s.load(ID)).toBeNull();
  });
});

describe("retrying a turn's save after storage came back", () => {
  const unavailable = () => new AppError("unavailable", "storage down");
  const noWait = async () => {};

  it("keeps retrying while storage is unavailable and stops once the save lands", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => {
      if (++calls < 3) throw unavailable();
    }, noWait);
    expect(saved).toBe(true);
    expect(calls).toBe(3);
  });

  it("stops at a conflict (the first save went through, or the conversation moved on)", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => {
      calls++;
      throw new AppError("conflict", "changed");
    }, noWait);
    expect(saved).toBe(false);
    expect(calls).toBe(1);
  });

  it("gives up after its last attempt", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => {
      calls++;
      throw unavailable();
    }, noWait);
    expect(saved).toBe(false);
    expect(calls).toBe(7);
  });
});
