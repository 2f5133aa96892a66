// draftRequest builds from the turn's Intake, holds the document in the turn (stored only when the
// turn is committed), streams a card and reports blanks.
import { describe, expect, it } from "vitest";
import { newSession } from "../../src/sessions/session.js";
import { endTurn } from "../../src/sessions/turns.js";
import { draftRequest } from "../../tools/draft-request.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("draftRequest", () => {
  it("drafts from the turn's Intake, writes a data-document part, lists blanks and holds the document for the commit", async () => {
    const { ctx, written, deps } = await toolContext({ patient: { name: "Maria Lopez" }, state: "TX" });
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
    const elsewhere = await toolContext({ provider: { name: "Mercy General Hospital" }, state: "OH" });
    elsewhere.ctx.clinic = clinic;
    await draftRequest(elsewhere.ctx).execute!({ kind: "access_request" }, callOptions);
    const sentToOther = elsewhere.ctx.turn.documents[0]?.text ?? "";
    expect(sentToOther).toContain("To: Mercy General Hospital");
    expect(sentToOther).not.toMatch(/Riverbend|1200 River Road|555-0143/);

    const here = await toolContext({ provider: { name: "Riverbend" }, state: "OH" });
    here.ctx.clinic = clinic;
    await draftRequest(here.ctx).execute!({ kind: "access_request" }, callOptions);
    const sentHere = here.ctx.turn.documents[0]?.text ?? "";
    expect(sentHere).toContain("To: Riverbend Family Medicine");
    expect(sentHere).toContain("1200 River Road, Suite 200, Dayton, OH 45402");
  });

  it("drafts from facts recorded earlier in the same turn", async () => {
    const { ctx } = await toolContext({ state: "TX" });
    ctx.turn.updateIntake({ patient: { name: "Ana Ruiz" } });
    await draftRequest(ctx).execute!({ kind: "access_request" }, callOptions);
    expect(ctx.turn.documents[0]?.text).toContain("Ana Ruiz");
  });
});
