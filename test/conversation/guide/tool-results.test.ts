// The guide reads its tools' results back from the prompt's JSON: a result is typed only once it
// shows the fields the guide relies on; anything else is a result the guide cannot read.
import { describe, expect, it } from "vitest";
import { readResult } from "../../../src/conversation/guide/tool-results.js";

describe("readResult", () => {
  it("types a result that has its tool's shape", () => {
    expect(readResult("recommendPath", { paths: [], missing: [], notes: [] })?.tool).toBe("recommendPath");
    expect(readResult("recommendPath", { error: "Nothing is known yet." })?.tool).toBe("recommendPath");
    expect(readResult("updateIntake", { intake: { state: "TX" }, changed: ["state"] })?.tool).toBe("updateIntake");
    expect(
      readResult("draftRequest", { title: "Request", url: "u", textUrl: "t", expiresAt: "e", blanks: [] })?.tool,
    ).toBe("draftRequest");
    expect(readResult("draftRequest", { error: "Show the review first.", kind: "access_request" })?.tool).toBe(
      "draftRequest",
    );
    const review = { kind: "access_request", items: [{ n: 1, path: "provider.name", label: "Provider", value: "X" }] };
    expect(readResult("showReview", review)).toEqual({ tool: "showReview", output: review });
  });

  it("refuses a result without its tool's shape, or from a tool it does not know", () => {
    expect(readResult("recommendPath", { paths: "none" })).toBeUndefined();
    expect(readResult("updateIntake", { intake: { state: "ZZ" }, changed: [] })).toBeUndefined();
    expect(readResult("explainRights", { topic: "fees" })).toBeUndefined();
    expect(readResult("draftRequest", "Your letter")).toBeUndefined();
    expect(readResult("showReview", { kind: "access_request", items: [{ label: "Provider" }] })).toBeUndefined();
    expect(readResult("lookupClinic", {})).toBeUndefined();
  });
});
