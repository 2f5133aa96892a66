// Citations as the patient reads them: names in the panel's language, links to the law, never an API route.
import { describe, expect, it } from "vitest";
import { CITE } from "../../src/domain/statements.js";
import { STRINGS } from "../../src/widget/i18n.js";
import { HHS_ACCESS_URL, sourceList, sourcesOf } from "../../src/widget/sources.js";

describe("sourcesOf", () => {
  it("names a HIPAA section in words and links it to eCFR, down to its paragraph", () => {
    expect(sourcesOf("45 CFR 164.524", STRINGS.en)).toEqual([
      { name: "HIPAA right of access (45 CFR 164.524)", url: "https://www.ecfr.gov/current/title-45/section-164.524" },
    ]);
    expect(sourcesOf("45 CFR 164.524(c)(4)", STRINGS.en)).toEqual([
      {
        name: "HIPAA limits on fees (45 CFR 164.524(c)(4))",
        url: "https://www.ecfr.gov/current/title-45/section-164.524#p-164.524(c)(4)",
      },
    ]);
  });

  it("names the same section in Spanish", () => {
    expect(sourcesOf("45 CFR 164.524(b)(2)", STRINGS.es)[0]?.name).toBe(
      "Plazo de HIPAA para responder (45 CFR 164.524(b)(2))",
    );
  });

  it("splits a citation at semicolons outside parentheses, keeping each source's own link", () => {
    const out = sourcesOf("Tex. Occ. Code §159.006; 45 CFR 160.202-160.203", STRINGS.en);
    expect(out).toEqual([
      { name: "Tex. Occ. Code §159.006" },
      {
        name: "HIPAA and stricter state laws (45 CFR 160.202-160.203)",
        url: "https://www.ecfr.gov/current/title-45/section-160.202",
      },
    ]);
    expect(
      sourcesOf("42 CFR 422.119 (Medicare Advantage); 42 CFR 431.60 (Medicaid)", STRINGS.en).map((s) => s.url),
    ).toEqual([
      "https://www.ecfr.gov/current/title-42/section-422.119",
      "https://www.ecfr.gov/current/title-42/section-431.60",
    ]);
  });

  it("links hyphenated sections and U.S. Code sections", () => {
    expect(sourcesOf("29 CFR 2560.503-1(h)(2)(iii)", STRINGS.en)[0]?.url).toBe(
      "https://www.ecfr.gov/current/title-29/section-2560.503-1#p-2560.503-1(h)(2)(iii)",
    );
    expect(sourcesOf("42 U.S.C. 17935(e)", STRINGS.en)[0]).toEqual({
      name: "HITECH Act: electronic copies (42 U.S.C. 17935(e))",
      url: "https://www.law.cornell.edu/uscode/text/42/17935",
    });
    expect(sourcesOf("11 U.S.C. §333; 11 U.S.C. §351", STRINGS.en).map((s) => s.url)).toEqual([
      "https://www.law.cornell.edu/uscode/text/11/333",
      "https://www.law.cornell.edu/uscode/text/11/351",
    ]);
  });

  it("never shows an API route: the engine's own state data is named as the state's rule", () => {
    expect(sourcesOf("Texas closed-practice rule (sources: GET /api/states/TX)", STRINGS.en)).toEqual([
      { name: "Texas rule on closed practices" },
    ]);
    expect(sourcesOf("Texas closed-practice rule (sources: GET /api/states/TX)", STRINGS.es)).toEqual([
      { name: "Regla de Texas sobre consultorios cerrados" },
    ]);
    expect(sourcesOf("Ohio retention rules (sources: GET /api/states/OH)", STRINGS.es)[0]?.name).toBe(
      "Reglas de Ohio sobre la conservación de expedientes",
    );
    const odd = sourcesOf("State data (sources: GET /api/states/XX); GET /api/recommend", STRINGS.en);
    expect(odd.map((s) => s.name).join(" ")).not.toMatch(/\/api\/|GET/);
  });

  it("links every federal section the engine cites (except the court case and forms) to its text", () => {
    for (const cite of Object.values(CITE)) {
      for (const s of sourcesOf(cite, STRINGS.en)) {
        if (/CFR|U\.S\.C\./.test(s.name) && !/^VA Form/.test(s.name)) expect(s.url, s.name).toMatch(/^https:\/\//);
      }
    }
  });

  it("gives nothing for no citation", () => {
    expect(sourcesOf(undefined, STRINGS.en)).toEqual([]);
    expect(sourcesOf("", STRINGS.en)).toEqual([]);
  });
});

describe("sourceList", () => {
  it("lists each source once and adds HHS's right-of-access guidance after the first HIPAA access citation", () => {
    const list = sourceList(
      ["45 CFR 164.524(c)(4)", undefined, "45 CFR 164.524(c)(4)", "45 CFR 164.524(b)(2)"],
      STRINGS.en,
    );
    expect(list.map((s) => s.url)).toEqual([
      "https://www.ecfr.gov/current/title-45/section-164.524#p-164.524(c)(4)",
      HHS_ACCESS_URL,
      "https://www.ecfr.gov/current/title-45/section-164.524#p-164.524(b)(2)",
    ]);
  });
});
