// Runs the third frozen set: each message must yield the facts it states and none it does not.
// An item with knownBug is expected to fail until its mechanism is fixed; then this says to remove it.
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/conversation/guide/extract.js";
import { TODAY, UTTERANCES, type Utterance } from "./utterances.js";

function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

function expectReads(u: Utterance): void {
  const got = extract(u.text, {
    intake: u.intake ?? {},
    lastChoices: null,
    today: TODAY,
    lastTopic: u.lastTopic,
    language: u.context,
  });
  for (const [path, want] of Object.entries(u.has ?? {})) {
    const value = at(got.patch, path);
    if (Array.isArray(want)) expect(value, path).toEqual(expect.arrayContaining([...want]));
    else expect(value, path).toBe(want);
  }
  for (const path of u.absent ?? []) expect(at(got.patch, path), path).toBeUndefined();
  for (const intent of u.intents ?? []) expect([...got.intents], intent).toContain(intent);
  for (const intent of u.notIntents ?? []) expect([...got.intents], intent).not.toContain(intent);
}

describe("held-out-3: new wordings", () => {
  for (const u of UTTERANCES) {
    if (u.knownBug) it.fails(`${u.id} (known bug: ${u.knownBug})`, () => expectReads(u));
    else it(u.id, () => expectReads(u));
  }
});
