// `npm run test:load`: the load suite alone (wrangler dev + the Upstash store on the real Redis).
// Its files end in .load.ts so the default `npm test` projects never pick them up.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "load",
    include: ["test/load/**/*.load.ts"],
    environment: "node",
    // wrangler dev takes a few seconds to start; the run itself is bounded by the test's own timeout.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
