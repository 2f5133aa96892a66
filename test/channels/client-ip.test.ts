// The per-IP rate limit's client identity: CF-Connecting-IP only when the deployment trusts it,
// IPv6 grouped by /64, IPv4-mapped addresses as their IPv4.
import { describe, expect, it } from "vitest";
import { ipBucket } from "../../src/channels/client-ip.js";
import { testApp } from "../support/app.js";

describe("ipBucket", () => {
  it("maps every spelling of addresses in one IPv6 /64 to one bucket", () => {
    const spellings = [
      "2001:db8::1",
      "2001:0db8:0000:0000:0000:0000:0000:0001",
      "2001:DB8:0:0:ffff:ffff:ffff:ffff",
      "2001:db8:0:0::abcd",
      "[2001:db8::9]",
      "2001:db8::1%eth0",
      " 2001:db8::1.2.3.4 ",
    ];
    expect(new Set(spellings.map(ipBucket))).toEqual(new Set(["2001:db8:0:0::/64"]));
  });

  it("keeps different /64s apart", () => {
    expect(ipBucket("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(ipBucket("2001:db8:0:2::1")).not.toBe(ipBucket("2001:db8:0:1::1"));
    expect(ipBucket("2001:db9::1")).not.toBe(ipBucket("2001:db8::1"));
  });

  it("leaves IPv4 as it is and reads an IPv4-mapped IPv6 address as its IPv4", () => {
    expect(ipBucket("192.0.2.7")).toBe("192.0.2.7");
    expect(ipBucket("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(ipBucket("::FFFF:c000:0207")).toBe("192.0.2.7");
    expect(ipBucket("0:0:0:0:0:ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(ipBucket("192.0.2.8")).not.toBe(ipBucket("192.0.2.7"));
  });

  it("keeps something that is not an address as its own bucket instead of failing", () => {
    expect(ipBucket("not an ip")).toBe("not an ip");
    expect(ipBucket("1:2:3:4:5:6:7:8:9")).toBe("1:2:3:4:5:6:7:8:9");
    expect(ipBucket("1::2::3")).toBe("1::2::3");
  });
});

describe("the per-IP limit on /api/chat", () => {
  /** One chat message from `ip` in a new conversation; the status it gets. */
  async function chatFrom(fetch: Awaited<ReturnType<typeof testApp>>["fetch"], ip: string, n: number) {
    const res = await fetch("http://x/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: JSON.stringify({
        id: `client-ip-test-session-${n}`,
        message: { role: "user", parts: [{ type: "text", text: "I need my records" }] },
      }),
    });
    await res.text();
    return res.status;
  }

  it("puts every spoofed CF-Connecting-IP in one bucket when the header is not trusted", async () => {
    const { fetch } = await testApp({}, { RATE_LIMIT_IP: "1/60s" });
    expect(await chatFrom(fetch, "198.51.100.1", 1)).toBe(200);
    expect(await chatFrom(fetch, "198.51.100.2", 2)).toBe(429);
  });

  it("limits each client separately when the header is trusted, an IPv6 /64 as one client", async () => {
    const { fetch } = await testApp({}, { RATE_LIMIT_IP: "1/60s", TRUST_CF_CONNECTING_IP: "true" });
    expect(await chatFrom(fetch, "198.51.100.1", 1)).toBe(200);
    expect(await chatFrom(fetch, "198.51.100.2", 2)).toBe(200);
    expect(await chatFrom(fetch, "2001:db8::1", 3)).toBe(200);
    expect(await chatFrom(fetch, "2001:db8::2", 4)).toBe(429);
    expect(await chatFrom(fetch, "::ffff:198.51.100.1", 5)).toBe(429);
  });
});
