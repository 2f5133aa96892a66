// Clinic tokens: the store contract against memory and against a real Redis behind the Upstash
// gateway, and what the Upstash store keeps under REDIS_KEY_PREFIX.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueClinicToken, MemoryClinicTokens, tokenHash, verifyClinicToken } from "../../src/clinics/tokens.js";
import { clinicTokensKey, UpstashClinicTokens } from "../../src/clinics/upstash-tokens.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { tokenStoreContract } from "../support/token-contract.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

tokenStoreContract("MemoryClinicTokens", () => new MemoryClinicTokens());

describe("UpstashClinicTokens", () => {
  let gateway: Gateway;
  const prefixes: string[] = [];
  beforeAll(async () => {
    gateway = await startGateway({ token: "tokens-gateway-token" });
  });
  afterAll(async () => {
    for (const p of prefixes) await gateway.clear(p);
    await gateway.stop();
  });
  const fresh = (name: string) => {
    const prefix = `${name}-${randomBytes(4).toString("hex")}`;
    prefixes.push(prefix);
    return prefix;
  };
  const store = (prefix = fresh("tok")) =>
    new UpstashClinicTokens(createUpstashRedis({ url: gateway.url, token: gateway.token }), { prefix });

  // The contract's stores are made lazily, after beforeAll has started the gateway.
  tokenStoreContract("against a real Redis", () => store());

  it("keeps one hash per clinic under {prefix}:clinic:tokens:<id>, holding hashes and never a token", async () => {
    const prefix = fresh("staging");
    const tokens = store(prefix);
    const { token, record } = await issueClinicToken(tokens, "lakeside", new Date("2026-11-26T10:00:00Z"), "desk");
    expect(await gateway.scan(prefix)).toEqual([clinicTokensKey(prefix, "lakeside")]);
    expect(clinicTokensKey(prefix, "lakeside")).toBe(`${prefix}:clinic:tokens:lakeside`);
    const raw = await gateway.redis.hGetAll(`${prefix}:clinic:tokens:lakeside`);
    expect(Object.keys(raw)).toEqual([record.id]);
    expect(JSON.parse(raw[record.id]!)).toEqual({
      id: record.id,
      clinicId: "lakeside",
      hash: await tokenHash(token),
      label: "desk",
      createdAt: "2026-11-26T10:00:00.000Z",
    });
    expect(await gateway.dump(prefix)).not.toContain(token.split(".")[2]);
    await tokens.revokeAll("lakeside");
    expect(await gateway.scan(prefix)).toEqual([]);
  });

  it("keeps two prefixes on one Redis apart", async () => {
    const staging = store(fresh("staging"));
    const prod = store(fresh("prod"));
    const { token } = await issueClinicToken(staging, "shared", new Date());
    expect(await verifyClinicToken(prod, token)).toBeNull();
    expect(await prod.list("shared")).toEqual([]);
    expect(await verifyClinicToken(staging, token)).toBe("shared");
  });

  it("reads an entry that is not a token (hand-written, or another clinic's) as absent", async () => {
    const prefix = fresh("tok");
    const tokens = store(prefix);
    const { token } = await issueClinicToken(tokens, "a", new Date());
    const other = await issueClinicToken(tokens, "b", new Date());
    await gateway.redis.hSet(`${prefix}:clinic:tokens:a`, {
      junk: "not json",
      partial: '{"id":"partial"}',
      moved: JSON.stringify(other.record),
    });
    expect((await tokens.list("a")).map((t) => t.clinicId)).toEqual(["a"]);
    expect(await verifyClinicToken(tokens, token)).toBe("a");
  });
});
