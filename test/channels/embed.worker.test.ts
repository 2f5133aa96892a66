// The widget's files through the Worker inside workerd, served from the real ASSETS binding
// (wrangler.toml [assets]) with the Worker's own headers.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`http://recordpath.test${path}`, { headers }));

describe("the widget's static assets in workerd", () => {
  it("serves the loader at its fixed URL with a short cache, an ETag and 304 on revalidation", async () => {
    const res = await get("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(await res.text()).toContain("attachShadow");
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/widget.js", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("names the panel's content-hashed files on /embed and serves them as immutable", async () => {
    const html = await (await get("/embed")).text();
    const js = /<script src="(\/embed\/panel\.[0-9a-f]{12}\.js)" defer>/.exec(html)?.[1];
    const css = /<link rel="stylesheet" href="(\/embed\/panel\.[0-9a-f]{12}\.css)">/.exec(html)?.[1];
    expect(js).toBeDefined();
    expect(css).toBeDefined();
    for (const [path, type] of [
      [js!, /^text\/javascript/],
      [css!, /^text\/css/],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(type);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect((await res.text()).length, path).toBeGreaterThan(0);
    }
  });

  it("answers a panel file name from another build with 404 in the error envelope", async () => {
    const res = await get("/embed/panel.000000000000.js");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
