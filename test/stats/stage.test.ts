// The funnel a transcript maps to, and the counter deltas of a committed turn: pure functions over
// hand-made transcripts (the scripted conversations in test/channels/admin-stats.test.ts run the real ones).
import { describe, expect, it } from "vitest";
import { type ChatMessage, newSession, type Session } from "../../src/sessions/session.js";
import { METRICS } from "../../src/stats/metrics.js";
import { lastQuestion, QUESTION_LABELS, QUESTIONS } from "../../src/stats/question.js";
import { turnDeltas } from "../../src/stats/record.js";
import { recommendedPaths, STAGE_LABELS, STAGES, stageOf } from "../../src/stats/stage.js";

type Part = ChatMessage["parts"][number];
let n = 0;
const user = (text = "hello"): ChatMessage => ({ id: `u${++n}`, role: "user", parts: [{ type: "text", text }] });
const assistant = (...parts: unknown[]): ChatMessage => ({
  id: `a${++n}`,
  role: "assistant",
  parts: [{ type: "text", text: "…" }, ...(parts as Part[])],
});
const tool = (name: string, output: unknown, state = "output-available") => ({
  type: `tool-${name}`,
  toolCallId: `c${++n}`,
  state,
  input: {},
  output,
});
const choices = (topic: string) => ({ type: "data-choices", data: { topic, options: [{ label: "x", value: "x" }] } });
const recommend = (top: string) =>
  tool("recommendPath", {
    paths: [
      { path: top, rank: 1 },
      { path: "insurer", rank: 2 },
    ],
  });

describe("where a conversation stands", () => {
  it("walks the funnel from the first message to 'I sent it'", () => {
    const t: ChatMessage[] = [user(), assistant(choices("requester"))];
    expect(stageOf(t)).toBe("opened");
    t.push(user(), assistant(choices("state")));
    expect(stageOf(t)).toBe("situation");
    t.push(user(), assistant(recommend("provider"), choices("next")));
    expect(stageOf(t)).toBe("recommendation");
    t.push(user(), assistant(choices("patient.name")));
    expect(stageOf(t)).toBe("details");
    t.push(
      user(),
      assistant(tool("showReview", { kind: "access_request", items: [] }), { type: "data-review", data: {} }),
    );
    expect(stageOf(t)).toBe("review");
    t.push(user(), assistant(tool("draftRequest", { title: "x" }), { type: "data-document", data: {} }));
    expect(stageOf(t)).toBe("drafted");
    t.push(user(), assistant(tool("trackRequest", { sentOn: "2026-11-26" }), { type: "data-tracker", data: {} }));
    expect(stageOf(t)).toBe("sent");
    // Later questions (another letter's details) do not move it back: the furthest stage reached.
    t.push(user(), assistant(choices("letter.records")));
    expect(stageOf(t)).toBe("sent");
  });

  it("does not count a tool that answered { error } or did not finish", () => {
    const t = [
      user(),
      assistant(tool("recommendPath", { error: "Nothing is known yet." })),
      user(),
      assistant(
        tool("draftRequest", { error: "Show the review first." }),
        tool("trackRequest", undefined, "input-available"),
      ),
    ];
    expect(stageOf(t)).toBe("situation");
  });

  it("maps an LLM's free-form or early topics into the funnel, never a new stage", () => {
    // A name asked before any recommendation is still the situation; an unknown topic changes nothing.
    expect(stageOf([user(), assistant(choices("patient.name")), user(), assistant(choices("favourite_colour"))])).toBe(
      "situation",
    );
    // After a recommendation, any "letter.*" topic or a recorded signer is the letter's details.
    const after = [user(), assistant(recommend("portal"))];
    expect(stageOf([...after, user(), assistant(choices("letter.whatever_the_llm_said"))])).toBe("details");
    expect(stageOf([...after, user(), assistant(tool("updateIntake", { intake: {}, changed: ["patient"] }))])).toBe(
      "details",
    );
    expect(stageOf([...after, user(), assistant(tool("updateIntake", { intake: {}, changed: ["state"] }))])).toBe(
      "recommendation",
    );
    for (const topic of ["x", "letter.", "tracker.sent", "after_letter", ""])
      expect(STAGES).toContain(stageOf([...after, user(), assistant(choices(topic))]));
  });

  it("has an English label for every stage, and the stops metric lists exactly the stages", () => {
    expect(Object.keys(STAGE_LABELS)).toEqual([...STAGES]);
    expect(METRICS.find((m) => m.id === "stops")?.keys).toEqual(STAGES);
  });

  it("lists each recommendation's top path once, in order", () => {
    const t = [
      user(),
      assistant(recommend("provider")),
      user(),
      assistant(recommend("provider")),
      assistant(recommend("portal")),
    ];
    expect(recommendedPaths(t)).toEqual(["provider", "portal"]);
  });
});

