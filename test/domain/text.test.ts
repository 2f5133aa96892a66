// The engine's words in Spanish (src/domain/text): every English key has a Spanish one, and a Spanish
// recommendation, rights topic or state view gives the same advice as the English one (same ranking,
// citations and certainty) with no English sentence in it apart from marked quotes of the state data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
import { recommendPath } from "../../src/domain/recommend.js";
import type { Recommendation, Statement } from "../../src/domain/recommendation.js";
import { explainRights, RIGHTS_TOPICS } from "../../src/domain/rights.js";
import { stateFacts } from "../../src/domain/state-facts.js";
import { allStateCodes, getStateRules } from "../../src/domain/states.js";
import { TEXT } from "../../src/domain/text/index.js";
import { validIntake } from "../fuzz/arbitraries.js";
import { englishSentences } from "../support/english.js";
import { SCENARIOS, TODAY } from "./scenarios.js";
import { RULE_SCENARIOS, RULES_TODAY } from "./scenarios-rules.js";

/** Every sentence a patient reads in a recommendation (citations are sources, not sentences). */
function patientTexts(r: Recommendation): string[] {
  return [
    ...r.paths.flatMap((p) => [p.title, ...p.reasons.map((s) => s.text), ...p.steps, p.timeline.text, p.cost.text]),
    ...(r.escalation ? [...r.escalation.reasons.map((s) => s.text), ...r.escalation.steps] : []),
    ...r.notes.map((n) => n.text),
    ...r.missing.map((m) => m.why),
  ];
}

function statementsOf(r: Recommendation): Statement[] {
  return [...r.paths.flatMap((p) => [...p.reasons, p.timeline, p.cost]), ...(r.escalation?.reasons ?? []), ...r.notes];
}

/** A recommendation with its words taken out: what must not change with the language. */
function advice(r: Recommendation) {
  return {
    paths: r.paths.map((p) => ({ path: p.path, rank: p.rank, steps: p.steps.length })),
    statements: statementsOf(r).map((s) => ({ cite: s.cite, certainty: s.certainty })),
    notes: r.notes.map((n) => n.topic),
    missing: r.missing.map((m) => m.field),
    escalation: r.escalation && {
      ...r.escalation,
      reasons: r.escalation.reasons.length,
      steps: r.escalation.steps.length,
    },
    suggestedDocument: r.suggestedDocument,
  };
}

/** Words that tell a Spanish reader a statement is something to check. */
const HEDGE =
  /\b(puede|pueden|podría|puede que|verifique|verifíquelo|verifíquela|confirme|confírmelo|recordamos|normalmente|a menudo|muchos|muchas|algunos|algunas|no confirmado|no pudimos|varían|cambia|casi siempre|suele|suelen|pregunte)\b/i;

/** Keys and value kinds of a text module, all the way down, so two languages can be compared. */
function shape(value: unknown): unknown {
  if (typeof value === "function") return `function/${value.length}`;
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

/** Spanish syllables: vowel groups, split where two strong vowels or an accented í/ú meet (hiatus). */
function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? [];
  let n = 0;
  for (const g of groups) {
    n += 1;
    for (let i = 1; i < g.length; i++)
      if ((/[aeoáéó]/.test(g[i - 1]!) && /[aeoáéó]/.test(g[i]!)) || /[íú]/.test(g[i - 1]! + g[i]!)) n += 1;
  }
  return Math.max(1, n);
}

/**
 * Fernández-Huerta readability of a Spanish text, with Law's correction (words per sentence, as in
 * Flesch), quotes, asides and addresses left out: 70-80 reads like grade 6, 60-70 like grades 7-8.
 */
function readability(text: string): number {
  const clean = text
    .replace(/«[^»]*»/g, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\bhttps?:\/\/\S+/g, " ");
  const sentences = clean.split(/[.!?:;]+(?:\s|$)|\n+/).filter((x) => /\p{L}/u.test(x)).length;
  const words = clean.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const syllablesPerHundredWords = (words.reduce((n, w) => n + syllables(w), 0) / Math.max(1, words.length)) * 100;
  return 206.84 - 0.6 * syllablesPerHundredWords - 1.02 * (words.length / Math.max(1, sentences));
}

const SAMPLE_DAYS = ["2026-03-02", "2026-11-30"] as const;
const sampled: Intake[] = fc.sample(validIntake, { seed: 15, numRuns: 300 });

