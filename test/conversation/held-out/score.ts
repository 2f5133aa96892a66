// The held-out scorer: drives every corpus conversation through the real app (createApp with the
// built-in guide and the memory store, as the tests build it; web chat or SMS) and totals the
// measures issue 15 sets goals for. Reports; asserts nothing.
import { testApp } from "../../support/app.js";
import { SCORER_ENV, smsLine, webLine } from "./channels.js";
import { drive, type Transcript } from "./drive.js";
import { type ConversationScore, measure } from "./measure.js";
import type { Conversation } from "./types.js";

/** Issue 15's goals on the frozen corpus. */
export const GOALS = {
  factsKeptPct: 95,
  invented: 0,
  reAsks: 0,
  unanswered: 0,
  deadEnds: 0,
  recommendationWithin: 5,
  confirmedLetterWithin: 8,
} as const;

interface Totals {
  conversations: number;
  patientMessages: number;
  factsStated: number;
  factsKept: number;
  factsKeptPct: number;
  invented: number;
  conversationsInventing: number;
  reAsks: number;
  conversationsReAsking: number;
  questions: number;
  unanswered: number;
  deadEnds: number;
  conversationsDeadEnding: number;
  recommended: number;
  recommendedWithinGoal: number;
  medianToRecommendation: number | null;
  lettersWanted: number;
  letters: number;
  lettersWithinGoal: number;
  confirmedLetters: number;
  confirmedLettersWithinGoal: number;
}

export interface CorpusScore {
  conversations: ConversationScore[];
  totals: Totals;
  transcripts: Transcript[];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sums the per-conversation measures. */
function totalsOf(scores: readonly ConversationScore[]): Totals {
  const sum = (f: (s: ConversationScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const count = (f: (s: ConversationScore) => boolean) => scores.filter(f).length;
  const factsStated = sum((s) => s.factsStated);
  const factsKept = sum((s) => s.factsKept);
  const toRecommendation = scores.flatMap((s) => (s.toRecommendation === null ? [] : [s.toRecommendation]));
  const withinLetterGoal = (s: ConversationScore) => s.toLetter !== null && s.toLetter <= GOALS.confirmedLetterWithin;
  return {
    conversations: scores.length,
    patientMessages: sum((s) => s.messages),
    factsStated,
    factsKept,
    factsKeptPct: factsStated === 0 ? 100 : Math.round((factsKept / factsStated) * 1000) / 10,
    invented: sum((s) => s.invented.length),
    conversationsInventing: count((s) => s.invented.length > 0),
    reAsks: sum((s) => s.reAsks.length),
    conversationsReAsking: count((s) => s.reAsks.length > 0),
    questions: sum((s) => s.questions),
    unanswered: sum((s) => s.unanswered.length),
    deadEnds: sum((s) => s.deadEnds.length),
    conversationsDeadEnding: count((s) => s.deadEnds.length > 0),
    recommended: toRecommendation.length,
    recommendedWithinGoal: toRecommendation.filter((n) => n <= GOALS.recommendationWithin).length,
    medianToRecommendation: median(toRecommendation),
    lettersWanted: count((s) => s.wantsLetter),
    letters: count((s) => s.toLetter !== null),
    lettersWithinGoal: count(withinLetterGoal),
    confirmedLetters: count((s) => s.confirmedLetter),
    confirmedLettersWithinGoal: count((s) => s.confirmedLetter && withinLetterGoal(s)),
  };
}

/** Drives and measures every conversation of `corpus`, one app for all (each its own session or phone). */
export async function scoreCorpus(corpus: readonly Conversation[]): Promise<CorpusScore> {
  const { store, fetch } = await testApp({}, SCORER_ENV);
  const transcripts: Transcript[] = [];
  for (const [i, c] of corpus.entries()) {
    const line =
      c.channel === "sms"
        ? smsLine(fetch, store, `+1555010${String(i).padStart(4, "0")}`)
        : webLine(fetch, store, `held-out-${i}-${crypto.randomUUID().replaceAll("-", "")}`);
    transcripts.push(await drive(c, line));
  }
  const conversations = transcripts.map(measure);
  return { conversations, totals: totalsOf(conversations), transcripts };
}
