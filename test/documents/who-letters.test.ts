// Letters read back from their .docx (mammoth) and text: the representative's own block and the
// authority it states (45 CFR 164.502(g)), delivery to the requester, a teen's private request
// (164.522(b)), and the part2_consent kind with every element of 42 CFR 2.31 and Part 2's own
// redisclosure rule (2.32); HIPAA directives and authorizations leave Part 2 records out.
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildLetter, renderDocx, renderText } from "../../src/documents/index.js";
import type { Intake } from "../../src/domain/intake.js";
import type { DocumentKind } from "../../src/domain/recommendation.js";

const today = "2026-11-26";

async function both(kind: DocumentKind, intake: Intake) {
  const letter = buildLetter(kind, intake, { today });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(letter)) });
  const body = (s: string) => s.split("----- Notes for you")[0] ?? s;
  return { letter, docx: value, text: body(renderText(letter)), notes: letter.guidance.join(" ") };
}

const clinic = { name: "Lakeside Pediatrics", address: "4 Lake Rd, Springfield", fax: "555-0300" };
const parent = { name: "Carmen Ruiz", phone: "555-0111", email: "carmen@example.com", address: "9 Elm St" };

describe("the representative's own block", () => {
  it("a parent of a minor: their own name and contact, the authority, the proof, and the copy sent to them", async () => {
    const { docx, text } = await both("access_request", {
      requester: "parent",
      representative: parent,
      patient: { name: "Leo Ruiz", dateOfBirth: "2012-03-03", email: "leo@example.com" },
      state: "IL",
      provider: clinic,
      records: { kinds: ["full_chart"] },
      delivery: "email",
      format: "electronic",
    });
    for (const out of [docx, text]) {
      expect(out).toContain("Person making this request");
      expect(out).toContain("Carmen Ruiz");
      expect(out).toContain("555-0111");
      expect(out).toContain("The patient is a minor, and I act for the patient as a personal representative");
      expect(out).toContain("Proof that I am the patient's parent");
      expect(out).toContain("send the copy by email to carmen@example.com");
      expect(out).not.toContain("leo@example.com");
    }
    expect(text).toContain("Printed name: Carmen Ruiz");
    expect(text).toContain("Signing as: Parent of Leo Ruiz");
    expect(text).toContain("Please contact me with any questions at 555-0111");
  });

  it("a parent of an adult claims no parental authority: a blank for the POA or guardianship instead", async () => {
    const { docx, text, letter, notes } = await both("access_request", {
      requester: "parent",
      representative: parent,
      patient: { name: "Leo Ruiz", dateOfBirth: "2005-06-01" },
      state: "CA",
      provider: clinic,
      records: { kinds: ["full_chart"] },
    });
    for (const out of [docx, text]) {
      expect(out).toContain("The patient is an adult, so I make this request under [fill in: your legal authority");
      expect(out).not.toMatch(/who is a minor|The patient is a minor/);
      expect(out).not.toMatch(/act for the patient as a personal representative/);
    }
    expect(text).toContain("Signing as: [fill in: health care agent or guardian] of Leo Ruiz");
    expect(letter.needs).toContain("requester");
    expect(notes).toMatch(/Your child is an adult.*power of attorney that is in effect.*guardian/);
  });

  it("a parent who has not given the age leaves a blank for the date of birth, never 'a minor'", async () => {
    const { text, letter, notes } = await both("access_request", {
      requester: "parent",
      representative: parent,
      patient: { name: "Leo Ruiz" },
      provider: clinic,
    });
    expect(text).toContain("[fill in: the patient's date of birth (a parent acts only for a patient under 18)]");
    expect(text).not.toMatch(/minor/);
    expect(letter.needs).toContain("patient.dateOfBirth");
    expect(notes).toMatch(/under 18 and not emancipated/);
  });

  it("an agent after the patient's death: no power of attorney claimed, the copy to the agent and never to the patient's email", async () => {
    const { docx, text, notes } = await both("access_request", {
      requester: "personal_representative",
      representative: { name: "Sam Ortiz", email: "sam@example.com" },
      patient: { name: "Rosa Ortiz", isDeceased: true, email: "rosa@example.com", phone: "555-0999" },
      state: "WA",
      provider: clinic,
      records: { kinds: ["full_chart"] },
      delivery: "email",
    });
    for (const out of [docx, text]) {
      expect(out).toContain(
        "The patient has died. I make this request as [fill in: your authority after the patient's death",
      );
      expect(out).toContain("The patient's death certificate");
      expect(out).toContain("send the copy by email to sam@example.com");
      expect(out).not.toContain("rosa@example.com");
      expect(out).not.toContain("555-0999");
      expect(out).not.toMatch(/power of attorney that is in effect/);
    }
    expect(notes).toMatch(/authority ends when the patient dies/);
  });

  it("an executor states the authority after death and signs as executor; the OCR draft names the executor as complainant", async () => {
    const intake: Intake = {
      requester: "executor",
      representative: { name: "Sam Ortiz", phone: "555-0222" },
      patient: { name: "Rosa Ortiz", isDeceased: true },
      provider: clinic,
      priorRequest: { sentOn: "2026-09-01", outcome: "denied" },
    };
    const { text } = await both("access_request", intake);
    expect(text).toContain("I am the executor or administrator of the estate of the patient, who has died");
    expect(text).toContain("Signing as: Executor or administrator of the estate of Rosa Ortiz");
    const ocr = await both("ocr_complaint", intake);
    expect(ocr.text).toContain("Name: Sam Ortiz");
    expect(ocr.text).toContain("Phone: 555-0222");
  });
});

