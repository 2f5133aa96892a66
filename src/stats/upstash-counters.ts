// The dashboard's counters in Upstash Redis: one hash per scope per day,
// `{REDIS_KEY_PREFIX}:stats:<scope>:<YYYY-MM-DD>`, field → count. A turn's deltas are one MULTI
// (HINCRBY per field, then EXPIREAT); a range is read with one pipeline of HGETALL. Counters carry
// no patient data, so they are stored as they are, not sealed like sessions.
import type { Redis } from "@upstash/redis";
import { AppError } from "../errors.js";
import { type DayCounts, dayRange, daysBefore, STATS_RETENTION_DAYS, type StatsStore } from "./counters.js";

/** The hash of one scope's day. */
export const statsKey = (prefix: string, scope: string, day: string) => `${prefix}:stats:${scope}:${day}`;

/**
 * When a day's hash expires: the start of the day after its last day of retention (the day plus
 * STATS_RETENTION_DAYS + 1 days), in Unix seconds. Set on every write, so a conversation that goes on
 * for days cannot keep its start day's counters past the retention (EXPIRE from "now" would).
 */
export function statsExpiry(day: string): number {
  return Date.parse(`${daysBefore(day, -(STATS_RETENTION_DAYS + 1))}T00:00:00Z`) / 1000;
}

const unavailable = () =>
  new AppError("unavailable", "The dashboard's counters cannot be read right now. Try again in a minute.", {
    "Retry-After": "30",
  });

/**
 * One HGETALL reply as counts. Without automatic deserialization (createUpstashRedis) the client hands
 * back Redis's flat [field, value, field, value…] list; an object is read too, in case it does not.
 */
function dayCounts(reply: unknown): DayCounts {
  const pairs: Array<[unknown, unknown]> = [];
  if (Array.isArray(reply)) for (let i = 0; i + 1 < reply.length; i += 2) pairs.push([reply[i], reply[i + 1]]);
  else if (typeof reply === "object" && reply !== null) pairs.push(...Object.entries(reply));
  const counts: DayCounts = {};
  for (const [field, value] of pairs) {
    const n = Number(value);
    if (typeof field === "string" && Number.isInteger(n)) counts[field] = n;
  }
  return counts;
}

export interface UpstashStatsOptions {
  /** REDIS_KEY_PREFIX. */
  prefix: string;
  /** Today (YYYY-MM-DD, UTC); the app's clock in tests. */
  today?: () => string;
}

export class UpstashStats implements StatsStore {
  readonly kind = "upstash";
  private readonly today: () => string;

  constructor(
    private readonly redis: Redis,
    private readonly options: UpstashStatsOptions,
  ) {
    this.today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  }

  async add(scope: string, day: string, deltas: DayCounts): Promise<void> {
    // A day already past its retention would be written only to expire at once.
    if (day < daysBefore(this.today(), STATS_RETENTION_DAYS)) return;
    const fields = Object.entries(deltas).filter(([, n]) => Number.isInteger(n) && n !== 0);
    if (fields.length === 0) return;
    const key = statsKey(this.options.prefix, scope, day);
    const tx = this.redis.multi();
    for (const [field, n] of fields) tx.hincrby(key, field, n);
    tx.expireat(key, statsExpiry(day));
    await tx.exec();
  }

  async read(scope: string, from: string, to: string): Promise<Record<string, DayCounts>> {
    const oldest = daysBefore(this.today(), STATS_RETENTION_DAYS);
    const days = dayRange(from < oldest ? oldest : from, to);
    if (days.length === 0) return {};
    const pipe = this.redis.pipeline();
    for (const day of days) pipe.hgetall(statsKey(this.options.prefix, scope, day));
    let replies: unknown[];
    try {
      replies = await pipe.exec();
    } catch {
      throw unavailable();
    }
    const out: Record<string, DayCounts> = {};
    days.forEach((day, i) => {
      const counts = dayCounts(replies[i]);
      if (Object.keys(counts).length > 0) out[day] = counts;
    });
    return out;
  }
}
