// Who may do what on the admin API: the operator's ADMIN_TOKEN everything, a clinic token only its
// own clinic; tokens are shown once, listed without secrets, and revoked; no or bad token is 401.
import { describe, expect, it } from "vitest";
import { ADMIN, adminApp, code, message } from "../support/admin-client.js";
import { testApp } from "../support/app.js";

describe("clinic token boundaries", () => {
  it("lets clinic A's token read and change A, and nothing of B", async () => {
    const { call, clinicWithToken } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    await clinicWithToken("clinic-b");
    expect((await call("GET", "/me", a)).json).toEqual({ role: "clinic", clinic: "clinic-a" });
    expect((await call("GET", "/clinics/clinic-a", a)).status).toBe(200);
    expect((await call("PATCH", "/clinics/clinic-a", a, { fees: "No fee." })).status).toBe(200);
    expect(
      (await call("PUT", "/clinics/clinic-a", a, { name: "A", allowedOrigins: ["https://a.example"] })).status,
    ).toBe(200);
    expect((await call("GET", "/clinics/clinic-a/tokens", a)).status).toBe(200);
    expect((await call("GET", "/clinics/clinic-a/embed-code", a)).status).toBe(200);
    expect((await call("POST", "/clinics/clinic-a/check", a, { origin: "https://a.example" })).status).toBe(200);

    const refused = [
      await call("GET", "/clinics/clinic-b", a),
      await call("PATCH", "/clinics/clinic-b", a, { fees: "x" }),
      await call("PUT", "/clinics/clinic-b", a, { name: "B", allowedOrigins: ["https://b.example"] }),
      await call("GET", "/clinics/clinic-b/tokens", a),
      await call("DELETE", "/clinics/clinic-b/tokens/anything", a),
      await call("GET", "/clinics/clinic-b/embed-code", a),
      await call("POST", "/clinics/clinic-b/check", a, { origin: "https://b.example" }),
      // A clinic that does not exist yet is another clinic too: no creating by PUT.
      await call("PUT", "/clinics/clinic-c", a, { name: "C", allowedOrigins: ["https://c.example"] }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(message(res)).toBe("This token is for clinic 'clinic-a'; it cannot read or change another clinic.");
    }
    expect((await call("DELETE", "/clinics/clinic-b", a)).status).toBe(403);
    expect(((await call("GET", "/clinics/clinic-b", ADMIN)).json as { fees?: string }).fees).toBeUndefined();
    expect((await call("GET", "/clinics/clinic-c", ADMIN)).status).toBe(404);
  });

  it("keeps the operator's routes from a clinic token: listing clinics, deleting its own, issuing tokens", async () => {
    const { call, clinicWithToken } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    for (const res of [
      await call("GET", "/clinics", a),
      await call("DELETE", "/clinics/clinic-a", a),
      await call("POST", "/clinics/clinic-a/tokens", a, { label: "mine" }),
    ]) {
      expect(res.status).toBe(403);
      expect(message(res)).toBe("Only the operator's ADMIN_TOKEN can do this; a clinic token manages its own clinic.");
    }
    expect((await call("GET", "/clinics/clinic-a/tokens", ADMIN)).json).toMatchObject({
      tokens: [{ label: "front desk" }],
    });
  });

  it("answers a clinic token's PUT for its own deleted record with 404: only the operator creates clinics", async () => {
    const { call, clinicWithToken, deps } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    // The record gone without its tokens (as after a failed delete): the token still cannot recreate it.
    await deps.clinics.delete("clinic-a");
    const res = await call("PUT", "/clinics/clinic-a", a, { name: "A", allowedOrigins: ["https://a.example"] });
    expect(res.status).toBe(404);
    expect(message(res)).toBe("No clinic with this id; only the operator creates clinics.");
    expect((await call("PATCH", "/clinics/clinic-a", a, { fees: "x" })).status).toBe(404);
  });

  it("lets the operator do everything for any clinic", async () => {
    const { call } = await adminApp();
    expect((await call("GET", "/me", ADMIN)).json).toEqual({ role: "operator" });
    expect(
      (await call("PUT", "/clinics/any", ADMIN, { name: "Any", allowedOrigins: ["https://any.example"] })).status,
    ).toBe(201);
    expect((await call("PATCH", "/clinics/any", ADMIN, { fees: "Free." })).status).toBe(200);
    expect((await call("GET", "/clinics", ADMIN)).json).toMatchObject({
      clinics: [{ id: "any" }, { id: "riverbend" }],
    });
    const issued = await call("POST", "/clinics/any/tokens", ADMIN);
    expect(issued.status).toBe(201);
    const id = (issued.json as { id: string }).id;
    expect((await call("DELETE", `/clinics/any/tokens/${id}`, ADMIN)).status).toBe(204);
    expect((await call("DELETE", "/clinics/any", ADMIN)).status).toBe(204);
  });
});

describe("issuing, listing and revoking tokens", () => {
  it("shows a token once; the list never holds the token or its hash", async () => {
    const { call, deps } = await adminApp();
    const issued = await call("POST", "/clinics/riverbend/tokens", ADMIN, { label: "Web agency" });
    expect(issued.status).toBe(201);
    expect(issued.headers.get("cache-control")).toBe("no-store");
    const { token, id, label, createdAt } = issued.json as Record<string, string>;
    expect(Object.keys(issued.json as object).sort()).toEqual(["createdAt", "id", "label", "token"]);
    expect(token).toMatch(/^rpc\.riverbend\.[A-Za-z0-9_-]{43}$/);
    expect([label, createdAt]).toEqual(["Web agency", "2026-11-26T15:00:00.000Z"]);
    const [stored] = await deps.tokens.list("riverbend");
    const listed = await call("GET", "/clinics/riverbend/tokens", token!);
    expect(listed.json).toEqual({ tokens: [{ id, label: "Web agency", createdAt }] });
    expect(listed.text).not.toContain(token!.split(".")[2]!);
    expect(listed.text).not.toContain(stored!.hash);
  });

  it("issues a token without a label from an empty body, and refuses a bad label naming the fix", async () => {
    const { call } = await adminApp();
    const bare = await call("POST", "/clinics/riverbend/tokens", ADMIN);
    expect(bare.status).toBe(201);
    expect(bare.json).not.toHaveProperty("label");
    for (const [body, expected] of [
      [{ label: "x".repeat(61) }, "label: is too long (at most 60 characters)."],
      [{ label: "a\nb" }, "label: must be one line: remove line breaks, tabs and control characters."],
      [{ label: "" }, "label: must not be empty."],
      [{ name: "desk" }, "name: unknown field (remove it)."],
    ] as const) {
      const res = await call("POST", "/clinics/riverbend/tokens", ADMIN, body);
      expect(res.status).toBe(400);
      expect(message(res)).toBe(expected);
    }
  });

  it("issues no token for a clinic that does not exist", async () => {
    const { call } = await adminApp();
    const res = await call("POST", "/clinics/nowhere/tokens", ADMIN, {});
    expect(res.status).toBe(404);
    expect(message(res)).toMatch(/No clinic with this id/);
  });

  it("caps a clinic at 20 tokens, naming how to make room", async () => {
    const { call } = await adminApp();
    for (let i = 0; i < 20; i++) expect((await call("POST", "/clinics/riverbend/tokens", ADMIN)).status).toBe(201);
    const res = await call("POST", "/clinics/riverbend/tokens", ADMIN);
    expect(res.status).toBe(409);
    expect(message(res)).toContain("revoke one it no longer uses");
  });

  it("answers a revoked token with 401, and revoking twice with 404", async () => {
    const { call, clinicWithToken } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    const second = (await call("POST", "/clinics/clinic-a/tokens", ADMIN)).json as { token: string; id: string };
    // A clinic may revoke its own tokens (a lost laptop), with any of its tokens.
    expect((await call("DELETE", `/clinics/clinic-a/tokens/${second.id}`, a)).status).toBe(204);
    const revoked = await call("GET", "/clinics/clinic-a", second.token);
    expect(revoked.status).toBe(401);
    expect(message(revoked)).toBe(
      "This clinic token is not valid: it was revoked, or mistyped. Ask your operator for a new one.",
    );
    const again = await call("DELETE", `/clinics/clinic-a/tokens/${second.id}`, ADMIN);
    expect(again.status).toBe(404);
    expect(message(again)).toContain("no token with this id");
    expect((await call("GET", "/clinics/clinic-a", a)).status).toBe(200);
  });

  it("revokes every token of a deleted clinic: they get 401, also when the id is created again", async () => {
    const { call, clinicWithToken } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    expect((await call("DELETE", "/clinics/clinic-a", ADMIN)).status).toBe(204);
    expect((await call("GET", "/me", a)).status).toBe(401);
    await call("PUT", "/clinics/clinic-a", ADMIN, { name: "New A", allowedOrigins: ["https://a.example"] });
    expect((await call("GET", "/clinics/clinic-a", a)).status).toBe(401);
    expect((await call("GET", "/clinics/clinic-a/tokens", ADMIN)).json).toEqual({ tokens: [] });
  });
});

describe("signing in", () => {
  it("answers no token, a wrong one and a mistyped clinic token with 401 naming what to send", async () => {
    const { call, clinicWithToken } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    const none = await call("GET", "/me", null);
    expect([none.status, code(none)]).toEqual([401, "unauthorized"]);
    expect(message(none)).toBe("Send your admin or clinic token as `Authorization: Bearer <token>`.");
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
    expect(message(await call("GET", "/me", `${ADMIN}x`))).toBe(
      "This token is not valid. Send the ADMIN_TOKEN or a clinic token.",
    );
    for (const bad of [
      `${a}x`,
      a.replace("clinic-a", "clinic-b"),
      `${a.slice(0, -1)}${a.endsWith("A") ? "B" : "A"}`,
      "rpc.clinic-a",
    ]) {
      const res = await call("GET", "/me", bad);
      expect(res.status, bad).toBe(401);
    }
  });

  it("switches the whole API off without ADMIN_TOKEN, clinic tokens included, and on again when it is set", async () => {
    const { call, clinicWithToken, deps } = await adminApp();
    const a = await clinicWithToken("clinic-a");
    const off = await adminApp({});
    // Same stores, no ADMIN_TOKEN: as if the operator removed the secret.
    const offApp = await testApp({ clinics: deps.clinics, tokens: deps.tokens }, {});
    for (const token of [a, ADMIN, null]) {
      const res = await offApp.fetch("http://recordpath.test/api/admin/me", {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "The admin API is disabled: set the ADMIN_TOKEN secret to enable it (clinic tokens work again once it is set).",
      );
    }
    expect((await off.call("GET", "/clinics/riverbend", null)).status).toBe(403);
    expect((await call("GET", "/clinics/clinic-a", a)).status).toBe(200);
  });
});
