// `npm run score:guide`: the built-in guide on the frozen held-out corpus (issue 15); with
// `-- --set fresh`, on the fresh set kept unseen while the guide is improved. Prints one row per
// conversation, the totals beside their goals and the ten worst conversations with what went wrong;
// writes everything, transcripts included, to bench/results-guide.json (results-guide-fresh.json).
// Measures, never fails.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS } from "../test/conversation/held-out/corpus.js";
import { FRESH_CORPUS } from "../test/conversation/held-out/fresh/corpus.js";
import type { ConversationScore } from "../test/conversation/held-out/measure.js";
import { GOALS, scoreCorpus } from "../test/conversation/held-out/score.js";
import { ROOT } from "../test/support/wrangler-dev.js";

const SETS = {
  "held-out": { corpus: CORPUS, results: "results-guide.json" },
  fresh: { corpus: FRESH_CORPUS, results: "results-guide-fresh.json" },
};
const { values } = parseArgs({ options: { set: { type: "string", default: "held-out" } } });
const setName = values.set;
if (!(setName in SETS)) throw new Error(`--set must be one of: ${Object.keys(SETS).join(", ")}`);
const set = SETS[setName as keyof typeof SETS];

const started = performance.now();
const { conversations, totals, transcripts } = await scoreCorpus(set.corpus);

const cell = (n: number | null) => (n === null ? "—" : String(n));
const rows = conversations.map((s) => ({
  conversation: s.id,
  lang: `${s.lang}/${s.channel}`,
  msgs: String(s.messages),
  "facts kept": `${s.factsKept}/${s.factsStated}`,
  invented: String(s.invented.length),
  "re-asks": String(s.reAsks.length),
  unanswered: `${s.unanswered.length}/${s.questions}`,
  "dead ends": String(s.deadEnds.length),
  "→ rec": cell(s.toRecommendation),
  "→ letter": cell(s.toLetter),
  confirmed: s.confirmedLetter ? "yes" : "no",
}));
const headers = Object.keys(rows[0] ?? {}) as Array<keyof (typeof rows)[number]>;
const width = (h: (typeof headers)[number]) => Math.max(h.length, ...rows.map((r) => r[h].length));
const line = (values: Record<string, string>) => headers.map((h) => values[h]!.padEnd(width(h))).join("  ");
console.log(line(Object.fromEntries(headers.map((h) => [h, h]))));
for (const r of rows) console.log(line(r));

const mark = (ok: boolean) => (ok ? "ok" : "MISSED");
const summary: Array<[string, string, string, boolean]> = [
  [
    "facts kept",
    `${totals.factsKept}/${totals.factsStated} (${totals.factsKeptPct}%)`,
    `≥ ${GOALS.factsKeptPct}%`,
    totals.factsKeptPct >= GOALS.factsKeptPct,
  ],
  [
    "facts invented",
    `${totals.invented} in ${totals.conversationsInventing} conversations`,
    "0",
    totals.invented === 0,
  ],
  ["re-asks", `${totals.reAsks} in ${totals.conversationsReAsking} conversations`, "0", totals.reAsks === 0],
  ["unanswered questions", `${totals.unanswered} of ${totals.questions}`, "0", totals.unanswered === 0],
  ["dead ends", `${totals.deadEnds} in ${totals.conversationsDeadEnding} conversations`, "0", totals.deadEnds === 0],
  [
    `recommendation within ${GOALS.recommendationWithin} messages`,
    `${totals.recommendedWithinGoal}/${totals.conversations} (reached ${totals.recommended}, median ${cell(totals.medianToRecommendation)})`,
    "all",
    totals.recommendedWithinGoal === totals.conversations,
  ],
  [
    `letter within ${GOALS.confirmedLetterWithin} messages`,
    `${totals.lettersWithinGoal}/${totals.lettersWanted} (drafted ${totals.letters})`,
    "—",
    true,
  ],
  [
    `confirmed letter within ${GOALS.confirmedLetterWithin} messages`,
    `${totals.confirmedLettersWithinGoal}/${totals.lettersWanted} (confirmed ${totals.confirmedLetters})`,
    "all",
    totals.confirmedLettersWithinGoal === totals.lettersWanted,
  ],
];
console.log(`\n${setName}: ${totals.conversations} conversations, ${totals.patientMessages} patient messages`);
for (const [what, value, goal, ok] of summary)
  console.log(`${what.padEnd(42)} ${value.padEnd(48)} goal ${goal.padEnd(6)} ${mark(ok)}`);

/** How far a conversation is from the goals, for the "worst" list: each miss weighs by its harm. */
const badness = (s: ConversationScore) =>
  s.factsStated -
  s.factsKept +
  2 * s.invented.length +
  s.reAsks.length +
  2 * s.unanswered.length +
  3 * s.deadEnds.length +
  (s.toRecommendation === null || s.toRecommendation > GOALS.recommendationWithin ? 2 : 0) +
  (s.wantsLetter && (s.toLetter === null || s.toLetter > GOALS.confirmedLetterWithin) ? 2 : 0);
console.log("\nWorst 10:");
for (const s of [...conversations].sort((a, b) => badness(b) - badness(a)).slice(0, 10)) {
  console.log(`\n${s.id} (${badness(s)})`);
  const list = (label: string, items: string[]) => items.length > 0 && console.log(`  ${label}: ${items.join("; ")}`);
  list("missing", s.missing);
  list("wrong", s.wrong);
  list("invented", s.invented);
  list("re-asks", s.reAsks);
  list("unanswered", s.unanswered);
  list("dead ends", s.deadEnds);
  console.log(`  recommendation at ${cell(s.toRecommendation)}, letter at ${cell(s.toLetter)}`);
}

const out = join(ROOT, "bench", set.results);
writeFileSync(
  out,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      goals: GOALS,
      totals,
      conversations,
      transcripts: transcripts.map((t) => ({
        id: t.conversation.id,
        intake: t.intake,
        turns: t.turns.map((turn) => ({
          n: turn.n,
          kind: turn.kind,
          patient: turn.said,
          assistant: turn.reply.text,
          choices: turn.reply.choices,
          ...(turn.reply.recommended ? { recommended: true } : {}),
          ...(turn.reply.document ? { document: true } : {}),
          ...(turn.reply.error ? { error: turn.reply.error } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to bench/${set.results} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
