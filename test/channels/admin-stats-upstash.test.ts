// The dashboard on the Upstash store (wire.ts) over a real Redis: scripted conversations write one
// hash per clinic per day under REDIS_KEY_PREFIX that holds only counter names and numbers, expiring
// 400 days on; the route reads them back; deleting the conversations leaves the counters alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import type { StatsJson } from "../../src/stats/json.js";
import { isKnownField } from "../../src/stats/metrics.js";
import { conversationKeys, dropPrefix, upstashApp } from "../faults/support.js";
import { Typed, webConversation } from "../stats/conversations.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const ADMIN = "admin-token-0123456789-abcdefghij";
let gateway: Gateway;
let prefix = "";

beforeAll(async () => {
  gateway = await startGateway({ token: "stats-app-gateway-token-0123" });
});
afterAll(async () => {
  if (prefix) await dropPrefix(gateway, prefix);
  await gateway.stop();
});

describe("the dashboard on Upstash", () => {
  it("counts five conversations in one PHI-free hash per day, serves them, and keeps them when the conversations are deleted", async () => {
    const app = await upstashApp(gateway, gateway.url, { ADMIN_TOKEN: ADMIN, REDIS_TIMEOUT_MS: "2000" });
    prefix = app.prefix;
    expect(app.deps.stats.kind).toBe("upstash");
    await app.deps.clinics.put(DEMO_CLINIC);
    const typed = new Typed();
    const chats = [];
    for (let n = 0; n < 5; n++)
      chats.push(await webConversation(app.fetch, typed, "letter", { clinic: "riverbend", n }));
    const today = new Date().toISOString().slice(0, 10);

    // The counters are written in the background after each turn: wait for the last one to land.
    const read = async () => {
      const res = await app.fetch(`http://recordpath.test/api/admin/clinics/riverbend/stats?days=1`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as StatsJson;
    };
    let stats = await read();
    for (let i = 0; i < 50 && stats.metrics[3]?.totals.drafted !== 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stats = await read();
    }
    const totals = Object.fromEntries(stats.metrics.map((m) => [m.id, m.totals]));
    expect(totals.started).toEqual({ web: 5, sms: 0, whatsapp: 0, api: 0 });
    expect(totals.paths?.provider).toBe(5);
    expect(totals.letters?.access_request).toBe(5);
    expect(totals.stops).toMatchObject({ drafted: 5, opened: 0, situation: 0, details: 0, review: 0 });

    // One hash, named by prefix, clinic and day, holding only the metrics' fields and integers.
    const key = `${prefix}:stats:riverbend:${today}`;
    const statsKeys = (await gateway.scan(prefix)).filter((k) => k.includes(":stats:"));
    expect(statsKeys).toEqual([key]);
    const hash = await gateway.redis.hGetAll(key);
    expect(Object.keys(hash).every(isKnownField)).toBe(true);
    expect(Object.values(hash).every((v) => /^-?\d+$/.test(v))).toBe(true);
    const dumped = `${key}\n${JSON.stringify(hash)}`;
    const said = new Set((dumped.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()));
    expect(
      typed
        .words(["request", "records", "started", "letter", "path", "stop", "stats"])
        .filter((w) => said.has(w.toLowerCase())),
    ).toEqual([]);
    expect(typed.ids.filter((id) => dumped.includes(id.slice(6, 22)))).toEqual([]);
    const ttl = await gateway.redis.ttl(key);
    expect(ttl).toBeGreaterThan(400 * 86_400 - 60);
    expect(ttl).toBeLessThanOrEqual(401 * 86_400);

    // Erasing the conversations erases every conversation key; the day's counters stay (they are no one's).
    for (const { id, chat } of chats) expect((await chat.remove(id)).status).toBe(204);
    // (The clinic record this test stored is configuration, not a conversation's.)
    expect((await conversationKeys(gateway, prefix)).filter((k) => !k.startsWith(`${prefix}:clinic:`))).toEqual([]);
    expect(await gateway.redis.exists(key)).toBe(1);
  }, 60_000);
});
