// draftRequest builds from the turn's Intake once the patient confirmed its review, holds the document
// in the turn (stored only when the turn is committed), streams a card and reports blanks; a letter
// whose facts no earlier review showed is refused as data.
import { describe, expect, it } from "vitest";
import { newSession } from "../../src/sessions/session.js";
import { endTurn } from "../../src/sessions/turns.js";
import { draftRequest } from "../../tools/draft-request.js";
import { showReview } from "../../tools/show-review.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("draftRequest", () => {
  it("drafts from the turn's Intake, writes a data-document part, lists blanks and holds the document for the commit", async () => {
    const { ctx, written, deps } = await toolContext(
      { patient: { name: "Maria Lopez" }, state: "TX" },
      { reviewed: "access_request" },
    );
    const out = (await draftRequest(ctx).execute!({ kind: "access_request" }, callOptions)) as {
      url: string;
      textUrl: string;
      expiresAt: string;
      blanks: string[];
      title: string;
    };
    expect(Object.keys(out).sort()).toEqual(["blanks", "expiresAt", "textUrl", "title", "url"]);
    expect(out.url).toMatch(/^https:\/\/rp\.example\/api\/documents\/[\w-]{43}$/);
    expect(out.blanks).toContain("date of birth");
    expect(written).toEqual([
      { type: "data-document", data: expect.objectContaining({ kind: "access_request", title: out.title }) },
    ]);
    const [held] = ctx.turn.documents;
    expect(ctx.turn.documents).toHaveLength(1);
    expect(held?.text).toContain("Maria Lopez");
    expect(held?.sessionId).toBe(ctx.turn.sessionId);
    // Nothing is stored until the turn is committed.
    expect(await deps.store.loadDocument(held!.id)).toBeNull();
    const session = await deps.store.save(newSession(ctx.turn.sessionId, "web", deps.clock()));
    const saved = await endTurn(
      deps.store,
      session,
      {
        messages: [],
        intake: ctx.turn.intake,
        documents: ctx.turn.documents,
        answeredBy: { at: "2026-11-26T00:00:00.000Z", model: "guide" },
      },
      deps.clock(),
    );
    expect((await deps.store.loadDocument(held!.id))?.text).toContain("Maria Lopez");
    expect(saved.documents).toEqual([
      { id: held!.id, kind: "access_request", title: out.title, createdAt: held!.createdAt, expiresAt: out.expiresAt },
    ]);
  });

  it("on a clinic's page, addresses the provider the patient named, and the clinic only when it is named", async () => {
    const clinic = {
      name: "Riverbend Family Medicine",
      recordsOffice: { address: "1200 River Road, Suite 200, Dayton, OH 45402", fax: "(937) 555-0143" },
    };
    const elsewhere = await toolContext(
      { provider: { name: "Mercy General Hospital" }, state: "OH" },
      { reviewed: "access_request" },
    );
    elsewhere.ctx.clinic = clinic;
    await draftRequest(elsewhere.ctx).execute!({ kind: "access_request" }, callOptions);
    const sentToOther = elsewhere.ctx.turn.documents[0]?.text ?? "";
    expect(sentToOther).toContain("To: Mercy General Hospital");
    expect(sentToOther).not.toMatch(/Riverbend|1200 River Road|555-0143/);

    const here = await toolContext({ provider: { name: "Riverbend" }, state: "OH" }, { reviewed: "access_request" });
    here.ctx.clinic = clinic;
    await draftRequest(here.ctx).execute!({ kind: "access_request" }, callOptions);
    const sentHere = here.ctx.turn.documents[0]?.text ?? "";
    expect(sentHere).toContain("To: Riverbend Family Medicine");
    expect(sentHere).toContain("1200 River Road, Suite 200, Dayton, OH 45402");
  });

  // Facts recorded in this turn were never shown to the patient: the letter waits for a new review
  // (before issue 15 this drafted them straight away).
  it("refuses facts recorded after the review, even in the same turn, until they are reviewed", async () => {
    const { ctx, written } = await toolContext({ state: "TX" }, { reviewed: "access_request" });
    ctx.turn.updateIntake({ patient: { name: "Ana Ruiz" } });
    const out = await draftRequest(ctx).execute!({ kind: "access_request" }, callOptions);
    expect(out).toEqual({ error: expect.stringMatching(/^Show the review first/), kind: "access_request" });
    expect(ctx.turn.documents).toEqual([]);
    expect(written).toEqual([]);
  });

  it("refuses a letter with no review, a review of another letter, or one shown in this same run", async () => {
    const intake = { state: "TX" as const, patient: { name: "Ana Ruiz" } };
    const none = await toolContext(intake);
    const other = await toolContext(intake, { reviewed: "third_party_directive" });
    const sameRun = await toolContext(intake);
    await showReview(sameRun.ctx).execute!({ kind: "access_request" }, callOptions);
    for (const { ctx } of [none, other, sameRun]) {
      const out = await draftRequest(ctx).execute!({ kind: "access_request" }, callOptions);
      expect(out).toMatchObject({ error: expect.stringContaining("showReview") });
      expect(ctx.turn.documents).toEqual([]);
    }
  });

  it("ignores the deadline and the number of providers, which no letter reads, when checking the review", async () => {
    const { ctx } = await toolContext({ state: "TX", patient: { name: "Ana Ruiz" } }, { reviewed: "access_request" });
    ctx.turn.updateIntake({ neededBy: "2026-12-10", providerCount: 2 });
    await draftRequest(ctx).execute!({ kind: "access_request" }, callOptions);
    expect(ctx.turn.documents).toHaveLength(1);
  });
});
