// updateIntake through the AI SDK's own tool-call handling: a multi-line value in a one-line field
// is refused as data the model can act on; any other bad input still fails the call; a clean
// patch is recorded.
import { generateText, stepCountIs } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { ONE_LINE_MESSAGE } from "../../src/domain/one-line.js";
import { updateIntake } from "../../tools/update-intake.js";
import { toolContext } from "../support/tool-context.js";

const USAGE = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

/** Runs one model step that calls updateIntake with `input`, then a step that just answers. */
async function callWith(input: unknown) {
  const { ctx } = await toolContext({ state: "TX" });
  const model = new MockLanguageModelV4({
    doGenerate: [
      {
        content: [{ type: "tool-call", toolCallId: "c1", toolName: "updateIntake", input: JSON.stringify(input) }],
        finishReason: { unified: "tool-calls", raw: undefined },
        usage: USAGE,
        warnings: [],
      },
      {
        content: [{ type: "text", text: "ok" }],
        finishReason: { unified: "stop", raw: undefined },
        usage: USAGE,
        warnings: [],
      },
    ],
  });
  const result = await generateText({
    model,
    tools: { updateIntake: updateIntake(ctx) },
    prompt: "hi",
    stopWhen: stepCountIs(2),
  });
  const parts = result.steps[0]?.content ?? [];
  return { ctx, model, parts };
}

describe("updateIntake", () => {
  it("refuses a multi-line provider name as data naming the field, and records nothing", async () => {
    const { ctx, parts, model } = await callWith({
      provider: { name: "Mercy General\nHospital", type: "hospital" },
      patient: { name: "Maria Lopez" },
    });
    const result = parts.find((p) => p.type === "tool-result");
    expect(parts.some((p) => p.type === "tool-error")).toBe(false);
    expect(result?.output).toMatchObject({
      error: expect.stringMatching(new RegExp(`^provider\\.name ${ONE_LINE_MESSAGE}\\. Nothing was recorded`)),
      changed: [],
    });
    expect(ctx.turn.intake).toEqual({ state: "TX" });
    // The model was told: the schema it saw says so.
    expect(JSON.stringify(model.doGenerateCalls[0]?.tools)).toContain(
      "Name of the provider or facility holding the records. One line.",
    );
    // The model hears the refusal and can send the value again on one line.
    expect(JSON.stringify(model.doGenerateCalls[1]?.prompt)).toContain("must be one line");
  });

  it("still fails a call whose input is wrong in any other way", async () => {
    const { ctx, parts } = await callWith({ provider: { name: "Mercy\nGeneral", type: "castle" } });
    expect(parts.some((p) => p.type === "tool-error")).toBe(true);
    expect(ctx.turn.intake).toEqual({ state: "TX" });
  });

  it("records a clean patch and says which fields changed", async () => {
    const { ctx, parts } = await callWith({ provider: { name: "  Mercy General Hospital " } });
    expect(parts.find((p) => p.type === "tool-result")?.output).toMatchObject({ changed: ["provider"] });
    expect(ctx.turn.intake).toEqual({ state: "TX", provider: { name: "Mercy General Hospital" } });
  });
});
