// Twilio webhook signatures (X-Twilio-Signature): HMAC-SHA1 over the URL and the sorted POST
// parameters, checked with Web Crypto so the same code runs in workerd and Node.

const encoder = new TextEncoder();

/** Form parameters as Twilio signs them: a key may repeat (its values are deduplicated and sorted). */
export type SignedParams = Record<string, string | string[]>;

/**
 * The string Twilio signs: the URL followed by every parameter's key and value, keys in code-unit
 * order (JavaScript's default sort, as Twilio's own libraries use), repeated values likewise sorted.
 */
function signedPayload(url: string, params: SignedParams): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key]!;
    const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
    for (const v of values) data += key + v;
  }
  return data;
}

/** Collects URL-encoded form fields into SignedParams, keeping every value of a repeated key. */
export function formParams(form: URLSearchParams): SignedParams {
  const params: SignedParams = {};
  for (const [key, value] of form) {
    const seen = params[key];
    if (seen === undefined) params[key] = value;
    else params[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/**
 * True when `signature` is Twilio's signature of this request under `authToken`. The comparison is
 * crypto.subtle.verify, which is constant-time; anything that is not a 20-byte base64 MAC fails.
 */
export async function verifyTwilioSignature(input: {
  authToken: string;
  url: string;
  params: SignedParams;
  signature: string;
}): Promise<boolean> {
  const mac = fromBase64(input.signature);
  if (mac?.length !== 20) return false;
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(input.authToken),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["verify"],
  );
  return crypto.subtle.verify("HMAC", key, mac, encoder.encode(signedPayload(input.url, input.params)));
}

/**
 * The URL Twilio signed: behind a proxy the Worker sees a different host or scheme than the one
 * configured on the Twilio number, so PUBLIC_BASE_URL (when set) replaces the request's origin.
 */
export function signedUrl(requestUrl: string, publicBaseUrl: string | undefined): string {
  if (!publicBaseUrl) return requestUrl;
  const url = new URL(requestUrl);
  return `${publicBaseUrl.replace(/\/+$/, "")}${url.pathname}${url.search}`;
}

function fromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
