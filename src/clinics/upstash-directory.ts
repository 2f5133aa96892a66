// Clinic records in Upstash Redis, through the same client as the session store. Clinic records
// are public configuration, not health information, so they are stored as plain JSON.
import type { Redis } from "@upstash/redis";
import { ClinicConflict, type ClinicDirectory } from "./directory.js";
import { type Clinic, ClinicSchema } from "./schema.js";

/** Where clinic records lived before they honoured REDIS_KEY_PREFIX: `rp:clinic:*`, whatever the prefix. */
export const LEGACY_CLINIC_PREFIX = "rp";

/**
 * Key layout under REDIS_KEY_PREFIX, like every other key: one JSON record per clinic, a set of
 * ids, one key per bound SMS number, and the marker saying the legacy keys were copied.
 */
export function clinicKeys(prefix: string) {
  const base = `${prefix}:clinic`;
  return {
    record: (id: string) => `${base}:id:${id}`,
    ids: `${base}:ids`,
    phone: (e164: string) => `${base}:phone:${e164}`,
    migrated: `${base}:migrated`,
  };
}

export interface UpstashClinicDirectoryOptions {
  /** REDIS_KEY_PREFIX: two deployments with different prefixes on one Redis see nothing of each other. */
  prefix?: string;
  /** Where legacy `{legacy}:clinic:*` records are copied from; tests point it at a namespace of their own. */
  legacyPrefix?: string;
}

/**
 * Copies one legacy clinic atomically, never overwriting: nothing happens when its id already has
 * a record under the new prefix or one of its numbers is bound to another clinic there.
 * KEYS: target record, target id set, target phone keys…; ARGV: id, record JSON.
 */
const COPY_CLINIC = `
if redis.call("EXISTS", KEYS[1]) == 1 then return 0 end
for i = 3, #KEYS do
  local owner = redis.call("GET", KEYS[i])
  if owner and owner ~= ARGV[1] then return -1 end
end
for i = 3, #KEYS do redis.call("SET", KEYS[i], ARGV[1]) end
redis.call("SET", KEYS[1], ARGV[2])
redis.call("SADD", KEYS[2], ARGV[1])
return 1
`;

export class UpstashClinicDirectory implements ClinicDirectory {
  readonly kind = "upstash";
  private readonly keys: ReturnType<typeof clinicKeys>;
  private readonly legacy: ReturnType<typeof clinicKeys> | null;
  /** The migration's run in this isolate; reset on failure so the next call tries again. */
  private migration: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    options: UpstashClinicDirectoryOptions = {},
  ) {
    const prefix = options.prefix ?? LEGACY_CLINIC_PREFIX;
    const legacyPrefix = options.legacyPrefix ?? LEGACY_CLINIC_PREFIX;
    this.keys = clinicKeys(prefix);
    // With the legacy prefix the legacy keys are this directory's own: nothing to copy.
    this.legacy = prefix === legacyPrefix ? null : clinicKeys(legacyPrefix);
  }

  async get(id: string): Promise<Clinic | null> {
    await this.migrated();
    return this.read(id);
  }

  async put(clinic: Clinic): Promise<{ created: boolean }> {
    await this.migrated();
    const numbers = clinic.smsNumbers ?? [];
    if (numbers.length > 0) {
      const owners = await this.redis.mget<(string | null)[]>(...numbers.map((n) => this.keys.phone(n)));
      if (owners.some((owner) => owner !== null && owner !== clinic.id)) throw new ClinicConflict("smsNumbers");
    }
    const previous = await this.read(clinic.id);
    const tx = this.redis.multi();
    for (const n of previous?.smsNumbers ?? []) if (!numbers.includes(n)) tx.del(this.keys.phone(n));
    for (const n of numbers) tx.set(this.keys.phone(n), clinic.id);
    tx.set(this.keys.record(clinic.id), JSON.stringify(clinic));
    tx.sadd(this.keys.ids, clinic.id);
    await tx.exec();
    return { created: previous === null };
  }

  async delete(id: string): Promise<boolean> {
    await this.migrated();
    const previous = await this.read(id);
    if (!previous) return false;
    const tx = this.redis.multi();
    for (const n of previous.smsNumbers ?? []) tx.del(this.keys.phone(n));
    tx.del(this.keys.record(id));
    tx.srem(this.keys.ids, id);
    await tx.exec();
    return true;
  }

  async list(): Promise<Clinic[]> {
    await this.migrated();
    const ids = (await this.redis.smembers<string[]>(this.keys.ids)).sort();
    if (ids.length === 0) return [];
    const raw = await this.redis.mget<(string | null)[]>(...ids.map((id) => this.keys.record(id)));
    return raw.map((r) => this.parse(r)).filter((c): c is Clinic => c !== null);
  }

  async byPhone(to: string): Promise<Clinic | null> {
    await this.migrated();
    const id = await this.redis.get<string>(this.keys.phone(to));
    return id ? this.read(id) : null;
  }

  private async read(id: string): Promise<Clinic | null> {
    return this.parse(await this.redis.get<string>(this.keys.record(id)));
  }

  /** Runs the legacy copy at most once per isolate (and, through its marker, once per prefix). */
  private migrated(): Promise<void> {
    if (!this.legacy) return Promise.resolve();
    this.migration ??= this.migrate(this.legacy).catch((error: unknown) => {
      this.migration = null;
      throw error;
    });
    return this.migration;
  }

  /**
   * Copies the records, id set and phone bindings kept under `rp:clinic:*` before clinic keys
   * honoured REDIS_KEY_PREFIX. Copies rather than moves: staging and production may both have
   * read those same keys, and each should keep its clinics. The marker is set only after every
   * clinic was tried, so an interrupted copy resumes; each copy is skipped when its target exists,
   * so a clinic changed or deleted under the new prefix is never overwritten or brought back.
   */
  private async migrate(legacy: ReturnType<typeof clinicKeys>): Promise<void> {
    if ((await this.redis.exists(this.keys.migrated)) === 1) return;
    const ids = await this.redis.smembers<string[]>(legacy.ids);
    const records = ids.length ? await this.redis.mget<(string | null)[]>(...ids.map((id) => legacy.record(id))) : [];
    for (const [i, id] of ids.entries()) {
      const json = records[i];
      if (typeof json !== "string") continue;
      const numbers = smsNumbersOf(json);
      await this.redis.eval(
        COPY_CLINIC,
        [this.keys.record(id), this.keys.ids, ...numbers.map((n) => this.keys.phone(n))],
        [id, json],
      );
    }
    await this.redis.set(this.keys.migrated, new Date().toISOString());
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

/** The SMS numbers a stored record claims, read loosely: a legacy record may predate today's schema. */
function smsNumbersOf(json: string): string[] {
  try {
    const numbers = (JSON.parse(json) as { smsNumbers?: unknown } | null)?.smsNumbers;
    return Array.isArray(numbers) ? numbers.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}
