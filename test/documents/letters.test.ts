// Every letter kind read back from its .docx (mammoth) and its text version: legal basis, patient
// fields, blanks and what each kind must say.
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildLetter, renderDocx, renderText } from "../../src/documents/index.js";
import { INTAKE_PATHS, type Intake } from "../../src/domain/intake.js";
import type { ClinicFacts } from "../../src/domain/recommend.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../../src/domain/recommendation.js";
import { FULL_INTAKE } from "../support/intakes.js";

const today = "2026-11-26";
const full = FULL_INTAKE;

async function both(kind: DocumentKind, intake: Intake, clinic?: ClinicFacts) {
  const letter = buildLetter(kind, intake, { today, clinic });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(letter)) });
  return { letter, docx: value, text: renderText(letter) };
}

describe("every letter kind", () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: the docx and the text carry the patient's identification and the date`, async () => {
      const { docx, text, letter } = await both(kind, full);
      for (const out of [docx, text]) {
        expect(out).toContain(letter.title);
        expect(out).toContain("Maria Lopez");
        expect(out).toContain("April 12, 1980");
        expect(out).toContain("November 26, 2026");
        expect(out).toContain("Signature:");
      }
    });
    it(`${kind}: an empty intake yields marked blanks, never invented facts`, async () => {
      const { docx, text, letter } = await both(kind, {});
      expect(letter.blanks.length).toBeGreaterThan(0);
      expect(letter.blanks).toContain("patient's full legal name");
      for (const out of [docx, text]) expect(out).toContain("[fill in: patient's full legal name]");
    });
  }
});

describe("access_request", () => {
  it("cites 164.524, says it is not an authorization, and applies Texas's shorter deadline for a physician", async () => {
    const { docx, text } = await both("access_request", full);
    for (const out of [docx, text]) {
      expect(out).toContain("45 CFR 164.524");
      expect(out).toContain("It is not an authorization under 45 CFR 164.508");
      expect(out).toContain("Health Information Management / Release of Information");
      expect(out).toContain("Maria Garcia");
      expect(out).toContain("approximate fee before you process");
      expect(out).toContain("cost-based fee");
      expect(out).toContain("written notice giving the reasons");
      expect(out).toContain("unencrypted email");
      expect(out).toContain("15 business days");
      expect(out).toContain("Tex. Occ. Code §159.006");
      expect(out).toContain("January 1, 2019 through December 31, 2024");
    }
  });
  it("leaves a recalled state statute out of the letter and explains why in the notes", async () => {
    const { text, letter } = await both("access_request", { ...full, state: "NY" });
    const body = text.split("----- Notes for you")[0];
    expect(body).not.toContain("Public Health Law");
    expect(body).toContain("New York law provides");
    expect(letter.guidance.join(" ")).toContain("not confirmed");
  });
  it("names the representative's authority and the proof to attach", async () => {
    const { text } = await both("access_request", {
      ...full,
      requester: "executor",
      patient: { ...full.patient, isDeceased: true },
    });
    expect(text).toContain("executor or administrator of the patient's estate");
    expect(text).toContain("Letters testamentary or letters of administration");
    expect(text).toContain("death certificate");
    expect(text).toContain("[fill in: your full name (the person signing)]");
  });
  it("addresses the configured clinic's records office when the records are the clinic's", async () => {
    const clinic: ClinicFacts = {
      name: "Riverside Health",
      recordsOffice: { name: "Riverside HIM", address: "9 River Rd", fax: "555-0777" },
      requestFormUrl: "https://riverside.example/form",
    };
    const own = { ...full, provider: { name: "Riverside Health" } };
    const { text } = await both("access_request", own, clinic);
    expect(text).toContain("To: Riverside Health");
    expect(text).toContain("Riverside HIM");
    expect(text).toContain("Fax: 555-0777");
    expect(text).toContain("https://riverside.example/form");
  });
});

describe("third_party_directive", () => {
  it("names the recipient and where to send, and explains Ciox in the notes", async () => {
    const { docx, text, letter } = await both("third_party_directive", full);
    for (const out of [docx, text]) {
      expect(out).toContain("45 CFR 164.524(c)(3)(ii)");
      expect(out).toContain("Dr. Chen, Second Opinion Partners");
      expect(out).toContain("records@sop.example");
      expect(out).toContain("electronic health record");
    }
    expect(letter.guidance.join(" ")).toMatch(/Ciox.*only for electronic copies/);
  });
});

describe("insurer_request", () => {
  it("asks for claims and EOBs, and for the Patient Access API only where the plan must offer one", async () => {
    const { text } = await both("insurer_request", full);
    expect(text).toContain("claims history");
    expect(text).toContain("Explanation of benefits");
    expect(text).toContain("Patient Access API (42 CFR 422.119)");
    expect(text).toContain("[fill in: member ID number");
    const employer = await both("insurer_request", { ...full, insurer: { name: "Acme Plan", plan: "employer" } });
    expect(employer.text).not.toContain("Patient Access API");
  });
});

