// Keys derived from SESSION_SECRET. Without a secret (the embedded default) a random key lives as
// long as the isolate, which is exactly as long as the in-memory store it protects.

/** HMAC-SHA256 key for a purpose ("documents", "sessions", …), derived with HKDF from the secret. */
export async function deriveHmacKey(secret: string | undefined, purpose: string): Promise<CryptoKey> {
  if (!secret) {
    return crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]) as Promise<CryptoKey>;
  }
  const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: new TextEncoder().encode("recordpath"),
      info: new TextEncoder().encode(purpose),
    },
    base,
    { name: "HMAC", hash: "SHA-256", length: 256 },
    false,
    ["sign", "verify"],
  );
}
