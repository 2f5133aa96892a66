// Plain language: the guide's own sentences read at about grade 6–8 (Flesch–Kincaid), the level
// health-literacy guidance asks for; and so does the explained advice.
import { describe, expect, it } from "vitest";
import { explainRecommendation } from "../../../src/conversation/guide/replies.js";
import type { Intake } from "../../../src/domain/intake.js";
import { recommendPath } from "../../../src/domain/recommend.js";
import { CATALOGS } from "../../../src/i18n/catalogs/index.js";

/** Syllables by vowel groups, with the usual silent-e correction; good enough for a grade estimate. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "")
    .replace(/^y/, "")
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level of a text. */
function grade(text: string): number {
  const clean = text.replace(/\([^)]*\)/g, " ").replace(/\d+ CFR [\d.()a-z]+/g, "the rule");
  const sentences = Math.max(1, clean.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => /[a-z]/i.test(s)).length);
  const words = clean.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
}

describe("reading level", () => {
  it("scores known texts sensibly (the measure itself can fail)", () => {
    expect(grade("The cat sat on the mat. It was fun.")).toBeLessThan(3);
    expect(
      grade(
        "Notwithstanding the aforementioned considerations, institutional accountability necessitates comprehensive documentation.",
      ),
    ).toBeGreaterThan(14);
  });

  it("keeps the guide's own questions and replies at grade 8 or below", () => {
    const { questions, say } = CATALOGS.en.guide;
    const texts = [...Object.values(questions).map((q) => q.text), ...Object.values(say)];
    const all = texts.join("\n");
    console.log(`guide's own text: Flesch–Kincaid grade ${grade(all).toFixed(1)} over ${texts.length} texts`);
    expect(grade(all)).toBeLessThanOrEqual(8);
  });

  it("keeps its answers, cautions, story notes and second wordings at grade 8 or below", () => {
    const { again, answers, cautions, escalation } = CATALOGS.en.guide;
    const flat = (o: unknown): string[] => (typeof o === "string" ? [o] : Object.values(o as object).flatMap(flat));
    for (const [name, part] of Object.entries({ again, answers, cautions, escalation })) {
      const g = grade(flat(part).join("\n"));
      console.log(`guide's ${name}: Flesch–Kincaid grade ${g.toFixed(1)}`);
      expect(g, name).toBeLessThanOrEqual(8);
    }
  });

  it("keeps the explained recommendation near a plain-language level", () => {
    const cases = [
      { requester: "self", state: "TX", records: { kinds: ["full_chart"] } },
      { requester: "parent", state: "FL", records: { kinds: ["immunizations"] }, purpose: "school" },
      { requester: "self", state: "OH", provider: { status: "retired" }, records: { kinds: ["full_chart"] } },
      { requester: "self", state: "AZ", insurer: { plan: "medicare_advantage" }, records: { kinds: ["claims"] } },
    ] satisfies Intake[];
    const grades = cases.map((intake) =>
      grade(explainRecommendation(recommendPath(intake, { today: "2026-11-26" }), "en")),
    );
    console.log(`explained recommendations: Flesch–Kincaid grades ${grades.map((g) => g.toFixed(1)).join(", ")}`);
    for (const g of grades) expect(g).toBeLessThanOrEqual(8);
  });
});
