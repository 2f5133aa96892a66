// The dashboard's answer, built from the raw day counters: every day of the range (zeros too), the
// fixed keys of each metric, counts of 1–4 replaced by "<5" (a small number can point at a patient),
// totals summed from the raw counts and then suppressed the same way. JSON and CSV carry the same.
import { type DayCounts, dayRange } from "./counters.js";
import type { Count, MetricJson, StatsJson } from "./json.js";
import { METRICS } from "./metrics.js";

/** The smallest count shown as a number; 1 to SHOWN_FROM − 1 leave the server as "<5". */
export const SHOWN_FROM = 5;

/**
 * A raw counter as it may leave the server. A negative value (a stop moved on before its first count
 * landed) is 0; 1–4 is "<5".
 */
export function suppress(raw: number): Count {
  if (raw <= 0) return 0;
  return raw < SHOWN_FROM ? "<5" : raw;
}

/** The stats JSON for `clinic` over `from`..`to` from the store's raw counters (days without any are zeros). */
export function statsReport(clinic: string, from: string, to: string, raw: Record<string, DayCounts>): StatsJson {
  const days = dayRange(from, to);
  const metrics = METRICS.map((metric): MetricJson => {
    const value = (day: string, key: string) => raw[day]?.[`${metric.prefix}:${key}`] ?? 0;
    const totals: Record<string, Count> = {};
    for (const key of metric.keys) totals[key] = suppress(days.reduce((sum, day) => sum + value(day, key), 0));
    return {
      id: metric.id,
      title: metric.title,
      keys: [...metric.keys],
      labels: Object.fromEntries(metric.keys.map((k) => [k, metric.labels[k] ?? k])),
      totals,
      byDay: days.map((day) => ({
        day,
        counts: Object.fromEntries(metric.keys.map((key) => [key, suppress(value(day, key))])),
      })),
    };
  });
  return { clinic, from, to, days: days.length, metrics };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The same numbers as CSV: `day,metric,key,count`, one row per day × metric × key, CRLF line ends. */
export function statsCsv(stats: StatsJson): string {
  const rows: Array<Array<string | number>> = [["day", "metric", "key", "count"]];
  for (const metric of stats.metrics)
    for (const { day, counts } of metric.byDay)
      for (const key of metric.keys) rows.push([day, metric.id, key, counts[key] ?? 0]);
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
