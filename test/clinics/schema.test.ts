// Clinic records are validated strictly, with errors that name the field to fix.
import { describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { ClinicSchema, clinicFacts, panelConfig } from "../../src/clinics/schema.js";
import { describeZodError } from "../../src/errors.js";

const minimal = { id: "lakeside", name: "Lakeside Clinic", allowedOrigins: ["https://www.lakeside.example"] };
const problems = (input: unknown) => {
  const r = ClinicSchema.safeParse(input);
  return r.success ? "" : describeZodError(r.error);
};

describe("ClinicSchema", () => {
  it("accepts a minimal record and defaults the languages to English", () => {
    expect(ClinicSchema.parse(minimal).languages).toEqual(["en"]);
  });

  it("accepts the demo clinic", () => {
    expect(ClinicSchema.parse(DEMO_CLINIC)).toEqual(DEMO_CLINIC);
  });

  it("rejects unknown fields by name", () => {
    expect(problems({ ...minimal, colour: "#fff" })).toContain("colour: unknown field");
    expect(problems({ ...minimal, recordsOffice: { phone: "1", mobile: "2" } })).toContain(
      "recordsOffice.mobile: unknown field",
    );
  });

  it("keeps the records office's fields on one line, since letters print them in sentences", () => {
    expect(problems({ ...minimal, recordsOffice: { address: "12 Main St\nDallas, TX" } })).toMatch(
      /^recordsOffice\.address: must be one line/,
    );
    expect(problems({ ...minimal, recordsOffice: { name: "Records\tOffice" } })).toMatch(
      /recordsOffice\.name: must be one line/,
    );
  });

  it("names each bad field and says what is allowed", () => {
    expect(problems({ ...minimal, id: "Lakeside Clinic" })).toMatch(/^id: must be 1–64 lower-case/);
    expect(problems({ ...minimal, allowedOrigins: ["https://www.lakeside.example/records"] })).toMatch(
      /allowedOrigins\.0: must be an origin/,
    );
    expect(problems({ ...minimal, allowedOrigins: [] })).toMatch(
      /allowedOrigins: needs at least one website, like \["https:\/\/www.example.org"\]/,
    );
    expect(problems({ ...minimal, themeColor: "green" })).toMatch(/themeColor: must be a hex colour/);
    expect(problems({ ...minimal, languages: ["en", "fr"] })).toMatch(/languages\.1: must be one of "en", "es"/);
    expect(problems({ ...minimal, smsNumbers: ["5035550100"] })).toMatch(
      /smsNumbers\.0: must be a US number in E\.164/,
    );
    expect(problems({ ...minimal, portalUrl: "javascript:alert(1)" })).toMatch(
      /portalUrl: must be a full web address starting with https:\/\//,
    );
    expect(problems({ ...minimal, turnaroundDays: 0.5 })).toMatch(/turnaroundDays/);
    expect(problems({ ...minimal, languages: ["es", "es"] })).toMatch(/languages: must not repeat/);
    expect(problems({ name: "x" })).toMatch(/id: is required.*allowedOrigins: is required/);
  });
});

describe("what leaves the record", () => {
  it("gives the engine and letters only the records facts", () => {
    expect(clinicFacts(DEMO_CLINIC)).toEqual({
      name: "Riverbend Family Medicine",
      recordsOffice: DEMO_CLINIC.recordsOffice,
      portalUrl: DEMO_CLINIC.portalUrl,
      requestFormUrl: DEMO_CLINIC.requestFormUrl,
      fees: DEMO_CLINIC.fees,
      turnaroundDays: 10,
    });
  });

  it("gives the panel its look, greeting, retention and records-office phone but not the allowed origins or SMS numbers", () => {
    const config = panelConfig({ ...DEMO_CLINIC, smsNumbers: ["+19375550144"] }, { ttlHours: 72 });
    expect(config).toEqual({
      clinic: "riverbend",
      name: "Riverbend Family Medicine",
      themeColor: "#1f6f5c",
      greeting: DEMO_CLINIC.greeting,
      languages: ["en", "es"],
      ttlHours: 72,
      recordsPhone: "(937) 555-0142",
    });
    expect(panelConfig(null, { ttlHours: 24 })).toMatchObject({ clinic: null, languages: ["en", "es"], ttlHours: 24 });
    expect(panelConfig(null, { ttlHours: 24 })).not.toHaveProperty("recordsPhone");
  });
});
