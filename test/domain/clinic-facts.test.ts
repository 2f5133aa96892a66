// A clinic's own facts appear in the advice as the clinic wrote them, without doubled punctuation.
import { describe, expect, it } from "vitest";
import { recommendPath } from "../../src/domain/recommend.js";

describe("clinic facts in the advice", () => {
  it("quotes the clinic's fee policy once, ending in a single period", () => {
    const rec = recommendPath(
      // The patient said the records are the clinic's: only then is the clinic's office in the advice.
      { requester: "self", state: "OH", records: { kinds: ["full_chart"] }, provider: { name: "Riverbend" } },
      {
        today: "2026-11-26",
        clinic: {
          name: "Riverbend Family Medicine",
          fees: "Free through the portal; $6.50 flat for electronic copies.",
        },
      },
    );
    const provider = rec.paths.find((p) => p.path === "provider");
    expect(provider?.cost.text).toContain(
      "Riverbend Family Medicine lists its fees as: Free through the portal; $6.50 flat for electronic copies.",
    );
    expect(provider?.cost.text).not.toContain("..");
  });
});
