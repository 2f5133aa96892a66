// The settings page inside workerd: its shell and its content-hashed files come from the real
// ASSETS binding (wrangler.toml [assets]) with the Worker's own headers.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const get = (path: string) => exports.default.fetch(new Request(`http://recordpath.test${path}`));

describe("GET /admin in workerd", () => {
  it("serves the page, framed by nobody, and the script and stylesheet it names", async () => {
    const res = await get("/admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await res.text();
    const js = /<script src="(\/admin\/admin\.[0-9a-f]{12}\.js)" defer>/.exec(html)?.[1];
    const css = /<link rel="stylesheet" href="(\/admin\/admin\.[0-9a-f]{12}\.css)">/.exec(html)?.[1];
    expect(js).toBeDefined();
    expect(css).toBeDefined();
    for (const path of [js!, css!]) {
      const file = await get(path);
      expect(file.status, path).toBe(200);
      expect(file.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      expect((await file.text()).length, path).toBeGreaterThan(100);
    }
  });

  it("serves the test page with the real loader and its own script", async () => {
    const res = await get("/admin/test-embed?clinic=riverbend&origin=https://www.riverbend.example");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-test-origin="https://www.riverbend.example"');
    const js = /<script src="(\/admin\/test-embed\.[0-9a-f]{12}\.js)" defer>/.exec(html)?.[1];
    expect(js).toBeDefined();
    expect((await get(js!)).status).toBe(200);
  });
});
