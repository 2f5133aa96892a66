// The embed code and the site check through the admin API, and the clinic's logo at /embed/logo/:id.
import { describe, expect, it } from "vitest";
import { logoUrl, panelConfig } from "../../src/clinics/schema.js";
import { ADMIN, adminApp, BASE, message } from "../support/admin-client.js";

const record = { name: "Lakeside Clinic", allowedOrigins: ["https://www.lakeside.example"] };
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("rest of the image"),
]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 0, 0, 0]), Buffer.from("WEBPVP8 ")]);

describe("the embed code", () => {
  it("gives the snippet and CSP lines for the request's origin", async () => {
    const { call } = await adminApp();
    const res = await call("GET", "/clinics/riverbend/embed-code", ADMIN);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      host: BASE,
      snippet: `<script src="${BASE}/widget.js" data-clinic="riverbend" async></script>`,
      csp: `script-src ${BASE}; frame-src ${BASE}`,
    });
  });

  it("uses PUBLIC_BASE_URL's origin when it is set", async () => {
    const { call } = await adminApp({ ADMIN_TOKEN: ADMIN, PUBLIC_BASE_URL: "https://help.recordpath.example/" });
    const res = await call("GET", "/clinics/riverbend/embed-code", ADMIN);
    expect((res.json as { host: string }).host).toBe("https://help.recordpath.example");
    expect((res.json as { csp: string }).csp).toBe(
      "script-src https://help.recordpath.example; frame-src https://help.recordpath.example",
    );
  });

  it("answers 404 for an unknown clinic", async () => {
    const { call } = await adminApp();
    expect((await call("GET", "/clinics/nowhere/embed-code", ADMIN)).status).toBe(404);
  });
});

describe("the site check", () => {
  it("says an allowed page is allowed, with the snippet, the CSP lines and the test page", async () => {
    const { call } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, record);
    const res = await call("POST", "/clinics/lakeside/check", ADMIN, {
      origin: "https://www.lakeside.example/records/help",
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      origin: "https://www.lakeside.example",
      allowed: true,
      messages: [
        "Checked https://www.lakeside.example: a website is known by its scheme and host (and port), so the rest of the address is not needed.",
        "https://www.lakeside.example is in Allowed websites: the help can open on its pages.",
      ],
      snippet: `<script src="${BASE}/widget.js" data-clinic="lakeside" async></script>`,
      cspRequired: `script-src ${BASE}; frame-src ${BASE}`,
      testPage: "/admin/test-embed?clinic=lakeside&origin=https%3A%2F%2Fwww.lakeside.example",
    });
  });

  it("says what to add for a refused origin, and judges a pasted CSP", async () => {
    const { call } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, record);
    const res = await call("POST", "/clinics/lakeside/check", ADMIN, {
      origin: "lakeside.example",
      csp: "default-src 'self'; frame-src *",
    });
    const body = res.json as {
      origin: string;
      allowed: boolean;
      messages: string[];
      csp: { ok: boolean; messages: string[] };
    };
    expect(body.origin).toBe("https://lakeside.example");
    expect(body.allowed).toBe(false);
    expect(body.messages).toContain("Fix: add https://lakeside.example to Allowed websites in your settings.");
    expect(body.messages.join(" ")).toContain("(with www), but this address is without www");
    expect(body.csp.ok).toBe(false);
    expect(body.csp.messages[0]).toContain(`Add ${BASE} to default-src`);
    expect(body.csp.messages[1]).toContain("Nothing to add");
  });

  it("answers an unreadable origin with origin null and a test page without one", async () => {
    const { call } = await adminApp();
    const res = await call("POST", "/clinics/riverbend/check", ADMIN, { origin: "our website" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ origin: null, allowed: false, testPage: "/admin/test-embed?clinic=riverbend" });
  });

  it("refuses a check without an origin, or with unknown fields, naming them", async () => {
    const { call } = await adminApp();
    expect(message(await call("POST", "/clinics/riverbend/check", ADMIN, {}))).toBe("origin: is required.");
    expect(message(await call("POST", "/clinics/riverbend/check", ADMIN, { origin: "x.org", url: "y" }))).toBe(
      "url: unknown field (remove it).",
    );
    expect((await call("POST", "/clinics/nowhere/check", ADMIN, { origin: "x.org" })).status).toBe(404);
  });
});

describe("the clinic's logo", () => {
  it("serves the stored bytes under their type, nosniff and a day's cache, at the panel's logoUrl", async () => {
    const { call, fetch, deps } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, {
      ...record,
      logo: { type: "image/png", data: PNG.toString("base64") },
    });
    const clinic = await deps.clinics.get("lakeside");
    const url = panelConfig(clinic, { ttlHours: 24 }).logoUrl;
    expect(url).toBe(logoUrl(clinic!));
    expect(url).toMatch(/^\/embed\/logo\/lakeside\?v=[0-9a-f]+$/);
    const res = await fetch(`${BASE}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
  });

  it("follows a new logo: new type, new bytes, new URL", async () => {
    const { call, fetch, deps } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, {
      ...record,
      logo: { type: "image/png", data: PNG.toString("base64") },
    });
    const before = logoUrl((await deps.clinics.get("lakeside"))!);
    await call("PATCH", "/clinics/lakeside", ADMIN, { logo: { type: "image/webp", data: WEBP.toString("base64") } });
    const after = logoUrl((await deps.clinics.get("lakeside"))!);
    expect(after).not.toBe(before);
    const res = await fetch(`${BASE}${after}`);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(WEBP);
  });

  it("answers 404 in the error envelope for a clinic without a logo, an unknown clinic or a bad id", async () => {
    const { call, fetch } = await adminApp();
    await call("PUT", "/clinics/lakeside", ADMIN, record);
    for (const path of ["/embed/logo/lakeside", "/embed/logo/nowhere", "/embed/logo/Bad_Id", "/embed/logo/riverbend"]) {
      const res = await fetch(`${BASE}${path}`);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    await call("PATCH", "/clinics/lakeside", ADMIN, { logo: { type: "image/png", data: PNG.toString("base64") } });
    expect((await fetch(`${BASE}/embed/logo/lakeside`)).status).toBe(200);
    await call("PATCH", "/clinics/lakeside", ADMIN, { logo: null });
    expect((await fetch(`${BASE}/embed/logo/lakeside`)).status).toBe(404);
  });
});
