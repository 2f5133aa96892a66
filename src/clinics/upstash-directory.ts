// Clinic records in Upstash Redis, through the same client as the session store. Clinic records
// are public configuration, not health information, so they are stored as plain JSON.
import type { Redis } from "@upstash/redis";
import { ClinicConflict, type ClinicDirectory } from "./directory.js";
import { type Clinic, ClinicSchema } from "./schema.js";

/** Key layout: one JSON record per clinic, a set of ids, and one key per bound SMS number. */
export function clinicKeys(prefix = "rp:clinic") {
  return {
    record: (id: string) => `${prefix}:id:${id}`,
    ids: `${prefix}:ids`,
    phone: (e164: string) => `${prefix}:phone:${e164}`,
  };
}

export class UpstashClinicDirectory implements ClinicDirectory {
  readonly kind = "upstash";
  private readonly keys: ReturnType<typeof clinicKeys>;

  /** `prefix` lets tests share one Redis without touching each other's keys. */
  constructor(
    private readonly redis: Redis,
    prefix?: string,
  ) {
    this.keys = clinicKeys(prefix);
  }

  async get(id: string): Promise<Clinic | null> {
    return this.parse(await this.redis.get<string>(this.keys.record(id)));
  }

  async put(clinic: Clinic): Promise<{ created: boolean }> {
    const numbers = clinic.smsNumbers ?? [];
    if (numbers.length > 0) {
      const owners = await this.redis.mget<(string | null)[]>(...numbers.map((n) => this.keys.phone(n)));
      if (owners.some((owner) => owner !== null && owner !== clinic.id)) throw new ClinicConflict("smsNumbers");
    }
    const previous = await this.get(clinic.id);
    const tx = this.redis.multi();
    for (const n of previous?.smsNumbers ?? []) if (!numbers.includes(n)) tx.del(this.keys.phone(n));
    for (const n of numbers) tx.set(this.keys.phone(n), clinic.id);
    tx.set(this.keys.record(clinic.id), JSON.stringify(clinic));
    tx.sadd(this.keys.ids, clinic.id);
    await tx.exec();
    return { created: previous === null };
  }

  async delete(id: string): Promise<boolean> {
    const previous = await this.get(id);
    if (!previous) return false;
    const tx = this.redis.multi();
    for (const n of previous.smsNumbers ?? []) tx.del(this.keys.phone(n));
    tx.del(this.keys.record(id));
    tx.srem(this.keys.ids, id);
    await tx.exec();
    return true;
  }

  async list(): Promise<Clinic[]> {
    const ids = (await this.redis.smembers<string[]>(this.keys.ids)).sort();
    if (ids.length === 0) return [];
    const raw = await this.redis.mget<(string | null)[]>(...ids.map((id) => this.keys.record(id)));
    return raw.map((r) => this.parse(r)).filter((c): c is Clinic => c !== null);
  }

  async byPhone(to: string): Promise<Clinic | null> {
    const id = await this.redis.get<string>(this.keys.phone(to));
    return id ? this.get(id) : null;
  }

  /** A record that no longer validates (schema tightened since it was written) reads as absent. */
  private parse(raw: string | null): Clinic | null {
    if (raw === null) return null;
    try {
      const parsed = ClinicSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
