// The dashboard's routes (issue 21), mounted in the admin API after its sign-in: GET
// /clinics/:id/stats (JSON) and /clinics/:id/stats.csv, for the operator or that clinic's own token.
// Counters only, counts of 1–4 sent as "<5" (src/stats/report.ts).
import { Hono } from "hono";
import { CLINIC_ID } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { daysBefore, STATS_RETENTION_DAYS } from "../stats/counters.js";
import type { StatsJson } from "../stats/json.js";
import { statsCsv, statsReport } from "../stats/report.js";
import { requireClinic } from "./admin-auth.js";
import type { AppEnv } from "./http.js";

/** The range when `?days` is not given. */
export const DEFAULT_STATS_DAYS = 30;

/** `?days`: a whole number from 1 to the retention, or the default; anything else names the fix. */
export function statsDays(raw: string | undefined): number {
  if (raw === undefined || raw === "") return DEFAULT_STATS_DAYS;
  const days = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 1 && days <= STATS_RETENTION_DAYS))
    throw new AppError(
      "invalid_input",
      `days: must be a whole number from 1 to ${STATS_RETENTION_DAYS} (the days counters are kept), e.g. ?days=${DEFAULT_STATS_DAYS}; leave it out for the last ${DEFAULT_STATS_DAYS} days.`,
    );
  return days;
}

/** The dashboard routes as a sub-app of the admin API (which signs the caller in first). */
export function statsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  /** The checks both routes share, then the counters of the last `days` days up to today (UTC). */
  async function report(id: string, rawDays: string | undefined): Promise<StatsJson> {
    if (!CLINIC_ID.safeParse(id).success)
      throw new AppError(
        "invalid_input",
        "Clinic id: must be 1–64 lower-case letters, digits or '-' (not at the ends).",
      );
    const days = statsDays(rawDays);
    if (!(await deps.clinics.get(id))) throw new AppError("not_found", "No clinic with this id.");
    const to = deps.clock().toISOString().slice(0, 10);
    const from = daysBefore(to, days - 1);
    return statsReport(id, from, to, await deps.stats.read(id, from, to));
  }

  app.get("/clinics/:id/stats", async (c) => {
    requireClinic(c, c.req.param("id"));
    return c.json(await report(c.req.param("id"), c.req.query("days")));
  });

  app.get("/clinics/:id/stats.csv", async (c) => {
    requireClinic(c, c.req.param("id"));
    const stats = await report(c.req.param("id"), c.req.query("days"));
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${stats.clinic}-stats-${stats.from}-to-${stats.to}.csv"`);
    return c.body(statsCsv(stats));
  });

  return app;
}
