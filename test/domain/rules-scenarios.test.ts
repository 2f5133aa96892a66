// Runs issue 14's frozen rule scenarios (scenarios-rules.ts) through the engine and explainRights, and
// keeps the invariants every recommendation holds: cited law, hedged uncertainty, one OCR window.
import { describe, expect, it } from "vitest";
import { recommendPath } from "../../src/domain/recommend.js";
import type { Recommendation, Statement } from "../../src/domain/recommendation.js";
import { explainRights } from "../../src/domain/rights.js";
import { RULE_SCENARIOS, RULES_TODAY } from "./scenarios-rules.js";

function statementsOf(r: Recommendation): Statement[] {
  return [...r.paths.flatMap((p) => [...p.reasons, p.timeline, p.cost]), ...(r.escalation?.reasons ?? []), ...r.notes];
}

/** Some statement matches `re`, and every statement that matches has this certainty. */
function expectCertainty(statements: Statement[], re: RegExp, certainty: Statement["certainty"], name: string) {
  const hits = statements.filter((s) => re.test(s.text));
  expect(hits.length, `${name}: a statement matching ${re}`).toBeGreaterThan(0);
  for (const s of hits) expect(s.certainty, `${name}: "${s.text}"`).toBe(certainty);
}

const OCR = /\bOCR\b|Office for Civil Rights/;

describe("issue 14 rule scenarios", () => {
  for (const sc of RULE_SCENARIOS) {
    it(sc.name, () => {
      const today = sc.today ?? RULES_TODAY;
      const r = recommendPath(sc.intake, { today });
      const order = r.paths.map((p) => p.path);
      if (sc.first) expect(order[0], `ranking: ${order.join(" > ")}`).toBe(sc.first);
      const text = JSON.stringify(r);
      for (const re of sc.mentions ?? []) expect(text).toMatch(re);
      for (const re of sc.absent ?? []) expect(text).not.toMatch(re);
      const statements = statementsOf(r);
      for (const re of sc.certain ?? []) expectCertainty(statements, re, "certain", sc.name);
      for (const re of sc.uncertain ?? []) expectCertainty(statements, re, "uncertain", sc.name);
      if (sc.escalation === null) expect(r.escalation).toBeUndefined();
      else if (sc.escalation) expect(r.escalation?.kind).toBe(sc.escalation);
      if (sc.escalationDueOn) expect(r.escalation?.dueOn).toBe(sc.escalationDueOn);
      if (sc.document === null) expect(r.suggestedDocument).toBeUndefined();
      else if (sc.document) expect(r.suggestedDocument).toBe(sc.document);
      if (sc.ocrFileBy === null) {
        expect(text, "OCR is not offered").not.toMatch(OCR);
        expect(r.escalation?.ocr).toBeUndefined();
      } else if (sc.ocrFileBy) {
        expect(r.escalation?.ocr?.fileBy).toBe(sc.ocrFileBy);
        expect(text).toContain(sc.ocrFileBy);
      }
      if (sc.ocrPassed !== undefined) expect(r.escalation?.ocr?.passed).toBe(sc.ocrPassed);
      const topics = r.notes.map((n) => n.topic);
      if (sc.firstNote) expect(topics[0], `notes: ${topics.join(", ")}`).toBe(sc.firstNote);
      for (const t of sc.noteTopics ?? []) expect(topics).toContain(t);
      for (const t of sc.notNoteTopics ?? []) expect(topics).not.toContain(t);
      const provider = r.paths.find((p) => p.path === "provider")!;
      if (sc.firstStep) expect(provider.steps[0]).toMatch(sc.firstStep);
      if (sc.timeline) expect(provider.timeline.text).toMatch(sc.timeline);
      if (sc.rights) {
        const { statements: said } = explainRights(sc.rights.topic, sc.intake, { today });
        const all = JSON.stringify(said);
        for (const re of sc.rights.mentions ?? []) expect(all).toMatch(re);
        for (const re of sc.rights.absent ?? []) expect(all).not.toMatch(re);
        for (const re of sc.rights.uncertain ?? []) expectCertainty(said, re, "uncertain", sc.name);
      }
    });
  }
});

describe("every rule scenario's recommendation", () => {
  const results = RULE_SCENARIOS.map((sc) => ({
    name: sc.name,
    r: recommendPath(sc.intake, { today: sc.today ?? RULES_TODAY }),
  }));

  it("cites a source for every statement about the law", () => {
    const legal = /\b(HIPAA|CFR|law|right of access|must|U\.S\.C\.)\b/;
    for (const { name, r } of results)
      for (const s of statementsOf(r)) if (legal.test(s.text)) expect(s.cite, `${name}: "${s.text}"`).toBeTruthy();
  });

  it("words every uncertain statement as something to check, never as fact", () => {
    const hedge = /\b(may|might|could|check|recall|usually|often|many|some|not confirmed|vary|varies|can take)\b/i;
    for (const { name, r } of results)
      for (const s of statementsOf(r)) if (s.certainty === "uncertain") expect(s.text, name).toMatch(hedge);
  });

  it("counts 180 days once: the only date 180 days after another date in the advice is the OCR window's", () => {
    for (const { name, r } of results) {
      const dates = [...new Set(JSON.stringify(r).match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
      const windows = dates.filter((d) => dates.includes(addDays(d, 180))).map((d) => addDays(d, 180));
      expect(windows, name).toEqual(r.escalation?.ocr ? [r.escalation.ocr.fileBy] : []);
      if (r.escalation?.ocr) expect(addDays(r.escalation.ocr.from, 180), name).toBe(r.escalation.ocr.fileBy);
    }
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
