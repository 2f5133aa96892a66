// The dashboard's counters (issue 21): per clinic, per UTC day, how many conversations started on
// each channel, which paths were recommended, which letters drafted and where conversations stopped.
// Counters only: no session id, no text, no time finer than a day. Memory here; Upstash (hashes under
// REDIS_KEY_PREFIX, kept STATS_RETENTION_DAYS) in upstash-counters.ts.

/** How long a day's counters are kept. */
export const STATS_RETENTION_DAYS = 400;

/** The scope of the conversations that had no clinic (the generic assistant). */
export const NO_CLINIC = "_";

/** One day's counters: field name (e.g. "started:web", "path:portal") to count. */
export type DayCounts = Record<string, number>;

export interface StatsStore {
  readonly kind: "memory" | "upstash";
  /** Adds each delta (negative ones too: a conversation's stop moving on) to the scope's counters of `day` (YYYY-MM-DD). */
  add(scope: string, day: string, deltas: DayCounts): Promise<void>;
  /** The counters of every day from `from` to `to` (inclusive, YYYY-MM-DD) that has any; others are absent. */
  read(scope: string, from: string, to: string): Promise<Record<string, DayCounts>>;
}

/** The day `days` before `day` (both YYYY-MM-DD, UTC). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive (YYYY-MM-DD, UTC). */
export function dayRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = daysBefore(day, -1)) days.push(day);
  return days;
}

/** Counters kept in the isolate: the embedded default. Days older than the retention are dropped as Redis would expire them. */
export class MemoryStats implements StatsStore {
  readonly kind = "memory";
  private readonly days = new Map<string, DayCounts>();

  constructor(private readonly today: () => string = () => new Date().toISOString().slice(0, 10)) {}

  async add(scope: string, day: string, deltas: DayCounts): Promise<void> {
    if (day < daysBefore(this.today(), STATS_RETENTION_DAYS)) return;
    const counts = this.days.get(`${scope}|${day}`) ?? {};
    for (const [field, delta] of Object.entries(deltas)) counts[field] = (counts[field] ?? 0) + delta;
    this.days.set(`${scope}|${day}`, counts);
  }

  async read(scope: string, from: string, to: string): Promise<Record<string, DayCounts>> {
    const oldest = daysBefore(this.today(), STATS_RETENTION_DAYS);
    const out: Record<string, DayCounts> = {};
    for (const [key, counts] of this.days) {
      const [s, day = ""] = key.split("|");
      if (s === scope && day >= from && day <= to && day >= oldest) out[day] = { ...counts };
    }
    return out;
  }
}
