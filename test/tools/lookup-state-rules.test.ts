import { describe, expect, it } from "vitest";
import { lookupStateRules } from "../../tools/lookup-state-rules.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("lookupStateRules tool", () => {
  it("returns the state's facts with certainty per field", async () => {
    const { ctx } = await toolContext();
    const out = (await lookupStateRules(ctx).execute!({ state: "WA" }, callOptions)) as {
      name: string;
      deadline: { value: { days: number; kind: string } };
    };
    expect(out.name).toBe("Washington");
    expect(out.deadline.value).toMatchObject({ days: 15, kind: "business" });
  });

  it("refuses a state code outside the list before the tool runs", async () => {
    const { ctx } = await toolContext();
    const schema = lookupStateRules(ctx).inputSchema as unknown as { safeParse: (v: unknown) => { success: boolean } };
    expect(schema.safeParse({ state: "ZZ" }).success).toBe(false);
  });
});
