// The ClinicDirectory contract, run against the memory directory and the Upstash one (a real
// Redis behind the Upstash-REST gateway).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClinicConflict, type ClinicDirectory, MemoryClinicDirectory } from "../../src/clinics/directory.js";
import { type Clinic, ClinicSchema } from "../../src/clinics/schema.js";
import { UpstashClinicDirectory } from "../../src/clinics/upstash-directory.js";
import { createUpstashRedis } from "../../src/sessions/upstash-store.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";

const clinic = (id: string, extra: Partial<Clinic> = {}): Clinic =>
  ClinicSchema.parse({ id, name: `Clinic ${id}`, allowedOrigins: [`https://${id}.example`], ...extra });

function contract(name: string, make: () => ClinicDirectory) {
  describe(name, () => {
    it("stores, reads, lists and deletes records", async () => {
      const dir = make();
      expect(await dir.get("a")).toBeNull();
      expect(await dir.put(clinic("b"))).toEqual({ created: true });
      expect(await dir.put(clinic("a"))).toEqual({ created: true });
      expect(await dir.put(clinic("a", { name: "Renamed" }))).toEqual({ created: false });
      expect((await dir.get("a"))?.name).toBe("Renamed");
      expect((await dir.list()).map((c) => c.id)).toEqual(["a", "b"]);
      expect(await dir.delete("a")).toBe(true);
      expect(await dir.delete("a")).toBe(false);
      expect(await dir.get("a")).toBeNull();
      expect((await dir.list()).map((c) => c.id)).toEqual(["b"]);
    });

    it("finds a clinic by its SMS number and follows renumbering and deletion", async () => {
      const dir = make();
      await dir.put(clinic("sms", { smsNumbers: ["+19375550100", "+19375550101"] }));
      expect((await dir.byPhone("+19375550101"))?.id).toBe("sms");
      await dir.put(clinic("sms", { smsNumbers: ["+19375550102"] }));
      expect(await dir.byPhone("+19375550101")).toBeNull();
      expect((await dir.byPhone("+19375550102"))?.id).toBe("sms");
      await dir.delete("sms");
      expect(await dir.byPhone("+19375550102")).toBeNull();
    });

    it("refuses to bind one number to two clinics", async () => {
      const dir = make();
      await dir.put(clinic("one", { smsNumbers: ["+19375550110"] }));
      await expect(dir.put(clinic("two", { smsNumbers: ["+19375550110"] }))).rejects.toBeInstanceOf(ClinicConflict);
      expect(await dir.get("two")).toBeNull();
    });

    it("hands out copies, so a caller cannot change the stored record by mutation", async () => {
      const dir = make();
      await dir.put(clinic("copy"));
      const got = await dir.get("copy");
      got!.name = "changed";
      expect((await dir.get("copy"))?.name).toBe("Clinic copy");
    });
  });
}

contract("MemoryClinicDirectory", () => new MemoryClinicDirectory());

