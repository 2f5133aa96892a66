// Deadlines: the expected rule for every jurisdiction (a literal table, not derived from the code),
// the narrow state cases, and due-date arithmetic across weekends.
import { describe, expect, it } from "vitest";
import data from "../../src/domain/data/states.json" with { type: "json" };
import {
  addDays,
  dueDate,
  ocrComplaintDeadline,
  responseDeadline,
  SHORTER_STATE_RULES,
  STATE_RULES_NOT_APPLIED,
} from "../../src/domain/deadlines.js";
import type { StateCode } from "../../src/domain/intake.js";

type Expected = [days: number, kind: "calendar" | "business", extensionDays: number];
const HIPAA: Expected = [30, "calendar", 30];

/** For a request with only the state known (no provider type, no purpose). */
const EXPECTED: Record<StateCode, Expected> = {
  AL: HIPAA,
  AK: HIPAA,
  AZ: HIPAA,
  AR: HIPAA,
  CA: [15, "calendar", 0], // Cal. H&S §123110: copies within 15 days, any provider
  CO: HIPAA,
  CT: HIPAA,
  DE: HIPAA, // 45 days is longer than HIPAA
  DC: HIPAA,
  FL: HIPAA,
  GA: HIPAA,
  HI: HIPAA,
  ID: HIPAA, // 3 business days is for hospitals only, and unconfirmed
  IL: HIPAA,
  IN: HIPAA,
  IA: HIPAA,
  KS: HIPAA,
  KY: HIPAA,
  LA: HIPAA, // 15 days only for SSD/SSI claim records
  ME: HIPAA,
  MD: [21, "business", 0], // Health-Gen. §4-309(a): no more than 21 working days (issue 14: the source, not states.json)
  MA: HIPAA,
  MI: HIPAA,
  MN: HIPAA,
  MS: HIPAA,
  MO: HIPAA,
  MT: HIPAA, // 10 days only for providers outside HIPAA
  NE: HIPAA,
  NV: HIPAA, // 10 working days is for inspection
  NH: HIPAA,
  NJ: HIPAA,
  NM: HIPAA,
  NY: HIPAA,
  NC: HIPAA,
  ND: HIPAA,
  OH: HIPAA,
  OK: HIPAA,
  OR: HIPAA,
  PA: HIPAA,
  RI: HIPAA,
  SC: HIPAA, // 45 days is longer than HIPAA
  SD: HIPAA,
  TN: [10, "business", 0], // providers other than hospitals: 10 working days
  TX: [15, "business", 0], // physicians: 15 business days
  UT: HIPAA,
  VT: HIPAA,
  VA: HIPAA,
  WA: [15, "business", 6], // 15 working days, up to 21 with a written reason
  WV: HIPAA,
  WI: HIPAA,
  WY: HIPAA,
  PR: HIPAA,
};

const jurisdictions = data.jurisdictions as Array<{
  code: StateCode;
  responseDays: { days: number } | null;
  confidence: { responseDays: string };
}>;

