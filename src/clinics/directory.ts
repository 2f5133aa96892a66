// Where clinic records live: the ClinicDirectory contract and its in-memory implementation (the
// embedded default, seeded with the demo clinic). The Upstash one is in upstash-directory.ts.
import type { Clinic } from "./schema.js";

/** A phone number is already bound to another clinic; SMS could not tell the two apart. */
export class ClinicConflict extends Error {
  constructor(readonly field: string) {
    super(`${field}: a number is already bound to another clinic.`);
    this.name = "ClinicConflict";
  }
}

export interface ClinicDirectory {
  readonly kind: "memory" | "upstash";
  get(id: string): Promise<Clinic | null>;
  /** Creates or replaces the record; returns whether it was new. Throws ClinicConflict. */
  put(clinic: Clinic): Promise<{ created: boolean }>;
  /** Removes the record and its phone bindings; returns whether it existed. */
  delete(id: string): Promise<boolean>;
  /** Every clinic, sorted by id. */
  list(): Promise<Clinic[]>;
  /** The clinic bound to a Twilio number (the webhook's `To`, E.164), if any. */
  byPhone(to: string): Promise<Clinic | null>;
}

/** Clinics kept in the isolate: enough for `npm start`, tests and a single-clinic deployment. */
export class MemoryClinicDirectory implements ClinicDirectory {
  readonly kind = "memory";
  private readonly clinics = new Map<string, Clinic>();

  constructor(seed: Clinic[] = []) {
    for (const c of seed) this.clinics.set(c.id, structuredClone(c));
  }

  async get(id: string): Promise<Clinic | null> {
    const c = this.clinics.get(id);
    return c ? structuredClone(c) : null;
  }

  async put(clinic: Clinic): Promise<{ created: boolean }> {
    for (const other of this.clinics.values()) {
      if (other.id !== clinic.id && other.smsNumbers?.some((n) => clinic.smsNumbers?.includes(n)))
        throw new ClinicConflict("smsNumbers");
    }
    const created = !this.clinics.has(clinic.id);
    this.clinics.set(clinic.id, structuredClone(clinic));
    return { created };
  }

  async delete(id: string): Promise<boolean> {
    return this.clinics.delete(id);
  }

  async list(): Promise<Clinic[]> {
    return [...this.clinics.values()].sort((a, b) => a.id.localeCompare(b.id)).map((c) => structuredClone(c));
  }

  async byPhone(to: string): Promise<Clinic | null> {
    for (const c of this.clinics.values()) if (c.smsNumbers?.includes(to)) return structuredClone(c);
    return null;
  }
}
