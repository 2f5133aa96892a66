// Runs the extraction corpus: each utterance is its own test, then a field-level accuracy summary
// (expected fields found, "must not guess" fields left unset, nothing spurious) and the per-call time.
import { describe, expect, it } from "vitest";
import { type Extraction, extract } from "../../../src/conversation/guide/extract.js";
import { IntakePatchSchema } from "../../../src/domain/intake.js";
import { CORPUS, type CorpusItem, TODAY } from "./extract-corpus.js";

type Leaf = [string, unknown];

function leaves(value: unknown, prefix = ""): Leaf[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x));
  return a === b;
}

function run(item: CorpusItem): Extraction {
  return extract(item.text, {
    intake: item.intake ?? {},
    lastChoices: item.lastChoices ?? null,
    today: item.today ?? TODAY,
    lastTopic: item.lastTopic,
    language: item.context,
  });
}

/** Field-level score of one item: every expected leaf, absent path, intent and language is one field. */
function score(item: CorpusItem, got: Extraction): { fields: number; correct: number; errors: string[] } {
  const errors: string[] = [];
  let fields = 0;
  const actual = new Map(leaves(got.patch).filter(([p]) => p !== ""));
  const expected = leaves(item.expect).filter(([p]) => p !== "");
  for (const [path, want] of expected) {
    fields++;
    if (!same(actual.get(path), want))
      errors.push(`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual.get(path))}`);
  }
  const absent = item.absent ?? [];
  for (const path of absent) {
    fields++;
    const hit = [...actual.keys()].find((p) => p === path || p.startsWith(`${path}.`));
    if (hit) errors.push(`${hit}: must stay unset, got ${JSON.stringify(actual.get(hit))}`);
  }
  for (const [path, value] of actual) {
    const known = expected.some(([p]) => p === path) || absent.some((a) => path === a || path.startsWith(`${a}.`));
    if (!known) {
      fields++;
      errors.push(`${path}: not expected, got ${JSON.stringify(value)}`);
    }
  }
  for (const intent of item.intents ?? []) {
    fields++;
    if (!got.intents.has(intent))
      errors.push(`intent ${intent} missing (got ${[...got.intents].join(", ") || "none"})`);
  }
  if (item.language) {
    fields++;
    if (got.language !== item.language) errors.push(`language: expected ${item.language}, got ${got.language}`);
  }
  return { fields, correct: fields - errors.length, errors };
}

describe("extract() on the corpus", () => {
  it.each(CORPUS.map((item) => [item.text, item] as const))("reads %j", (_text, item) => {
    const got = run(item);
    expect(IntakePatchSchema.safeParse(got.patch).error).toBeUndefined();
    expect(score(item, got).errors).toEqual([]);
  });
});

describe("the corpus as a whole", () => {
  it("is large enough and mixes English and Spanish", () => {
    const spanish = CORPUS.filter((i) => i.language === "es").length;
    expect(CORPUS.length).toBeGreaterThanOrEqual(170);
    expect(spanish).toBeGreaterThanOrEqual(25);
    expect(CORPUS.filter((i) => i.absent?.length).length).toBeGreaterThanOrEqual(10);
  });

  it("reaches at least 95% field-level accuracy", () => {
    let fields = 0;
    let correct = 0;
    for (const item of CORPUS) {
      const s = score(item, run(item));
      fields += s.fields;
      correct += s.correct;
    }
    const pct = (100 * correct) / fields;
    console.log(`extraction accuracy: ${pct.toFixed(1)}% (${correct}/${fields} fields, ${CORPUS.length} utterances)`);
    expect(pct).toBeGreaterThanOrEqual(95);
  });

  it("takes well under half a millisecond per message (median)", () => {
    for (const item of CORPUS) run(item);
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const item of CORPUS) {
        const t0 = performance.now();
        run(item);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.log(`extract() time: median ${(median * 1000).toFixed(0)} µs, p95 ${(p95 * 1000).toFixed(0)} µs`);
    expect(median).toBeLessThan(0.5);
  });

  it("stays fast on the longest message a patient may send (4,000 characters)", () => {
    const ctx = { intake: {}, lastChoices: null, today: TODAY, lastTopic: "provider.name" };
    for (const text of ["a".repeat(4000), "Dr ".repeat(1333), "my mom my dad ".repeat(285), "x@".repeat(2000)]) {
      extract(text, ctx);
      const t0 = performance.now();
      extract(text, ctx);
      expect(performance.now() - t0).toBeLessThan(25);
    }
  });
});
