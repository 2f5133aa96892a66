import { describe, expect, it } from "vitest";
import { lookupStateRules } from "../../tools/lookup-state-rules.js";
import { callOptions } from "../support/tool-context.js";

describe("lookupStateRules tool", () => {
  it("returns the state's facts with certainty per field", async () => {
    const out = (await lookupStateRules({ today: "2026-11-26", language: "en" }).execute!(
      { state: "WA" },
      callOptions,
    )) as {
      name: string;
      deadline: { value: { days: number; kind: string } };
    };
    expect(out.name).toBe("Washington");
    expect(out.deadline.value).toMatchObject({ days: 15, kind: "business" });
  });

  it("marks fee amounts indexed to a past year as something to check, counting from the request's today", async () => {
    type Fee = { feeRule: { certainty: string; caveat?: string } };
    // WAC 246-08-400's amounts are the 2020 figures, updated every two years.
    const late = (await lookupStateRules({ today: "2026-11-26", language: "en" }).execute!(
      { state: "WA" },
      callOptions,
    )) as Fee;
    expect(late.feeRule.certainty).toBe("uncertain");
    expect(late.feeRule.caveat).toMatch(/2020.*check/);
    const then = (await lookupStateRules({ today: "2020-06-01", language: "en" }).execute!(
      { state: "WA" },
      callOptions,
    )) as Fee;
    expect(then.feeRule.certainty).toBe("certain");
  });

  it("speaks the conversation's language: Spanish sentences, the data's English prose marked as English", async () => {
    type Facts = { name: string; disclaimer: string; closedPracticeRule: { value: string | null } };
    const es = (await lookupStateRules({ today: "2026-11-26", language: "es" }).execute!(
      { state: "TX" },
      callOptions,
    )) as Facts;
    const en = (await lookupStateRules({ today: "2026-11-26", language: "en" }).execute!(
      { state: "TX" },
      callOptions,
    )) as Facts;
    expect(es.disclaimer).toMatch(/^No es asesoría legal/);
    expect(es.closedPracticeRule.value).toBe(`«${en.closedPracticeRule.value}» (en inglés)`);
    const ny = (await lookupStateRules({ today: "2026-11-26", language: "es" }).execute!(
      { state: "NY" },
      callOptions,
    )) as Facts;
    expect(ny.name).toBe("Nueva York");
  });

  it("refuses a state code outside the list before the tool runs", async () => {
    const schema = lookupStateRules({ today: "2026-11-26", language: "en" }).inputSchema as unknown as {
      safeParse: (v: unknown) => { success: boolean };
    };
    expect(schema.safeParse({ state: "ZZ" }).success).toBe(false);
  });
});
