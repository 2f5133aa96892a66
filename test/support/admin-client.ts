// Calls to the admin API for tests: a bearer token, JSON bodies, and the answer's status and JSON.
import { testApp } from "./app.js";

export const BASE = "http://recordpath.test";
export const ADMIN = "admin-token-0123456789-abcdefghij";
export type Envelope = { error: { code: string; message: string } };
export type Answer = { status: number; headers: Headers; json: unknown; text: string };

/** A test app with ADMIN_TOKEN set (unless env overrides it) and a `call` that returns parsed answers. */
export async function adminApp(env: Record<string, string> = { ADMIN_TOKEN: ADMIN }) {
  const app = await testApp({}, env);
  async function call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const init: RequestInit = {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
    };
    if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
    const res = await app.fetch(`${BASE}/api/admin${path}`, init);
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, json, text };
  }
  /** Creates a clinic as the operator and issues it a token. */
  async function clinicWithToken(id: string, extra: Record<string, unknown> = {}) {
    const put = await call("PUT", `/clinics/${id}`, ADMIN, {
      name: `Clinic ${id}`,
      allowedOrigins: [`https://${id}.example`],
      ...extra,
    });
    if (put.status !== 201) throw new Error(`PUT ${id}: ${put.text}`);
    const issued = await call("POST", `/clinics/${id}/tokens`, ADMIN, { label: "front desk" });
    if (issued.status !== 201) throw new Error(`token ${id}: ${issued.text}`);
    return (issued.json as { token: string }).token;
  }
  return { ...app, call, clinicWithToken };
}

export const message = (a: Answer) => (a.json as Envelope).error.message;
export const code = (a: Answer) => (a.json as Envelope).error.code;
