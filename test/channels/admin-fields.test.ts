// Every clinic field's bad input, through PUT and through PATCH: a 400 whose message names the
// field and says what to send instead; and the bodies the admin API refuses (bad JSON, wrong type,
// too large) or must accept (a record at every limit, with a 32 KB logo).
import { describe, expect, it } from "vitest";
import { LOGO_MAX_BYTES } from "../../src/clinics/schema.js";
import { ADMIN, adminApp, code, message } from "../support/admin-client.js";

const base = { name: "Lakeside Clinic", allowedOrigins: ["https://www.lakeside.example"] };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (bytes: number) =>
  Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.alloc(bytes - PNG_SIGNATURE.length, 7)]).toString("base64");

/** [what is wrong, the fields to send, the exact "field: fix" the message must contain]. */
const BAD: Array<[string, Record<string, unknown>, string]> = [
  ["name left empty", { name: "  " }, "name: must not be empty"],
  ["name too long", { name: "x".repeat(121) }, "name: is too long (at most 120 characters)"],
  ["name not text", { name: 42 }, "name: must be text in quotes"],
  [
    "origin without scheme",
    { allowedOrigins: ["lakeside.example"] },
    "allowedOrigins.0: must be an origin like https://www.example.org (scheme and host, optional port, no path or trailing slash)",
  ],
  [
    "origin with a path",
    { allowedOrigins: ["https://www.lakeside.example/records"] },
    "allowedOrigins.0: must be an origin like https://www.example.org",
  ],
  [
    "origin with a trailing slash",
    { allowedOrigins: ["https://www.lakeside.example/"] },
    "allowedOrigins.0: must be an origin like",
  ],
  [
    "no origins",
    { allowedOrigins: [] },
    'allowedOrigins: needs at least one website, like ["https://www.example.org"]',
  ],
  ["origins not a list", { allowedOrigins: "https://www.lakeside.example" }, "allowedOrigins: must be a list in [ ]"],
  [
    "too many origins",
    { allowedOrigins: Array.from({ length: 21 }, (_, i) => `https://s${i}.example`) },
    "allowedOrigins: has too many entries (at most 20)",
  ],
  [
    "bad email",
    { recordsOffice: { email: "records at lakeside" } },
    "recordsOffice.email: must be an email address, like records@example.org",
  ],
  [
    "phone on two lines",
    { recordsOffice: { phone: "555 0100\n555 0101" } },
    "recordsOffice.phone: must be one line: remove line breaks, tabs and control characters",
  ],
  [
    "address too long",
    { recordsOffice: { address: "x".repeat(301) } },
    "recordsOffice.address: is too long (at most 300 characters)",
  ],
  [
    "unknown records-office field",
    { recordsOffice: { mobile: "1" } },
    "recordsOffice.mobile: unknown field (remove it)",
  ],
  ["colour by name", { themeColor: "blue" }, "themeColor: must be a hex colour like #1f6f5c"],
  ["short hex colour", { themeColor: "#fff" }, "themeColor: must be a hex colour like #1f6f5c"],
  [
    "portal URL without scheme",
    { portalUrl: "www.lakeside.example/portal" },
    "portalUrl: must be a full web address starting with https:// (or http://), like https://www.example.org/records",
  ],
  [
    "request form as javascript:",
    { requestFormUrl: "javascript:alert(1)" },
    "requestFormUrl: must be a full web address starting with https://",
  ],
  ["fees empty", { fees: "" }, "fees: must not be empty"],
  ["turnaround too long", { turnaroundDays: 90 }, "turnaroundDays: must be at most 60"],
  ["turnaround zero", { turnaroundDays: 0 }, "turnaroundDays: must be at least 1"],
  ["turnaround fractional", { turnaroundDays: 2.5 }, "turnaroundDays: must be a whole number"],
  ["turnaround as text", { turnaroundDays: "10" }, "turnaroundDays: must be a number"],
  ["language repeated", { languages: ["en", "en"] }, "languages: must not repeat a language (list each once)"],
  ["language unknown", { languages: ["en", "fr"] }, 'languages.1: must be one of "en", "es"'],
  ["no language", { languages: [] }, "languages: needs at least 1 entry"],
  [
    "greeting in an unknown language",
    { greeting: { fr: "Bonjour" } },
    'greeting.fr: is not a language recordpath speaks: use "en" or "es"',
  ],
  ["greeting too long", { greeting: "x".repeat(501) }, "greeting.en: is too long (at most 500 characters)"],
  [
    "too many starters",
    { starters: { en: ["a", "b", "c", "d", "e"] } },
    "starters.en: has too many entries (at most 4)",
  ],
  ["starter too long", { starters: { en: ["x".repeat(61)] } }, "starters.en.0: is too long (at most 60 characters)"],
  [
    "starter on two lines",
    { starters: { es: ["¿Dónde\nestá?"] } },
    "starters.es.0: must be one line: remove line breaks",
  ],
  ["no starters in a language", { starters: { en: [] } }, "starters.en: needs at least 1 entry"],
  [
    "starters in an unknown language",
    { starters: { de: ["Hallo"] } },
    'starters.de: is not a language recordpath speaks: use "en" or "es"',
  ],
  [
    "logo of another type",
    { logo: { type: "image/gif", data: png(100) } },
    'logo.type: must be one of "image/png", "image/jpeg", "image/webp"',
  ],
  ["logo as SVG", { logo: { type: "image/svg+xml", data: png(100) } }, 'logo.type: must be one of "image/png"'],
  [
    "logo too large",
    { logo: { type: "image/png", data: png(LOGO_MAX_BYTES + 1) } },
    "logo.data: is too large: at most 32 KB as an image. Save it smaller",
  ],
  [
    "logo bytes not its type",
    { logo: { type: "image/jpeg", data: png(100) } },
    "logo.data: is not a JPEG image (its first bytes say otherwise): set logo.type to the image's real type",
  ],
  [
    "logo not base64",
    { logo: { type: "image/png", data: "not base64!" } },
    "logo.data: must be the image's bytes in base64",
  ],
  ["logo without data", { logo: { type: "image/png" } }, "logo.data: is required"],
  [
    "logo with extra fields",
    { logo: { type: "image/png", data: png(100), name: "logo.png" } },
    "logo.name: unknown field (remove it)",
  ],
  [
    "SMS number not E.164",
    { smsNumbers: ["503-555-0100"] },
    "smsNumbers.0: must be a US number in E.164 form, like +15035550100",
  ],
  [
    "SMS number repeated",
    { smsNumbers: ["+15035550100", "+15035550100"] },
    "smsNumbers: must not repeat a number (list each once)",
  ],
  [
    "too many SMS numbers",
    { smsNumbers: Array.from({ length: 11 }, (_, i) => `+1503555${String(100 + i).padStart(4, "0")}`) },
    "smsNumbers: has too many entries (at most 10)",
  ],
  ["unknown field", { fax: "555 0100" }, "fax: unknown field (remove it)"],
];