describe("the engine's Spanish words", () => {
  it("have every key, sentence list and sentence builder the English words have", () => {
    expect(shape(TEXT.es)).toEqual(shape(TEXT.en));
  });

  it("differ from the English ones, so no section was left as a copy", () => {
    for (const [section, words] of Object.entries(TEXT.en)) {
      if (typeof words !== "object") continue;
      expect(JSON.stringify(TEXT.es[section as keyof typeof TEXT.es]), section).not.toBe(JSON.stringify(words));
    }
  });

  it("catch English: the detector finds English sentences in an English recommendation", () => {
    const r = recommendPath(SCENARIOS[0]!.intake, { today: TODAY });
    expect(patientTexts(r).flatMap(englishSentences).length).toBeGreaterThan(5);
  });
});

describe("a Spanish recommendation", () => {
  const cases = [
    ...SCENARIOS.map((sc) => ({ name: sc.name, intake: sc.intake, today: sc.today ?? TODAY, clinic: sc.clinic })),
    ...RULE_SCENARIOS.map((sc) => ({
      name: sc.name,
      intake: sc.intake,
      today: sc.today ?? RULES_TODAY,
      clinic: undefined,
    })),
  ];

  it("gives the same advice as the English one: ranking, citations, certainty, escalation and letter", () => {
    for (const c of cases) {
      const options = { today: c.today, ...(c.clinic ? { clinic: c.clinic } : {}) };
      expect(advice(recommendPath(c.intake, { ...options, lang: "es" })), c.name).toEqual(
        advice(recommendPath(c.intake, options)),
      );
    }
  });

  it("has no English sentence, in any scenario", () => {
    for (const c of cases) {
      const r = recommendPath(c.intake, { today: c.today, lang: "es", ...(c.clinic ? { clinic: c.clinic } : {}) });
      for (const text of patientTexts(r)) expect(englishSentences(text), `${c.name}: ${text}`).toEqual([]);
    }
  });

  it("has no English sentence and the same advice for any valid case file", () => {
    for (const [i, intake] of sampled.entries()) {
      const today = SAMPLE_DAYS[i % SAMPLE_DAYS.length]!;
      const es = recommendPath(intake, { today, lang: "es" });
      expect(advice(es)).toEqual(advice(recommendPath(intake, { today })));
      for (const text of patientTexts(es)) expect(englishSentences(text), text).toEqual([]);
    }
  });

  it("words every uncertain statement as something to check", () => {
    for (const c of cases) {
      const r = recommendPath(c.intake, { today: c.today, lang: "es" });
      for (const s of statementsOf(r)) if (s.certainty === "uncertain") expect(s.text, c.name).toMatch(HEDGE);
    }
  });

  it("writes dates the Spanish way, never as YYYY-MM-DD", () => {
    const overdue: Intake = {
      state: "OH",
      requester: "self",
      records: { kinds: ["imaging"] },
      priorRequest: { outcome: "no_response", sentOn: "2026-01-10" },
    };
    const urgent: Intake = { state: "OH", requester: "self", records: { kinds: ["imaging"] }, neededBy: "2026-03-20" };
    const late = recommendPath(overdue, { today: "2026-03-02", lang: "es" });
    const soon = recommendPath(urgent, { today: "2026-03-02", lang: "es" });
    const text = [...patientTexts(late), ...patientTexts(soon)].join("\n");
    expect(text).toContain("9 de febrero de 2026");
    expect(text).toContain("8 de agosto de 2026");
    expect(text).toContain("para el 20 de marzo de 2026, pero el proveedor puede tardar hasta el 1 de abril de 2026");
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    // The machine-readable dates stay as they are.
    expect(late.escalation?.dueOn).toBe("2026-02-09");
    expect(late.escalation?.ocr?.fileBy).toBe("2026-08-08");
  });

  it("quotes a state's English rule as it is, marked as English", () => {
    const rule = getStateRules("TX")?.closedPracticeRule;
    const r = recommendPath(
      { state: "TX", provider: { status: "closed", type: "physician_practice" }, records: { kinds: ["full_chart"] } },
      { today: TODAY, lang: "es" },
    );
    expect(r.paths[0]?.path).toBe("state");
    expect(r.paths[0]?.reasons.map((s) => s.text)).toContain(
      `Regla de Texas para consultorios cerrados: «${rule}» (en inglés)`,
    );
  });

  it("names states in Spanish", () => {
    const r = recommendPath({ state: "NY", records: { kinds: ["full_chart"] } }, { today: TODAY, lang: "es" });
    expect(JSON.stringify(r)).toContain("Nueva York");
    expect(r.notes.map((n) => n.text).join(" ")).not.toContain("New York");
  });
});

