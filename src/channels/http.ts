// What every channel shares: the app's typed per-request variables, JSON bodies validated by zod,
// the public base URL and the Worker's waitUntil.
import type { Context } from "hono";
import type { z } from "zod";
import type { AppDeps } from "../deps.js";
import { AppError, describeZodError } from "../errors.js";

/** Values one request carries between middleware and handlers (c.set / c.var), never module state. */
interface AppVariables {
  /** frame-ancestors for this response (GET /embed sets it; embedHeaders applies it after secureHeaders). */
  frameAncestors?: string;
  /** Who signed in to the admin API (admin-auth.ts): the operator, or one clinic's token. */
  access?: AdminAccess;
}

/** The admin API's caller: the operator (ADMIN_TOKEN) manages every clinic; a clinic token only its own. */
export type AdminAccess = { role: "operator" } | { role: "clinic"; clinicId: string };

/** The Hono environment of the app and every channel sub-app. */
export type AppEnv = { Variables: AppVariables };

/** Reads a JSON body and validates it, with errors that say what to fix. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T, root = ""): Promise<z.output<T>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(
      "unsupported_media_type",
      "Send the body as JSON with the header Content-Type: application/json.",
    );
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON. Check quotes, commas and brackets.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error, root));
  return parsed.data;
}

/** The origin patients reach us on: PUBLIC_BASE_URL when set (behind a proxy), else the request's. */
export function baseUrl(c: Context, deps: AppDeps): string {
  return (deps.settings.PUBLIC_BASE_URL ?? new URL(c.req.url).origin).replace(/\/+$/, "");
}

/** The Worker's waitUntil for this request, when there is one (not under app.request in Node tests). */
export function waitUntilOf(c: Context): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}
