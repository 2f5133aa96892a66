// The embed channel: the loader and panel assets, the panel page's framing policy per clinic, and
// who may call /api/chat (our origin, a clinic's own origins with CORS, nobody else).
import { describe, expect, it } from "vitest";
import { DEMO_CLINIC } from "../../src/clinics/demo.js";
import { MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { testApp } from "../support/app.js";

const BASE = "http://recordpath.test";
const CLINIC_ORIGIN = "https://www.riverbend.example";
const clinics = () =>
  new MemoryClinicDirectory([{ ...DEMO_CLINIC, allowedOrigins: [CLINIC_ORIGIN, "http://127.0.0.1:8787"] }]);
const chatBody = (clinic?: string) =>
  JSON.stringify({
    id: `embed-${crypto.randomUUID().replaceAll("-", "")}`,
    message: { role: "user", parts: [{ type: "text", text: "Hi" }] },
    ...(clinic ? { clinic } : {}),
  });
const post = (fetch: (u: string, i?: RequestInit) => Promise<Response>, path: string, body: string, origin?: string) =>
  fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
    body,
  });

describe("GET /widget.js", () => {
  it("serves the loader as cacheable JavaScript that any page may load", async () => {
    const { fetch } = await testApp();
    const res = await fetch(`${BASE}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(await res.text()).toContain("attachShadow");
    const again = await fetch(`${BASE}/widget.js`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });
});

describe("GET /embed", () => {
  it("lets only 'self' and the clinic's origins frame the panel, with no X-Frame-Options", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const res = await fetch(`${BASE}/embed?clinic=riverbend`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`frame-ancestors 'self' ${CLINIC_ORIGIN} http://127.0.0.1:8787`);
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/<script src="\/embed\/panel\.[0-9a-f]{12}\.js" defer><\/script>/);
    expect(html).not.toMatch(/<script>|style=/);
    expect(html).toContain("Riverbend Family Medicine");
  });

  it("passes the panel how long conversations are kept and the records office's phone", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const html = await (await fetch(`${BASE}/embed?clinic=riverbend`)).text();
    const config = JSON.parse(
      (/data-config="([^"]*)"/.exec(html)?.[1] ?? "{}").replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
    ) as { ttlHours?: number; recordsPhone?: string };
    expect(config.ttlHours).toBe(72);
    expect(config.recordsPhone).toBe("(937) 555-0142");
  });

  it("shows a friendly not-set-up page for an unknown clinic, frameable anywhere, naming the fix for the console", async () => {
    const { fetch } = await testApp();
    const res = await fetch(`${BASE}/embed?clinic=riverbnd&lang=es&origin=${encodeURIComponent(CLINIC_ORIGIN)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    const html = await res.text();
    expect(html).toContain("Esta ayuda todavía no está bien configurada");
    expect(html).toContain("Por favor, llame a la clínica.");
    expect(html).toContain(
      `data-fix="no clinic &#39;riverbnd&#39; is registered — check data-clinic in the embed code`,
    );
    expect(html).toContain(`data-origin="${CLINIC_ORIGIN}"`);
    expect(html).toMatch(/<script src="\/embed\/setup\.js" defer><\/script>/);
    expect(html).not.toMatch(/<script>|style=/);
  });

  it("shows the not-set-up page, with the clinic's phone, to a page the clinic did not list; its own origins get the panel", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const foreign = await fetch(`${BASE}/embed?clinic=riverbend&origin=${encodeURIComponent("https://evil.example")}`);
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get("content-security-policy")).toContain("frame-ancestors *");
    const html = await foreign.text();
    expect(html).toContain('<a href="tel:9375550142">(937) 555-0142</a>');
    expect(html).toContain(
      'data-fix="origin https://evil.example is not in clinic &#39;riverbend&#39; allowedOrigins — add it to Allowed websites on the settings page (/admin)',
    );
    // Without ?origin= the Referer tells; our own origin and the clinic's get the panel.
    const referred = await fetch(`${BASE}/embed?clinic=riverbend`, {
      headers: { referer: "https://evil.example/page" },
    });
    expect(await referred.text()).toContain("data-fix=");
    for (const origin of [CLINIC_ORIGIN, BASE]) {
      const res = await fetch(`${BASE}/embed?clinic=riverbend&origin=${encodeURIComponent(origin)}`);
      expect(res.headers.get("content-security-policy"), origin).toContain(`frame-ancestors 'self' ${CLINIC_ORIGIN}`);
      expect(await res.text()).not.toContain("data-fix=");
    }
  });

  it("serves the not-set-up page's script, which tells only the embedding origin", async () => {
    const { fetch } = await testApp();
    const res = await fetch(`${BASE}/embed/setup.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    const js = await res.text();
    expect(js).toContain("postMessage(m,to)");
    expect(js).not.toContain('"*"');
  });

  it("escapes clinic text in the page, so a record cannot inject markup", async () => {
    const evil = new MemoryClinicDirectory([{ ...DEMO_CLINIC, name: `Clinic "</title><script>alert(1)</script>` }]);
    const { fetch } = await testApp({ clinics: evil });
    const html = await (await fetch(`${BASE}/embed?clinic=riverbend`)).text();
    expect(html).not.toContain("<script>alert");
  });

  it("serves the panel assets under their content hash with a year-long cache, and no other name", async () => {
    const { fetch } = await testApp();
    const html = await (await fetch(`${BASE}/embed`)).text();
    const js = /src="(\/embed\/panel\.\w+\.js)"/.exec(html)?.[1];
    const css = /href="(\/embed\/panel\.\w+\.css)"/.exec(html)?.[1];
    const script = await fetch(`${BASE}${js}`);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("dataset.config");
    const style = await fetch(`${BASE}${css}`);
    expect(style.headers.get("content-type")).toMatch(/^text\/css/);
    expect(style.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const old of ["/embed/panel.js", "/embed/panel.000000000000.js", "/embed/widget.js"])
      expect((await fetch(`${BASE}${old}`)).status, old).toBe(404);
  });
});

