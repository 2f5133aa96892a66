// The site checker (issue 21): from what a clinic typed (a page URL, an origin or a bare host) and,
// optionally, its site's Content-Security-Policy, says in plain words whether the widget can open
// there and exactly what to add when it cannot. Pure: no fetch, the clinic record is the truth.
import type { Clinic } from "./schema.js";

/** The origin the check is about, or null with what to type instead. */
export interface ReadOrigin {
  origin: string | null;
  messages: string[];
}

export interface SiteCheck {
  origin: string | null;
  allowed: boolean;
  messages: string[];
  csp?: CspCheck;
}

export interface CspCheck {
  ok: boolean;
  messages: string[];
}

const EXAMPLE = "https://www.example.org";
const WHAT_TO_TYPE = `Type your website's address as it shows in the browser's address bar, like ${EXAMPLE} (or paste the address of the page where the help should appear).`;

/**
 * Reads what a clinic typed as a website origin: a full URL gives its origin; a bare host
 * (www.x.org) is read as https://; anything else gives null and what to type. Never echoes
 * unreadable input.
 */
export function readOrigin(typed: string): ReadOrigin {
  const text = typed.trim();
  if (!text) return { origin: null, messages: [`No website address was given. ${WHAT_TO_TYPE}`] };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") {
    if (!/^https?:\/\/[^/]/i.test(text))
      return {
        origin: null,
        messages: [`That address is missing the "//" after ${scheme}: or the site's name. ${WHAT_TO_TYPE}`],
      };
    const url = parse(text);
    if (!url) return { origin: null, messages: [`That is not a website address we can read. ${WHAT_TO_TYPE}`] };
    const messages =
      url.origin === text
        ? []
        : [
            `Checked ${url.origin}: a website is known by its scheme and host (and port), so the rest of the address is not needed.`,
          ];
    return { origin: url.origin, messages };
  }
  // "localhost:8080" and "www.x.org:8443" look like a scheme to the regex above; a real scheme has no dot or digits-only tail.
  if (scheme && !/^[a-z0-9.-]+:\d+(?:[/?#]|$)/i.test(text))
    return {
      origin: null,
      messages: [
        `Only web pages (addresses starting with https:// or http://) can show the help; that address starts with ${scheme}:. ${WHAT_TO_TYPE}`,
      ],
    };
  const bare = text.replace(/^\/\//, "");
  const url = /^[^\s/?#@]+(?:[/?#]\S*)?$/.test(bare) ? parse(`https://${bare}`) : null;
  if (!url || !isPlausibleHost(url.hostname))
    return { origin: null, messages: [`That is not a website address we can read. ${WHAT_TO_TYPE}`] };
  return {
    origin: url.origin,
    messages: [
      `The address had no https:// or http://, so it was read as ${url.origin}. If your site opens with http://, type that instead.`,
    ],
  };
}

function parse(text: string): URL | null {
  try {
    const url = new URL(text);
    if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) return null;
    return isPlausibleHost(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** A host a browser could reach: a dotted name, an IP literal, or localhost (not "my website"). */
function isPlausibleHost(host: string): boolean {
  if (host === "localhost" || host.startsWith("[")) return true;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !host.startsWith("-") && !/\.-|-\./.test(host);
}

/** The check's answer for one clinic: typed origin → allowed or not, near misses, the fix, and the CSP verdict. */
export function checkSite(
  clinic: Pick<Clinic, "allowedOrigins">,
  host: string,
  input: { origin: string; csp?: string | undefined },
): SiteCheck {
  const read = readOrigin(input.origin);
  const messages = [...read.messages];
  const origin = read.origin;
  let allowed = false;
  if (origin) {
    allowed = clinic.allowedOrigins.includes(origin);
    if (allowed) messages.push(`${origin} is in Allowed websites: the help can open on its pages.`);
    else if (origin === host)
      messages.push(
        `${origin} is this help server's own address: the help always opens here, but patients need it on your site. Check your own website's address instead.`,
      );
    else
      messages.push(
        `${origin} is not in Allowed websites, so the help will not open there (patients would see an empty grey box).`,
        ...nearMisses(origin, clinic.allowedOrigins),
        `Fix: add ${origin} to Allowed websites in your settings.`,
      );
    if (origin.startsWith("http:") && !isLocal(origin))
      messages.push(
        `${origin} is served without https. The help works there, but patients' browsers mark the page "Not secure"; ask your web host to turn on https.`,
      );
  }
  const result: SiteCheck = { origin, allowed, messages };
  if (input.csp !== undefined) result.csp = checkCsp(input.csp, origin, host);
  return result;
}

const isLocal = (origin: string) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);

/** Plain-words notes on allowed origins that differ from `origin` only by www, scheme or port. */
export function nearMisses(origin: string, allowed: readonly string[]): string[] {
  const site = new URL(origin);
  const notes: string[] = [];
  for (const a of allowed) {
    let other: URL;
    try {
      other = new URL(a);
    } catch {
      continue;
    }
    const sameHost = other.hostname === site.hostname;
    if (sameHost && other.protocol !== site.protocol && other.port === site.port)
      notes.push(
        `Allowed websites has ${a}, which differs only in ${other.protocol.slice(0, -1)} vs ${site.protocol.slice(0, -1)}: browsers treat these as different websites, so the scheme must match exactly.`,
      );
    else if (sameHost && other.protocol === site.protocol && other.port !== site.port)
      notes.push(`Allowed websites has ${a}, which differs only in the port number: the port must match exactly.`);
    else if (
      other.protocol === site.protocol &&
      other.port === site.port &&
      (other.hostname === `www.${site.hostname}` || site.hostname === `www.${other.hostname}`)
    ) {
      const withWww = site.hostname.startsWith("www.") ? "with www" : "without www";
      const listed = other.hostname.startsWith("www.") ? "with www" : "without www";
      notes.push(
        `Allowed websites has ${a} (${listed}), but this address is ${withWww}: browsers treat these as different websites. If patients can reach your site both ways, list both.`,
      );
    }
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy: does the host page's policy let the loader script and the panel's frame in?

type Directives = Map<string, string[]>;

/** A policy's directives, names lower-cased; the first of a repeated directive wins (as in browsers). */
export function parseCsp(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, values.filter(Boolean));
  }
  return directives;
}

/** What a pasted header or meta tag holds: the policies (a comma joins several headers), without the header name. */
export function cspPolicies(pasted: string): { policies: string[]; reportOnly: boolean } {
  let text = pasted.trim();
  const meta = /content\s*=\s*(["'])([\s\S]*?)\1/i.exec(text);
  if (/^<meta\b/i.test(text) && meta?.[2] !== undefined) text = meta[2];
  const reportOnly = /^content-security-policy-report-only\s*:/i.test(text);
  text = text.replace(/^content-security-policy(-report-only)?\s*:\s*/i, "");
  return {
    policies: text
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
    reportOnly,
  };
}

interface Need {
  /** What the browser loads, for the messages. */
  what: string;
  /** The directives that govern it, the most specific first. */
  order: string[];
  url: URL;
  /** Whether 'strict-dynamic' applies (scripts only). */
  script: boolean;
  /** The directive to name when suggesting a new one (script-src, frame-src). */
  main: string;
}

/**
 * Whether the pasted policy lets the widget in: script-src-elem, else script-src, else default-src
 * for the loader (`HOST/widget.js`); frame-src, else child-src, else default-src for the panel
 * (`HOST/embed`). Each message names the directive and exactly what to add.
 */
export function checkCsp(pasted: string, siteOrigin: string | null, host: string): CspCheck {
  const { policies, reportOnly } = cspPolicies(pasted);
  if (policies.length === 0 || policies.every((p) => parseCsp(p).size === 0))
    return {
      ok: false,
      messages: [
        "The policy is empty. Paste the value of your site's Content-Security-Policy header (from your browser's developer tools: Network, the page, Response Headers), or leave the box empty if your site sends none.",
      ],
    };
  const needs: Need[] = [
    {
      what: "the help's loader script",
      order: ["script-src-elem", "script-src", "default-src"],
      url: new URL("/widget.js", host),
      script: true,
      main: "script-src",
    },
    {
      what: "the help's panel (a frame)",
      order: ["frame-src", "child-src", "default-src"],
      url: new URL("/embed", host),
      script: false,
      main: "frame-src",
    },
  ];
  const messages: string[] = [];
  let ok = true;
  for (const [i, policy] of policies.entries()) {
    const directives = parseCsp(policy);
    const which = policies.length > 1 ? `Policy ${i + 1} of ${policies.length}: ` : "";
    for (const need of needs) {
      const verdict = judge(directives, need, siteOrigin, host);
      if (!verdict.ok) ok = false;
      messages.push(which + verdict.message);
    }
  }
  if (reportOnly)
    messages.push(
      "This is a Content-Security-Policy-Report-Only header: browsers only report, never block, so it cannot stop the help. Fix what is listed before you make it enforcing.",
    );
  if (policies.length > 1)
    messages.push(
      "Your site sends more than one policy: the browser applies all of them, so each must allow the help.",
    );
  return { ok: ok || reportOnly, messages };
}

function judge(
  directives: Directives,
  need: Need,
  siteOrigin: string | null,
  host: string,
): { ok: boolean; message: string } {
  const name = need.order.find((d) => directives.has(d));
  // script-src-elem is rare: name it only when the policy has it.
  const named = need.order.filter((d) => d !== "script-src-elem");
  if (!name)
    return {
      ok: true,
      message: `${cap(need.what)}: your policy has no ${named.slice(0, -1).join(" or ")} and no default-src, so it does not restrict it. Nothing to add.`,
    };
  const sources = directives.get(name) ?? [];
  const skipped = named.slice(0, named.indexOf(name));
  const fallback = skipped.length > 0 ? ` (your policy has no ${skipped.join(" or ")}, so ${name} applies)` : "";
  const addTo = `Add ${host} to ${name}`;
  const lower = sources.map((s) => s.toLowerCase());
  if (need.script && lower.includes("'strict-dynamic'"))
    return {
      ok: false,
      message: `${cap(need.what)}: ${name} uses 'strict-dynamic'${fallback}, so the browser ignores host names in it and runs only scripts whose tag carries your page's nonce (or hash). Put your page's nonce on the loader's tag, like <script nonce="…" src="${host}/widget.js" …>; adding ${host} to ${name} will not help.`,
    };
  const real = sources.filter((s) => s.toLowerCase() !== "'none'");
  if (real.length === 0)
    return {
      ok: false,
      message: `${cap(need.what)}: ${name} is 'none'${fallback}, which blocks everything. Replace 'none' with ${host}.`,
    };
  const match = real.find((s) => sourceMatches(s, need.url, siteOrigin));
  if (match)
    return {
      ok: true,
      message: `${cap(need.what)}: ${name}${fallback} allows ${host}${match.toLowerCase() === host ? "" : ` (through ${match})`}. Nothing to add.`,
    };
  const hasSelf = lower.includes("'self'");
  return {
    ok: false,
    message: `${cap(need.what)}: ${name}${fallback} does not allow ${host}, so the browser will block it${hasSelf ? " ('self' means your own site only)" : ""}. ${addTo}${name === "default-src" ? `, or add a ${need.main} directive holding default-src's sources and ${host}` : ""}.`,
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };

/**
 * Whether one CSP source expression allows `url` on a page at `siteOrigin` (CSP Level 3 matching,
 * without nonces and hashes, which a URL cannot carry): *, scheme sources, host sources with
 * *. wildcards, ports and paths, and 'self'.
 */
export function sourceMatches(source: string, url: URL, siteOrigin: string | null): boolean {
  const s = source.toLowerCase();
  const page = siteOrigin ? new URL(siteOrigin) : new URL("https://unknown.invalid");
  if (s === "*") return ["http:", "https:", "ws:", "wss:"].includes(url.protocol);
  if (s === "'self'") return siteOrigin !== null && sameOriginish(new URL(siteOrigin), url);
  if (s.startsWith("'")) return false;
  const schemeOnly = /^([a-z][a-z0-9+.-]*):$/.exec(s);
  if (schemeOnly) return schemeMatches(`${schemeOnly[1]}:`, url.protocol);
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d+|\*))?(\/[^?#]*)?$/.exec(s);
  if (!m) return false;
  const [, scheme, hostPart = "", port, path] = m;
  if (scheme) {
    if (!schemeMatches(`${scheme}:`, url.protocol)) return false;
  } else if (!schemeMatches(page.protocol, url.protocol)) return false;
  const urlHost = url.hostname.toLowerCase();
  if (hostPart === "*") {
    // any host
  } else if (hostPart.startsWith("*.")) {
    if (!urlHost.endsWith(hostPart.slice(1))) return false;
  } else if (hostPart !== urlHost) return false;
  const urlPort = url.port || DEFAULT_PORT[url.protocol] || "";
  if (port !== "*") {
    const wanted = port ?? DEFAULT_PORT[scheme ? `${scheme}:` : url.protocol] ?? "";
    // An http source's default port 80 still matches the https URL's 443 (the upgrade CSP allows).
    const upgraded = !port && scheme === "http" && url.protocol === "https:" && urlPort === "443";
    if (wanted !== urlPort && !upgraded) return false;
  }
  if (path && path !== "/") {
    let p: string;
    try {
      p = decodeURIComponent(path);
    } catch {
      return false;
    }
    if (p.endsWith("/") ? !url.pathname.startsWith(p) : url.pathname !== p) return false;
  }
  return true;
}

/** A scheme source allows its own scheme and its secure upgrade (http: → https:, ws: → wss:). */
function schemeMatches(source: string, target: string): boolean {
  return source === target || (source === "http:" && target === "https:") || (source === "ws:" && target === "wss:");
}

/** 'self': the page's own origin, or its https upgrade. */
function sameOriginish(page: URL, url: URL): boolean {
  if (page.origin === url.origin) return true;
  return (
    page.protocol === "http:" &&
    url.protocol === "https:" &&
    page.hostname === url.hostname &&
    (page.port === "" || page.port === "80") &&
    url.port === ""
  );
}
