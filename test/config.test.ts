import { describe, expect, it } from "vitest";
import { ConfigError, loadSettings } from "../src/config.js";

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
    expect(() => loadSettings({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrow(/UPSTASH_REDIS_REST_TOKEN is required/);
    expect(() => loadSettings({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" })).toThrow(/OPENAI_API_KEY is required/);
    expect(() => loadSettings({ SESSION_SECRET: "short" })).toThrow(ConfigError);
  });
});
