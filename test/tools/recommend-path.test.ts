import { describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
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

  it("writes the recommendation in the conversation's language, with the same ranking and citations", async () => {
    const intake: Intake = { requester: "self", state: "OH", records: { kinds: ["full_chart"] } };
    const { ctx } = await toolContext(intake);
    const es = (await recommendPath({ ...ctx, language: "es" }).execute!({}, callOptions)) as Recommendation;
    const en = (await recommendPath(ctx).execute!({}, callOptions)) as Recommendation;
    expect(es.paths[0]?.title).toBe(
      "Pida sus expedientes por escrito a la oficina de expedientes (derecho de acceso de HIPAA)",
    );
    expect(es.paths.map((p) => p.path)).toEqual(en.paths.map((p) => p.path));
    expect(es.paths[0]?.reasons.map((r) => r.cite)).toEqual(en.paths[0]?.reasons.map((r) => r.cite));
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
