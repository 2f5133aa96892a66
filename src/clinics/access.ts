// Which clinic a request speaks for, and whether its Origin may use it. The widget's panel runs in
// an iframe on our own origin, so our origin is always fine; a clinic's own pages may call the API
// directly (CORS); any other origin is refused.
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { CLINIC_ID, type Clinic } from "./schema.js";

const UNKNOWN = "Unknown clinic. Check the data-clinic value in your embed code.";

/**
 * Requests from a clinic's own origin, answered with CORS headers by withCorsHeaders(). Keyed by
 * the Context: bodyLimit swaps `c.req.raw` for a wrapped Request on the way in.
 */
const corsAllowed = new WeakMap<Context, string>();

/**
 * Adds the CORS headers to whatever response the request ended with (the chat stream, a JSON body
 * or an error), so the clinic's page can read it. Call after the handler has run.
 */
export function withCorsHeaders(c: Context): void {
  const origin = corsAllowed.get(c);
  if (!origin) return;
  c.res.headers.set("Access-Control-Allow-Origin", origin);
  c.res.headers.set("Access-Control-Expose-Headers", "x-vercel-ai-ui-message-stream, X-Request-Id");
  c.res.headers.append("Vary", "Origin");
}

/**
 * Marks a request from a clinic's own origin (clinic in the query string, as every cross-origin
 * browser call has it: the preflight needs it) before the handler runs, so even a 400 about the
 * body reaches the clinic's page readable.
 */
export async function allowClinicOrigin(c: Context, deps: AppDeps): Promise<void> {
  const origin = c.req.header("origin");
  const id = c.req.query("clinic");
  if (!origin || !id || !CLINIC_ID.safeParse(id).success || ownOrigins(c, deps).includes(origin)) return;
  const clinic = await deps.clinics.get(id);
  if (clinic?.allowedOrigins.includes(origin)) corsAllowed.set(c, origin);
}

/** Our own origins: the request's and, behind a proxy, PUBLIC_BASE_URL's. */
export function ownOrigins(c: Context, deps: AppDeps): string[] {
  const own = [new URL(c.req.url).origin];
  if (deps.settings.PUBLIC_BASE_URL) own.push(new URL(deps.settings.PUBLIC_BASE_URL).origin);
  return own;
}

/** Looks the clinic up by id: unknown (or malformed) ids are a 404 in the error envelope. */
export async function findClinic(deps: AppDeps, id: string): Promise<Clinic> {
  if (!CLINIC_ID.safeParse(id).success) throw new AppError("not_found", UNKNOWN);
  const clinic = await deps.clinics.get(id);
  if (!clinic) throw new AppError("not_found", UNKNOWN);
  return clinic;
}

/**
 * Resolves the clinic (or null for the generic assistant) and checks `Origin`: absent (not a
 * browser) or ours passes; one of the clinic's allowed origins passes with CORS headers; anything
 * else is a 403. The CORS headers follow in withCorsHeaders(), on success and error alike.
 */
export async function clinicForRequest(c: Context, deps: AppDeps, id: string | undefined): Promise<Clinic | null> {
  const clinic = id ? await findClinic(deps, id) : null;
  const origin = c.req.header("origin");
  if (!origin || ownOrigins(c, deps).includes(origin)) return clinic;
  if (clinic?.allowedOrigins.includes(origin)) {
    corsAllowed.set(c, origin);
    return clinic;
  }
  throw new AppError(
    "forbidden",
    clinic
      ? "This website is not allowed to use this clinic's assistant. Add its origin to the clinic's allowedOrigins."
      : "Cross-origin requests need a clinic (?clinic=ID) whose allowedOrigins include this website.",
  );
}

/** Answers a CORS preflight for a clinic's own origin (the clinic must be in the query string). */
export async function preflight(c: Context, deps: AppDeps, methods: string): Promise<Response> {
  const origin = c.req.header("origin");
  const id = c.req.query("clinic");
  const clinic = id ? await findClinic(deps, id) : null;
  if (!origin || !clinic?.allowedOrigins.includes(origin)) {
    throw new AppError(
      "forbidden",
      "Cross-origin requests need ?clinic=ID in the URL and an origin in that clinic's allowedOrigins.",
    );
  }
  return c.body(null, 204, {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": methods,
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  });
}