describe("the Spanish advice's reading level", () => {
  it("is measured by a score that can fail", () => {
    expect(readability("Pida sus expedientes. Es gratis.")).toBeGreaterThan(80);
    expect(
      readability(
        "No obstante las consideraciones anteriormente mencionadas, la responsabilidad institucional requiere documentación exhaustiva.",
      ),
    ).toBeLessThan(40);
  });

  it("reads at about grade 6 for the best path, its escalation and notes, and every rights topic", () => {
    const cases: Intake[] = [
      { requester: "self", state: "TX", records: { kinds: ["full_chart"] } },
      { requester: "parent", state: "FL", records: { kinds: ["immunizations"] }, purpose: "school" },
      { requester: "self", state: "OH", provider: { status: "retired" }, records: { kinds: ["full_chart"] } },
      { requester: "self", state: "AZ", insurer: { plan: "medicare_advantage" }, records: { kinds: ["claims"] } },
      {
        requester: "self",
        state: "OH",
        records: { kinds: ["imaging"] },
        priorRequest: { outcome: "denied", sentOn: "2026-01-10" },
      },
    ];
    for (const intake of cases) {
      const r = recommendPath(intake, { today: "2026-11-26", lang: "es" });
      const best = r.paths[0]!;
      const texts = [best.title, ...best.reasons.map((x) => x.text), ...best.steps, best.timeline.text, best.cost.text];
      texts.push(...(r.escalation ? [...r.escalation.reasons.map((x) => x.text), ...r.escalation.steps] : []));
      texts.push(...r.notes.map((n) => n.text));
      expect(readability(texts.join("\n")), JSON.stringify(intake)).toBeGreaterThanOrEqual(70);
    }
    for (const topic of RIGHTS_TOPICS) {
      const text = explainRights(topic, { state: "CA" }, { lang: "es" }).statements.map((x) => x.text);
      expect(readability(text.join("\n")), topic).toBeGreaterThanOrEqual(70);
    }
  });
});

describe("Spanish rights topics", () => {
  it("keep the citations and certainty of the English ones and have no English sentence", () => {
    for (const [i, intake] of sampled.slice(0, 120).entries()) {
      const today = i % 2 ? SAMPLE_DAYS[1] : undefined;
      for (const topic of RIGHTS_TOPICS) {
        const es = explainRights(topic, intake, { today, lang: "es" }).statements;
        const en = explainRights(topic, intake, { today }).statements;
        expect(es.map((s) => [s.cite, s.certainty])).toEqual(en.map((s) => [s.cite, s.certainty]));
        for (const s of es) expect(englishSentences(s.text), `${topic}: ${s.text}`).toEqual([]);
      }
    }
  });

  it("give due dates in Spanish", () => {
    const { statements } = explainRights(
      "deadlines",
      { state: "OH", priorRequest: { outcome: "pending", sentOn: "2026-01-15" } },
      { lang: "es" },
    );
    const text = statements.map((s) => s.text).join(" ");
    expect(text).toContain(
      "Contando desde el 15 de enero de 2026, deben responder a más tardar el 14 de febrero de 2026.",
    );
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});

describe("a Spanish view of a state's rules", () => {
  it("translates its fixed sentences and marks the state data's English prose, for every state", () => {
    for (const code of allStateCodes()) {
      const es = stateFacts(code, "2026-11-30", "es")!;
      const en = stateFacts(code, "2026-11-30")!;
      const fixed = [es.deadline.hipaaFloor.text, es.feeRule.hipaaLimit.text, es.disclaimer];
      for (const f of [es.deadline, es.feeRule, es.closedPracticeRule, es.retention, es.immunizationRegistry])
        if (f.caveat) fixed.push(f.caveat);
      if (es.deadline.scope) fixed.push(es.deadline.scope);
      for (const text of fixed) expect(englishSentences(text), `${code}: ${text}`).toEqual([]);
      if (en.closedPracticeRule.value)
        expect(es.closedPracticeRule.value).toBe(`«${en.closedPracticeRule.value}» (en inglés)`);
      if (en.notes) expect(es.notes).toBe(`«${en.notes}» (en inglés)`);
      expect(es.feeRule.certainty).toBe(en.feeRule.certainty);
      expect(es.sources).toEqual(en.sources);
    }
  });
});
