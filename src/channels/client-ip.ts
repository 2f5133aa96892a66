// Which client a request counts against for the per-IP rate limit: Cloudflare's CF-Connecting-IP
// when the deployment trusts it, with IPv6 addresses grouped by their /64.
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";

/**
 * The one bucket every request shares when CF-Connecting-IP is not trusted. Under `wrangler dev`
 * (and anywhere not behind Cloudflare's edge) the header is whatever the client sent: Miniflare
 * only fills it in when it is missing. Trusting it there would let anyone mint a fresh limit per
 * request by changing it; one shared bucket is the honest answer when the address is unknown.
 */
export const UNTRUSTED_CLIENT = "untrusted";

/** Behind Cloudflare the header is always there; a request without it shares this bucket. */
export const UNKNOWN_CLIENT = "unknown";

/** The rate-limit identity of the request's client (see UNTRUSTED_CLIENT for why it may be shared). */
export function clientIp(c: Context, deps: Pick<AppDeps, "settings">): string {
  if (!deps.settings.TRUST_CF_CONNECTING_IP) return UNTRUSTED_CLIENT;
  const raw = c.req.header("cf-connecting-ip");
  return raw ? ipBucket(raw) : UNKNOWN_CLIENT;
}

/**
 * The bucket an address is limited in: an IPv4 address as it is; an IPv6 address by its /64
 * ("2001:db8:0:1::/64"), because one subscriber is usually handed a whole /64 and could otherwise
 * take a fresh address, and a fresh limit, for every request; an IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`) as the IPv4 address it is. Anything that is not an address (which
 * Cloudflare never sends) is its own bucket, trimmed and lower-cased.
 */
export function ipBucket(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (isIpv4(text)) return text;
  const groups = ipv6Groups(text);
  if (!groups) return text;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

function isIpv4(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** The eight 16-bit groups of an IPv6 address in any spelling (`::`, embedded IPv4, zone), or null. */
function ipv6Groups(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const pieces = half.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && isIpv4(piece)) {
        const [a = 0, b = 0, c = 0, d = 0] = piece.split(".").map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) {
        out.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = parse(halves[0] ?? "");
  const tail = halves.length === 2 ? parse(halves[1] ?? "") : [];
  if (!head || !tail) return null;
  // An embedded IPv4 address may only end the address, never precede the "::".
  if (halves.length === 2 && /\./.test(halves[0] ?? "")) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}
