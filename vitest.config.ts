// Two projects: pure code and servers under Node ("*.test.ts"), the Worker itself inside workerd
// ("*.worker.test.ts").
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
// @ts-expect-error The build script is plain JavaScript (it runs before anything is compiled).
import { buildWidget } from "./scripts/build-widget.mjs";

// The widget is built before the projects are set up: the workers project reads wrangler.toml's
// [assets] folder, and the Node tests serve the same folder (test/support/assets.ts).
await buildWidget();

export default defineConfig({
  test: {
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
            miniflare: {
              bindings: {
                LOG_LEVEL: "warn",
                TWILIO_AUTH_TOKEN: "twilio-test-auth-token-0123456789",
                ADMIN_TOKEN: "worker-admin-token-0123456789abcdef",
              },
            },
          }),
        ],
        test: { name: "workers", include: ["test/**/*.worker.test.ts"], testTimeout: 30_000 },
      },
    ],
  },
});