describe("immunization_request", () => {
  it("is addressed to the state registry named in states.json", async () => {
    const { docx, text } = await both("immunization_request", full);
    for (const out of [docx, text]) expect(out).toContain("ImmTrac2 (Texas Immunization Registry)");
    expect(text).toContain("CDC does not keep personal immunization records");
  });
});

describe("retrieval_authorization", () => {
  it("carries every core element and required statement of 45 CFR 164.508(c)", async () => {
    const { docx, text } = await both("retrieval_authorization", { ...full, requester: "guardian" });
    for (const out of [docx, text]) {
      expect(out).toContain("Information to be disclosed");
      expect(out).toContain("Who may disclose it");
      expect(out).toContain("Hill Country Clinic");
      expect(out).toContain("Who may receive it");
      expect(out).toContain("Dr. Chen, Second Opinion Partners");
      expect(out).toContain("A second medical opinion");
      expect(out).toContain("[fill in: expiration date or event");
      expect(out).toContain("Signature:");
      expect(out).toContain("Date signed:");
      expect(out).toContain("Personal representative's authority");
      expect(out).toContain("court order appointing me as guardian");
      expect(out).toMatch(/may be revoked at any time by writing to Hill Country Clinic at 1 Main St/);
      expect(out).toContain("may not condition treatment, payment, enrollment");
      expect(out).toContain("may be redisclosed by the recipient");
    }
  });
});

describe("follow_up", () => {
  it("cites the original date and the missed deadline", async () => {
    const { docx, text } = await both("follow_up", full);
    for (const out of [docx, text]) {
      expect(out).toContain("September 1, 2026");
      expect(out).toContain("September 22, 2026");
      expect(out).toContain("15 business days");
      expect(out).toContain("Office for Civil Rights");
    }
  });
});

describe("ocr_complaint", () => {
  it("is a filled-in draft for ocrportal.hhs.gov with the 180-day window", async () => {
    const { docx, text, letter } = await both("ocr_complaint", full);
    for (const out of [docx, text]) {
      expect(out).toContain("ocrportal.hhs.gov");
      expect(out).toContain("Hill Country Clinic");
      expect(out).toContain("September 1, 2026");
    }
    // OCR's 180 days run from HIPAA's own deadline (2026-10-01), not Texas's 15 business days (issue 14).
    expect(letter.guidance.join(" ")).toMatch(/180 days.*March 30, 2027/);
  });
});

describe("patient text is rendered literally", () => {
  const nasty = [
    "<w:t>&amp;</w:t> \"quoted\" 'single'",
    '=HYPERLINK("http://evil.example","x")',
    "+1 -2 @SUM(A1)",
    "Ana 👩‍⚕️ Díaz",
    "محمد عبد الله",
    "שרה כהן",
  ];
  for (const name of nasty) {
    it(`keeps ${JSON.stringify(name).slice(0, 30)} exactly, in docx and text`, async () => {
      const intake: Intake = { ...full, patient: { ...full.patient, name, address: `${name}\nLine 2` } };
      const { docx, text } = await both("access_request", intake);
      expect(docx).toContain(name);
      expect(text).toContain(name);
    });
  }
  it("drops characters XML forbids instead of producing a broken file", async () => {
    const intake: Intake = { ...full, patient: { ...full.patient, name: "Bad\u0001Name\u0000" } };
    const { docx } = await both("access_request", intake);
    expect(docx).toContain("BadName");
  });
});

describe("what a letter still needs", () => {
  const valueAt = (intake: Intake, path: string): unknown => {
    const [key, field] = path.split(".");
    const top = (intake as Record<string, unknown>)[key!];
    return field === undefined ? top : (top as Record<string, unknown> | undefined)?.[field];
  };

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: names the Intake facts behind its blanks, and none the Intake already has`, () => {
      const empty = buildLetter(kind, {}, { today });
      expect(empty.needs).toContain("patient.name");
      for (const path of empty.needs) expect(INTAKE_PATHS).toContain(path);
      const filled = buildLetter(kind, full, { today });
      for (const path of filled.needs) expect(valueAt(full, path), path).toBeUndefined();
    });
  }

  it("stops needing a fact once the Intake has it, and on a clinic's page once the provider is named", () => {
    expect(buildLetter("access_request", {}, { today }).needs).toContain("provider.name");
    const named = buildLetter("access_request", { provider: { name: "Mercy Hospital" } }, { today });
    expect(named.needs).not.toContain("provider.name");
    // Issue 14: a clinic's page does not make the clinic the provider; the patient says whose records.
    const clinic = { name: "Riverbend Family Medicine" };
    const unnamed = buildLetter("access_request", {}, { today, clinic });
    expect(unnamed.needs).toContain("provider.name");
    const atClinic = buildLetter("access_request", { provider: { name: "Riverbend" } }, { today, clinic });
    expect(atClinic.needs).not.toContain("provider.name");
    expect(atClinic.needs).toContain("patient.dateOfBirth");
  });
});