describe("who may call /api/chat", () => {
  it("accepts our own origin and requests without an Origin (not from a browser)", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    expect((await post(fetch, "/api/chat", chatBody("riverbend"), BASE)).status).toBe(200);
    expect((await post(fetch, "/api/chat", chatBody("riverbend"))).status).toBe(200);
  });

  it("allows a clinic's own origin with CORS headers", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const res = await post(fetch, "/api/chat?clinic=riverbend", chatBody(), CLINIC_ORIGIN);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(CLINIC_ORIGIN);
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("lets the clinic's page read errors too (CORS headers on a 400)", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const res = await post(fetch, "/api/chat?clinic=riverbend", JSON.stringify({ id: "short" }), CLINIC_ORIGIN);
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe(CLINIC_ORIGIN);
  });

  it("refuses a foreign origin with 403 in the error envelope, with or without a clinic", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    for (const body of [chatBody("riverbend"), chatBody()]) {
      const res = await post(fetch, "/api/chat", body, "https://evil.example");
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
  });

  it("answers an unknown clinic with 404", async () => {
    const { fetch } = await testApp();
    const res = await post(fetch, "/api/chat", chatBody("no-such-clinic"));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^Unknown clinic/);
  });

  it("answers the CORS preflight only for the clinic's origins", async () => {
    const { fetch } = await testApp({ clinics: clinics() });
    const ok = await fetch(`${BASE}/api/chat?clinic=riverbend`, {
      method: "OPTIONS",
      headers: {
        origin: CLINIC_ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe(CLINIC_ORIGIN);
    expect(ok.headers.get("access-control-allow-methods")).toBe("POST");
    const bad = await fetch(`${BASE}/api/chat?clinic=riverbend`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example" },
    });
    expect(bad.status).toBe(403);
  });

  it("records the clinic on the session", async () => {
    const { fetch, store } = await testApp({ clinics: clinics() });
    const body = chatBody("riverbend");
    const res = await post(fetch, "/api/chat", body);
    await res.text();
    const session = await store.load((JSON.parse(body) as { id: string }).id);
    expect(session?.clinicId).toBe("riverbend");
  });
});

describe("POST /api/documents?clinic=", () => {
  it("fills the letter with the clinic's records office when the records are the clinic's", async () => {
    const { fetch } = await testApp();
    const res = await post(
      fetch,
      "/api/documents?clinic=riverbend",
      JSON.stringify({
        kind: "access_request",
        intake: { state: "OH", provider: { name: "Riverbend Family Medicine" } },
        format: "txt",
      }),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("Riverbend Family Medicine");
    expect(text).toContain("(937) 555-0142");
  });

  it("leaves the clinic out of a letter for records another provider holds, or an unnamed one (issue 14)", async () => {
    const { fetch } = await testApp();
    for (const intake of [{ state: "OH", provider: { name: "Mercy General Hospital" } }, { state: "OH" }]) {
      const res = await post(
        fetch,
        "/api/documents?clinic=riverbend",
        JSON.stringify({ kind: "access_request", intake, format: "txt" }),
      );
      const text = await res.text();
      expect(text).not.toContain("Riverbend");
      expect(text).not.toContain("(937) 555-014");
    }
  });
});

describe("GET /", () => {
  it("is the demo clinic's records help page, embedding the widget with one script tag", async () => {
    const { fetch } = await testApp();
    const html = await (await fetch(`${BASE}/`)).text();
    expect(html).toContain("<h1>Get a copy of your medical records</h1>");
    expect(html).toContain("(937) 555-0142");
    expect(html).toMatch(
      /<script src="http:\/\/recordpath\.test\/widget\.js" data-clinic="riverbend" data-color="#1f6f5c" async><\/script>/,
    );
  });
});
