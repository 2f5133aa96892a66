// Interface language choice and the "what I know so far" lines.
import { describe, expect, it } from "vitest";
import { knownFacts } from "../../src/widget/facts.js";
import { nextLanguage, pickLanguage, STRINGS } from "../../src/widget/i18n.js";

describe("pickLanguage", () => {
  it("prefers the patient's own pick, then the browser's languages, then the clinic's first", () => {
    expect(pickLanguage(["en", "es"], "es", ["en-US"])).toBe("es");
    expect(pickLanguage(["en", "es"], null, ["es-MX", "en"])).toBe("es");
    expect(pickLanguage(["en", "es"], null, ["fr-FR"])).toBe("en");
    expect(pickLanguage(["es"], null, ["en-US"])).toBe("es");
  });

  it("never picks a language the clinic does not offer", () => {
    expect(pickLanguage(["en"], "es", ["es-ES"])).toBe("en");
  });

  it("switches to the clinic's next language, in the clinic's order", () => {
    expect(nextLanguage("en", ["en", "es"])).toBe("es");
    expect(nextLanguage("es", ["en", "es"])).toBe("en");
    expect(nextLanguage("en", ["en"])).toBe("en");
    expect(STRINGS[nextLanguage("en", ["en", "es"])].language).toBe("Español");
  });
});

describe("STRINGS", () => {
  it("has the same keys and starter count in English and Spanish", () => {
    expect(Object.keys(STRINGS.es).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(STRINGS.es.starters).toHaveLength(STRINGS.en.starters.length);
  });

  it("has starters that send exactly the words on them", () => {
    for (const lang of ["en", "es"] as const)
      for (const [label, value] of STRINGS[lang].starters) expect(value, lang).toBe(label);
  });
});

/** The facts as [label, value] lines, as the drawer shows them. */
const pairs = (intake: unknown, lang: "en" | "es") => knownFacts(intake, lang).map((f) => [f.label, f.value]);

describe("knownFacts", () => {
  const intake = {
    requester: "parent",
    patient: { name: "Sam Doe", dateOfBirth: "2015-03-02" },
    state: "OH",
    provider: { name: "Riverbend Family Medicine", status: "closed" },
    records: { kinds: ["immunizations", "test_results"], from: "2020" },
    purpose: "school",
  };

  it("lists what is known in the order a records office asks", () => {
    expect(pairs(intake, "en")).toEqual([
      ["Who is asking", "Parent"],
      ["Patient", "Sam Doe"],
      ["Date of birth", "March 2, 2015"],
      ["State", "Ohio"],
      ["Provider", "Riverbend Family Medicine (closed)"],
      ["Records", "immunizations, test results"],
      ["Dates", "2020"],
      ["Purpose", "school"],
    ]);
  });

  it("says dates, states, where the copy goes and the earlier request in plain words, in English and Spanish", () => {
    const more = {
      state: "NY",
      patient: { dateOfBirth: "1991-06-14" },
      records: { kinds: ["imaging"], from: "2025-10" },
      neededBy: "2026-12-04",
      delivery: "third_party",
      recipient: { name: "Dr. Patel" },
      providerCount: 3,
      priorRequest: { sentOn: "2026-09-02", outcome: "no_response" },
    };
    expect(pairs(more, "en")).toEqual([
      ["Date of birth", "June 14, 1991"],
      ["State", "New York"],
      ["Providers", "3"],
      ["Records", "imaging"],
      ["Dates", "October 2025"],
      ["Needed by", "December 4, 2026"],
      ["Send the copy to", "Dr. Patel"],
      ["Earlier request", "sent September 2, 2026: no answer"],
    ]);
    expect(pairs(more, "es")).toEqual([
      ["Fecha de nacimiento", "14 de junio de 1991"],
      ["Estado", "Nueva York"],
      ["Proveedores", "3"],
      ["Expedientes", "imágenes"],
      ["Fechas", "octubre de 2025"],
      ["Para cuándo", "4 de diciembre de 2026"],
      ["Enviar la copia a", "Dr. Patel"],
      ["Solicitud anterior", "enviada el 2 de septiembre de 2026: sin respuesta"],
    ]);
  });

  it("speaks Spanish and tolerates an empty or malformed intake", () => {
    expect(pairs(intake, "es")[0]).toEqual(["Quién lo pide", "Padre o madre"]);
    expect(knownFacts({}, "en")).toEqual([]);
    expect(knownFacts(null, "en")).toEqual([]);
    expect(knownFacts({ records: { kinds: "full_chart" }, state: 5 }, "en")).toEqual([]);
  });
});
