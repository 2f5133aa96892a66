// showReview shows what a letter will carry before it is drafted: the Intake's facts in the
// conversation's language, blanks named as blanks, written as a data-review part and recorded in the
// turn, with a stamp that changes when a letter's facts change.
import { describe, expect, it } from "vitest";
import { reviewHash } from "../../src/conversation/review.js";
import type { Intake } from "../../src/domain/intake.js";
import type { LetterReview } from "../../src/sessions/session.js";
import { showReview } from "../../tools/show-review.js";
import { callOptions, toolContext } from "../support/tool-context.js";

const INTAKE: Intake = {
  requester: "parent",
  state: "FL",
  patient: { name: "Leo Park", dateOfBirth: "2015-09-01" },
  provider: { name: "Sunshine Pediatrics", fax: "(305) 555-0119" },
  records: { kinds: ["immunizations", "visit_notes"], from: "2019" },
  format: "electronic",
  delivery: "email",
  representative: { name: "Dana Park" },
};

const values = (review: LetterReview) => Object.fromEntries(review.items.map((i) => [i.path, i.value]));

describe("showReview", () => {
  it("writes the letter's facts as a data-review part, records it in the turn and tells the model the numbered items", async () => {
    const { ctx, written } = await toolContext(INTAKE);
    const out = (await showReview(ctx).execute!({ kind: "access_request" }, callOptions)) as {
      kind: string;
      items: Array<{ n: number; path: string; label: string; value: string }>;
    };
    const [part] = written as Array<{ type: string; data: LetterReview }>;
    expect(part?.type).toBe("data-review");
    const review = part!.data;
    expect(ctx.turn.reviews).toEqual([review]);
    expect(values(review)).toEqual({
      "provider.name": "Sunshine Pediatrics",
      "provider.address": "(305) 555-0119",
      "patient.name": "Leo Park",
      "patient.dateOfBirth": "September 1, 2015",
      "records.kinds": "immunizations, visit notes",
      "records.from": "from 2019 on",
      delivery: "you (electronic copy, by email)",
      requester: "Parent",
      "representative.name": "Dana Park",
    });
    expect(review.items.every((i) => i.editable)).toBe(true);
    expect(review).toMatchObject({ kind: "access_request", draftLabel: "Draft my letter" });
    expect(review.hash).toBe(await reviewHash("access_request", INTAKE));
    expect(out.items.map((i) => i.n)).toEqual(review.items.map((_, i) => i + 1));
    expect(out.items[0]).toEqual({ n: 1, path: "provider.name", label: "Provider", value: "Sunshine Pediatrics" });
    expect(JSON.stringify(out)).not.toContain(review.hash);
  });

  it("words the review in Spanish, with Spanish dates and the blanks the letter leaves", async () => {
    const { ctx, written } = await toolContext(
      { requester: "self", state: "TX", records: { kinds: ["test_results"] }, patient: { dateOfBirth: "1980-03-04" } },
      { language: "es" },
    );
    await showReview(ctx).execute!({ kind: "third_party_directive" }, callOptions);
    const review = (written[0] as { data: LetterReview }).data;
    const byPath = Object.fromEntries(review.items.map((i) => [i.path, i]));
    expect(byPath["patient.dateOfBirth"]?.value).toBe("4 de marzo de 1980");
    expect(byPath["provider.name"]).toMatchObject({ label: "Proveedor", missing: true });
    expect(byPath["provider.name"]?.value).toBe("en blanco (lo completa usted)");
    expect(byPath["recipient.name"]).toMatchObject({ label: "Enviar a", missing: true });
    expect(byPath["records.kinds"]?.value).toBe("resultados de análisis");
    expect(byPath.requester?.value).toBe("usted (paciente)");
    expect(review.draftLabel).toBe("Preparar mi carta");
  });

  it("shows a health plan for the insurer's letter and the earlier request's date for a follow-up", async () => {
    const { ctx, written } = await toolContext({
      ...INTAKE,
      requester: "self",
      insurer: { name: "Aetna", plan: "employer" },
      priorRequest: { sentOn: "2026-09-01", outcome: "no_response" },
    });
    await showReview(ctx).execute!({ kind: "insurer_request" }, callOptions);
    await showReview(ctx).execute!({ kind: "follow_up" }, callOptions);
    const [insurer, followUp] = (written as Array<{ data: LetterReview }>).map((w) => values(w.data));
    expect(insurer?.["insurer.name"]).toBe("Aetna");
    expect(insurer).not.toHaveProperty("provider.name");
    expect(followUp?.["priorRequest.sentOn"]).toBe("September 1, 2026");
    expect(followUp).not.toHaveProperty("representative.name");
  });

  it("shows the clinic's own records office, not editable, when the records are the clinic's", async () => {
    const { ctx, written } = await toolContext({ provider: { name: "Riverbend" }, state: "OH" });
    ctx.clinic = { name: "Riverbend Family Medicine", recordsOffice: { address: "1200 River Road, Dayton, OH 45402" } };
    await showReview(ctx).execute!({ kind: "access_request" }, callOptions);
    const items = (written[0] as { data: LetterReview }).data.items;
    expect(items[0]).toMatchObject({ path: "provider.name", value: "Riverbend Family Medicine" });
    expect(items[1]).toEqual({
      path: "provider.address",
      label: "Records office",
      value: "1200 River Road, Dayton, OH 45402",
      editable: false,
    });
  });
});

describe("the review's stamp", () => {
  it("is the same for the same facts in any key order, and changes with a letter's facts or its kind", async () => {
    const a = await reviewHash("access_request", { state: "TX", patient: { name: "Ana", dateOfBirth: "1990-01-02" } });
    const b = await reviewHash("access_request", { patient: { dateOfBirth: "1990-01-02", name: "Ana" }, state: "TX" });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(
      await reviewHash("access_request", { state: "TX", patient: { name: "Ann", dateOfBirth: "1990-01-02" } }),
    ).not.toBe(a);
    expect(
      await reviewHash("follow_up", { state: "TX", patient: { name: "Ana", dateOfBirth: "1990-01-02" } }),
    ).not.toBe(a);
    expect(
      await reviewHash("access_request", {
        state: "TX",
        patient: { name: "Ana", dateOfBirth: "1990-01-02" },
        neededBy: "2026-12-01",
      }),
    ).toBe(a);
  });
});
