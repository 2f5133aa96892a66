// `npm run test:load`: the load suite alone (wrangler dev + the Upstash store on the real Redis): the
// 50-conversation load run, then the 200-conversation overload run.
// Its files end in .load.ts so the default `npm test` projects never pick them up.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "load",
    include: ["test/load/**/*.load.ts"],
    environment: "node",
    // One wrangler dev at a time: the overload run would otherwise slow the load run's figures.
    fileParallelism: false,
    // wrangler dev takes a few seconds to start; the run itself is bounded by the test's own timeout.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
