// Per-clinic access inside workerd (the Worker's own wiring, ADMIN_TOKEN bound in vitest.config.ts):
// the operator creates a clinic and issues it a token; that token changes and reads its own record
// and nothing of another clinic's.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const ADMIN = "worker-admin-token-0123456789abcdef";

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await exports.default.fetch(
    new Request(`http://recordpath.test/api/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  );
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

describe("clinic tokens in workerd", () => {
  it("operator creates a clinic and issues a token; the clinic patches and reads its record, and cannot read another", async () => {
    const created = await call("PUT", "/clinics/worker-lakeside", ADMIN, {
      name: "Lakeside Clinic",
      allowedOrigins: ["https://www.lakeside.example"],
    });
    expect(created.status).toBe(201);
    const issued = await call("POST", "/clinics/worker-lakeside/tokens", ADMIN, { label: "front desk" });
    expect(issued.status).toBe(201);
    const token = issued.json.token as string;
    expect(token).toMatch(/^rpc\.worker-lakeside\./);

    expect((await call("GET", "/me", token)).json).toEqual({ role: "clinic", clinic: "worker-lakeside" });
    const patched = await call("PATCH", "/clinics/worker-lakeside", token, {
      greeting: "Hi! Ask me about your records.",
      turnaroundDays: 14,
    });
    expect(patched.status).toBe(200);
    const read = await call("GET", "/clinics/worker-lakeside", token);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ greeting: { en: "Hi! Ask me about your records." }, turnaroundDays: 14 });

    // The demo clinic is another clinic: the token gets 403, the operator still reads it.
    const other = await call("GET", "/clinics/riverbend", token);
    expect(other.status).toBe(403);
    expect((other.json.error as { code: string }).code).toBe("forbidden");
    expect((await call("GET", "/clinics/riverbend", ADMIN)).status).toBe(200);
    expect((await call("GET", "/clinics", token)).status).toBe(403);

    const listed = await call("GET", "/clinics/worker-lakeside/tokens", token);
    expect(listed.json).toEqual({
      tokens: [{ id: issued.json.id, label: "front desk", createdAt: issued.json.createdAt }],
    });
    expect((await call("DELETE", `/clinics/worker-lakeside/tokens/${issued.json.id}`, token)).status).toBe(204);
    expect((await call("GET", "/clinics/worker-lakeside", token)).status).toBe(401);
  });
});