describe("a teen's private request", () => {
  it("asks in their own name that the copy and messages reach only them, and says the care was theirs to consent to", async () => {
    const { docx, text, notes } = await both("access_request", {
      requester: "self",
      patient: { name: "Ana Ruiz", dateOfBirth: "2010-01-05", email: "ana@example.com" },
      state: "CA",
      provider: clinic,
      records: { kinds: ["test_results"], minorConsented: true },
      delivery: "email",
      format: "electronic",
      confidential: true,
    });
    for (const out of [docx, text]) {
      expect(out).toContain("These records are of care that I consented to myself.");
      expect(out).toContain("only to me and only by the delivery method above (45 CFR 164.522(b))");
      expect(out).toContain("send the copy by email to ana@example.com");
      expect(out).not.toMatch(/personal representative|Person making this request/);
    }
    expect(notes).toMatch(/Bills and insurance statements may still go/);
  });

  it("says nothing of consent or privacy when the Intake does not hold those facts", async () => {
    const { text } = await both("access_request", {
      requester: "self",
      patient: { name: "Ana Ruiz", dateOfBirth: "2010-01-05" },
      provider: clinic,
    });
    expect(text).not.toMatch(/consented to myself|164\.522\(b\)/);
  });
});

describe("part2_consent", () => {
  const sud: Intake = {
    requester: "self",
    patient: { name: "Jordan Lee", dateOfBirth: "1990-02-02" },
    state: "NY",
    provider: { name: "Harbor Recovery Program", address: "7 Dock St, Albany, NY" },
    records: { kinds: ["substance_use"], from: "2023-01-01", to: "2024-06-30" },
    recipient: { name: "Kim & Co. LLP", address: "1 Court Sq, Albany, NY" },
    purpose: "legal",
  };

  it("carries every element of 42 CFR 2.31, in the docx and the text", async () => {
    const { docx, text } = await both("part2_consent", sud);
    for (const out of [docx, text]) {
      expect(out).toContain("Consent to release substance use disorder records");
      expect(out).toContain("42 CFR Part 2");
      expect(out).toContain("42 CFR 2.31");
      // (a)(1) patient's name; (a)(2) who may disclose; (a)(3) an explicit description of the SUD information.
      expect(out).toContain("Jordan Lee");
      expect(out).toContain("Harbor Recovery Program, 7 Dock St, Albany, NY");
      expect(out).toContain("Records of the patient's substance use disorder treatment");
      expect(out).toContain("January 1, 2023 through June 30, 2024");
      // Recipient, purpose, revocation in writing and how, expiration, signature and date.
      expect(out).toContain("Kim & Co. LLP, 1 Court Sq, Albany, NY");
      expect(out).toContain("A legal matter, at the request of the patient.");
      expect(out).toContain("may be revoked in writing at any time");
      expect(out).toContain("To revoke it, write to Harbor Recovery Program at 7 Dock St, Albany, NY");
      expect(out).toContain("[fill in: expiration date, event or condition");
      expect(out).toContain("Signature:");
      expect(out).toContain("Date signed:");
      // Part 2's own redisclosure rule (2.32), not HIPAA's "no longer protected".
      expect(out).toContain("stay protected by 42 CFR Part 2");
      expect(out).toContain("42 CFR 2.32(a)");
      expect(out).toContain("a copy of this consent or a clear explanation of its scope (42 CFR 2.32(b))");
      expect(out).toContain("proceeding against the patient without the patient's consent or a court order");
      expect(out).not.toMatch(/no longer be protected by the federal HIPAA Privacy Rule/);
      expect(out).toContain("counseling notes, which need their own separate consent");
    }
  });

  it("a minor in Pennsylvania signs alone (2.14; 71 P.S. §1690.112(a)); elsewhere the parent signs only if state law required their consent", async () => {
    const pa = await both("part2_consent", {
      ...sud,
      state: "PA",
      patient: { name: "Jordan Lee", dateOfBirth: "2010-02-02" },
    });
    expect(pa.text).toContain(
      "Only the patient signs: Pennsylvania lets a minor consent to substance use disorder treatment alone (71 P.S. §1690.112(a))",
    );
    expect(pa.text).not.toContain("Parent or guardian of");
    const nj = await both("part2_consent", {
      ...sud,
      state: "NJ",
      patient: { name: "Jordan Lee", dateOfBirth: "2010-02-02" },
    });
    expect(nj.text).toContain(
      "sign below only if state law required a parent's or guardian's consent to this treatment",
    );
    // Whether a parent or a guardian co-signs is theirs to write: the Intake establishes neither (claims.ts).
    expect(nj.text).toContain("Signing as: [fill in: parent or guardian] of Jordan Lee");
  });

  it("after death the executor signs, under 42 CFR 2.15", async () => {
    const { text } = await both("part2_consent", {
      ...sud,
      requester: "executor",
      representative: { name: "Pat Lee" },
      patient: { name: "Jordan Lee", isDeceased: true },
    });
    expect(text).toContain("(42 CFR 2.15)");
    expect(text).toContain("Printed name: Pat Lee");
    expect(text).toContain("Signing as: Executor or administrator of the estate of Jordan Lee");
  });

  it("a HIPAA directive or authorization leaves the Part 2 records out and points to the Part 2 consent", async () => {
    const mixed: Intake = { ...sud, records: { kinds: ["substance_use", "imaging"] }, format: "electronic" };
    for (const kind of ["third_party_directive", "retrieval_authorization"] as const) {
      const { text, notes } = await both(kind, mixed);
      expect(text).not.toContain("Substance use disorder treatment records");
      expect(text).toContain("Imaging reports");
      expect(notes).toMatch(/Part 2 consent \(42 CFR 2\.31\)/);
    }
  });
});
