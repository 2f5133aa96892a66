// Which clinic a request speaks for, and whether its Origin may use it. The widget's panel runs in
// an iframe on our own origin, so our origin is always fine; a clinic's own pages may call the API
// directly (CORS, through hono/cors); any other origin is refused.
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { SESSION_TOKEN_HEADER } from "../sessions/credential.js";
import { CLINIC_ID, type Clinic } from "./schema.js";

const UNKNOWN = "Unknown clinic. Check the data-clinic value in your embed code.";

/** Our own origins: the request's and, behind a proxy, PUBLIC_BASE_URL's. */
function ownOrigins(c: Context, deps: AppDeps): string[] {
  const own = [new URL(c.req.url).origin];
  if (deps.settings.PUBLIC_BASE_URL) own.push(new URL(deps.settings.PUBLIC_BASE_URL).origin);
  return own;
}

/** `origin` when it is not ours and the clinic named by ?clinic= lists it; otherwise null. */
async function clinicOrigin(origin: string, c: Context, deps: AppDeps): Promise<string | null> {
  const id = c.req.query("clinic");
  if (!origin || !id || !CLINIC_ID.safeParse(id).success || ownOrigins(c, deps).includes(origin)) return null;
  const clinic = await deps.clinics.get(id);
  return clinic?.allowedOrigins.includes(origin) ? origin : null;
}

/**
 * CORS headers for the API's answers to a clinic's own origin, named with ?clinic= as every
 * cross-origin browser call has it (the preflight needs it). They are set before the handler runs,
 * so the clinic's page can read whatever the request ends with: the chat stream, JSON or an error.
 * Other origins get none; preflights are answered per route by clinicPreflight, never here. Mount it
 * only on the routes a host page needs (the chat and document links), never on the session routes.
 */
export function clinicCors(deps: AppDeps): MiddlewareHandler {
  const headers = cors({
    origin: (origin) => origin,
    exposeHeaders: ["x-vercel-ai-ui-message-stream", "X-Request-Id", SESSION_TOKEN_HEADER],
  });
  return async (c, next) => {
    if (c.req.method === "OPTIONS" || !(await clinicOrigin(c.req.header("origin") ?? "", c, deps))) return next();
    return headers(c, next);
  };
}

/**
 * Answers the CORS preflight of one route for a clinic's own origin (the clinic must be in the
 * query string): 204 allowing `methods` and request `headers`; an unknown clinic is a 404 and any
 * other origin a 403.
 */
export function clinicPreflight(
  deps: AppDeps,
  methods: string[],
  headers: string[] = ["Content-Type"],
): MiddlewareHandler {
  const allow = cors({
    origin: (origin) => origin,
    allowMethods: methods,
    allowHeaders: headers,
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header("origin");
    const id = c.req.query("clinic");
    const clinic = id ? await findClinic(deps, id) : null;
    if (!origin || !clinic?.allowedOrigins.includes(origin)) {
      throw new AppError(
        "forbidden",
        "Cross-origin requests need ?clinic=ID in the URL and an origin in that clinic's allowedOrigins.",
      );
    }
    return allow(c, next);
  };
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
 * browser) or ours passes; one of the clinic's allowed origins passes (clinicCors has added the
 * CORS headers); anything else is a 403.
 */
export async function clinicForRequest(c: Context, deps: AppDeps, id: string | undefined): Promise<Clinic | null> {
  const clinic = id ? await findClinic(deps, id) : null;
  const origin = c.req.header("origin");
  if (!origin || ownOrigins(c, deps).includes(origin) || clinic?.allowedOrigins.includes(origin)) return clinic;
  throw new AppError(
    "forbidden",
    clinic
      ? "This website is not allowed to use this clinic's assistant. Add its origin to the clinic's allowedOrigins."
      : "Cross-origin requests need a clinic (?clinic=ID) whose allowedOrigins include this website.",
  );
}