describe("a committed turn's counter deltas", () => {
  const at = new Date("2026-11-26T23:59:00Z");
  /** The session as a turn begins: `messages` stored, the patient's new message appended, `turns` answered so far. */
  const begun = (messages: ChatMessage[], turns: number, extra: Partial<Session> = {}): Session => ({
    ...newSession("sess-0123456789abcdef", "web", at, "riverbend"),
    messages: [...messages, user()],
    turns: Array.from({ length: turns }, () => ({ at: at.toISOString(), model: "guide" })),
    ...extra,
  });

  it("starts the conversation on its channel on its first committed turn, at its stage", () => {
    const before = begun([], 0, { channel: "sms" });
    expect(
      turnDeltas(before, { messages: [...before.messages, assistant(choices("requester"))], documents: [] }),
    ).toEqual({
      "started:sms": 1,
      "stop:opened": 1,
      "ask:requester": 1,
    });
  });

  it("moves the stop (−1 old, +1 new) only when the stage changed", () => {
    const stored = [user(), assistant(choices("requester"))];
    const before = begun(stored, 1);
    const same = turnDeltas(before, { messages: [...before.messages, assistant(choices("requester"))], documents: [] });
    // The patient answered: "opened" becomes "situation".
    expect(same).toEqual({ "stop:opened": -1, "stop:situation": 1 });
    const later = begun([...stored, user(), assistant(choices("state"))], 2);
    // Still "situation", but the question left open moved on.
    expect(turnDeltas(later, { messages: [...later.messages, assistant(choices("purpose"))], documents: [] })).toEqual({
      "ask:state": -1,
      "ask:purpose": 1,
    });
  });

  it("counts a path once per conversation, and a later different top path too", () => {
    const stored = [user(), assistant(choices("state")), user(), assistant(recommend("provider"))];
    const before = begun(stored, 2);
    const again = turnDeltas(before, {
      messages: [...before.messages, assistant(recommend("provider"))],
      documents: [],
    });
    expect(again).toEqual({});
    const changed = turnDeltas(before, {
      messages: [...before.messages, assistant(recommend("portal"))],
      documents: [],
    });
    expect(changed).toEqual({ "path:portal": 1 });
  });

  it("counts each letter drafted in the turn by kind, and ignores a kind the dashboard does not list", () => {
    const stored = [user(), assistant(recommend("provider")), user(), assistant({ type: "data-review", data: {} })];
    const before = begun(stored, 2);
    const drafted = turnDeltas(before, {
      messages: [
        ...before.messages,
        assistant({ type: "data-document", data: {} }, { type: "data-document", data: {} }),
      ],
      documents: [{ kind: "access_request" }, { kind: "ocr_complaint" }, { kind: "made_up" }],
    });
    expect(drafted).toEqual({
      "letter:access_request": 1,
      "letter:ocr_complaint": 1,
      "stop:review": -1,
      "stop:drafted": 1,
    });
  });

  it("writes only the metrics' own fields: never an id, a text or a time", () => {
    const before = begun([], 0);
    const deltas = turnDeltas(before, {
      messages: [...before.messages, assistant(choices("Dana Lee 555-0100"), recommend("<script>"))],
      documents: [{ kind: "Dana Lee" }],
    });
    expect(deltas).toEqual({ "started:web": 1, "stop:recommendation": 1, "ask:other": 1 });
  });
});

describe("the question a conversation stopped at", () => {
  it("is the last reply's quick replies' topic when the guide asks it, 'other' for any other, 'none' without one", () => {
    expect(lastQuestion([user(), assistant(choices("state"))])).toBe("state");
    expect(lastQuestion([user(), assistant(choices("state")), user(), assistant(choices("letter.contact"))])).toBe(
      "letter.contact",
    );
    // An LLM's own topic, or a patient's words in one, is never a key of its own.
    expect(lastQuestion([user(), assistant(choices("patient.isDeceased"))])).toBe("other");
    expect(lastQuestion([user(), assistant(choices("Dana Lee 555-0100"))])).toBe("other");
    // A reply with no question (a recommendation, a letter) leaves none open, whatever came before.
    expect(lastQuestion([user(), assistant(choices("state")), user(), assistant(recommend("provider"))])).toBe("none");
    expect(lastQuestion([user()])).toBe("none");
    // The guide's menus and the tracker's questions after a letter leave no question about the request open.
    for (const menu of ["next", "after_letter", "start", "tracker.sent", "tracker.received"])
      expect(lastQuestion([user(), assistant(choices(menu))])).toBe("none");
  });

  it("has an English label for every key, and the questions metric lists them all, the guide's topics first", () => {
    expect(METRICS.find((m) => m.id === "questions")?.keys).toEqual(QUESTIONS);
    for (const q of QUESTIONS) expect(QUESTION_LABELS[q]).toMatch(/^[A-Z]/);
    expect(QUESTIONS.slice(-2)).toEqual(["other", "none"]);
  });
});
