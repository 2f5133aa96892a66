// POST /api/recommend and GET /api/states/:code through the real app.
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";

async function recommend(body: unknown) {
  const { fetch } = await testApp();
  const res = await fetch("http://x/api/recommend", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
  };
}

describe("POST /api/recommend", () => {
  it("ranks all five paths best first for a valid intake", async () => {
    const r = await recommend({
      requester: "self",
      state: "TX",
      records: { kinds: ["imaging", "full_chart"] },
      provider: { type: "hospital" },
    });
    expect(r.status).toBe(200);
    const paths = r.json.paths as Array<{ path: string; rank: number; reasons: Array<{ text: string }> }>;
    expect(paths.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(paths[0]?.path).toBe("provider");
    expect(new Set(paths.map((p) => p.path))).toEqual(
      new Set(["portal", "provider", "insurer", "state", "retrieval_service"]),
    );
    expect(r.json.suggestedDocument).toBe("access_request");
  });

  it("answers in Spanish when asked, with the same ranking and citations", async () => {
    const intake = { requester: "self", state: "TX", records: { kinds: ["imaging"] }, provider: { type: "hospital" } };
    type Body = { paths: Array<{ path: string; title: string; reasons: Array<{ cite?: string }> }> };
    const es = (await recommend({ ...intake, lang: "es" })).json as unknown as Body;
    const en = (await recommend({ ...intake, lang: "en" })).json as unknown as Body;
    const plain = (await recommend(intake)).json as unknown as Body;
    expect(en).toEqual(plain);
    expect(es.paths[0]?.title).toMatch(/^Pida sus expedientes por escrito/);
    expect(es.paths.map((p) => p.path)).toEqual(en.paths.map((p) => p.path));
    expect(es.paths.map((p) => p.reasons.map((r) => r.cite))).toEqual(
      en.paths.map((p) => p.reasons.map((r) => r.cite)),
    );
  });

  it("lists the languages it speaks for an unknown lang", async () => {
    const r = await recommend({ state: "TX", lang: "fr" });
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/lang: must be one of "en", "es"/);
  });

  it("names each wave-2 Intake field sent wrong, and what it takes", async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ patient: { age: -3 } }, /patient\.age/],
      [{ patient: { emancipated: "yes" } }, /patient\.emancipated/],
      [{ priorRequest: { answeredOn: "last Tuesday" } }, /priorRequest\.answeredOn/],
      [{ priorRequest: { extensionNotice: "maybe" } }, /priorRequest\.extensionNotice/],
      [{ representative: { nickname: "Ana" } }, /representative\.nickname: unknown field/],
      [{ confidential: "please" }, /confidential/],
      [{ provider: { status: "bankrupted" } }, /provider\.status/],
    ];
    for (const [body, named] of cases) {
      const r = await recommend({ state: "TX", ...(body as object) });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error?.code).toBe("invalid_input");
      expect(r.json.error?.message).toMatch(named);
    }
  });

  it("names an unknown key", async () => {
    const r = await recommend({ state: "TX", favouriteColour: "blue" });
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/favouriteColour: unknown field/);
  });

  it("names an unknown nested key with its path", async () => {
    const r = await recommend({ patient: { nickname: "x" } });
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/intake\.patient\.nickname: unknown field/);
  });

  it("lists the allowed values for a bad state code or enum", async () => {
    const bad = await recommend({ state: "XX" });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toMatch(/intake\.state: must be one of "AL", "AK"/);
    expect(bad.json.error?.message).toMatch(/"PR"/);
    const plan = await recommend({ insurer: { plan: "gold" } });
    expect(plan.json.error?.message).toMatch(/intake\.insurer\.plan: must be one of "employer", "marketplace"/);
  });

  it("rejects a malformed date and says which format to use", async () => {
    const r = await recommend({ priorRequest: { sentOn: "10/01/2026" } });
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/intake\.priorRequest\.sentOn: use a date in the form YYYY-MM-DD/);
  });

  it("does not echo submitted values in its errors", async () => {
    const r = await recommend({ patient: { name: "Maria Lopez", dateOfBirth: "04/03/1980" } });
    expect(r.status).toBe(400);
    expect(r.json.error?.message).not.toMatch(/Maria|1980/);
  });
});

describe("GET /api/states/:code", () => {
  it("returns a state's rules with confidence per field", async () => {
    const { fetch } = await testApp();
    const res = await fetch("http://x/api/states/tx");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      code: string;
      deadline: { value: { days: number }; certainty: string };
      confidence: Record<string, string>;
      sources: string[];
    };
    expect(body.code).toBe("TX");
    expect(body.deadline.value.days).toBe(15);
    expect(body.deadline.certainty).toBe("certain");
    expect(body.sources.length).toBeGreaterThan(0);
  });

  it("marks a recalled fact as uncertain", async () => {
    const { fetch } = await testApp();
    const body = (await (await fetch("http://x/api/states/NY")).json()) as {
      accessStatute: { confidence: string; certainty: string; caveat?: string };
    };
    expect(body.accessStatute.confidence).toBe("recalled");
    expect(body.accessStatute.certainty).toBe("uncertain");
    expect(body.accessStatute.caveat).toBeTruthy();
  });

  it("answers an unknown code with 404 listing the valid ones", async () => {
    const { fetch } = await testApp();
    const res = await fetch("http://x/api/states/ZZ");
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toMatch(/AL, AK, AZ/);
    expect(body.error.message).toMatch(/DC/);
  });
});
