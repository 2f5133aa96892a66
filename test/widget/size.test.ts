// The size budgets from the issue hold for the production bundles.
import { expect, it } from "vitest";
import { benchWidgetSizes } from "../../bench/widget-size.js";

it("keeps the loader within 5 KB and the panel (JS + CSS) within 35 KB, gzipped", async () => {
  const sizes = await benchWidgetSizes();
  expect(sizes.filter((s) => s.goalGzipBytes).map((s) => s.asset)).toEqual(["loader", "panel"]);
  for (const s of sizes) if (s.goalGzipBytes) expect(s.gzipBytes, s.asset).toBeLessThanOrEqual(s.goalGzipBytes);
});
