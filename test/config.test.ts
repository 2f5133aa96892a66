import { describe, expect, it } from "vitest";
import { loadSettings, parseLimit } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

describe("settings", () => {
  it("runs on the embedded defaults with no settings at all", () => {
    const s = loadSettings({});
    expect(s.SESSION_TTL_HOURS).toBe(72);
    expect(s.DOCUMENT_TTL_HOURS).toBe(24);
    expect(s.UPSTASH_REDIS_REST_URL).toBeUndefined();
  });

  it("names a malformed setting", () => {
    expect(() => loadSettings({ SESSION_TTL_HOURS: "soon" })).toThrow(/SESSION_TTL_HOURS must be a positive number/);
    expect(() => loadSettings({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    expect(() => loadSettings({ PUBLIC_BASE_URL: "example.org" })).toThrow(/PUBLIC_BASE_URL must be an http\(s\) URL/);
  });

  it("names a setting that becomes required by another one", () => {
    expect(() => loadSettings({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN is required/,
    );
    expect(() => loadSettings({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" })).toThrow(/OPENAI_API_KEY is required/);
    expect(() => loadSettings({ SESSION_SECRET: "short" })).toThrow(ConfigError);
  });

  it("checks the Twilio REST settings for reminders (issue 20) and says what each needs", () => {
    const sid = `AC${"0123456789abcdef".repeat(2)}`;
    const secret = "s".repeat(32);
    const token = "twilio-auth-token";
    expect(() =>
      loadSettings({ TWILIO_ACCOUNT_SID: "AC123", TWILIO_AUTH_TOKEN: token, SESSION_SECRET: secret }),
    ).toThrow(/TWILIO_ACCOUNT_SID must look like "AC" followed by 32 hexadecimal characters/);
    expect(() => loadSettings({ TWILIO_FROM_NUMBER: "503-555-0100" })).toThrow(
      /TWILIO_FROM_NUMBER must be an E.164 number such as "\+15551234567"/,
    );
    expect(() => loadSettings({ TWILIO_ACCOUNT_SID: sid, SESSION_SECRET: secret })).toThrow(
      /TWILIO_AUTH_TOKEN is required when TWILIO_ACCOUNT_SID is set/,
    );
    expect(() => loadSettings({ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token })).toThrow(
      /SESSION_SECRET is required when TWILIO_ACCOUNT_SID is set/,
    );
    const ok = loadSettings({ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token, SESSION_SECRET: secret });
    expect(ok.TWILIO_ACCOUNT_SID).toBe(sid);
    expect(loadSettings({ TWILIO_FROM_NUMBER: "whatsapp:+15551234567" }).TWILIO_FROM_NUMBER).toBe(
      "whatsapp:+15551234567",
    );
  });
});

describe("parseLimit", () => {
  it("reads requests per window in seconds, minutes or hours", () => {
    expect(parseLimit("20/60s")).toEqual({ requests: 20, windowSeconds: 60 });
    expect(parseLimit(" 10 / 5m ")).toEqual({ requests: 10, windowSeconds: 300 });
    expect(parseLimit("100/1h")).toEqual({ requests: 100, windowSeconds: 3600 });
  });

  it.each(["20", "20/60", "twenty/60s", "20/60d", "0/60s", "20/0s", ""])(
    "names the setting when %j is malformed",
    (raw) => {
      expect(() => parseLimit(raw, "RATE_LIMIT_SESSION")).toThrow(/^RATE_LIMIT_SESSION /);
    },
  );
});

describe("production settings", () => {
  it("requires the encryption keys when sessions go to Upstash", () => {
    expect(() =>
      loadSettings({
        UPSTASH_REDIS_REST_URL: "https://x.upstash.io",
        UPSTASH_REDIS_REST_TOKEN: "t",
        SESSION_SECRET: "s".repeat(32),
      }),
    ).toThrow(/ENCRYPTION_KEYS is required/);
  });

  it("parses rate limits and names a malformed one", () => {
    expect(loadSettings({ RATE_LIMIT_IP: "5/10s" }).RATE_LIMIT_IP).toEqual({ requests: 5, windowSeconds: 10 });
    expect(loadSettings({}).RATE_LIMIT_SESSION).toEqual({ requests: 20, windowSeconds: 60 });
    expect(() => loadSettings({ RATE_LIMIT_PHONE: "lots" })).toThrow(/RATE_LIMIT_PHONE must look like "20\/60s"/);
  });

  it("trusts CF-Connecting-IP only when told to, and names a flag that is neither true nor false", () => {
    expect(loadSettings({}).TRUST_CF_CONNECTING_IP).toBe(false);
    expect(loadSettings({ TRUST_CF_CONNECTING_IP: "true" }).TRUST_CF_CONNECTING_IP).toBe(true);
    expect(loadSettings({ TRUST_CF_CONNECTING_IP: " FALSE " }).TRUST_CF_CONNECTING_IP).toBe(false);
    expect(() => loadSettings({ TRUST_CF_CONNECTING_IP: "yes" })).toThrow(
      /TRUST_CF_CONNECTING_IP must be "true" or "false"/,
    );
  });

  it("names a too-short admin token", () => {
    expect(() => loadSettings({ ADMIN_TOKEN: "abc" })).toThrow(/ADMIN_TOKEN must be at least 24 characters/);
  });
});
