// The panel's stream reading: SSE framing split at any byte, and the UI-message reducer that turns
// chunks into the same parts the server stores, so live and reloaded messages render alike.
import { describe, expect, it } from "vitest";
import { sseParser } from "../../src/widget/sse.js";
import { applyChunk, fromStored, plainText, toolOutputs, type ViewMessage } from "../../src/widget/ui-message.js";

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
