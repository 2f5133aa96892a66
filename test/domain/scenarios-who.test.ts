// Runs the frozen issue-14 cases (who may ask, minors, Part 2) through the recommendation engine, with
// the checks of recommend.test.ts plus each required statement's citation and certainty.
import { describe, expect, it } from "vitest";
import { recommendPath } from "../../src/domain/recommend.js";
import type { Recommendation, Statement } from "../../src/domain/recommendation.js";
import { WHO_SCENARIOS, WHO_TODAY } from "./scenarios-who.js";

function statementsOf(r: Recommendation): Statement[] {
  return [...r.paths.flatMap((p) => [...p.reasons, p.timeline, p.cost]), ...(r.escalation?.reasons ?? []), ...r.notes];
}

describe("who may ask, minors and Part 2: frozen scenarios", () => {
  for (const sc of WHO_SCENARIOS) {
    it(sc.name, () => {
      const r = recommendPath(sc.intake, { today: sc.today ?? WHO_TODAY });
      const order = r.paths.map((p) => p.path);
      expect(order[0], `ranking: ${order.join(" > ")}`).toBe(sc.first);
      const text = JSON.stringify(r);
      for (const re of sc.mentions ?? []) expect(text).toMatch(re);
      for (const re of sc.absent ?? []) expect(text).not.toMatch(re);
      if (sc.document === null) expect(r.suggestedDocument).toBeUndefined();
      else if (sc.document) expect(r.suggestedDocument).toBe(sc.document);
      const fields = r.missing.map((m) => m.field);
      for (const f of sc.missing ?? []) expect(fields).toContain(f);
      for (const f of sc.notMissing ?? []) expect(fields).not.toContain(f);
      if (sc.missingFirst) expect(fields[0]).toBe(sc.missingFirst);
      const statements = statementsOf(r);
      for (const want of sc.noted ?? []) {
        const hit = statements.find(
          (s) =>
            want.text.test(s.text) &&
            (!want.cite || want.cite.test(s.cite ?? "")) &&
            (!want.certainty || s.certainty === want.certainty),
        );
        expect(
          hit,
          `a statement matching ${want.text} cited ${want.cite ?? "-"} (${want.certainty ?? "any"})`,
        ).toBeDefined();
      }
    });
  }
});

describe("every issue-14 recommendation", () => {
  const results = WHO_SCENARIOS.map((sc) => ({ name: sc.name, r: recommendPath(sc.intake, { today: WHO_TODAY }) }));

  it("cites every statement about the law and hedges every uncertain one", () => {
    const legal = /\b(HIPAA|CFR|law|right of access|must)\b/;
    const hedge = /\b(may|might|could|check|recall|usually|often|many|some|not confirmed|vary|varies|can take)\b/i;
    for (const { name, r } of results) {
      for (const s of statementsOf(r)) {
        if (legal.test(s.text)) expect(s.cite, `${name}: "${s.text}"`).toBeTruthy();
        if (s.certainty === "uncertain") expect(s.text, name).toMatch(hedge);
      }
    }
  });
});
