// The site checker's pure logic: what a clinic types is read as an origin (or refused with what to
// type), checked against Allowed websites with near misses named, and a pasted CSP is judged.
import { describe, expect, it } from "vitest";
import { checkCsp, checkSite, cspPolicies, parseCsp, readOrigin, sourceMatches } from "../../src/clinics/site-check.js";

const HOST = "https://help.recordpath.example";
const clinic = { allowedOrigins: ["https://www.lakeside.example", "http://legacy.lakeside.example"] };

describe("reading what was typed as an origin", () => {
  it.each([
    ["https://www.lakeside.example", "https://www.lakeside.example", 0],
    ["  https://www.lakeside.example  ", "https://www.lakeside.example", 0],
    ["https://www.lakeside.example/", "https://www.lakeside.example", 1],
    ["https://www.lakeside.example/records/help?x=1#top", "https://www.lakeside.example", 1],
    ["HTTPS://WWW.Lakeside.Example/Records", "https://www.lakeside.example", 1],
    ["https://www.lakeside.example:443/", "https://www.lakeside.example", 1],
    ["https://www.lakeside.example:8443/records", "https://www.lakeside.example:8443", 1],
    ["http://localhost:8080/test.html", "http://localhost:8080", 1],
    ["http://192.168.1.20/records", "http://192.168.1.20", 1],
    ["https://user:pass@www.lakeside.example/", "https://www.lakeside.example", 1],
  ])("reads the full address %j as %s", (typed, origin, notes) => {
    const read = readOrigin(typed);
    expect(read.origin).toBe(origin);
    expect(read.messages).toHaveLength(notes);
    if (notes) expect(read.messages[0]).toContain(`Checked ${origin}`);
  });

  it.each([
    ["www.lakeside.example", "https://www.lakeside.example"],
    ["lakeside.example/records/help", "https://lakeside.example"],
    ["//www.lakeside.example/records", "https://www.lakeside.example"],
    ["localhost:8787", "https://localhost:8787"],
    ["www.lakeside.example:8443", "https://www.lakeside.example:8443"],
  ])("reads the bare host %j as %s, saying so and how to choose http", (typed, origin) => {
    const read = readOrigin(typed);
    expect(read.origin).toBe(origin);
    expect(read.messages.join(" ")).toMatch(/had no https:\/\/ or http:\/\/, so it was read as https:\/\//);
    expect(read.messages.join(" ")).toContain("type that instead");
  });

  it.each([
    ["", /No website address was given/],
    ["   ", /No website address was given/],
    ["my website", /not a website address we can read/],
    ["Lakeside Clinic", /not a website address we can read/],
    ["http//www.lakeside.example", /not a website address we can read/],
    ["https:/www.lakeside.example", /missing the "\/\/"/],
    ["https://", /missing the "\/\/"/],
    ["ftp://files.lakeside.example", /starts with ftp:/],
    ["file:///C:/site/index.html", /starts with file:/],
    ["mailto:records@lakeside.example", /starts with mailto:/],
    ["records@lakeside.example", /not a website address we can read/],
    ["https://intranet", /not a website address we can read/],
  ])("gives no origin for %j and says what to type", (typed, why) => {
    const read = readOrigin(typed);
    expect(read.origin).toBeNull();
    expect(read.messages.join(" ")).toMatch(why);
    expect(read.messages.join(" ")).toContain("like https://www.example.org");
  });

  it("never repeats unreadable input back", () => {
    expect(readOrigin("Jane Doe 1980-02-03").messages.join(" ")).not.toContain("Jane");
  });
});

describe("checking the origin against Allowed websites", () => {
  it("says an allowed page's origin is allowed", () => {
    const r = checkSite(clinic, HOST, { origin: "https://www.lakeside.example/records" });
    expect(r).toMatchObject({ origin: "https://www.lakeside.example", allowed: true });
    expect(r.messages.join(" ")).toContain("https://www.lakeside.example is in Allowed websites");
    expect(r.csp).toBeUndefined();
  });

  it("says what to add when the origin is missing", () => {
    const r = checkSite(clinic, HOST, { origin: "https://portal.other.example" });
    expect(r.allowed).toBe(false);
    expect(r.messages).toContain("Fix: add https://portal.other.example to Allowed websites in your settings.");
  });

  it("names the www near miss both ways", () => {
    const bare = checkSite(clinic, HOST, { origin: "https://lakeside.example" });
    expect(bare.allowed).toBe(false);
    expect(bare.messages.join(" ")).toContain(
      "Allowed websites has https://www.lakeside.example (with www), but this address is without www",
    );
    const www = checkSite({ allowedOrigins: ["https://lakeside.example"] }, HOST, { origin: "www.lakeside.example" });
    expect(www.messages.join(" ")).toContain("(without www), but this address is with www");
    expect(www.messages.join(" ")).toContain("Fix: add https://www.lakeside.example to Allowed websites");
  });

  it("names the http vs https near miss, and the port near miss", () => {
    const scheme = checkSite(clinic, HOST, { origin: "http://www.lakeside.example" });
    expect(scheme.messages.join(" ")).toContain("differs only in https vs http");
    expect(scheme.messages.join(" ")).toContain('"Not secure"');
    const https = checkSite(clinic, HOST, { origin: "https://legacy.lakeside.example" });
    expect(https.messages.join(" ")).toContain(
      "Allowed websites has http://legacy.lakeside.example, which differs only in http vs https",
    );
    const port = checkSite(clinic, HOST, { origin: "https://www.lakeside.example:8443" });
    expect(port.messages.join(" ")).toContain("differs only in the port number");
  });

  it("does not call an unrelated site a near miss", () => {
    const r = checkSite(clinic, HOST, { origin: "https://www.lakesidehealth.example" });
    expect(r.messages.join(" ")).not.toMatch(/differs only|with www/);
  });

  it("answers an unreadable origin with no origin, not allowed, and what to type", () => {
    const r = checkSite(clinic, HOST, { origin: "our site" });
    expect(r).toMatchObject({ origin: null, allowed: false });
    expect(r.messages.join(" ")).toContain("Type your website's address");
  });

  it("recognises the help server's own address", () => {
    const r = checkSite(clinic, HOST, { origin: HOST });
    expect(r.allowed).toBe(false);
    expect(r.messages.join(" ")).toContain("this help server's own address");
  });
});

describe("judging a pasted Content-Security-Policy", () => {
  const site = "https://www.lakeside.example";
  const judge = (csp: string, origin: string | null = site, host = HOST) => checkCsp(csp, origin, host);

  it.each([
    [`script-src 'self' ${HOST}; frame-src ${HOST}`, "exact host"],
    ["script-src 'self' https:; frame-src https:", "scheme source"],
    ["default-src *", "wildcard default-src"],
    ["script-src *.recordpath.example; frame-src https://*.recordpath.example", "subdomain wildcard"],
    [`script-src ${HOST}:443; child-src ${HOST}`, "default port, child-src fallback"],
    [`script-src ${HOST}/widget.js; frame-src ${HOST}/`, "paths"],
    ["script-src help.recordpath.example; frame-src http://help.recordpath.example", "no scheme, http upgrade"],
    ["img-src 'self'; style-src 'self'", "no script or frame restriction"],
    [`Content-Security-Policy: default-src 'self' ${HOST}`, "header name pasted"],
    [`<meta http-equiv="Content-Security-Policy" content="default-src 'self' ${HOST}">`, "meta tag pasted"],
  ])("allows the widget: %s (%s)", (csp) => {
    const r = judge(csp);
    expect(r.ok, r.messages.join("\n")).toBe(true);
    expect(r.messages).toHaveLength(2);
    for (const m of r.messages) expect(m).toMatch(/Nothing to add\./);
  });

  it("names script-src and the host to add when the loader is blocked", () => {
    const r = judge("script-src 'self' https://cdn.example; frame-src https:");
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toBe(
      `The help's loader script: script-src does not allow ${HOST}, so the browser will block it ('self' means your own site only). Add ${HOST} to script-src.`,
    );
    expect(r.messages[1]).toMatch(/frame\).*allows .*through https:/);
  });

  it("falls back from frame-src to child-src to default-src, and names the one that applies", () => {
    const child = judge(`script-src ${HOST}; child-src 'self'`);
    expect(child.messages[1]).toContain("(your policy has no frame-src, so child-src applies)");
    expect(child.messages[1]).toContain(`Add ${HOST} to child-src.`);
    const dflt = judge(`script-src ${HOST}; default-src 'self'`);
    expect(dflt.messages[1]).toContain("(your policy has no frame-src or child-src, so default-src applies)");
    expect(dflt.messages[1]).toContain(
      `Add ${HOST} to default-src, or add a frame-src directive holding default-src's sources and ${HOST}.`,
    );
    const scripts = judge(`default-src 'self'; frame-src ${HOST}`);
    expect(scripts.messages[0]).toContain("(your policy has no script-src, so default-src applies)");
    expect(scripts.messages[0]).toContain("or add a script-src directive");
  });

  it("says 'none' blocks everything and what to put instead", () => {
    const r = judge(`script-src ${HOST}; frame-src 'none'`);
    expect(r.ok).toBe(false);
    expect(r.messages[1]).toContain(`frame-src is 'none', which blocks everything. Replace 'none' with ${HOST}.`);
  });

  it("explains 'strict-dynamic': host names are ignored, the loader's tag needs the nonce", () => {
    const r = judge(`script-src 'nonce-r4nd0m' 'strict-dynamic' ${HOST}; frame-src ${HOST}`);
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toContain("uses 'strict-dynamic'");
    expect(r.messages[0]).toContain(`<script nonce="…" src="${HOST}/widget.js"`);
    expect(r.messages[0]).toContain("will not help");
    expect(r.messages[1]).toMatch(/Nothing to add/);
  });

  it("matches 'self' only when the site is the help server itself", () => {
    expect(judge("default-src 'self'", site).ok).toBe(false);
    expect(judge("default-src 'self'", HOST).ok).toBe(true);
    expect(judge("default-src 'self'", null).ok).toBe(false);
  });

  it("refuses near-miss sources: apex for a wildcard, wrong port, wrong path, https page with http-only host", () => {
    const url = new URL("/widget.js", HOST);
    expect(sourceMatches("*.help.recordpath.example", url, site)).toBe(false);
    expect(sourceMatches("https://help.recordpath.example:8443", url, site)).toBe(false);
    expect(sourceMatches("https://help.recordpath.example/static/", url, site)).toBe(false);
    expect(sourceMatches("https://help.recordpath.example/widget.js/", url, site)).toBe(false);
    expect(sourceMatches("https://help.recordpath.example:*", url, site)).toBe(true);
    expect(sourceMatches("wss:", url, site)).toBe(false);
    expect(sourceMatches("data:", url, site)).toBe(false);
    expect(sourceMatches("'unsafe-inline'", url, site)).toBe(false);
    expect(sourceMatches("'nonce-abc'", url, site)).toBe(false);
    expect(sourceMatches("https://HELP.recordpath.example", url, site)).toBe(true);
    // A local host on a port: the exact origin matches, the bare host (default port) does not.
    const local = new URL("/embed", "http://localhost:8787");
    expect(sourceMatches("http://localhost:8787", local, "http://localhost:3000")).toBe(true);
    expect(sourceMatches("localhost", local, "http://localhost:3000")).toBe(false);
  });

  it("uses the first of a repeated directive, as browsers do", () => {
    expect(parseCsp(`script-src 'self'; script-src ${HOST}`).get("script-src")).toEqual(["'self'"]);
    expect(judge(`script-src 'self'; script-src ${HOST}; frame-src ${HOST}`).ok).toBe(false);
  });

  it("checks every policy when several are sent, and says report-only ones never block", () => {
    const two = judge(`default-src ${HOST} 'self', script-src 'self'`);
    expect(two.ok).toBe(false);
    expect(two.messages.join(" ")).toContain("Policy 2 of 2: The help's loader script: script-src does not allow");
    expect(two.messages.join(" ")).toContain("each must allow the help");
    const report = judge("Content-Security-Policy-Report-Only: default-src 'self'");
    expect(report.ok).toBe(true);
    expect(report.messages.join(" ")).toContain("only report, never block");
    expect(cspPolicies("content-security-policy: a, b").policies).toEqual(["a", "b"]);
  });

  it("asks for the header's value when the paste is empty", () => {
    const r = judge("  ;  ");
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toContain("Paste the value of your site's Content-Security-Policy header");
  });

  it("is attached to the site check when a policy is sent", () => {
    const r = checkSite(clinic, HOST, { origin: site, csp: "script-src 'self'" });
    expect(r.csp?.ok).toBe(false);
    expect(r.csp?.messages[0]).toContain(`Add ${HOST} to script-src.`);
  });
});
