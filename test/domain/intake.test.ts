// Intake paths: the one list of "object.field" names questions and letter blanks use matches the
// zod schema, and a patch names the paths it changes.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INTAKE_PATHS, IntakeSchema, patchPaths } from "../../src/domain/intake.js";

/** Every leaf of the schema: top-level fields, and each field of a nested object as "object.field". */
function schemaPaths(): string[] {
  return Object.entries(IntakeSchema.shape).flatMap(([key, field]) => {
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    return inner instanceof z.ZodObject ? Object.keys(inner.shape).map((sub) => `${key}.${sub}`) : [key];
  });
}

describe("INTAKE_PATHS", () => {
  it("lists every field of IntakeSchema once, and nothing else", () => {
    expect(schemaPaths().length).toBeGreaterThan(20);
    expect([...INTAKE_PATHS].sort()).toEqual(schemaPaths().sort());
    expect(new Set(INTAKE_PATHS).size).toBe(INTAKE_PATHS.length);
  });
});

describe("patchPaths", () => {
  it("names the fields a patch sets, and every field under an object it clears", () => {
    expect(patchPaths({ state: "TX", patient: { name: "Ana Ruiz", dateOfBirth: null } })).toEqual([
      "state",
      "patient.name",
      "patient.dateOfBirth",
    ]);
    expect(patchPaths({ recipient: null })).toEqual([
      "recipient.name",
      "recipient.address",
      "recipient.email",
      "recipient.fax",
    ]);
    expect(patchPaths({})).toEqual([]);
  });
});
