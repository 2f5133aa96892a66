// The dashboard's routes inside workerd: the Worker's own wiring (memory counters) with ADMIN_TOKEN
// and the real ASSETS binding, conversations answered with a real ExecutionContext so the counters
// are written through waitUntil, then the JSON and the CSV read back as the operator.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadSettings } from "../../src/config.js";
import type { StatsJson } from "../../src/stats/json.js";
import { wire } from "../../src/wire.js";
import { Typed, webConversation } from "../stats/conversations.js";
import type { Fetch } from "../support/chat-client.js";

const ADMIN = "worker-admin-token-0123456789-abcdef";

async function workerApp() {
  const settings = loadSettings({ ...(env as unknown as Record<string, unknown>), ADMIN_TOKEN: ADMIN });
  const app = createApp(await wire(settings, { assets: env.ASSETS }));
  // Every request with its own ExecutionContext, drained before the answer is handed back.
  const fetch: Fetch = async (input, init) => {
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(input, init), env, ctx);
    const body = await res.arrayBuffer();
    await waitOnExecutionContext(ctx);
    return new Response(body, res);
  };
  return fetch;
}

describe("the stats routes in workerd", () => {
  it("counts conversations through waitUntil and serves them as JSON and CSV, small counts as <5", async () => {
    const fetch = await workerApp();
    const typed = new Typed();
    for (let n = 0; n < 5; n++) await webConversation(fetch, typed, "letter", { clinic: "riverbend", n });
    await webConversation(fetch, typed, "first", { clinic: "riverbend", n: 5 });
    const auth = { authorization: `Bearer ${ADMIN}` };

    const res = await fetch("http://recordpath.test/api/admin/clinics/riverbend/stats?days=2", { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const stats = (await res.json()) as StatsJson;
    const today = new Date().toISOString().slice(0, 10);
    expect(stats).toMatchObject({ clinic: "riverbend", to: today, days: 2 });
    const totals = Object.fromEntries(stats.metrics.map((m) => [m.id, m.totals]));
    expect(totals.started).toEqual({ web: 6, sms: 0, whatsapp: 0, api: 0 });
    expect(totals.letters?.access_request).toBe(5);
    expect(totals.stops).toMatchObject({ opened: "<5", drafted: 5 });

    const csv = await fetch("http://recordpath.test/api/admin/clinics/riverbend/stats.csv?days=2", { headers: auth });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="riverbend-stats-${stats.from}-to-${today}.csv"`,
    );
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe("day,metric,key,count");
    expect(lines).toContain(`${today},started,web,6`);
    expect(lines).toContain(`${today},stops,opened,<5`);

    const unsigned = await fetch("http://recordpath.test/api/admin/clinics/riverbend/stats");
    expect(unsigned.status).toBe(401);
    const badDays = await fetch("http://recordpath.test/api/admin/clinics/riverbend/stats?days=0", { headers: auth });
    expect(badDays.status).toBe(400);
  });
});
