// Drafting in a Spanish conversation: the letter a US records office reads stays English, while the
// patient gets its blanks in Spanish (with the letter's own words to find them) and a paragraph in
// Spanish on what it says, in the reply and at the top of the letter's notes page.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftDocument } from "../../src/documents/draft.js";
import { buildLetter } from "../../src/documents/index.js";
import type { Intake } from "../../src/domain/intake.js";
import { DOCUMENT_KINDS } from "../../src/domain/recommendation.js";
import { TEXT } from "../../src/domain/text/index.js";
import { detectLanguage } from "../../src/i18n/detect.js";
import { validIntake } from "../fuzz/arbitraries.js";
import { testApp } from "../support/app.js";

const NOTES = "----- Notes for you (do not send this part) -----";
const intake: Intake = {
  requester: "self",
  state: "TX",
  patient: { name: "María López", dateOfBirth: "1980-03-04" },
  provider: { name: "Mercy General Hospital", type: "hospital" },
  records: { kinds: ["full_chart"] },
};

async function draft(kind: (typeof DOCUMENT_KINDS)[number], lang: "en" | "es") {
  const { deps } = await testApp();
  const input = { sessionId: "draft-test-session-01", kind, intake, baseUrl: "https://rp.example", lang };
  return draftDocument(deps, { ...input, today: "2026-03-02" });
}

describe("drafting in a Spanish conversation", () => {
  it("keeps the letter itself exactly as the English one", async () => {
    const es = await draft("access_request", "es");
    const en = await draft("access_request", "en");
    expect(es.document.text.split(NOTES)[0]).toBe(en.document.text.split(NOTES)[0]);
    expect(es.card.title).toBe(en.card.title);
  });

  it("opens the notes page with a Spanish explanation of the letter", async () => {
    const { document, explanation } = await draft("access_request", "es");
    expect(explanation).toMatch(/^Esta carta le pide a Mercy General Hospital una copia de sus expedientes médicos/);
    expect(explanation).toContain("Tienen 15 días calendario para responder");
    expect(detectLanguage(explanation ?? "")).toBe("es");
    const notes = document.text.split(NOTES)[1] ?? "";
    expect(notes.trimStart()).toMatch(/^\* En español: Esta carta le pide/);
  });

  it("names each blank in Spanish beside the letter's own words", async () => {
    const es = await draft("access_request", "es");
    const en = await draft("access_request", "en");
    expect(es.blanks).toHaveLength(en.blanks.length);
    expect(es.blanks).toContain("dirección postal («mailing address»)");
    for (const [i, label] of en.blanks.entries()) {
      expect(es.blanks[i]).toContain(`«${label}»`);
      expect(es.document.text).toContain(`[fill in: ${label}]`);
    }
  });

  it("explains every kind of letter, and nothing in an English conversation", async () => {
    for (const kind of DOCUMENT_KINDS) {
      const es = await draft(kind, "es");
      expect(detectLanguage(es.explanation ?? ""), kind).toBe("es");
      const en = await draft(kind, "en");
      expect(en.explanation, kind).toBeUndefined();
      expect(en.document.text).not.toContain("En español");
    }
  });

  it("has Spanish words for every blank any letter can leave", () => {
    const intakes: Intake[] = [{}, ...fc.sample(validIntake, { seed: 15, numRuns: 400 })];
    for (const sample of intakes)
      for (const kind of DOCUMENT_KINDS)
        for (const label of buildLetter(kind, sample, { today: "2026-03-02" }).blanks)
          expect(TEXT.es.letters.blank(label), label).not.toMatch(/^«/);
  });
});
