// The fuzz suite's app and its one invariant: no 5xx, no unhandled error in the logs, and every 4xx
// in the error envelope { error: { code, message } } with the status its code stands for.
import { expect } from "vitest";
import { ERROR_STATUS } from "../../src/errors.js";
import { createLogger } from "../../src/log.js";
import { testApp } from "../support/app.js";

export const ADMIN_TOKEN = "fuzz-admin-token-0123456789abcdef";
export const TWILIO_TOKEN = "fuzz-twilio-auth-token-0123456789";
export const BASE = "http://recordpath.test";

/** One app for the whole suite, with limits raised so thousands of requests are never throttled. */
export async function fuzzApp(env: Record<string, string> = {}) {
  const errors: string[] = [];
  const log = createLogger("error", (line) => errors.push(line));
  const app = await testApp(
    { log },
    {
      ADMIN_TOKEN,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      RATE_LIMIT_IP: "1000000/60s",
      RATE_LIMIT_SESSION: "1000000/60s",
      RATE_LIMIT_PHONE: "1000000/60s",
      ...env,
    },
  );
  let cases = 0;
  /** Statuses per route group ("POST /api/chat" → { 200: n, 400: n }), printed with the case count. */
  const statuses = new Map<string, Map<number, number>>();
  return {
    ...app,
    /** Error-level log lines so far (an unhandled error or a failed turn lands here). */
    errors,
    cases: () => cases,
    statuses,
    /** Sends one request and checks the invariant; returns the status and body text. */
    async send(path: string, init: RequestInit = {}): Promise<{ status: number; body: string; res: Response }> {
      cases++;
      const res = await app.app.request(`${BASE}${path}`, init);
      const body = await res.text();
      const method = init.method ?? "GET";
      expectSafe(res, body, method);
      const group = `${method} ${path.split("?")[0]?.split("/").slice(0, 3).join("/")}`;
      const counts = statuses.get(group) ?? new Map<number, number>();
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      statuses.set(group, counts);
      return { status: res.status, body, res };
    },
  };
}

export type FuzzApp = Awaited<ReturnType<typeof fuzzApp>>;

const KNOWN_CODES = new Set(Object.keys(ERROR_STATUS));

/** The suite's invariant for one response. */
function expectSafe(res: Response, body: string, method: string): void {
  expect(res.status, `5xx: ${body.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400 || method === "HEAD") return;
  let parsed: unknown;
  expect(
    () => {
      parsed = JSON.parse(body);
    },
    `a ${res.status} that is not JSON: ${body.slice(0, 200)}`,
  ).not.toThrow();
  expect(parsed).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  const { code, message } = (parsed as { error: { code: string; message: string } }).error;
  expect(KNOWN_CODES.has(code), `unknown error code ${code}`).toBe(true);
  expect(message.length).toBeGreaterThan(0);
  // HTTPException's generic "bad_request" keeps the status Hono chose (400, 404, 405, …).
  if (code !== "bad_request") expect(res.status, `code ${code}`).toBe(ERROR_STATUS[code as keyof typeof ERROR_STATUS]);
  expect(res.headers.get("content-type") ?? "").toMatch(/^application\/json/);
}