describe("responseDeadline for every jurisdiction", () => {
  it("covers all 52 jurisdictions in states.json", () => {
    expect(jurisdictions.map((j) => j.code).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const j of jurisdictions) {
    it(`${j.code}: ${EXPECTED[j.code].join(" ")}`, () => {
      const rule = responseDeadline({ state: j.code });
      expect([rule.days, rule.kind, rule.extensionDays]).toEqual(EXPECTED[j.code]);
      expect(rule.basis.cite).toBeTruthy();
      expect(rule.stateRule, "every state gets a statement about its own rule").toBeDefined();
      expect(
        rule.stateRule?.cite ?? (rule.stateRule?.certainty === "uncertain" ? "uncertain" : undefined),
      ).toBeTruthy();
      if (j.confidence.responseDays !== "verified") {
        expect(rule.stateRule?.certainty).toBe("uncertain");
        expect(rule.stateRule?.text).toMatch(/recall|could not confirm/);
      }
    });
  }
});

describe("narrow state cases", () => {
  it.each([
    // Issue 14: Idaho's 3 business days rests on a secondary summary: "check this", never a due date.
    ["ID hospital: HIPAA, the 3 business days unconfirmed", { state: "ID", provider: { type: "hospital" } }, HIPAA],
    ["ID clinic: HIPAA", { state: "ID", provider: { type: "clinic" } }, HIPAA],
    ["LA disability claim: 15 days", { state: "LA", purpose: "disability" }, [15, "calendar", 0]],
    ["LA legal matter: HIPAA", { state: "LA", purpose: "legal" }, HIPAA],
    ["TN hospital: HIPAA (state gives hospitals 30 days)", { state: "TN", provider: { type: "hospital" } }, HIPAA],
    ["TN dentist: 10 working days", { state: "TN", provider: { type: "dental" } }, [10, "business", 0]],
    ["TX hospital: 15 calendar days", { state: "TX", provider: { type: "hospital" } }, [15, "calendar", 0]],
    ["TX specialist: 15 business days", { state: "TX", provider: { type: "specialist" } }, [15, "business", 0]],
    ["TX pharmacy: not a physician, HIPAA", { state: "TX", provider: { type: "pharmacy" } }, HIPAA],
    // H&S §181.102(a): any provider using an EHR system, for an electronic copy: 15 business days.
    [
      "TX pharmacy, electronic copy: 15 business days",
      { state: "TX", provider: { type: "pharmacy" }, format: "electronic" },
      [15, "business", 0],
    ],
    [
      "TX dentist, electronic copy: 15 business days",
      { state: "TX", provider: { type: "dental" }, format: "electronic" },
      [15, "business", 0],
    ],
    ["TX dentist, paper copy: HIPAA", { state: "TX", provider: { type: "dental" }, format: "paper" }, HIPAA],
    ["MD hospital: 21 working days", { state: "MD", provider: { type: "hospital" } }, [21, "business", 0]],
    ["MT hospital: HIPAA-covered, so HIPAA", { state: "MT", provider: { type: "hospital" } }, HIPAA],
    ["CA lab: 15 days", { state: "CA", provider: { type: "lab" } }, [15, "calendar", 0]],
    ["no state: HIPAA", {}, HIPAA],
  ] as const)("%s", (_name, intake, expected) => {
    const rule = responseDeadline(intake);
    expect([rule.days, rule.kind, rule.extensionDays]).toEqual(expected);
  });

  it("says why a narrow rule does not apply", () => {
    expect(responseDeadline({ state: "ID", provider: { type: "clinic" } }).stateRule?.text).toMatch(/hospitals only/);
    const idHospital = responseDeadline({ state: "ID", provider: { type: "hospital" } }).stateRule;
    expect(idHospital?.text).toMatch(/3 business days.*could not confirm/);
    expect(idHospital?.certainty).toBe("uncertain");
    expect(responseDeadline({ state: "NV" }).stateRule?.text).toMatch(/inspecting/);
    expect(responseDeadline({ state: "MT" }).stateRule?.text).toMatch(/HIPAA does not cover/);
    expect(responseDeadline({ state: "DE" }).stateRule?.text).toMatch(/45 days.*longer than HIPAA/);
    expect(responseDeadline({ state: "SC" }).stateRule?.text).toMatch(/45 days.*longer than HIPAA/);
  });

  it("cites the state rule and the preemption rule when a state deadline governs", () => {
    const rule = responseDeadline({ state: "CA" });
    expect(rule.governedBy).toBe("state");
    expect(rule.basis.cite).toMatch(/123110/);
    expect(rule.basis.cite).toMatch(/160\.20[23]/);
    expect(responseDeadline({ state: "OH" }).basis.cite).toBe("45 CFR 164.524(b)(2)");
  });

  it("has a documented case for every states.json deadline that differs from 30 days", () => {
    for (const j of jurisdictions) {
      if (!j.responseDays || j.responseDays.days === 30) continue;
      const known = SHORTER_STATE_RULES[j.code] ?? (STATE_RULES_NOT_APPLIED[j.code] ? [] : undefined);
      expect(known, `${j.code} needs a narrow-case entry`).toBeDefined();
      const shorter = SHORTER_STATE_RULES[j.code];
      if (shorter) expect(shorter[0]?.days).toBe(j.responseDays.days);
    }
  });
});

describe("addDays", () => {
  it.each([
    ["2026-02-20", 30, "calendar", "2026-03-22"],
    ["2025-12-15", 30, "calendar", "2026-01-14"],
    ["2028-02-15", 15, "calendar", "2028-03-01"], // leap year
    ["2026-02-06", 1, "business", "2026-02-09"], // Friday + 1 → Monday
    ["2026-02-06", 5, "business", "2026-02-13"],
    ["2026-02-07", 1, "business", "2026-02-09"], // Saturday + 1 → Monday
    ["2026-02-08", 5, "business", "2026-02-13"], // Sunday + 5 → Friday
    ["2026-02-06", 15, "business", "2026-02-27"],
    ["2026-02-20", 21, "business", "2026-03-23"],
    ["2026-02-06", 0, "business", "2026-02-06"],
  ] as const)("%s + %i %s days = %s", (start, days, kind, expected) => {
    expect(addDays(start, days, kind)).toBe(expected);
  });
});

describe("dueDate", () => {
  it("is undefined without a sent date", () => {
    expect(dueDate({ state: "OH" })).toBeUndefined();
    expect(dueDate({ priorRequest: { outcome: "no_response" } })).toBeUndefined();
  });

  it("counts HIPAA's 30 calendar days and the 30-day extension", () => {
    expect(dueDate({ state: "OH", priorRequest: { sentOn: "2026-01-15" } })).toEqual({
      dueOn: "2026-02-14",
      extendedDueOn: "2026-03-16",
    });
  });

  it("counts business days for a Texas physician, with no extension", () => {
    expect(
      dueDate({ state: "TX", provider: { type: "physician_practice" }, priorRequest: { sentOn: "2026-02-06" } }),
    ).toEqual({ dueOn: "2026-02-27", extendedDueOn: "2026-02-27" });
  });

  it("counts Washington's 15 working days, up to 21 with a written reason", () => {
    expect(dueDate({ state: "WA", priorRequest: { sentOn: "2026-02-20" } })).toEqual({
      dueOn: "2026-03-13",
      extendedDueOn: "2026-03-23",
    });
  });

  it("uses calendar days for California", () => {
    expect(dueDate({ state: "CA", priorRequest: { sentOn: "2026-02-02" } })).toEqual({
      dueOn: "2026-02-17",
      extendedDueOn: "2026-02-17",
    });
  });
});

describe("ocrComplaintDeadline", () => {
  it("is 180 calendar days later", () => {
    expect(ocrComplaintDeadline("2026-02-14")).toBe("2026-08-13");
    expect(ocrComplaintDeadline("2026-01-05")).toBe("2026-07-04");
  });
});
