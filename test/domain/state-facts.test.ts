// stateFacts: every jurisdiction presented with confidence per field; recalled and unknown facts are
// never shown as certain.
import { describe, expect, it } from "vitest";
import data from "../../src/domain/data/states.json" with { type: "json" };
import { STATE_CODES, type StateCode } from "../../src/domain/intake.js";
import { stateFacts } from "../../src/domain/state-facts.js";

const FIELDS = [
  "accessStatute",
  "feeRule",
  "immunizationRegistry",
  "vitalRecordsUrl",
  "closedPracticeRule",
  "retention",
] as const;
const jurisdictions = data.jurisdictions as Array<{
  code: StateCode;
  name: string;
  confidence: Record<string, string>;
}>;

describe("stateFacts", () => {
  it("knows every jurisdiction the Intake accepts, once, and nothing else", () => {
    expect(jurisdictions.map((j) => j.code).sort()).toEqual([...STATE_CODES].sort());
    expect(stateFacts("ZZ")).toBeUndefined();
    expect(stateFacts("tx")?.name).toBe("Texas");
  });

  for (const j of jurisdictions) {
    it(`${j.code}: every recalled or unknown field is uncertain with a caveat`, () => {
      const v = stateFacts(j.code)!;
      expect(v.name).toBe(j.name);
      expect(v.generated).toBe(data.generated);
      expect(v.sources.length).toBeGreaterThan(0);
      for (const f of FIELDS) {
        const conf = j.confidence[f];
        expect(v[f].confidence).toBe(conf);
        if (conf === "verified") expect(v[f].certainty).toBe("certain");
        else {
          expect(v[f].certainty, `${j.code}.${f}`).toBe("uncertain");
          expect(v[f].caveat).toMatch(/check/);
        }
      }
      expect(v.deadline.confidence).toBe(j.confidence.responseDays);
      expect(v.deadline.certainty).toBe(j.confidence.responseDays === "verified" ? "certain" : "uncertain");
      expect(v.deadline.hipaaFloor.cite).toBe("45 CFR 164.524(b)(2)");
      expect(v.feeRule.hipaaLimit.cite).toMatch(/164\.524\(c\)\(4\)/);
    });
  }

  it("New York's recalled deadline and fee rule are uncertain", () => {
    const ny = stateFacts("NY")!;
    expect(ny.deadline.certainty).toBe("uncertain");
    expect(ny.deadline.caveat).toMatch(/recalled/);
    expect(ny.feeRule.certainty).toBe("uncertain");
    expect(ny.feeRule.value).toMatch(/\$0\.75/);
  });

  it("Nevada's working days are shown as business days, with the inspection-only scope", () => {
    const nv = stateFacts("NV")!;
    expect(nv.deadline.value).toMatchObject({ days: 10, kind: "business" });
    expect(nv.deadline.scope).toMatch(/inspecting/);
  });

  it("fee amounts indexed to a year before today's are 'check this'; without a today nothing is judged stale", () => {
    // Illinois's amounts are the Comptroller's 2024 figures, adjusted every year (735 ILCS 5/8-2001).
    const il = stateFacts("IL", "2026-03-02")!;
    expect(il.feeRule.certainty).toBe("uncertain");
    expect(il.feeRule.caveat).toMatch(/2024.*check/);
    expect(stateFacts("IL", "2024-06-01")!.feeRule.certainty).toBe("certain");
    expect(stateFacts("IL")!.feeRule.certainty).toBe("certain");
    // Texas's physician amounts are fixed in rule, not indexed: not stale.
    expect(stateFacts("TX", "2026-03-02")!.feeRule.certainty).toBe("certain");
  });

  it("Maryland: 21 working days under Health-Gen. §4-309(a), shown as business days", () => {
    const md = stateFacts("MD")!;
    expect(md.deadline.value).toMatchObject({ days: 21, kind: "business" });
    expect(md.deadline.certainty).toBe("certain");
    expect(md.deadline.scope).toMatch(/21 business days for any health care provider/);
  });

  it("Idaho's deadline is scoped to hospitals", () => {
    expect(stateFacts("ID")!.deadline.scope).toMatch(/3 business days for hospitals only/);
  });

  it("Puerto Rico: only the registry is certain", () => {
    const pr = stateFacts("PR")!;
    expect(pr.immunizationRegistry.certainty).toBe("certain");
    expect(pr.immunizationRegistry.value?.name).toMatch(/PRIR/);
    expect(pr.deadline.value).toBeNull();
    expect(pr.deadline.certainty).toBe("uncertain");
    expect(pr.closedPracticeRule.certainty).toBe("uncertain");
  });

  it("an empty fee rule with a verified source is shown as 'no cap found', not as a blank", () => {
    const ak = stateFacts("AK")!;
    expect(ak.feeRule.value).toBeNull();
    expect(ak.feeRule.caveat).toMatch(/no state fee cap/);
  });
});
