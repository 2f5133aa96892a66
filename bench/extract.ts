// Benchmark: how long extract() takes per patient message over the whole extraction corpus, and on
// the longest message a patient may send (4,000 characters of patterns that could make a regex slow).
import { extract } from "../src/conversation/guide/extract.js";
import { CORPUS, readItem, TODAY } from "../test/conversation/guide/extract-corpus.js";
import { quantile, round } from "./stats.js";

/** Goal: well under half a millisecond per message (median). */
export const EXTRACT_GOAL_MS = 0.5;
/** Goal: even a 4,000-character message is read within 25 ms. */
export const LONGEST_MESSAGE_GOAL_MS = 25;

/** Messages at the 4,000-character limit that repeat what the extractors look for. */
const LONGEST = ["a".repeat(4000), "Dr ".repeat(1333), "my mom my dad ".repeat(285), "x@".repeat(2000)];

export interface ExtractTimes {
  messages: number;
  /** Per message, in microseconds: a message takes far less than a millisecond. */
  medianUs: number;
  p95Us: number;
  /** The slowest of the longest messages, each timed after one untimed run. */
  longestMaxMs: number;
}

/** Times every corpus message `rounds` times after one untimed pass; times in milliseconds. */
export function benchExtract(rounds = 20): ExtractTimes {
  for (const item of CORPUS) readItem(item);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of CORPUS) {
      const start = performance.now();
      readItem(item);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const ctx = { intake: {}, lastChoices: null, today: TODAY, lastTopic: "provider.name" };
  let longestMaxMs = 0;
  for (const text of LONGEST) {
    extract(text, ctx);
    const start = performance.now();
    extract(text, ctx);
    longestMaxMs = Math.max(longestMaxMs, performance.now() - start);
  }
  return {
    messages: CORPUS.length,
    medianUs: Math.round(quantile(times, 0.5) * 1000),
    p95Us: Math.round(quantile(times, 0.95) * 1000),
    longestMaxMs: round(longestMaxMs),
  };
}
