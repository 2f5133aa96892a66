// Clinic tokens in Upstash Redis: one hash per clinic under `{REDIS_KEY_PREFIX}:clinic:tokens:<id>`,
// token id → JSON of the ClinicToken. Only SHA-256 hashes are stored, never a token.
import type { Redis } from "@upstash/redis";
import { z } from "zod";
import type { ClinicToken, ClinicTokenStore } from "./tokens.js";

/** The hash holding a clinic's tokens (beside `{prefix}:clinic:id:<id>`, its record). */
export const clinicTokensKey = (prefix: string, clinicId: string) => `${prefix}:clinic:tokens:${clinicId}`;

const Stored = z.object({
  id: z.string(),
  clinicId: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  label: z.string().optional(),
  createdAt: z.string(),
});

export class UpstashClinicTokens implements ClinicTokenStore {
  readonly kind = "upstash";

  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string },
  ) {}

  async add(token: ClinicToken): Promise<void> {
    await this.redis.hset(this.key(token.clinicId), { [token.id]: JSON.stringify(token) });
  }

  async list(clinicId: string): Promise<ClinicToken[]> {
    const all = (await this.redis.hgetall<Record<string, string>>(this.key(clinicId))) ?? {};
    return Object.values(all)
      .map((raw) => parse(raw, clinicId))
      .filter((t): t is ClinicToken => t !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async revoke(clinicId: string, tokenId: string): Promise<boolean> {
    return (await this.redis.hdel(this.key(clinicId), tokenId)) === 1;
  }

  async revokeAll(clinicId: string): Promise<void> {
    await this.redis.del(this.key(clinicId));
  }

  private key(clinicId: string): string {
    return clinicTokensKey(this.options.prefix, clinicId);
  }
}

/**
 * A stored token, or null when it is not one (written by hand, or for another clinic): such an
 * entry never opens anything, so it reads as absent rather than failing every check.
 */
function parse(raw: unknown, clinicId: string): ClinicToken | null {
  try {
    const parsed = Stored.safeParse(typeof raw === "string" ? JSON.parse(raw) : raw);
    if (!parsed.success || parsed.data.clinicId !== clinicId) return null;
    const { label, ...rest } = parsed.data;
    return { ...rest, ...(label !== undefined ? { label } : {}) };
  } catch {
    return null;
  }
}
