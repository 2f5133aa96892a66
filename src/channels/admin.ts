// The admin API, mounted under /api/admin (issue 21): clinic records (GET, PUT, PATCH as a JSON
// merge patch, DELETE), clinic tokens (issue, list, revoke), the embed code and the site check.
// The operator's ADMIN_TOKEN manages every clinic; a clinic token only its own (admin-auth.ts).
import { type Context, Hono } from "hono";
import { z } from "zod";
import { ClinicConflict } from "../clinics/directory.js";
import { mergePatch, PatchTooDeep } from "../clinics/merge-patch.js";
import { CLINIC_ID, type Clinic, ClinicSchema } from "../clinics/schema.js";
import { checkSite } from "../clinics/site-check.js";
import { issueClinicToken } from "../clinics/tokens.js";
import type { AppDeps } from "../deps.js";
import { ONE_LINE, ONE_LINE_MESSAGE } from "../domain/one-line.js";
import { AppError, describeZodError } from "../errors.js";
import { adminAccess, requireClinic, requireOperator } from "./admin-auth.js";
import { statsRoutes } from "./admin-stats.js";
import { type AppEnv, baseUrl } from "./http.js";

/** A clinic keeps at most this many live tokens: enough for staff and an agency, few enough to review. */
export const MAX_TOKENS_PER_CLINIC = 20;

const NO_CLINIC = "No clinic with this id. Check the id in the URL (GET /api/admin/clinics lists them).";

function clinicId(raw: string): string {
  if (!CLINIC_ID.safeParse(raw).success)
    throw new AppError("invalid_input", "Clinic id: must be 1–64 lower-case letters, digits or '-' (not at the ends).");
  return raw;
}

/**
 * The request's JSON object: the right Content-Type, JSON that parses, an object at the top.
 * `empty` is what a body-less request means (POST …/tokens needs no body), else it is an error.
 */
