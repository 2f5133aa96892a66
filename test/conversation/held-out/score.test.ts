// The held-out scorer runs the whole frozen corpus through the app and measures it. The goals are
// reported by `npm run score:guide`, not asserted here; this checks the corpus and the measuring.
import { describe, expect, it } from "vitest";
import { CORPUS, type Conversation } from "./corpus.js";
import { MAX_PATIENT_MESSAGES, type Transcript, type Turn } from "./drive.js";
import { FRESH_CORPUS } from "./fresh/corpus.js";
import { measure } from "./measure.js";
import { type ReadReply, readMessage } from "./reply.js";
import { scoreCorpus } from "./score.js";
import { corpusProblems } from "./well-formed.js";

const PATIENT: Conversation = {
  id: "synthetic",
  description: "A patient built for checking the measures.",
  lang: "en",
  channel: "web",
  tags: [],
  opening: "need my records from St. Joseph's in ohio thx",
  facts: { "provider.name": "St. Joseph's", state: "OH" },
  respond: { rules: [], otherwise: ["idk"] },
  letter: { say: "letter pls", confirm: "yes" },
};

const said = (text: string, choices: string[] = []): ReadReply => readMessage(undefined, text, choices);

function transcript(turns: Array<Omit<Turn, "n">>, intake: Transcript["intake"]): Transcript {
  return { conversation: PATIENT, turns: turns.map((t, i) => ({ n: i + 1, ...t })), intake };
}

describe("the held-out corpus", () => {
  it("is well-formed: unique ids, facts in every opening, each fact a valid value at a real Intake path", () => {
    expect(corpusProblems(CORPUS)).toEqual([]);
  });

  it("has a fresh set just as well-formed, none of its ids shared with the first corpus", () => {
    expect(FRESH_CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(corpusProblems([...CORPUS, ...FRESH_CORPUS])).toEqual([]);
  });

  it("reports a fact at a path the Intake does not have and a planned turn past the last message", () => {
    const broken = {
      ...PATIENT,
      facts: { "provider.nickname": "Joe's" } as unknown as Conversation["facts"],
      respond: { rules: [], otherwise: ["idk"], plan: [{ at: MAX_PATIENT_MESSAGES + 1, say: "hi" }] },
    };
    expect(corpusProblems([broken])).toEqual([
      "synthetic opening: provider.nickname is not an Intake path",
      `synthetic: planned turn ${MAX_PATIENT_MESSAGES + 1} is outside 2–${MAX_PATIENT_MESSAGES}`,
    ]);
  });
});

describe("the measures", () => {
  it("counts a kept fact, a name cut short as wrong, and a name the patient never wrote as invented", () => {
    const score = measure(
      transcript(
        [{ said: PATIENT.opening, kind: "opening", facts: PATIENT.facts, reply: said("Which records do you need?") }],
        { state: "OH", provider: { name: "Joseph's" }, patient: { name: "Dr. Thx" } },
      ),
    );
    expect(score.factsKept).toBe(1);
    expect(score.factsStated).toBe(2);
    expect(score.wrong).toEqual([`provider.name = "Joseph's" (said "St. Joseph's")`]);
    expect(score.invented).toEqual([`patient.name = "Dr. Thx"`]);
  });

  it("counts the same question after the patient answered it, and a question for a fact already given", () => {
    const score = measure(
      transcript(
        [
          {
            said: PATIENT.opening,
            kind: "opening",
            facts: PATIENT.facts,
            reply: said("Which state did you get the care in?"),
          },
          { said: "ohio", kind: "rule", facts: { state: "OH" }, reply: said("Which records do you need?") },
          { said: "idk", kind: "otherwise", reply: said("Thanks. Which records do you need?") },
        ],
        { state: "OH", provider: { name: "St. Joseph's" } },
      ),
    );
    expect(score.reAsks).toEqual(["#1 asked for state already given", '#3 asked again: "Which records do you need?"']);
  });

  it("counts a patient question whose reply misses the answer, and a reply that leads nowhere", () => {
    const score = measure(
      transcript(
        [
          {
            said: "can they refuse because I owe money?",
            kind: "opening",
            facts: PATIENT.facts,
            mustAnswer: [/may not withhold/i],
            reply: said("Which records do you need?"),
          },
          { said: "lol", kind: "plan", reply: said("Okay.") },
        ],
        { state: "OH", provider: { name: "St. Joseph's" } },
      ),
    );
    expect(score.unanswered).toEqual(['#1 "can they refuse because I owe money?"']);
    expect(score.deadEnds).toEqual(['#2 no question, no next step: "Okay."']);
  });
});

describe("the held-out scorer", () => {
  it("drives every conversation of the corpus through the app to its end and measures it", async () => {
    const { conversations, totals } = await scoreCorpus(CORPUS);
    expect(conversations.map((s) => s.id)).toEqual(CORPUS.map((c) => c.id));
    for (const s of conversations) {
      expect(s.messages).toBeGreaterThan(0);
      expect(s.messages).toBeLessThanOrEqual(MAX_PATIENT_MESSAGES);
      expect(s.factsStated).toBeGreaterThan(0);
    }
    expect(totals.conversations).toBe(CORPUS.length);
  });
});
