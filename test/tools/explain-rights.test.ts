import { describe, expect, it } from "vitest";
import { explainRights } from "../../tools/explain-rights.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("explainRights tool", () => {
  it("explains fees with citations, tailored to the state in the Intake", async () => {
    const { ctx } = await toolContext({ state: "PA" });
    const out = (await explainRights(ctx).execute!({ topic: "fees" }, callOptions)) as {
      statements: Array<{ text: string; cite?: string }>;
    };
    const text = out.statements.map((s) => s.text).join(" ");
    expect(text).toMatch(/cost-based/);
    expect(text).toMatch(/Pennsylvania/);
    expect(out.statements.some((s) => s.cite?.includes("164.524(c)(4)"))).toBe(true);
  });

  it("passes the turn's today, so Pennsylvania's 2025 amounts are 'check this' in 2026", async () => {
    const { ctx } = await toolContext({ state: "PA" });
    const out = (await explainRights(ctx).execute!({ topic: "fees" }, callOptions)) as {
      statements: Array<{ text: string; certainty: string }>;
    };
    const pa = out.statements.find((s) => s.text.startsWith("Pennsylvania"));
    expect(pa?.text).toMatch(/2025.*check/);
    expect(pa?.certainty).toBe("uncertain");
  });

  it("explains the deadline that applies in Texas", async () => {
    const { ctx } = await toolContext({ state: "TX", provider: { type: "physician_practice" } });
    const out = (await explainRights(ctx).execute!({ topic: "deadlines" }, callOptions)) as {
      statements: Array<{ text: string }>;
    };
    expect(out.statements.map((s) => s.text).join(" ")).toMatch(/15 business days/);
  });

  it("explains in the conversation's language, keeping each citation", async () => {
    const { ctx } = await toolContext({ state: "TX", provider: { type: "physician_practice" } });
    const out = (await explainRights({ ...ctx, language: "es" }).execute!({ topic: "deadlines" }, callOptions)) as {
      statements: Array<{ text: string; cite?: string }>;
    };
    const text = out.statements.map((s) => s.text).join(" ");
    expect(text).toMatch(/La ley de Texas es más estricta que HIPAA para médicos/);
    expect(text).toMatch(/15 días hábiles/);
    expect(out.statements[0]?.cite).toMatch(/Tex\. Occ\. Code §159\.006/);
  });
});
