// Letters state only what the patient said (issue 14, point 8): the frozen hard cases, each a real
// conversation's Intake with what its letter must never claim and must still say; then every kind in
// DOCUMENT_KINDS over generated Intakes, each phrase checked against the claims table.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CLAIMS,
  type ClaimContext,
  type Finding,
  findClaims,
  NEVER,
  unsupportedClaims,
} from "../../src/documents/claims.js";
import { buildLetter, renderText } from "../../src/documents/index.js";
import {
  DELIVERIES,
  FORMATS,
  type Intake,
  PLANS,
  PRIOR_OUTCOMES,
  PROVIDER_STATUSES,
  PROVIDER_TYPES,
  PURPOSES,
  RECORD_KINDS,
  REQUESTERS,
  STATE_CODES,
} from "../../src/domain/intake.js";
import { DOCUMENT_KINDS } from "../../src/domain/recommendation.js";
import { validIntake } from "../fuzz/arbitraries.js";
import { FULL_INTAKE } from "../support/intakes.js";
import { CASE_TODAY, HARD_CASES, RIVERBEND } from "./claims-cases.js";

/** The part of the text rendering that is sent: everything before the notes for the patient. */
const sentPart = (text: string) => text.split("----- Notes for you")[0] ?? text;

describe("hard cases: a letter claims nothing the conversation did not establish", () => {
  for (const c of HARD_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const letter = buildLetter(c.kind, c.intake, { today: CASE_TODAY, clinic: c.clinic ?? null });
      const body = sentPart(renderText(letter));
      for (const re of c.never) expect(body, `must not say ${re}: ${c.law}\n\n${body}`).not.toMatch(re);
      for (const re of c.always) expect(body, `must say ${re}: ${c.law}\n\n${body}`).toMatch(re);
    });
  }
});

// --- The claims table, over every kind and generated Intakes ---

