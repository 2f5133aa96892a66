// Runs the extraction corpus: each utterance is its own test, and its patch must be exactly the
// expected fields (nothing missing, nothing extra), with exactly its intents and its language.
// How long extract() takes is measured by `npm run bench` (bench/extract.ts), not here.
import { describe, expect, it } from "vitest";
import { IntakePatchSchema } from "../../../src/domain/intake.js";
import { CORPUS, type CorpusItem, readItem } from "./extract-corpus.js";

/** The value with arrays sorted and undefined properties dropped: record kinds are a set. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort();
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, canonical(v)]),
  );
}

function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

function expectReads(item: CorpusItem) {
  const got = readItem(item);
  expect(IntakePatchSchema.safeParse(got.patch).error).toBeUndefined();
  expect(canonical(got.patch), "patch").toStrictEqual(canonical(item.expect));
  expect([...got.intents].sort(), "intents").toEqual([...(item.intents ?? [])].sort());
  expect(got.language, "language").toBe(item.language ?? item.context ?? "en");
}

const label = (item: CorpusItem) =>
  item.lastChoices ? `${item.text} (quick reply, ${item.lastChoices.topic})` : item.text;
const working = CORPUS.filter((item) => !item.knownBug);
const broken = CORPUS.filter((item) => item.knownBug);

describe("extract() on the corpus", () => {
  it.each(working.map((item) => [label(item), item] as const))("reads %j", (_text, item) => expectReads(item));

  // Each of these fails today; once the bug is fixed it passes, this fails, and knownBug goes.
  for (const item of broken)
    it.fails(`reads ${JSON.stringify(label(item))} (known bug: ${item.knownBug})`, () => expectReads(item));
});

describe("the corpus itself", () => {
  it("never expects a field it says must stay unset", () => {
    const contradictions = CORPUS.flatMap((item) =>
      (item.absent ?? []).filter((path) => at(item.expect, path) !== undefined).map((path) => `${item.text}: ${path}`),
    );
    expect(contradictions).toEqual([]);
  });
});
