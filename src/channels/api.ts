// The headless JSON API for integrators: POST /api/recommend and GET /api/states/:code; mounted under /api.
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import { isoDay } from "../domain/dates.js";
import { IntakeSchema } from "../domain/intake.js";
import { recommendPath } from "../domain/recommend.js";
import { stateFacts } from "../domain/state-facts.js";
import { allStateCodes } from "../domain/states.js";
import { AppError } from "../errors.js";
import { DEFAULT_LANG, LANGS } from "../i18n/langs.js";
import { clientIp } from "./client-ip.js";
import { type AppEnv, readJson } from "./http.js";

/** POST /api/recommend's body: an Intake, plus the language the answer's sentences are written in. */
const RecommendBody = IntakeSchema.extend({
  lang: z.enum(LANGS).optional().describe('Language of the sentences: "en" (default) or "es". Citations never change.'),
});

/** The headless API as a Hono sub-app; mount with app.route("/api", apiRoutes(deps)). */
export function apiRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post("/recommend", async (c) => {
    await deps.limiter.check("ip", clientIp(c, deps));
    const { lang = DEFAULT_LANG, ...intake } = await readJson(c, RecommendBody, "intake");
    return c.json(recommendPath(intake, { today: isoDay(deps.clock()), lang }));
  });

  app.get("/states/:code", (c) => {
    const facts = stateFacts(c.req.param("code"), isoDay(deps.clock()));
    if (!facts) {
      throw new AppError("not_found", `Unknown state code. Use one of: ${allStateCodes().join(", ")}.`);
    }
    c.header("Cache-Control", "public, max-age=3600");
    return c.json(facts);
  });

  return app;
}
