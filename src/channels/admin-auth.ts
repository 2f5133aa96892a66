// Who may use the admin API (issue 21): `Authorization: Bearer <token>` with the operator's
// ADMIN_TOKEN (every clinic, and creating them) or a clinic token (that clinic only). Fails closed:
// no token, a wrong one or a revoked one is a 401; a clinic token reaching past its clinic a 403;
// without ADMIN_TOKEN the whole API (clinic tokens included) is a 403.
import type { Context, MiddlewareHandler } from "hono";
import { CLINIC_TOKEN_PREFIX, verifyClinicToken } from "../clinics/tokens.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import type { AdminAccess, AppEnv } from "./http.js";

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

const unauthorized = (message: string) =>
  new AppError("unauthorized", message, { "WWW-Authenticate": 'Bearer realm="recordpath-admin"' });

/** Who the bearer token is, or a 401 naming what to send. */
async function accessOf(deps: AppDeps, header: string | undefined): Promise<AdminAccess> {
  // ADMIN_TOKEN is the whole API's switch: unset, clinic tokens are refused too (they are kept, and
  // work again once it is set). An operator who removes it means "no admin API", not "only mine".
  const admin = deps.settings.ADMIN_TOKEN;
  if (!admin)
    throw new AppError(
      "forbidden",
      "The admin API is disabled: set the ADMIN_TOKEN secret to enable it (clinic tokens work again once it is set).",
    );
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!token) throw unauthorized("Send your admin or clinic token as `Authorization: Bearer <token>`.");
  if (token.startsWith(CLINIC_TOKEN_PREFIX)) {
    const clinicId = await verifyClinicToken(deps.tokens, token);
    if (!clinicId)
      throw unauthorized(
        "This clinic token is not valid: it was revoked, or mistyped. Ask your operator for a new one.",
      );
    return { role: "clinic", clinicId };
  }
  if (!(await secretsEqual(token, admin)))
    throw unauthorized("This token is not valid. Send the ADMIN_TOKEN or a clinic token.");
  return { role: "operator" };
}

/** Signs the caller in (c.var.access) and keeps every admin answer out of caches. */
export function adminAccess(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.header("Cache-Control", "no-store");
    c.set("access", await accessOf(deps, c.req.header("authorization")));
    await next();
  };
}

function accessIn(c: Context<AppEnv>): AdminAccess {
  const access = c.var.access;
  if (!access) throw new Error("adminAccess must run before the admin routes");
  return access;
}

/** Only the operator: creating, deleting and listing clinics, issuing tokens. */
export function requireOperator(c: Context<AppEnv>): void {
  if (accessIn(c).role !== "operator")
    throw new AppError(
      "forbidden",
      "Only the operator's ADMIN_TOKEN can do this; a clinic token manages its own clinic.",
    );
}

/** The operator, or that clinic's own token: clinic A's token never reads or changes clinic B. */
export function requireClinic(c: Context<AppEnv>, clinicId: string): void {
  const access = accessIn(c);
  if (access.role === "clinic" && access.clinicId !== clinicId)
    throw new AppError(
      "forbidden",
      `This token is for clinic '${access.clinicId}'; it cannot read or change another clinic.`,
    );
}
