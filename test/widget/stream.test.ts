// The panel's stream reading: SSE framing split at any byte, and the UI-message reducer that turns
// chunks into the same parts the server stores, so live and reloaded messages render alike; on
// hand-written chunks, and on the streams the server itself answers a conversation with.
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterLetter } from "../../src/conversation/guide/replies.js";
import { loadSession, sendTurn } from "../../src/widget/browser/api.js";
import { sseParser } from "../../src/widget/sse.js";
import {
  applyChunk,
  fromStored,
  type Part,
  plainText,
  toolOutputs,
  type ViewMessage,
} from "../../src/widget/ui-message.js";
import { testApp } from "../support/app.js";
import { draftReviewedReply, quickReplies, quickReply } from "../support/quick-replies.js";

const STREAM = [
  { type: "start", messageId: "m1", messageMetadata: { model: "guide" } },
  { type: "start-step" },
  { type: "tool-input-available", toolCallId: "c1", toolName: "updateIntake", input: { state: "OH" } },
  { type: "tool-output-available", toolCallId: "c1", output: { intake: { state: "OH" } } },
  { type: "text-start", id: "t1" },
  { type: "text-delta", id: "t1", delta: "Which records " },
  { type: "text-delta", id: "t1", delta: "do you need?" },
  { type: "data-choices", data: { topic: "records", options: [{ label: "All", value: "the full chart" }] } },
  { type: "text-end", id: "t1" },
  { type: "finish" },
];
const wire = `${STREAM.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;

describe("sseParser", () => {
  it("yields every event's data whatever the chunk boundaries", () => {
    for (const size of [1, 3, 17, wire.length]) {
      const got: string[] = [];
      const push = sseParser((d) => got.push(d));
      for (let i = 0; i < wire.length; i += size) push(wire.slice(i, i + size));
      push("", true);
      expect(got).toHaveLength(STREAM.length + 1);
      expect(got.at(-1)).toBe("[DONE]");
      expect(JSON.parse(got[5]!)).toEqual(STREAM[5]);
    }
  });

  it("accepts CRLF line ends, multi-line data and a last event without a blank line", () => {
    const got: string[] = [];
    const push = sseParser((d) => got.push(d));
    push(": comment\r\ndata: a\r\ndata: b\r\n\r\ndata:c");
    push("", true);
    expect(got).toEqual(["a\nb", "c"]);
  });
});

describe("applyChunk", () => {
  it("drops what a withdrawn LLM attempt showed and keeps the guide's reply that follows", () => {
    const m: ViewMessage = { id: "", role: "assistant", parts: [] };
    const attempt = [
      { type: "start", messageId: "m1", messageMetadata: { model: "openai" } },
      { type: "text-start", id: "0" },
      { type: "text-delta", id: "0", delta: "Let me look at the ways to" },
      { type: "data-choices", data: { topic: "state", options: [{ label: "Ohio", value: "OH" }] } },
      { type: "data-withdraw", data: { reason: "llm_failed" } },
    ];
    for (const c of [...attempt, ...STREAM]) applyChunk(m, c);
    expect(plainText(m)).toBe("Which records do you need?");
    expect(m.parts.filter((p) => p.type === "data-choices")).toHaveLength(1);
    expect(m.parts.some((p) => p.type === "data-withdraw")).toBe(false);
  });

  it("builds the message parts the server would store", () => {
    const m: ViewMessage = { id: "", role: "assistant", parts: [] };
    for (const c of STREAM) applyChunk(m, c);
    expect(m.id).toBe("m1");
    expect(plainText(m)).toBe("Which records do you need?");
    expect(m.parts.map((p) => p.type)).toEqual(["tool-updateIntake", "text", "data-choices"]);
    expect(toolOutputs([m], "updateIntake")).toEqual([{ intake: { state: "OH" } }]);
  });

  it("keeps error chunks and ignores junk", () => {
    const m: ViewMessage = { id: "", role: "assistant", parts: [] };
    for (const c of [null, 42, "x", { type: "mystery" }, { type: "error", errorText: "Sorry" }]) applyChunk(m, c);
    expect(m.parts).toEqual([{ type: "error", text: "Sorry" }]);
  });

  it("replaces a data part sent again with the same id", () => {
    const m: ViewMessage = { id: "", role: "assistant", parts: [] };
    applyChunk(m, { type: "data-document", id: "d", data: { v: 1 } });
    applyChunk(m, { type: "data-document", id: "d", data: { v: 2 } });
    expect(m.parts).toEqual([{ type: "data-document", id: "d", data: { v: 2 } }]);
  });
});

describe("fromStored", () => {
  it("keeps user and assistant messages and drops anything malformed", () => {
    const stored = [
      { id: "1", role: "user", parts: [{ type: "text", text: "hi" }] },
      { id: "2", role: "system", parts: [] },
      { id: "3", role: "assistant", parts: [{ type: "text", text: "hello" }, null] },
      "junk",
    ];
    expect(fromStored(stored)).toEqual([
      { id: "1", role: "user", parts: [{ type: "text", text: "hi" }] },
      { id: "3", role: "assistant", parts: [{ type: "text", text: "hello" }] },
    ]);
    expect(fromStored(null)).toEqual([]);
  });
});

describe("the panel reading the server's own streams", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** What a part shows on screen, whatever else the AI SDK stores with it (state, step markers). */
  function shown(parts: Part[]): unknown[] {
    return parts.flatMap((p): unknown[] => {
      if (p.type === "text" && "text" in p) return [{ type: p.type, text: p.text }];
      if (p.type === "error" && "text" in p) return [{ type: p.type, text: p.text }];
      if (p.type.startsWith("data-") && "data" in p) return [{ type: p.type, data: p.data }];
      if (p.type.startsWith("tool-") && "toolCallId" in p)
        return [{ type: p.type, toolCallId: p.toolCallId, input: p.input, output: p.output }];
      return [];
    });
  }

  /** The quick replies a message offers (its last data-choices part), as the panel shows them. */
  const choicesOf = (m: ViewMessage) =>
    (m.parts.findLast((p) => p.type === "data-choices") as { data: { options: unknown } } | undefined)?.data.options;

  it("builds each reply exactly as the server stored it: text, quick replies, recommendation, review and letter", async () => {
    const { fetch } = await testApp();
    const base = "http://recordpath.test";
    // The panel calls its own origin ("/api/chat"); here that origin is the app in this process.
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(new URL(String(input), base).toString(), init),
    );
    const id = `stream-${crypto.randomUUID().replaceAll("-", "")}`;
    // A hospital is not asked whether it is still open, so the third answer brings the recommendation
    // with the letter's first question.
    const turns = [
      "I need the whole chart from the hospital where the surgery was, in Texas",
      quickReply("requester", 1),
      "Mercy General Hospital in Austin",
      "Maria Lopez, March 4, 1980",
      draftReviewedReply(),
    ];
    const replies: ViewMessage[] = [];
    // The first turn's response brings the session's token; every later call carries it.
    let token = "";
    for (const text of turns) {
      const reply: ViewMessage = { id: "", role: "assistant", parts: [] };
      await sendTurn({
        id,
        token,
        messageId: crypto.randomUUID(),
        text,
        clinic: null,
        lang: "en",
        signal: new AbortController().signal,
        onChunk: (c) => applyChunk(reply, c),
        onToken: (t) => {
          token = t;
        },
      });
      replies.push(reply);
    }

    expect(token).toMatch(new RegExp(`^${id}\\.[\\w-]{43}$`));
    const session = await loadSession({ id, token }, null);
    if (!session) throw new Error("the conversation was not stored");
    const stored = fromStored(session.messages).filter((m) => m.role === "assistant");
    expect(replies.map((r) => r.id)).toEqual(stored.map((m) => m.id));
    expect(replies.map((r) => shown(r.parts))).toEqual(stored.map((m) => shown(m.parts)));

    const [first, , recommended, reviewed, drafted] = replies;
    expect(plainText(first!)).toMatch(/Who are the records for\?/);
    expect(choicesOf(first!)).toEqual(quickReplies("requester").options);
    expect(toolOutputs([recommended!], "recommendPath")).toEqual([
      expect.objectContaining({
        paths: expect.arrayContaining([expect.objectContaining({ path: "provider", rank: 1 })]),
      }),
    ]);
    const review = reviewed!.parts.find((p) => p.type === "data-review");
    expect(review).toMatchObject({ data: { kind: "access_request", draftValue: draftReviewedReply() } });
    expect(reviewed!.parts.some((p) => p.type === "data-document")).toBe(false);
    // After the letter, its next steps (how to send it, when it is due, another letter).
    expect(choicesOf(drafted!)).toEqual(afterLetter("en").options);
    const card = drafted!.parts.find((p) => p.type === "data-document");
    expect(card).toMatchObject({
      data: {
        kind: "access_request",
        url: expect.stringMatching(/^http:\/\/recordpath\.test\/api\/documents\/[\w-]{43}$/),
      },
    });
    const letter = await fetch((card as { data: { url: string } }).data.url);
    expect(letter.status).toBe(200);
    expect(letter.headers.get("content-type")).toMatch(/wordprocessingml/);
  });
});
