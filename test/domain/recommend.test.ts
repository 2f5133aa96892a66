// Table-driven checks of the recommendation engine (scenarios.ts) plus invariants every result keeps.
import { describe, expect, it } from "vitest";
import { recommendPath } from "../../src/domain/recommend.js";
import type { Recommendation, Statement } from "../../src/domain/recommendation.js";
import { SCENARIOS, TODAY } from "./scenarios.js";

function allText(r: Recommendation): string {
  return JSON.stringify(r);
}

function statementsOf(r: Recommendation): Statement[] {
  return [...r.paths.flatMap((p) => [...p.reasons, p.timeline, p.cost]), ...(r.escalation?.reasons ?? []), ...r.notes];
}

describe("recommendPath scenarios", () => {
  for (const sc of SCENARIOS) {
    it(sc.name, () => {
      const r = recommendPath(sc.intake, { today: sc.today ?? TODAY, ...(sc.clinic ? { clinic: sc.clinic } : {}) });
      const order = r.paths.map((p) => p.path);
      expect(order[0], `ranking: ${order.join(" > ")}`).toBe(sc.first);
      for (const p of sc.mustLead ?? [])
        expect(order.slice(0, 2), `${p} in top two of ${order.join(" > ")}`).toContain(p);
      for (const p of sc.mustNotLead ?? []) expect(order[0]).not.toBe(p);
      const text = allText(r);
      for (const re of sc.mentions ?? []) expect(text).toMatch(re);
      for (const re of sc.absent ?? []) expect(text).not.toMatch(re);
      if (sc.escalation === null) expect(r.escalation).toBeUndefined();
      else if (sc.escalation) expect(r.escalation?.kind).toBe(sc.escalation);
      if (sc.escalationDueOn) expect(r.escalation?.dueOn).toBe(sc.escalationDueOn);
      if (sc.document === null) expect(r.suggestedDocument).toBeUndefined();
      else if (sc.document) expect(r.suggestedDocument).toBe(sc.document);
      const fields = r.missing.map((m) => m.field);
      for (const f of sc.missing ?? []) expect(fields).toContain(f);
      if (sc.missingFirst) expect(fields[0]).toBe(sc.missingFirst);
      for (const f of sc.notMissing ?? []) expect(fields).not.toContain(f);
    });
  }
});

describe("every recommendation", () => {
  const results = SCENARIOS.map((sc) => ({
    name: sc.name,
    r: recommendPath(sc.intake, { today: sc.today ?? TODAY, ...(sc.clinic ? { clinic: sc.clinic } : {}) }),
  }));

  it("ranks all five paths once, 1 to 5, each with steps, a timeline and a cost", () => {
    for (const { r } of results) {
      expect(r.paths.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(r.paths.map((p) => p.path)).size).toBe(5);
      for (const p of r.paths) {
        expect(p.steps.length).toBeGreaterThan(0);
        expect(p.reasons.length).toBeGreaterThan(0);
        expect(p.timeline.text.length).toBeGreaterThan(0);
        expect(p.cost.text.length).toBeGreaterThan(0);
      }
    }
  });

  it("cites a source for every statement about the law", () => {
    const legal = /\b(HIPAA|CFR|law|right of access|must)\b/;
    for (const { name, r } of results) {
      for (const s of statementsOf(r)) {
        if (legal.test(s.text)) expect(s.cite, `${name}: "${s.text}"`).toBeTruthy();
      }
    }
  });

  it("words every uncertain statement as something to check, never as fact", () => {
    const hedge = /\b(may|might|could|check|recall|usually|often|many|some|not confirmed|vary|varies|can take)\b/i;
    for (const { name, r } of results) {
      for (const s of statementsOf(r)) {
        if (s.certainty === "uncertain") expect(s.text, name).toMatch(hedge);
      }
    }
  });

  it("explains every missing field", () => {
    for (const { r } of results) for (const m of r.missing) expect(m.why.length).toBeGreaterThan(20);
  });

  it("gives the same answer for the same intake and day", () => {
    const sc = SCENARIOS[0]!;
    expect(recommendPath(sc.intake, { today: TODAY })).toEqual(recommendPath(sc.intake, { today: TODAY }));
  });
});
