// The admin API for clinic records, mounted under /api/admin: PUT/GET/DELETE /clinics/:id and
// GET /clinics, behind `Authorization: Bearer <ADMIN_TOKEN>`. Fails closed: with no token
// configured the API is disabled, never open.
import { Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { ClinicConflict } from "../clinics/directory.js";
import { CLINIC_ID, ClinicSchema } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { AppError, describeZodError } from "../errors.js";
import { type AppEnv, readJson } from "./http.js";

const encoder = new TextEncoder();

/**
 * Compares two secrets in constant time: both are HMACed under a fresh random key first, so the
 * comparison runs over equal-length digests whatever the inputs' lengths, and the loop never exits early.
 */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const key = (await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"])) as CryptoKey;
  const [x, y] = await Promise.all(
    [a, b].map(async (s) => new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(s)))),
  );
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= (x?.[i] ?? 0) ^ (y?.[i] ?? 0);
  return diff === 0;
}

function requireAdmin(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    c.header("Cache-Control", "no-store");
    const token = deps.settings.ADMIN_TOKEN;
    if (!token) throw new AppError("forbidden", "The admin API is disabled: set the ADMIN_TOKEN secret to enable it.");
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
    if (!match?.[1] || !(await secretsEqual(match[1], token))) {
      throw new AppError("unauthorized", "Send the admin token as `Authorization: Bearer <ADMIN_TOKEN>`.", {
        "WWW-Authenticate": 'Bearer realm="recordpath-admin"',
      });
    }
    await next();
  };
}

function clinicId(raw: string): string {
  if (!CLINIC_ID.safeParse(raw).success)
    throw new AppError("invalid_input", "Clinic id: must be 1–64 lower-case letters, digits or '-' (not at the ends).");
  return raw;
}

/** The admin routes as a Hono sub-app; mount with app.route("/api/admin", adminRoutes(deps)). */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use("*", requireAdmin(deps));

  app.get("/clinics", async (c) => c.json({ clinics: await deps.clinics.list() }));

  app.get("/clinics/:id", async (c) => {
    const clinic = await deps.clinics.get(clinicId(c.req.param("id")));
    if (!clinic) throw new AppError("not_found", "No clinic with this id.");
    return c.json(clinic);
  });

  // The id comes from the path; a body id, if sent, must agree so a copy-paste slip cannot rename.
  app.put("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    const body = await readJson(c, z.record(z.string(), z.unknown()));
    if (body.id !== undefined && body.id !== id)
      throw new AppError("invalid_input", "id: must match the id in the URL (or be left out).");
    const parsed = ClinicSchema.safeParse({ ...body, id });
    if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
    const clinic = parsed.data;
    try {
      const { created } = await deps.clinics.put(clinic);
      return c.json(clinic, created ? 201 : 200);
    } catch (error) {
      if (error instanceof ClinicConflict) throw new AppError("conflict", error.message);
      throw error;
    }
  });

  app.delete("/clinics/:id", async (c) => {
    if (!(await deps.clinics.delete(clinicId(c.req.param("id")))))
      throw new AppError("not_found", "No clinic with this id.");
    return c.body(null, 204);
  });

  return app;
}
