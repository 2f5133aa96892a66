// The dashboard's routes over scripted conversations through the product's own routes (web and
// SMS, on the built-in guide): exact counters, "<5" for small ones, stops that add up to the
// conversations, the token boundaries, `?days` checked, and nothing a patient typed in the answer.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { issueClinicToken } from "../../src/clinics/tokens.js";
import type { StatsJson } from "../../src/stats/json.js";
import { METRICS } from "../../src/stats/metrics.js";
import { smsConversation, Typed, webConversation } from "../stats/conversations.js";
import { TODAY, testApp } from "../support/app.js";
import { AUTH_TOKEN, SECRET } from "./sms/twilio-client.js";

const BASE = "http://recordpath.test";
const ADMIN = "admin-token-0123456789-abcdefghij";
const CLINIC_NUMBER = "+19375550188";
type Envelope = { error: { code: string; message: string } };

const metric = (stats: StatsJson, id: string) => {
  const m = stats.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

async function app() {
  const built = await testApp(
    {},
    { ADMIN_TOKEN: ADMIN, TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET, RATE_LIMIT_PHONE: "100/60s" },
  );
  await built.deps.clinics.put({ ...DEMO_CLINIC, smsNumbers: [CLINIC_NUMBER] });
  const get = (path: string, token = ADMIN) =>
    built.fetch(`${BASE}/api/admin${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { ...built, get };
}

describe("the dashboard after scripted conversations", () => {
  let world: Awaited<ReturnType<typeof app>>;
  const typed = new Typed();
  let stats: StatsJson;
  let raw: string;

  beforeAll(async () => {
    world = await app();
    const { fetch } = world;
    // Riverbend: five web patients to "I sent it", two web patients who write once and leave,
    // two text patients to their letter; and one web patient of the generic assistant (no clinic).
    for (let n = 0; n < 5; n++) await webConversation(fetch, typed, "sent", { clinic: "riverbend", n });
    for (let n = 5; n < 7; n++) await webConversation(fetch, typed, "first", { clinic: "riverbend", n });
    await smsConversation(fetch, typed, "+15035550111", CLINIC_NUMBER, 7);
    await smsConversation(fetch, typed, "+15035550122", CLINIC_NUMBER, 8);
    await webConversation(fetch, typed, "letter", { n: 9 });
    const res = await world.get("/clinics/riverbend/stats");
    expect(res.status).toBe(200);
    raw = await res.text();
    stats = JSON.parse(raw) as StatsJson;
  }, 120_000);

  it("counts each conversation once on its channel, on the day it started, in a 30-day range", () => {
    expect(stats).toMatchObject({ clinic: "riverbend", to: TODAY, from: "2026-10-28", days: 30 });
    const started = metric(stats, "started");
    expect(started.keys).toEqual(["web", "sms", "whatsapp", "api"]);
    expect(started.totals).toEqual({ web: 7, sms: "<5", whatsapp: 0, api: 0 });
    expect(started.byDay).toHaveLength(30);
    expect(started.byDay.at(-1)).toEqual({ day: TODAY, counts: { web: 7, sms: "<5", whatsapp: 0, api: 0 } });
    // Every other day is present, with zeros.
    expect(started.byDay[0]).toEqual({ day: "2026-10-28", counts: { web: 0, sms: 0, whatsapp: 0, api: 0 } });
    expect(new Set(started.byDay.map((d) => d.day)).size).toBe(30);
  });

  it("counts the recommended path and the drafted letters by kind, with the engine's English titles", () => {
    const paths = metric(stats, "paths");
    expect(paths.totals).toMatchObject({ provider: 7, portal: 0, insurer: 0, state: 0, retrieval_service: 0 });
    expect(paths.labels.provider).toBe("Ask the records office in writing (HIPAA right of access)");
    const letters = metric(stats, "letters");
    expect(letters.totals.access_request).toBe(7);
    expect(letters.labels.access_request).toBe("Request for medical records");
    expect(Object.values(letters.totals).filter((n) => n !== 0)).toEqual([7]);
  });

  it("says where conversations stopped, and the stops add up to the conversations", async () => {
    const stops = metric(stats, "stops");
    expect(stops.totals).toEqual({
      opened: "<5",
      situation: 0,
      recommendation: 0,
      details: 0,
      review: 0,
      drafted: "<5",
      sent: 5,
    });
    expect(stops.labels.sent).toBe("Said the letter was sent");
    // The raw counters behind the "<5"s: the stops sum to the conversations started.
    const day = (await world.deps.stats.read("riverbend", TODAY, TODAY))[TODAY] ?? {};
    const sum = (prefix: string) =>
      Object.entries(day)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((s, [, n]) => s + n, 0);
    expect(sum("stop:")).toBe(9);
    expect(sum("ask:")).toBe(9);
    // Scripted by the guide alone: every question left open is one of its own, never "other".
    expect(day["ask:other"] ?? 0).toBe(0);
    expect(sum("started:")).toBe(9);
    expect(day).toMatchObject({ "stop:opened": 2, "stop:drafted": 2, "stop:sent": 5, "started:sms": 2 });
  });

  it("never sends a count from 1 to 4 as a number, in totals or days", () => {
    for (const m of stats.metrics)
      for (const counts of [m.totals, ...m.byDay.map((d) => d.counts)])
        for (const n of Object.values(counts))
          expect(n === "<5" || n === 0 || (typeof n === "number" && n >= 5)).toBe(true);
  });

  it("holds no session id, no patient words, names or phone numbers", async () => {
    const csv = await (await world.get("/clinics/riverbend/stats.csv")).text();
    const ordinary = METRICS.flatMap((m) => [m.title, ...Object.values(m.labels), ...m.keys]).flatMap(
      (t) => t.match(/[A-Za-z]{4,}/g) ?? [],
    );
    const words = typed.words(ordinary);
    expect(words).toEqual(expect.arrayContaining(["Quistgaard", "Lakeshore", "Orthopedics", "faxed"]));
    for (const text of [raw, csv]) {
      const said = new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()));
      expect(words.filter((w) => said.has(w.toLowerCase()))).toEqual([]);
      expect(typed.ids.filter((id) => text.includes(id.slice(6, 22)))).toEqual([]);
      expect(typed.phones.filter((phone) => text.includes(phone.slice(-7)))).toEqual([]);
      // No time finer than a day, no long digit runs (phones, dates of birth as digits).
      expect(/T\d\d:\d\d|\d{7,}/.test(text)).toBe(false);
    }
  });

  it("keeps clinics apart: the generic assistant's conversation is not Riverbend's", async () => {
    const other = await world.deps.stats.read("_", TODAY, TODAY);
    expect(other[TODAY]).toMatchObject({ "started:web": 1, "letter:access_request": 1, "stop:drafted": 1 });
  });

  it("lets a clinic's own token read it and refuses it another clinic's (403)", async () => {
    const { deps } = world;
    await deps.clinics.put({ ...DEMO_CLINIC, id: "lakeside", name: "Lakeside", smsNumbers: [] });
    const own = await issueClinicToken(deps.tokens, "riverbend", deps.clock());
    const res = await world.get("/clinics/riverbend/stats?days=7", own.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(((await res.json()) as StatsJson).days).toBe(7);
    for (const path of ["/clinics/lakeside/stats", "/clinics/lakeside/stats.csv"]) {
      const refused = await world.get(path, own.token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as Envelope).error.message).toMatch(/clinic 'riverbend'/);
    }
    expect((await world.get("/clinics/riverbend/stats", "wrong-token-0123456789-abcdefgh")).status).toBe(401);
    expect((await world.get("/clinics/riverbend/stats", "")).status).toBe(401);
  });
});

describe("the stats routes' inputs", () => {
  it("takes ?days from 1 to 400 and names the field and the fix otherwise", async () => {
    const { get } = await app();
    for (const days of ["1", "400", "30"]) {
      const res = await get(`/clinics/riverbend/stats?days=${days}`);
      expect(res.status, days).toBe(200);
      const stats = (await res.json()) as StatsJson;
      expect(stats.days).toBe(Number(days));
      expect(stats.metrics.every((m) => m.byDay.length === Number(days))).toBe(true);
    }
    for (const days of ["0", "401", "-1", "7.5", "abc", "1e2", " 5", "0x10", "1000"]) {
      for (const route of ["stats", "stats.csv"]) {
        const res = await get(`/clinics/riverbend/${route}?days=${encodeURIComponent(days)}`);
        expect(res.status, days).toBe(400);
        const { error } = (await res.json()) as Envelope;
        expect(error.code).toBe("invalid_input");
        expect(error.message).toMatch(/^days: must be a whole number from 1 to 400/);
      }
    }
  });

  it("answers 404 for a clinic that does not exist and 400 for an id that cannot be one", async () => {
    const { get } = await app();
    const missing = await get("/clinics/nowhere/stats");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Envelope).error.message).toBe("No clinic with this id.");
    const bad = await get("/clinics/Not_A_Clinic/stats");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Envelope).error.message).toMatch(/^Clinic id:/);
  });

  it("answers a quiet clinic with every day at zero", async () => {
    const { get } = await app();
    const stats = (await (await get("/clinics/riverbend/stats?days=3")).json()) as StatsJson;
    expect(stats.from).toBe("2026-11-24");
    for (const m of stats.metrics) {
      expect(m.byDay.map((d) => d.day)).toEqual(["2026-11-24", "2026-11-25", TODAY]);
      expect(Object.values(m.totals).every((n) => n === 0)).toBe(true);
    }
  });
});
