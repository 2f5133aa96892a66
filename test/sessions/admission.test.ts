import { describe, expect, it } from "vitest";
import { TurnGate } from "../../src/sessions/admission.js";

/** A gate on a clock the test moves. */
function gate(max: number) {
  let now = 0;
  const g = new TurnGate(max, () => now);
  return {
    g,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe("the turn gate", () => {
  it("admits up to its limit, refuses the next and admits again once a turn gives its slot back", () => {
    const { g } = gate(2);
    const a = g.tryEnter();
    const b = g.tryEnter();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(g.tryEnter()).toBeNull();
    a?.();
    a?.(); // a second release gives nothing back twice
    expect(g.inFlight).toBe(1);
    expect(g.tryEnter()).not.toBeNull();
    expect(g.tryEnter()).toBeNull();
  });

  it("halves its limit when storage times out, at most once a second, and climbs back by one per save that lands", () => {
    const { g, advance } = gate(64);
    g.storeAnswered(false);
    g.storeAnswered(false);
    expect(g.currentLimit).toBe(32);
    advance(1001);
    g.storeAnswered(false);
    expect(g.currentLimit).toBe(16);
    for (let i = 0; i < 10; i++) g.storeAnswered(true);
    expect(g.currentLimit).toBe(26);
    for (let i = 0; i < 100; i++) g.storeAnswered(true);
    expect(g.currentLimit).toBe(64);
  });

  it("never goes below a sixteenth of its maximum, so turns still get through to find storage back", () => {
    const { g, advance } = gate(64);
    for (let i = 0; i < 20; i++) {
      g.storeAnswered(false);
      advance(1001);
    }
    expect(g.currentLimit).toBe(4);
  });

  it("drops a slot never given back after two minutes, so a lost release cannot close the gate", () => {
    const { g, advance } = gate(1);
    expect(g.tryEnter()).not.toBeNull();
    expect(g.tryEnter()).toBeNull();
    advance(120_001);
    expect(g.tryEnter()).not.toBeNull();
  });

  it("refuses with a 503 carrying Retry-After: 1–3 seconds normally, 3–5 while storage is struggling", () => {
    const { g } = gate(8);
    const normal = g.refusal();
    expect(normal.status).toBe(503);
    expect(normal.code).toBe("unavailable");
    expect(["1", "2", "3"]).toContain(normal.headers["Retry-After"]);
    g.storeAnswered(false);
    expect(["3", "4", "5"]).toContain(g.refusal().headers["Retry-After"]);
  });
});
