// SessionCrypto and RedisKeys: what at-rest encryption and key naming promise on their own.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { DecryptionError, parseEncryptionKeys, RedisKeys } from "../../src/sessions/crypto.js";

const key = (bytes = 32) => randomBytes(bytes).toString("base64");

describe("parseEncryptionKeys", () => {
  it("round-trips text and bytes bound to the name they are stored under", async () => {
    const crypto = await parseEncryptionKeys(`k1:${key()}`);
    const sealed = await crypto.encryptText("Jane Doe, born 1980-02-03", "rp:s:abc");
    expect(sealed.startsWith("k1:")).toBe(true);
    expect(sealed).not.toContain("Jane");
    expect(await crypto.decryptText(sealed, "rp:s:abc")).toBe("Jane Doe, born 1980-02-03");
    const bytes = new Uint8Array([0, 255, 80, 75, 3, 4]);
    expect(Array.from(await crypto.decryptBytes(await crypto.encryptBytes(bytes, "n"), "n"))).toEqual(
      Array.from(bytes),
    );
  });

  it("uses a fresh IV for every value", async () => {
    const crypto = await parseEncryptionKeys(`k1:${key()}`);
    const a = await crypto.encryptText("same", "n");
    const b = await crypto.encryptText("same", "n");
    expect(a).not.toBe(b);
  });

  it("encrypts with the first key and still decrypts with the others", async () => {
    const oldKey = key();
    const before = await parseEncryptionKeys(`old:${oldKey}`);
    const after = await parseEncryptionKeys(`new:${key()}, old:${oldKey}`);
    const sealedOld = await before.encryptText("hello", "n");
    expect(await after.decryptText(sealedOld, "n")).toBe("hello");
    expect(after.currentKeyId).toBe("new");
    expect((await after.encryptText("hello", "n")).startsWith("new:")).toBe(true);
  });

  it("fails closed on another name, a tampered byte, an unknown key id or garbage", async () => {
    const crypto = await parseEncryptionKeys(`k1:${key()}`);
    const sealed = await crypto.encryptText("secret", "rp:s:one");
    await expect(crypto.decryptText(sealed, "rp:s:two")).rejects.toBeInstanceOf(DecryptionError);
    const flipped = sealed.slice(0, -3) + (sealed.at(-3) === "A" ? "B" : "A") + sealed.slice(-2);
    await expect(crypto.decryptText(flipped, "rp:s:one")).rejects.toBeInstanceOf(DecryptionError);
    await expect(crypto.decryptText(`k9:${sealed.slice(3)}`, "rp:s:one")).rejects.toBeInstanceOf(DecryptionError);
    await expect(crypto.decryptText("not encrypted", "rp:s:one")).rejects.toBeInstanceOf(DecryptionError);
    await expect(crypto.decryptText("k1:short", "rp:s:one")).rejects.toBeInstanceOf(DecryptionError);
  });

  it.each([
    ["", /ENCRYPTION_KEYS is empty/],
    [key(), /ENCRYPTION_KEYS entry 1 must look like "id:base64key"/],
    ["k1:not*base64!", /ENCRYPTION_KEYS entry 1 \(id "k1"\): the key is not valid base64/],
    [`k1:${key(16)}`, /ENCRYPTION_KEYS entry 1 \(id "k1"\): the key must be 32 bytes, got 16/],
    [`k1:${key()},k1:${key()}`, /ENCRYPTION_KEYS entry 2: the id "k1" is used twice/],
    [`bad id:${key()}`, /ENCRYPTION_KEYS entry 1 must look like/],
  ])("explains a bad ENCRYPTION_KEYS value without echoing key material (%#)", async (raw, message) => {
    const error = (await parseEncryptionKeys(raw).then(
      () => null,
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
    for (const part of raw.split(/[,:]/).filter((p) => p.length > 8)) expect(error.message).not.toContain(part);
  });
});

describe("RedisKeys", () => {
  it("names keys by an HMAC of the id that is stable for one secret and differs across secrets", async () => {
    const a = new RedisKeys("x".repeat(32), "rp");
    const b = new RedisKeys("y".repeat(32), "rp");
    const name = await a.keyFor("s", "+14155550123");
    expect(name).toMatch(/^rp:s:[A-Za-z0-9_-]{43}$/);
    expect(name).not.toContain("4155550123");
    expect(await a.keyFor("s", "+14155550123")).toBe(name);
    expect(await b.keyFor("s", "+14155550123")).not.toBe(name);
    expect(await a.keyFor("a", "+14155550123")).not.toBe(name.replace(":s:", ":a:"));
  });

  it("refuses to work without a secret", () => {
    expect(() => new RedisKeys("")).toThrow(/SESSION_SECRET/);
  });
});
