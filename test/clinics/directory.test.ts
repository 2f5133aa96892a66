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
    for (const p of prefixes)
      for await (const keys of gateway.redis.scanIterator({ MATCH: `${p}:*` }))
        if (keys.length) await gateway.redis.del(keys);
    await gateway.stop();
  });
  const make = () => {
    const prefix = `rp-test-clinic-${randomBytes(5).toString("hex")}`;
    prefixes.push(prefix);
    return new UpstashClinicDirectory(createUpstashRedis({ url: gateway.url, token: gateway.token }), prefix);
  };
  contract("against a real Redis", make);

  it("stores plain JSON under the rp:clinic prefix by default", async () => {
    const dir = new UpstashClinicDirectory(createUpstashRedis({ url: gateway.url, token: gateway.token }));
    const id = `e2e-${randomBytes(4).toString("hex")}`;
    await dir.put(clinic(id));
    expect(JSON.parse((await gateway.redis.get(`rp:clinic:id:${id}`)) ?? "{}")).toMatchObject({
      id,
      name: `Clinic ${id}`,
    });
    await dir.delete(id);
    expect(await gateway.redis.exists(`rp:clinic:id:${id}`)).toBe(0);
  });

  it("reads a record that no longer validates as absent", async () => {
    const prefix = `rp-test-clinic-${randomBytes(5).toString("hex")}`;
    prefixes.push(prefix);
    const dir = new UpstashClinicDirectory(createUpstashRedis({ url: gateway.url, token: gateway.token }), prefix);
    await gateway.redis.set(`${prefix}:id:broken`, '{"id":"broken"}');
    expect(await dir.get("broken")).toBeNull();
  });
});
