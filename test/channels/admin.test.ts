// The clinic admin API: fails closed without ADMIN_TOKEN, needs the exact bearer token, validates
// records strictly, and what it stores is what the widget and the chat then use.
import { describe, expect, it } from "vitest";
import { secretsEqual } from "../../src/channels/admin-auth.js";
import { testApp } from "../support/app.js";

const BASE = "http://recordpath.test";
const TOKEN = "admin-token-0123456789-abcdefghij";
const auth = { authorization: `Bearer ${TOKEN}` };
const json = { "content-type": "application/json" };
const record = { name: "Lakeside Clinic", allowedOrigins: ["https://www.lakeside.example"], themeColor: "#224488" };
type Envelope = { error: { code: string; message: string } };

describe("admin authentication", () => {
  it("is disabled (403) when ADMIN_TOKEN is not set, even with a token", async () => {
    const { fetch } = await testApp();
    const res = await fetch(`${BASE}/api/admin/clinics`, { headers: auth });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Envelope).error.message).toMatch(/admin API is disabled/);
  });

  it("answers 401 for a missing, malformed or wrong token", async () => {
    const { fetch } = await testApp({}, { ADMIN_TOKEN: TOKEN });
    for (const headers of [
      {},
      { authorization: TOKEN },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: "Bearer " },
      { authorization: `Basic ${TOKEN}` },
    ]) {
      const res = await fetch(`${BASE}/api/admin/clinics`, { headers: headers as Record<string, string> });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(((await res.json()) as Envelope).error.code).toBe("unauthorized");
    }
  });

  it("compares secrets by value whatever their length", async () => {
    expect(await secretsEqual("same-secret", "same-secret")).toBe(true);
    expect(await secretsEqual("same-secret", "same-secreT")).toBe(false);
    expect(await secretsEqual("short", "a much longer secret than that")).toBe(false);
    expect(await secretsEqual("", "")).toBe(true);
  });
});

describe("clinic records", () => {
  it("creates, reads, lists, replaces and deletes a clinic", async () => {
    const { fetch } = await testApp({}, { ADMIN_TOKEN: TOKEN });
    const put = (body: unknown) =>
      fetch(`${BASE}/api/admin/clinics/lakeside`, {
        method: "PUT",
        headers: { ...auth, ...json },
        body: JSON.stringify(body),
      });
    const created = await put(record);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: "lakeside", languages: ["en"] });
    expect((await put({ ...record, id: "lakeside", name: "Lakeside Health" })).status).toBe(200);
    const got = await fetch(`${BASE}/api/admin/clinics/lakeside`, { headers: auth });
    expect(got.headers.get("cache-control")).toBe("no-store");
    expect(((await got.json()) as { name: string }).name).toBe("Lakeside Health");
    const list = (await (await fetch(`${BASE}/api/admin/clinics`, { headers: auth })).json()) as {
      clinics: Array<{ id: string }>;
    };
    expect(list.clinics.map((c) => c.id)).toEqual(["lakeside", "riverbend"]);
    expect((await fetch(`${BASE}/api/admin/clinics/lakeside`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await fetch(`${BASE}/api/admin/clinics/lakeside`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${BASE}/api/admin/clinics/lakeside`, { method: "DELETE", headers: auth })).status).toBe(404);
  });

  it("rejects bad records with a 400 naming the fields", async () => {
    const { fetch } = await testApp({}, { ADMIN_TOKEN: TOKEN });
    const put = (id: string, body: unknown) =>
      fetch(`${BASE}/api/admin/clinics/${id}`, {
        method: "PUT",
        headers: { ...auth, ...json },
        body: JSON.stringify(body),
      });
    const bad = await put("lakeside", { ...record, allowedOrigins: ["lakeside.example"], fax: "1" });
    expect(bad.status).toBe(400);
    const message = ((await bad.json()) as Envelope).error.message;
    expect(message).toContain("fax: unknown field");
    expect(message).toContain("allowedOrigins.0: must be an origin");
    expect((await put("lakeside", { ...record, id: "other" })).status).toBe(400);
    expect((await put("Bad_Id", record)).status).toBe(400);
    expect((await put("lakeside", [record])).status).toBe(400);
  });

  it("refuses to bind an SMS number that another clinic already has (409)", async () => {
    const { fetch } = await testApp({}, { ADMIN_TOKEN: TOKEN });
    const put = (id: string) =>
      fetch(`${BASE}/api/admin/clinics/${id}`, {
        method: "PUT",
        headers: { ...auth, ...json },
        body: JSON.stringify({ ...record, smsNumbers: ["+16145550188"] }),
      });
    expect((await put("one")).status).toBe(201);
    const second = await put("two");
    expect(second.status).toBe(409);
    expect(((await second.json()) as Envelope).error.message).toMatch(/smsNumbers/);
  });

  it("makes a new clinic embeddable at once from its origins", async () => {
    const { fetch } = await testApp({}, { ADMIN_TOKEN: TOKEN });
    // Before: the not-set-up page, naming the fix for the host page's console.
    expect(await (await fetch(`${BASE}/embed?clinic=lakeside`)).text()).toContain("no clinic &#39;lakeside&#39;");
    await fetch(`${BASE}/api/admin/clinics/lakeside`, {
      method: "PUT",
      headers: { ...auth, ...json },
      body: JSON.stringify(record),
    });
    const embed = await fetch(`${BASE}/embed?clinic=lakeside`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("content-security-policy")).toContain(
      "frame-ancestors 'self' https://www.lakeside.example",
    );
  });
});