async function readObject(
  c: Context,
  types: readonly string[],
  empty?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const text = await c.req.text();
  if (empty && text.trim() === "" && (type === "" || types.includes(type))) return empty;
  if (!types.includes(type))
    throw new AppError(
      "unsupported_media_type",
      `Send the body as JSON with the header Content-Type: ${types.join(" or ")}.`,
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON. Check quotes, commas and brackets.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new AppError("invalid_input", 'The body must be a JSON object of clinic fields, like {"name": "…"}.');
  return body as Record<string, unknown>;
}

const JSON_ONLY = ["application/json"] as const;
const MERGE_PATCH = ["application/json", "application/merge-patch+json"] as const;

/** Validates a whole record for clinic `id`, with every bad field named and its fix. */
function validClinic(id: string, body: Record<string, unknown>): Clinic {
  if (body.id !== undefined && body.id !== id)
    throw new AppError(
      "invalid_input",
      "id: cannot change (it is the data-clinic of your embed code); leave it out or send the id in the URL.",
    );
  // reportInput lets describeZodError tell a missing field from a wrong one; inputs are never echoed.
  const parsed = ClinicSchema.safeParse({ ...body, id }, { reportInput: true });
  if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
  return parsed.data;
}

async function store(deps: AppDeps, clinic: Clinic): Promise<{ created: boolean }> {
  try {
    return await deps.clinics.put(clinic);
  } catch (error) {
    if (error instanceof ClinicConflict)
      throw new AppError(
        "conflict",
        "smsNumbers: a number is already bound to another clinic; remove it here, or from that clinic first.",
      );
    throw error;
  }
}

async function existing(deps: AppDeps, id: string): Promise<Clinic> {
  const clinic = await deps.clinics.get(id);
  if (!clinic) throw new AppError("not_found", NO_CLINIC);
  return clinic;
}

const TokenRequest = z
  .object({ label: z.string().trim().min(1).max(60).regex(ONE_LINE, ONE_LINE_MESSAGE).optional() })
  .strict();
const CheckRequest = z
  .object({
    origin: z.string().max(2000),
    csp: z.string().max(16_000).optional(),
  })
  .strict();

/** The one-line embed snippet and the CSP lines for a clinic's site, from our public origin. */
export function embedCode(host: string, id: string) {
  return {
    host,
    snippet: `<script src="${host}/widget.js" data-clinic="${id}" async></script>`,
    csp: `script-src ${host}; frame-src ${host}`,
  };
}

/** The admin routes as a Hono sub-app; mount with app.route("/api/admin", adminRoutes(deps)). */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use("*", adminAccess(deps));
  app.route("/", statsRoutes(deps));
  const host = (c: Context) => new URL(baseUrl(c, deps)).origin;

  app.get("/me", (c) => {
    const access = c.var.access;
    return c.json(access?.role === "clinic" ? { role: "clinic", clinic: access.clinicId } : { role: "operator" });
  });

  app.get("/clinics", async (c) => {
    requireOperator(c);
    return c.json({ clinics: await deps.clinics.list() });
  });

  app.get("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    return c.json(await existing(deps, id));
  });

  // The id comes from the path; a body id, if sent, must agree so a copy-paste slip cannot rename.
  app.put("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    const body = await readObject(c, JSON_ONLY);
    if (c.var.access?.role === "clinic" && !(await deps.clinics.get(id)))
      throw new AppError("not_found", "No clinic with this id; only the operator creates clinics.");
    const clinic = validClinic(id, body);
    const { created } = await store(deps, clinic);
    return c.json(clinic, created ? 201 : 200);
  });

  // RFC 7396: the stored record with the patch merged in, then validated whole like a PUT.
  app.patch("/clinics/:id", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    const patch = await readObject(c, MERGE_PATCH);
    if ("id" in patch && patch.id !== id)
      throw new AppError(
        "invalid_input",
        "id: cannot change (it is the data-clinic of your embed code); leave it out.",
      );
    const current = await existing(deps, id);
    let merged: Record<string, unknown>;
    try {
      merged = mergePatch(current, patch) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof PatchTooDeep)
        throw new AppError("invalid_input", `${error.message} Send only the clinic fields to change.`);
      throw error;
    }
    const clinic = validClinic(id, merged);
    await store(deps, clinic);
    return c.json(clinic);
  });

  // Tokens go first: if deleting the record then fails, the clinic is left with no way in, not the reverse.
  app.delete("/clinics/:id", async (c) => {
    requireOperator(c);
    const id = clinicId(c.req.param("id"));
    await deps.tokens.revokeAll(id);
    if (!(await deps.clinics.delete(id))) throw new AppError("not_found", NO_CLINIC);
    return c.body(null, 204);
  });

  app.post("/clinics/:id/tokens", async (c) => {
    requireOperator(c);
    const id = clinicId(c.req.param("id"));
    const parsed = TokenRequest.safeParse(await readObject(c, JSON_ONLY, {}));
    if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
    await existing(deps, id);
    if ((await deps.tokens.list(id)).length >= MAX_TOKENS_PER_CLINIC)
      throw new AppError(
        "conflict",
        `This clinic already has ${MAX_TOKENS_PER_CLINIC} tokens: revoke one it no longer uses (DELETE …/tokens/<id>) first.`,
      );
    const { token, record } = await issueClinicToken(deps.tokens, id, deps.clock(), parsed.data.label);
    return c.json({ token, ...publicToken(record) }, 201);
  });

  app.get("/clinics/:id/tokens", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    await existing(deps, id);
    return c.json({ tokens: (await deps.tokens.list(id)).map(publicToken) });
  });

  app.delete("/clinics/:id/tokens/:tokenId", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    if (!(await deps.tokens.revoke(id, c.req.param("tokenId"))))
      throw new AppError("not_found", "This clinic has no token with this id (GET …/tokens lists them).");
    return c.body(null, 204);
  });

  app.get("/clinics/:id/embed-code", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    await existing(deps, id);
    return c.json(embedCode(host(c), id));
  });

  app.post("/clinics/:id/check", async (c) => {
    const id = clinicId(c.req.param("id"));
    requireClinic(c, id);
    const parsed = CheckRequest.safeParse(await readObject(c, JSON_ONLY));
    if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
    const clinic = await existing(deps, id);
    const code = embedCode(host(c), id);
    const result = checkSite(clinic, code.host, parsed.data);
    const query = new URLSearchParams({ clinic: id, ...(result.origin ? { origin: result.origin } : {}) });
    return c.json({ ...result, snippet: code.snippet, cspRequired: code.csp, testPage: `/admin/test-embed?${query}` });
  });

  // The dashboard's routes (GET /clinics/:id/stats and stats.csv, in admin-stats.ts) mount here.

  return app;
}

/** What may be shown of a token after it is issued: never the token, never its hash. */
function publicToken(t: { id: string; label?: string; createdAt: string }) {
  return { id: t.id, ...(t.label ? { label: t.label } : {}), createdAt: t.createdAt };
}
