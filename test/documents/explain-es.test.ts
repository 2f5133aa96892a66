// The Spanish page beside an English letter: what it asks, where to send it and when the answer is due.
import { describe, expect, it } from "vitest";
import { explainInSpanish, spanishDate } from "../../src/documents/explain-es.js";
import { buildLetter, renderText } from "../../src/documents/index.js";
import type { Intake } from "../../src/domain/intake.js";

const today = "2026-11-26";
const intake: Intake = {
  requester: "self",
  state: "TX",
  patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04", email: "maria@example.com" },
  provider: { name: "Mercy Hospital", fax: "555-201-0199" },
  records: { kinds: ["full_chart"] },
  delivery: "email",
  format: "electronic",
};

describe("explainInSpanish", () => {
  it("says in Spanish what the letter asks of whom, where to send it and by when to expect an answer", () => {
    const letter = buildLetter("access_request", intake, { today, clinic: null });
    const page = explainInSpanish({ ...letter, respondBy: "2026-12-11" }, intake, { today });
    expect(page.lang).toBe("es");
    const text = page.paragraphs.join("\n");
    expect(text).toContain("Mercy Hospital");
    expect(text).toContain("por fax al 555-201-0199");
    expect(text).toContain("11 de diciembre de 2026");
  });

  it("computes the respond-by date from the rule when the letter carries none", () => {
    const letter = buildLetter("access_request", intake, { today, clinic: null });
    const text = explainInSpanish(letter, intake, { today }).paragraphs.join("\n");
    expect(text).toMatch(/a más tardar el \d{1,2} de \p{L}+ de 2026/u);
  });

  it("names the blanks still to fill in Spanish, beside the letter's own words", () => {
    const bare: Intake = { ...intake, provider: { name: "Mercy Hospital" } };
    const letter = buildLetter("access_request", bare, { today, clinic: null });
    const text = explainInSpanish(letter, bare, { today }).paragraphs.join("\n");
    expect(text).toContain("«records office address, fax or email»");
    expect(text).toContain("Todavía no sabemos su dirección");
  });

  it("is rendered after the notes in the letter's text", () => {
    const letter = buildLetter("access_request", intake, { today, clinic: null });
    const text = renderText({ ...letter, explanation: explainInSpanish(letter, intake, { today }) });
    expect(text.indexOf("En español")).toBeGreaterThan(text.indexOf("Notes for you"));
  });

  it("writes dates as a Spanish reader does", () => {
    expect(spanishDate("2026-03-04")).toBe("4 de marzo de 2026");
  });
});
