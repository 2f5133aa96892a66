// The headless JSON API for integrators: POST /api/recommend and GET /api/states/:code.
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import { IntakeSchema } from "../domain/intake.js";
import { recommendPath } from "../domain/recommend.js";
import { stateFacts } from "../domain/state-facts.js";
import { allStateCodes } from "../domain/states.js";
import { AppError } from "../errors.js";
import { readJson } from "./http.js";

export function apiRoutes(deps: AppDeps) {
  const app = new Hono();

  app.post("/api/recommend", async (c) => {
    const intake = await readJson(c, IntakeSchema, "intake");
    return c.json(recommendPath(intake, { today: isoDay(deps.clock()) }));
  });

  app.get("/api/states/:code", (c) => {
    const facts = stateFacts(c.req.param("code"));
    if (!facts) {
      throw new AppError("not_found", `Unknown state code. Use one of: ${allStateCodes().join(", ")}.`);
    }
    c.header("Cache-Control", "public, max-age=3600");
    return c.json(facts);
  });

  return app;
}
