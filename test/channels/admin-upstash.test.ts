// The admin API on the Upstash wiring (src/wire.ts) over a real Redis: a clinic token issued by one
// isolate opens the clinic in another, revoking it anywhere closes it everywhere, and neither Redis
// nor the logs ever hold the token.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { wire } from "../../src/wire.js";
import { folderAssets } from "../support/assets.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const ADMIN = "upstash-admin-token-0123456789abcdef";
let gateway: Gateway;
const prefixes: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({ token: "gateway-token-for-admin-tests" });
});
afterAll(async () => {
  for (const prefix of prefixes) await gateway.clear(prefix);
  await gateway.stop();
});

/** One Worker isolate wired for Upstash under `prefix`, with its log lines. */
async function isolate(prefix: string, encryptionKey: string) {
  const settings = loadSettings({
    LOG_LEVEL: "debug",
    ADMIN_TOKEN: ADMIN,
    UPSTASH_REDIS_REST_URL: gateway.url,
    UPSTASH_REDIS_REST_TOKEN: gateway.token,
    SESSION_SECRET: "admin-test-secret-0123456789-abcdefghijklmnop",
    ENCRYPTION_KEYS: `k1:${encryptionKey}`,
    REDIS_KEY_PREFIX: prefix,
  });
  const lines: string[] = [];
  const deps = {
    ...(await wire(settings, { assets: folderAssets() })),
    log: createLogger("debug", (l) => lines.push(l)),
  };
  const app = createApp(deps);
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await app.request(`http://recordpath.test/api/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, string> | null };
  };
  return { deps, call, lines };
}

describe("the admin API on Upstash", () => {
  it("shares clinic tokens between isolates through Redis, and keeps only their hashes", async () => {
    const prefix = `rpadm-${randomBytes(4).toString("hex")}`;
    prefixes.push(prefix);
    const key = randomBytes(32).toString("base64");
    const one = await isolate(prefix, key);
    const two = await isolate(prefix, key);
    expect(one.deps.tokens.kind).toBe("upstash");

    expect(
      (
        await one.call("PUT", "/clinics/lakeside", ADMIN, {
          name: "Lakeside",
          allowedOrigins: ["https://www.lakeside.example"],
        })
      ).status,
    ).toBe(201);
    const issued = await one.call("POST", "/clinics/lakeside/tokens", ADMIN, { label: "front desk" });
    const token = issued.json?.token as string;
    expect((await two.call("PATCH", "/clinics/lakeside", token, { fees: "No fee." })).status).toBe(200);
    expect((await one.call("GET", "/clinics/lakeside", token)).json).toMatchObject({ fees: "No fee." });
    expect((await two.call("GET", "/clinics/riverbend", token)).status).toBe(403);

    const secret = token.split(".")[2]!;
    expect(await gateway.scan(prefix)).toContain(`${prefix}:clinic:tokens:lakeside`);
    expect(await gateway.dump(prefix)).not.toContain(secret);
    expect([...one.lines, ...two.lines].join("\n")).not.toContain(secret);

    expect((await two.call("DELETE", `/clinics/lakeside/tokens/${issued.json?.id}`, ADMIN)).status).toBe(204);
    expect((await one.call("GET", "/clinics/lakeside", token)).status).toBe(401);
  });

  it("revokes a deleted clinic's tokens in Redis", async () => {
    const prefix = `rpadm-${randomBytes(4).toString("hex")}`;
    prefixes.push(prefix);
    const app = await isolate(prefix, randomBytes(32).toString("base64"));
    await app.call("PUT", "/clinics/gone", ADMIN, { name: "Gone", allowedOrigins: ["https://gone.example"] });
    const token = (await app.call("POST", "/clinics/gone/tokens", ADMIN))?.json?.token as string;
    expect((await app.call("DELETE", "/clinics/gone", ADMIN)).status).toBe(204);
    expect(await gateway.scan(`${prefix}:clinic:tokens`)).toEqual([]);
    expect((await app.call("GET", "/me", token)).status).toBe(401);
  });
});
