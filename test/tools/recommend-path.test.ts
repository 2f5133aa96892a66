import { describe, expect, it } from "vitest";
import type { Recommendation } from "../../src/domain/recommendation.js";
import { recommendPath } from "../../tools/recommend-path.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("recommendPath tool", () => {
  it("recommends from the session's Intake and ignores nothing the engine needs", async () => {
    const { ctx } = await toolContext({
      requester: "self",
      state: "CA",
      records: { kinds: ["immunizations"] },
      purpose: "school",
    });
    const out = (await recommendPath(ctx).execute!({}, callOptions)) as Recommendation;
    expect(out.paths[0]?.path).toBe("state");
    expect(JSON.stringify(out)).toMatch(/CAIR/);
  });

  it("returns an error the model can act on when nothing is known yet", async () => {
    const { ctx } = await toolContext({});
    const out = (await recommendPath(ctx).execute!({}, callOptions)) as { error: string };
    expect(out.error).toMatch(/Ask which records/);
  });

  it("takes no input: extra fields are rejected by its schema", async () => {
    const { ctx } = await toolContext({});
    const schema = recommendPath(ctx).inputSchema as unknown as { safeParse: (v: unknown) => { success: boolean } };
    expect(schema.safeParse({ state: "CA" }).success).toBe(false);
  });
});
