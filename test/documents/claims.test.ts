// Letters state only what the patient said (issue 14, point 8): the frozen hard cases, each a real
// conversation's Intake with what its letter must never claim and must still say.
import { describe, expect, it } from "vitest";
import { buildLetter, renderText } from "../../src/documents/index.js";
import { CASE_TODAY, HARD_CASES } from "./claims-cases.js";

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