describe("every clinic field's bad input", () => {
  it.each(BAD)("PUT: %s → 400 naming the field and the fix", async (_, fields, expected) => {
    const { call } = await adminApp();
    const res = await call("PUT", "/clinics/lakeside", ADMIN, { ...base, ...fields });
    expect(res.status).toBe(400);
    expect(code(res)).toBe("invalid_input");
    expect(message(res)).toContain(expected);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it.each(BAD)("PATCH: %s → 400 naming the field and the fix, record unchanged", async (_, fields, expected) => {
    const { call } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, base);
    const res = await call("PATCH", "/clinics/lakeside", ADMIN, fields);
    expect(res.status).toBe(400);
    expect(message(res)).toContain(expected);
    expect((await call("GET", "/clinics/lakeside", ADMIN)).json).toEqual({
      id: "lakeside",
      ...base,
      languages: ["en"],
    });
  });

  it("names a missing name through PUT and through PATCH's null", async () => {
    const { call } = await adminApp();
    const put = await call("PUT", "/clinics/lakeside", ADMIN, { allowedOrigins: base.allowedOrigins });
    expect(message(put)).toBe("name: is required.");
    await call("PUT", "/clinics/lakeside", ADMIN, base);
    expect(message(await call("PATCH", "/clinics/lakeside", ADMIN, { name: null }))).toBe("name: is required.");
    expect(message(await call("PATCH", "/clinics/lakeside", ADMIN, { allowedOrigins: null }))).toBe(
      "allowedOrigins: is required.",
    );
  });

  it("never repeats a bad value back", async () => {
    const { call } = await adminApp();
    const res = await call("PUT", "/clinics/lakeside", ADMIN, {
      ...base,
      fees: 17,
      recordsOffice: { email: "jane.doe.1980" },
    });
    expect(message(res)).toContain("fees: must be text in quotes");
    expect(message(res)).toContain("recordsOffice.email: must be an email address");
    expect(message(res)).not.toContain("jane");
  });

  it("refuses an SMS number another clinic has with 409, through PUT and PATCH", async () => {
    const { call } = await adminApp();
    await call("PUT", "/clinics/one", ADMIN, { ...base, smsNumbers: ["+16145550188"] });
    await call("PUT", "/clinics/two", ADMIN, base);
    for (const res of [
      await call("PUT", "/clinics/two", ADMIN, { ...base, smsNumbers: ["+16145550188"] }),
      await call("PATCH", "/clinics/two", ADMIN, { smsNumbers: ["+16145550199", "+16145550188"] }),
    ]) {
      expect(res.status).toBe(409);
      expect(message(res)).toBe(
        "smsNumbers: a number is already bound to another clinic; remove it here, or from that clinic first.",
      );
    }
    expect((await call("GET", "/clinics/two", ADMIN)).json).not.toHaveProperty("smsNumbers");
  });

  it("accepts a plain-string greeting as the English one, through PUT and PATCH", async () => {
    const { call } = await adminApp();
    const put = await call("PUT", "/clinics/lakeside", ADMIN, { ...base, greeting: "Hi! Ask me about your records." });
    expect(put.status).toBe(201);
    expect(put.json).toMatchObject({ greeting: { en: "Hi! Ask me about your records." } });
    await call("PATCH", "/clinics/lakeside", ADMIN, { greeting: { es: "¡Hola!" } });
    expect((await call("GET", "/clinics/lakeside", ADMIN)).json).toMatchObject({
      greeting: { en: "Hi! Ask me about your records.", es: "¡Hola!" },
    });
    // A plain string replaces the whole greeting with an English one (RFC 7396: a non-object replaces).
    const patched = await call("PATCH", "/clinics/lakeside", ADMIN, { greeting: "Welcome." });
    expect(patched.status).toBe(200);
    expect((patched.json as { greeting: unknown }).greeting).toEqual({ en: "Welcome." });
  });
});

describe("the bodies the admin API refuses or accepts", () => {
  it("refuses bad JSON, a wrong content type and a body that is not an object, saying what to send", async () => {
    const { call } = await adminApp();
    const badJson = await call("PUT", "/clinics/lakeside", ADMIN, '{"name": "Lakeside",}');
    expect([badJson.status, code(badJson)]).toEqual([400, "invalid_json"]);
    expect(message(badJson)).toBe("The body is not valid JSON. Check quotes, commas and brackets.");
    const form = await call("PUT", "/clinics/lakeside", ADMIN, "name=Lakeside", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect([form.status, message(form)]).toEqual([
      415,
      "Send the body as JSON with the header Content-Type: application/json.",
    ]);
    const patchForm = await call("PATCH", "/clinics/riverbend", ADMIN, "{}", { "content-type": "text/plain" });
    expect([patchForm.status, message(patchForm)]).toEqual([
      415,
      "Send the body as JSON with the header Content-Type: application/json or application/merge-patch+json.",
    ]);
    for (const body of ["[]", '"Lakeside"', "null", "42"]) {
      const res = await call("PUT", "/clinics/lakeside", ADMIN, body);
      expect(res.status, body).toBe(400);
      expect(message(res)).toContain("The body must be a JSON object of clinic fields");
    }
  });

  it("takes a merge patch sent as application/merge-patch+json", async () => {
    const { call } = await adminApp();
    const res = await call("PATCH", "/clinics/riverbend", ADMIN, JSON.stringify({ fees: "Free." }), {
      "content-type": "application/merge-patch+json",
    });
    expect(res.status).toBe(200);
    expect((res.json as { fees: string }).fees).toBe("Free.");
  });

  it("accepts a record at every limit, with a 32 KB logo, even with non-ASCII sent as \\u escapes", async () => {
    const { call } = await adminApp();
    const long = (n: number) => "é".repeat(n);
    const record = {
      name: long(120),
      allowedOrigins: Array.from({ length: 20 }, (_, i) => `https://${"w".repeat(180)}${i}.example`),
      recordsOffice: {
        name: long(120),
        phone: long(40),
        fax: long(40),
        email: `${"r".repeat(180)}@lakeside.example`,
        address: long(300),
        hours: long(200),
      },
      portalUrl: `https://www.lakeside.example/${"p".repeat(460)}`,
      requestFormUrl: `https://www.lakeside.example/${"f".repeat(460)}`,
      fees: long(500),
      turnaroundDays: 60,
      themeColor: "#224488",
      greeting: { en: long(500), es: long(500) },
      starters: { en: Array.from({ length: 4 }, () => long(60)), es: Array.from({ length: 4 }, () => long(60)) },
      logo: { type: "image/png", data: png(LOGO_MAX_BYTES) },
      languages: ["en", "es"],
      smsNumbers: Array.from({ length: 10 }, (_, i) => `+1503555${String(200 + i).padStart(4, "0")}`),
    };
    // What Python's json.dumps sends by default: every non-ASCII character as \uXXXX.
    const body = JSON.stringify(record).replace(
      /[\u0080-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    expect(body.length).toBeGreaterThan(64 * 1024);
    const res = await call("PUT", "/clinics/lakeside", ADMIN, body);
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect((await call("GET", "/clinics/lakeside", ADMIN)).json).toEqual({ id: "lakeside", ...record });
  });

  it("refuses a body over 128 KB with 413 naming the limit", async () => {
    const { call } = await adminApp();
    const res = await call("PUT", "/clinics/lakeside", ADMIN, { ...base, fees: "x".repeat(130 * 1024) });
    expect(res.status).toBe(413);
    expect(message(res)).toBe("The body is too large (at most 128 KB).");
  });

  it("keeps the 64 KB limit on the other /api routes", async () => {
    const { fetch } = await adminApp();
    const res = await fetch("http://recordpath.test/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "The body is too large (at most 64 KB).",
    );
  });
});
