// draftRequest builds from the session's Intake, records the document, streams a card and reports blanks.
import { describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config.js";
import type { AppDeps } from "../../src/deps.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { newSession } from "../../src/sessions/session.js";
import type { ToolContext } from "../../tools/context.js";
import { draftRequest } from "../../tools/draft-request.js";

describe("draftRequest", () => {
  it("drafts from the Intake, pushes the document, writes a data-document part and lists blanks", async () => {
    const now = new Date(Date.UTC(2026, 10, 26));
    const store = new MemoryStore({ sessionSeconds: 3600, documentSeconds: 3600 }, () => now.getTime());
    const deps = {
      settings: loadSettings({}),
      store,
      signingKey: await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]),
      clock: () => now,
    } as unknown as AppDeps;
    const session = newSession("session-abcdefghijkl", "web", now);
    session.intake = { patient: { name: "Maria Lopez" }, state: "TX" };
    const parts: unknown[] = [];
    const ctx = {
      session,
      today: "2026-11-26",
      clinic: null,
      deps,
      baseUrl: "https://rp.example",
      writer: { write: (p: unknown) => parts.push(p) },
    } as unknown as ToolContext;
    const t = draftRequest(ctx);
    const out = (await t.execute?.({ kind: "access_request" }, { toolCallId: "1", messages: [] } as never)) as {
      url: string;
      blanks: string[];
      title: string;
    };
    expect(out.url).toMatch(/^https:\/\/rp\.example\/api\/documents\/[\w-]{43}$/);
    expect(out.blanks).toContain("date of birth");
    expect(session.documents).toHaveLength(1);
    expect(parts).toEqual([
      { type: "data-document", data: expect.objectContaining({ kind: "access_request", title: out.title }) },
    ]);
    expect((await store.loadDocument(session.documents[0]!.id))?.text).toContain("Maria Lopez");
  });
});
