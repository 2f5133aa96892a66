// The admin API for clinic records, mounted under /api/admin: PUT/GET/DELETE /clinics/:id and
// GET /clinics, behind `Authorization: Bearer <ADMIN_TOKEN>`. Fails closed: with no token
// configured the API is disabled, never open.
import { Hono } from "hono";
import { z } from "zod";
import { ClinicConflict } from "../clinics/directory.js";
import { CLINIC_ID, ClinicSchema } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { AppError, describeZodError } from "../errors.js";
import { adminAccess, requireClinic, requireOperator } from "./admin-auth.js";
import { statsRoutes } from "./admin-stats.js";
import { type AppEnv, readJson } from "./http.js";

function clinicId(raw: string): string {
  if (!CLINIC_ID.safeParse(raw).success)
    throw new AppError("invalid_input", "Clinic id: must be 1–64 lower-case letters, digits or '-' (not at the ends).");
  return raw;
}

/** The admin routes as a Hono sub-app; mount with app.route("/api/admin", adminRoutes(deps)). */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use("*", adminAccess(deps));
  app.route("/", statsRoutes(deps));

  app.get("/clinics", async (c) => {
    requireOperator(c);
    return c.json({ clinics: await deps.clinics.list() });
  });

  app.get("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    const clinic = await deps.clinics.get(id);
    if (!clinic) throw new AppError("not_found", "No clinic with this id.");
    return c.json(clinic);
  });

  // The id comes from the path; a body id, if sent, must agree so a copy-paste slip cannot rename.
  app.put("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
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
    requireOperator(c);
    const id = clinicId(c.req.param("id"));
    if (!(await deps.clinics.delete(id))) throw new AppError("not_found", "No clinic with this id.");
    await deps.tokens.revokeAll(id);
    return c.body(null, 204);
  });

  return app;
}
