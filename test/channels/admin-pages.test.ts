// The settings page and its test page as the Worker serves them: static shells under the strict
// CSP (no inline script or style, framed by nobody), content-hashed files, and a test page that
// embeds the real loader with the clinic and the site's origin, or says what is wrong with its address.
import { describe, expect, it } from "vitest";
import { WIDGET_FILES } from "../../src/widget/files.js";
import { testApp } from "../support/app.js";

async function get(path: string, env: Record<string, string> = {}) {
  const { fetch } = await testApp({}, env);
  return fetch(`http://recordpath.test${path}`);
}

/** The CSP's directives as a map. */
function csp(res: Response): Map<string, string> {
  const header = res.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(" ")[0] ?? "", d.slice(d.indexOf(" ") + 1)]),
  );
}

describe("GET /admin", () => {
  it("serves the page shell under a CSP as strict as the panel's, never framed and never cached", async () => {
    const res = await get("/admin");
    expect(res.status).toBe(200);
    const policy = csp(res);
    expect(policy.get("script-src")).toBe("'self'");
    expect(policy.get("style-src")).toBe("'self'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("img-src")).toBe("'self' data:");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain(`<script src="${WIDGET_FILES.adminJs}" defer></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="${WIDGET_FILES.adminCss}">`);
    // The preview frames the real panel: its files are named for the page's script.
    expect(html).toContain(`data-panel-js="${WIDGET_FILES.panelJs}"`);
    expect(html).toContain(`data-panel-css="${WIDGET_FILES.panelCss}"`);
    // No inline script or style: every <script> has a src and nothing carries a style attribute.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
  });

  it("serves its content-hashed script and stylesheet as immutable files", async () => {
    for (const [path, type] of [
      [WIDGET_FILES.adminJs, /^text\/javascript/],
      [WIDGET_FILES.adminCss, /^text\/css/],
      [WIDGET_FILES.testEmbedJs, /^text\/javascript/],
    ] as const) {
      expect(path).toMatch(/^\/admin\/[a-z-]+\.[0-9a-f]{12}\.(js|css)$/);
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(type);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      expect((await res.text()).length, path).toBeGreaterThan(100);
    }
  });

  it("keeps the token out of the page's script's storage but the tab's (sessionStorage, never localStorage)", async () => {
    const js = await (await get(WIDGET_FILES.adminJs)).text();
    expect(js).toContain("sessionStorage");
    expect(js).not.toContain("localStorage");
  });
});

describe("GET /admin/test-embed", () => {
  it("embeds the real loader with the clinic and the origin it presents, and names the CSP the site needs", async () => {
    const res = await get("/admin/test-embed?clinic=riverbend&origin=https%3A%2F%2Fwww.riverbend.example");
    expect(res.status).toBe(200);
    expect(csp(res).get("frame-ancestors")).toBe("'none'");
    expect(csp(res).get("script-src")).toBe("'self'");
    const html = await res.text();
    expect(html).toContain(
      '<script src="/widget.js" data-clinic="riverbend" data-test-origin="https://www.riverbend.example" async></script>',
    );
    expect(html).toContain(`<script src="${WIDGET_FILES.testEmbedJs}" defer></script>`);
    expect(html).toContain("script-src http://recordpath.test; frame-src http://recordpath.test");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it("names the public host in the CSP lines when PUBLIC_BASE_URL is set", async () => {
    const res = await get("/admin/test-embed?clinic=riverbend&origin=https://a.example", {
      PUBLIC_BASE_URL: "https://help.recordpath.example",
    });
    expect(await res.text()).toContain(
      "script-src https://help.recordpath.example; frame-src https://help.recordpath.example",
    );
  });

  it("uses only a page address's origin (a path is dropped)", async () => {
    const html = await (await get("/admin/test-embed?clinic=riverbend&origin=https://a.example/records?x=1")).text();
    expect(html).toContain('data-test-origin="https://a.example"');
  });

  it("answers a bad clinic id or a missing origin with 400 and the fix in words, without the loader", async () => {
    for (const [query, words] of [
      ["clinic=Not%20An%20Id&origin=https://a.example", "no valid clinic id"],
      ["clinic=riverbend", "no valid site address"],
      ["clinic=riverbend&origin=javascript:alert(1)", "no valid site address"],
    ] as const) {
      const res = await get(`/admin/test-embed?${query}`);
      expect(res.status, query).toBe(400);
      const html = await res.text();
      expect(html, query).toContain(words);
      expect(html, query).not.toContain("/widget.js");
    }
  });
});
