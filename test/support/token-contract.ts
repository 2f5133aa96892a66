// The ClinicTokenStore contract, run against every implementation (memory, and Upstash over a real
// Redis): what is stored is a hash, a clinic sees only its own tokens, revoking is by id.
import { describe, expect, it } from "vitest";
import {
  type ClinicToken,
  type ClinicTokenStore,
  issueClinicToken,
  tokenHash,
  verifyClinicToken,
} from "../../src/clinics/tokens.js";

const clinic = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute));

export function tokenStoreContract(name: string, make: () => ClinicTokenStore) {
  describe(`${name} clinic token contract`, () => {
    it("opens the clinic with an issued token and keeps only its hash", async () => {
      const store = make();
      const id = clinic("a");
      const { token, record } = await issueClinicToken(store, id, at(0), "front desk");
      expect(token).toMatch(new RegExp(`^rpc\\.${id}\\.[A-Za-z0-9_-]{43}$`));
      expect(await verifyClinicToken(store, token)).toBe(id);
      const [stored] = await store.list(id);
      expect(stored).toEqual({
        id: record.id,
        clinicId: id,
        hash: await tokenHash(token),
        label: "front desk",
        createdAt: at(0).toISOString(),
      });
      expect(JSON.stringify(await store.list(id))).not.toContain(token.split(".")[2]);
    });

    it("lists a clinic's tokens oldest first, and a label only when one was given", async () => {
      const store = make();
      const id = clinic("b");
      const first = await issueClinicToken(store, id, at(1));
      const second = await issueClinicToken(store, id, at(2), "web agency");
      const third = await issueClinicToken(store, id, at(3));
      const listed = await store.list(id);
      expect(listed.map((t) => t.id)).toEqual([first.record.id, second.record.id, third.record.id]);
      expect(listed.map((t) => t.label)).toEqual([undefined, "web agency", undefined]);
      expect("label" in listed[0]!).toBe(false);
    });

    it("refuses a token that is mistyped, for another clinic, or of the wrong shape", async () => {
      const store = make();
      const a = clinic("c");
      const b = clinic("d");
      const { token } = await issueClinicToken(store, a, at(4));
      const secret = token.split(".")[2]!;
      const flipped = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
      expect(await verifyClinicToken(store, `rpc.${a}.${flipped}`)).toBeNull();
      // The same secret presented for another clinic opens nothing: the hash covers the clinic id.
      expect(await verifyClinicToken(store, `rpc.${b}.${secret}`)).toBeNull();
      for (const bad of ["", "rpc.", `rpc.${a}`, `rpc.${a}.short`, `rpc.Bad_Id.${secret}`, `${token}x`])
        expect(await verifyClinicToken(store, bad), bad).toBeNull();
    });

    it("revokes one token by id, leaving the others working", async () => {
      const store = make();
      const id = clinic("e");
      const keep = await issueClinicToken(store, id, at(5));
      const drop = await issueClinicToken(store, id, at(6));
      expect(await store.revoke(id, drop.record.id)).toBe(true);
      expect(await store.revoke(id, drop.record.id)).toBe(false);
      expect(await store.revoke(id, "nosuchtoken")).toBe(false);
      expect(await verifyClinicToken(store, drop.token)).toBeNull();
      expect(await verifyClinicToken(store, keep.token)).toBe(id);
      expect((await store.list(id)).map((t) => t.id)).toEqual([keep.record.id]);
    });

    it("cannot revoke another clinic's token by naming its id under a different clinic", async () => {
      const store = make();
      const a = clinic("f");
      const b = clinic("g");
      const { token, record } = await issueClinicToken(store, a, at(7));
      expect(await store.revoke(b, record.id)).toBe(false);
      expect(await verifyClinicToken(store, token)).toBe(a);
    });

    it("revokes every token of a clinic at once, and no other clinic's", async () => {
      const store = make();
      const a = clinic("h");
      const b = clinic("i");
      const one = await issueClinicToken(store, a, at(8));
      const two = await issueClinicToken(store, a, at(9));
      const other = await issueClinicToken(store, b, at(10));
      await store.revokeAll(a);
      expect(await store.list(a)).toEqual([]);
      expect(await verifyClinicToken(store, one.token)).toBeNull();
      expect(await verifyClinicToken(store, two.token)).toBeNull();
      expect(await verifyClinicToken(store, other.token)).toBe(b);
      await store.revokeAll(a);
    });

    it("hands out copies, so a caller cannot change a stored token by mutation", async () => {
      const store = make();
      const id = clinic("j");
      const { token } = await issueClinicToken(store, id, at(11));
      const [listed] = await store.list(id);
      (listed as ClinicToken).hash = "0".repeat(64);
      expect(await verifyClinicToken(store, token)).toBe(id);
    });
  });
}
