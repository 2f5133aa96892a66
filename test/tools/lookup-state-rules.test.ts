import { describe, expect, it } from "vitest";
import { lookupStateRules } from "../../tools/lookup-state-rules.js";
import { callOptions } from "../support/tool-context.js";

describe("lookupStateRules tool", () => {
  it("returns the state's facts with certainty per field", async () => {
    const out = (await lookupStateRules().execute!({ state: "WA" }, callOptions)) as {
      name: string;
      deadline: { value: { days: number; kind: string } };
    };
    expect(out.name).toBe("Washington");
    expect(out.deadline.value).toMatchObject({ days: 15, kind: "business" });
  });

  it("refuses a state code outside the list before the tool runs", async () => {
    const schema = lookupStateRules().inputSchema as unknown as { safeParse: (v: unknown) => { success: boolean } };
    expect(schema.safeParse({ state: "ZZ" }).success).toBe(false);
  });
});
