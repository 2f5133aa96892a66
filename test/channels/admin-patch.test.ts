// PATCH /api/admin/clinics/:id as a JSON merge patch (RFC 7396): objects merge, null removes,
// arrays replace, the id never changes, and the result is validated whole before it is stored.
import { describe, expect, it } from "vitest";
import { ADMIN, adminApp, message } from "../support/admin-client.js";

const record = {
  name: "Lakeside Clinic",
  allowedOrigins: ["https://www.lakeside.example", "https://lakeside.example"],
  recordsOffice: { phone: "(503) 555-0100", email: "records@lakeside.example", hours: "Mon–Fri 9–5" },
  fees: "Free for patients.",
  greeting: { en: "Hello", es: "Hola" },
  starters: { en: ["Get my records"], es: ["Mis registros"] },
  languages: ["en", "es"],
  smsNumbers: ["+15035550100"],
};

async function withLakeside() {
  const app = await adminApp();
  expect((await app.call("PUT", "/clinics/lakeside", ADMIN, record)).status).toBe(201);
  return app;
}

describe("PATCH as a JSON merge patch", () => {
  it("merges objects member by member and answers the whole record", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, {
      recordsOffice: { fax: "(503) 555-0199" },
      turnaroundDays: 10,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toEqual({
      id: "lakeside",
      ...record,
      recordsOffice: { ...record.recordsOffice, fax: "(503) 555-0199" },
      turnaroundDays: 10,
    });
    expect((await call("GET", "/clinics/lakeside", ADMIN)).json).toEqual(res.json);
  });

  it("removes a member sent as null, at the top and inside objects", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, {
      fees: null,
      recordsOffice: { email: null },
      greeting: { es: null },
    });
    const got = res.json as typeof record;
    expect(got).not.toHaveProperty("fees");
    expect(got.recordsOffice).toEqual({ phone: "(503) 555-0100", hours: "Mon–Fri 9–5" });
    expect(got.greeting).toEqual({ en: "Hello" });
  });

  it("replaces arrays whole instead of merging them", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, {
      allowedOrigins: ["https://new.lakeside.example"],
      starters: { en: ["Check my request", "Fees"] },
    });
    const got = res.json as typeof record;
    expect(got.allowedOrigins).toEqual(["https://new.lakeside.example"]);
    expect(got.starters).toEqual({ en: ["Check my request", "Fees"], es: ["Mis registros"] });
  });

  it("sets languages back to the default when removed", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, { languages: null });
    expect((res.json as typeof record).languages).toEqual(["en"]);
  });

  it("releases and binds SMS numbers as the patch says", async () => {
    const { call, deps } = await withLakeside();
    await call("PATCH", "/clinics/lakeside", ADMIN, { smsNumbers: ["+15035550101"] });
    expect(await deps.clinics.byPhone("+15035550100")).toBeNull();
    expect((await deps.clinics.byPhone("+15035550101"))?.id).toBe("lakeside");
    await call("PATCH", "/clinics/lakeside", ADMIN, { smsNumbers: null });
    expect(await deps.clinics.byPhone("+15035550101")).toBeNull();
  });

  it("changes nothing with an empty patch", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, {});
    expect(res.json).toEqual({ id: "lakeside", ...record });
  });

  it("refuses to change the id, whether renamed or removed, and accepts the same id", async () => {
    const { call } = await withLakeside();
    for (const id of ["lakeside-2", null, 7]) {
      const res = await call("PATCH", "/clinics/lakeside", ADMIN, { id, fees: "x" });
      expect(res.status).toBe(400);
      expect(message(res)).toBe("id: cannot change (it is the data-clinic of your embed code); leave it out.");
    }
    expect((await call("PATCH", "/clinics/lakeside", ADMIN, { id: "lakeside", fees: "Same id." })).status).toBe(200);
    expect((await call("GET", "/clinics/lakeside-2", ADMIN)).status).toBe(404);
  });

  it("answers 404 for a clinic that does not exist, and creates nothing", async () => {
    const { call } = await adminApp();
    const res = await call("PATCH", "/clinics/nowhere", ADMIN, {
      name: "Nowhere",
      allowedOrigins: ["https://n.example"],
    });
    expect(res.status).toBe(404);
    expect(message(res)).toBe("No clinic with this id. Check the id in the URL (GET /api/admin/clinics lists them).");
    expect((await call("GET", "/clinics/nowhere", ADMIN)).status).toBe(404);
  });

  it("refuses a patch nested thousands deep with a 400, not a crash", async () => {
    const { call } = await withLakeside();
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`);
    expect(res.status).toBe(400);
    expect(message(res)).toBe(
      "The patch nests objects more than 16 levels deep. Send only the clinic fields to change.",
    );
  });

  it("refuses a bad clinic id in the path naming the rule", async () => {
    const { call } = await adminApp();
    const res = await call("PATCH", "/clinics/Bad_Id", ADMIN, { fees: "x" });
    expect(res.status).toBe(400);
    expect(message(res)).toBe("Clinic id: must be 1–64 lower-case letters, digits or '-' (not at the ends).");
  });
});