const day = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** Intakes as conversations leave them: sparse, sometimes contradictory, dates near the letter's. */
const conversationIntake: fc.Arbitrary<Intake> = fc
  .record(
    {
      requester: fc.constantFrom(...REQUESTERS),
      patient: fc.record(
        {
          name: fc.constantFrom("Maria Lopez", "Minor Surgery Center", "Leo Park", "José Núñez"),
          dateOfBirth: day("1930-01-01", "2026-12-31"),
          isMinor: fc.boolean(),
          isDeceased: fc.boolean(),
          phone: fc.constant("555-0100"),
          email: fc.constant("pat@example.com"),
        },
        { requiredKeys: [] },
      ),
      state: fc.constantFrom(...STATE_CODES),
      provider: fc.record(
        {
          name: fc.constantFrom(
            "Riverbend Family Medicine",
            "Riverbend",
            "Mercy General Hospital",
            "Dr. Alan Ruiz",
            "Overdue Family Practice",
          ),
          type: fc.constantFrom(...PROVIDER_TYPES),
          status: fc.constantFrom(...PROVIDER_STATUSES),
          address: fc.constant("500 Elm St, Springfield, OH"),
        },
        { requiredKeys: [] },
      ),
      records: fc.record(
        { kinds: fc.uniqueArray(fc.constantFrom(...RECORD_KINDS), { maxLength: 4 }) },
        { requiredKeys: [] },
      ),
      purpose: fc.constantFrom(...PURPOSES),
      format: fc.constantFrom(...FORMATS),
      delivery: fc.constantFrom(...DELIVERIES),
      insurer: fc.record({ name: fc.constant("CareSource"), plan: fc.constantFrom(...PLANS) }, { requiredKeys: [] }),
      priorRequest: fc.record(
        { sentOn: day("2026-04-01", "2026-12-31"), outcome: fc.constantFrom(...PRIOR_OUTCOMES) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((i) => i as Intake);

const context = fc.record({
  intake: fc.oneof(conversationIntake, validIntake),
  today: fc.oneof(fc.constant(CASE_TODAY), day("2025-01-01", "2028-12-31")),
  clinic: fc.constantFrom(null, RIVERBEND),
});

const report = (findings: Finding[]) => findings.map((f) => `${f.claim}: "${f.match}"`).join("; ");

describe("the claims table", () => {
  for (const claim of CLAIMS) {
    it(`finds its own example: ${claim.id}`, () => {
      const c: ClaimContext = { intake: {}, today: CASE_TODAY, clinic: RIVERBEND };
      const pattern = typeof claim.pattern === "function" ? claim.pattern(c) : claim.pattern;
      expect(pattern && new RegExp(pattern.source, pattern.flags.replace("g", "")).test(claim.example)).toBe(true);
    });
  }

  it("flags what the hard cases forbid when a letter says it without the fact", () => {
    const c: ClaimContext = {
      intake: { requester: "parent", patient: { dateOfBirth: "2004-06-15", isMinor: true } },
      today: CASE_TODAY,
    };
    const found = unsupportedClaims(
      "Follow-up: overdue request. I am the parent of the patient, who is a minor, and act as a personal representative. A copy is attached.",
      c,
    ).map((f) => f.claim);
    expect(found).toEqual(
      expect.arrayContaining([
        "minor",
        "personal representative",
        "overdue",
        "a copy of my original request is attached",
      ]),
    );
    expect(found).not.toContain("parent");
  });

  it("reads the patient's own words as quotes, not claims", () => {
    const c: ClaimContext = { intake: { provider: { name: "Minor Surgery Center" } }, today: CASE_TODAY };
    expect(unsupportedClaims("To: Minor Surgery Center", c)).toEqual([]);
  });

  it("quotes a name only where it stands alone, never inside a number (seed -1378579067 found a patient '50')", () => {
    const c: ClaimContext = { intake: { patient: { name: "50" } }, today: CASE_TODAY };
    expect(unsupportedClaims("Patient: 50. A flat fee of no more than $6.50.", c)).toEqual([]);
  });
});

describe("every letter kind states only what the Intake supports", () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: no unsupported claim over generated Intakes, sparse and contradictory`, () => {
      fc.assert(
        fc.property(context, (c) => {
          const letter = buildLetter(kind, c.intake, { today: c.today, clinic: c.clinic });
          const body = sentPart(renderText(letter));
          const bad = unsupportedClaims(body, c);
          if (bad.length > 0) throw new Error(`${report(bad)}\n\n${body}`);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("the hard cases hold no unsupported claim either", () => {
    for (const c of HARD_CASES) {
      const ctx: ClaimContext = { intake: c.intake, today: CASE_TODAY, clinic: c.clinic ?? null };
      const body = sentPart(renderText(buildLetter(c.kind, c.intake, ctx)));
      expect(report(unsupportedClaims(body, ctx)), c.name).toBe("");
    }
  });

  it("every claim that can hold is made by some letter, so no pattern has drifted from the wording", () => {
    const witnesses: ClaimContext[] = [
      ...HARD_CASES.map((c) => ({ intake: c.intake, today: CASE_TODAY, clinic: c.clinic ?? null })),
      { intake: FULL_INTAKE, today: CASE_TODAY },
      { intake: { ...FULL_INTAKE, purpose: "disability", insurer: { plan: "medicaid" } }, today: CASE_TODAY },
      {
        intake: {
          ...FULL_INTAKE,
          requester: "guardian",
          records: { kinds: ["substance_use"] },
          priorRequest: { sentOn: "2026-06-01", outcome: "denied", answeredOn: "2026-06-20" },
        },
        today: CASE_TODAY,
      },
      {
        intake: {
          ...FULL_INTAKE,
          requester: "personal_representative",
          priorRequest: { sentOn: "2026-06-01", outcome: "pending" },
        },
        today: CASE_TODAY,
      },
    ];
    const made = new Set<string>();
    for (const kind of DOCUMENT_KINDS)
      for (const w of witnesses) {
        const body = sentPart(renderText(buildLetter(kind, w.intake, { today: w.today, clinic: w.clinic ?? null })));
        for (const f of findClaims(body, w)) if (f.holds) made.add(f.claim);
      }
    const kinds: readonly string[] = DOCUMENT_KINDS;
    const expected = CLAIMS.filter(
      (c) => c.holds !== NEVER && (!c.kinds || c.kinds.some((k) => kinds.includes(k))),
    ).map((c) => c.id);
    expect(expected.filter((id) => !made.has(id))).toEqual([]);
  });
});