describe("UpstashClinicDirectory", () => {
  let gateway: Gateway;
  const prefixes: string[] = [];
  beforeAll(async () => {
    gateway = await startGateway({ token: "clinic-gateway-token" });
  });
  afterAll(async () => {
    for (const p of prefixes) await gateway.clear(p);
    await gateway.stop();
  });
  /** A fresh REDIS_KEY_PREFIX-shaped name (≤ 20 characters), cleaned up after the suite. */
  const fresh = (name: string) => {
    const prefix = `${name}-${randomBytes(4).toString("hex")}`;
    prefixes.push(prefix);
    return prefix;
  };
  const redis = () => createUpstashRedis({ url: gateway.url, token: gateway.token });
  // Each directory gets its own legacy namespace too, so no other suite's `rp:clinic:*` is copied in.
  const make = () => new UpstashClinicDirectory(redis(), { prefix: fresh("t"), legacyPrefix: fresh("legacy") });
  contract("against a real Redis", make);

  it("stores plain JSON under {REDIS_KEY_PREFIX}:clinic", async () => {
    const prefix = fresh("staging");
    const dir = new UpstashClinicDirectory(redis(), { prefix, legacyPrefix: fresh("legacy") });
    await dir.put(clinic("json"));
    expect(JSON.parse((await gateway.redis.get(`${prefix}:clinic:id:json`)) ?? "{}")).toMatchObject({
      id: "json",
      name: "Clinic json",
    });
    await dir.delete("json");
    expect(await gateway.redis.exists(`${prefix}:clinic:id:json`)).toBe(0);
  });

  it("keeps two prefixes on one Redis apart: records, id lists and phone bindings", async () => {
    const legacyPrefix = fresh("legacy");
    const staging = new UpstashClinicDirectory(redis(), { prefix: fresh("staging"), legacyPrefix });
    const prod = new UpstashClinicDirectory(redis(), { prefix: fresh("prod"), legacyPrefix });
    await staging.put(clinic("shared", { name: "Staging clinic", smsNumbers: ["+19375550120"] }));
    expect(await prod.get("shared")).toBeNull();
    expect(await prod.list()).toEqual([]);
    expect(await prod.byPhone("+19375550120")).toBeNull();
    // The same id and number are free in the other prefix, and writing them there changes nothing here.
    await prod.put(clinic("shared", { name: "Prod clinic", smsNumbers: ["+19375550120"] }));
    expect((await staging.get("shared"))?.name).toBe("Staging clinic");
    expect((await prod.byPhone("+19375550120"))?.name).toBe("Prod clinic");
    await prod.delete("shared");
    expect((await staging.byPhone("+19375550120"))?.name).toBe("Staging clinic");
    expect((await staging.list()).map((c) => c.id)).toEqual(["shared"]);
  });

  it("copies legacy rp:clinic keys once, and never overwrites or brings back what the new prefix holds", async () => {
    const legacyPrefix = fresh("legacy");
    const old = new UpstashClinicDirectory(redis(), { prefix: legacyPrefix, legacyPrefix });
    await old.put(clinic("moved", { smsNumbers: ["+19375550130"] }));
    await old.put(clinic("kept", { name: "Legacy name" }));
    await old.put(clinic("bound", { smsNumbers: ["+19375550131"] }));
    const prefix = fresh("prod");
    // Written under the new prefix before the copy runs: the copy must leave both alone.
    await gateway.redis.set(`${prefix}:clinic:id:kept`, JSON.stringify(clinic("kept", { name: "New name" })));
    await gateway.redis.sAdd(`${prefix}:clinic:ids`, "kept");
    await gateway.redis.set(`${prefix}:clinic:phone:+19375550131`, "kept");

    const dir = new UpstashClinicDirectory(redis(), { prefix, legacyPrefix });
    expect((await dir.list()).map((c) => [c.id, c.name])).toEqual([
      ["kept", "New name"],
      ["moved", "Clinic moved"],
    ]);
    expect((await dir.byPhone("+19375550130"))?.id).toBe("moved");
    // "bound" would take a number another clinic holds here: not copied at all.
    expect(await dir.get("bound")).toBeNull();
    expect(await gateway.redis.exists(`${prefix}:clinic:migrated`)).toBe(1);
    // The legacy keys stay for other prefixes that still need them.
    expect((await old.get("moved"))?.id).toBe("moved");

    // Once done, never again: a deleted clinic stays deleted, in this isolate and in a new one.
    await dir.delete("moved");
    await old.put(clinic("later"));
    const restarted = new UpstashClinicDirectory(redis(), { prefix, legacyPrefix });
    expect((await restarted.list()).map((c) => c.id)).toEqual(["kept"]);
    expect(await restarted.byPhone("+19375550130")).toBeNull();
  });

  it("copies nothing when the prefix is the legacy one: those keys are already its own", async () => {
    const prefix = fresh("rp");
    const dir = new UpstashClinicDirectory(redis(), { prefix, legacyPrefix: prefix });
    await dir.put(clinic("own"));
    expect((await dir.list()).map((c) => c.id)).toEqual(["own"]);
    expect(await gateway.redis.exists(`${prefix}:clinic:migrated`)).toBe(0);
  });

  it("reads a record that no longer validates as absent", async () => {
    const prefix = fresh("t");
    const dir = new UpstashClinicDirectory(redis(), { prefix, legacyPrefix: fresh("legacy") });
    await gateway.redis.set(`${prefix}:clinic:id:broken`, '{"id":"broken"}');
    expect(await dir.get("broken")).toBeNull();
  });
});
