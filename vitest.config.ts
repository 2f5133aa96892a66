// Two projects: pure code and servers under Node ("*.test.ts"), the Worker itself inside workerd
// ("*.worker.test.ts").
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Bundles the widget first: the Worker serves it from src/widget/generated.ts (gitignored).
    globalSetup: ["./scripts/build-widget.mjs"],
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.worker.test.ts", "node_modules/**"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { LOG_LEVEL: "warn", TWILIO_AUTH_TOKEN: "twilio-test-auth-token-0123456789" } },
          }),
        ],
        test: { name: "workers", include: ["test/**/*.worker.test.ts"], testTimeout: 30_000 },
      },
    ],
  },
});
