// The dashboard's chart geometry (issue 21), pure: scales, ticks, bar lengths and positions, and the
// words that summarise a chart. The browser module (browser/admin/dashboard.ts) only turns these into
// SVG elements, so every number drawn is unit-tested in Node. A "<5" is drawn as a short hatched,
// outlined bar (SUPPRESSED_DRAWN_AT) with the text "<5": it is never drawn as if its value were known.
import type { Count, MetricJson } from "../stats/json.js";

/** How a suppressed count (1–4) is written everywhere. */
export const SUPPRESSED = "<5";
/** The length a "<5" bar is drawn at: the middle of 1–4, and visibly distinct (hatched, outlined). */
export const SUPPRESSED_DRAWN_AT = 2.5;
/** The largest value a "<5" may hide: scales reach at least this far so the short bar always fits. */
const SUPPRESSED_MAX = 4;

/**
 * The charts' colours on their white background (the chart draws it, so dark pages keep the same
 * contrast): text ≥ 4.5:1, bars, axes and series ≥ 3:1 (WCAG 1.4.3 and 1.4.11; test/widget/charts.test.ts).
 */
export const CHART_COLORS = {
  background: "#ffffff",
  text: "#1f2933",
  muted: "#4b5560",
  axis: "#5b6670",
  grid: "#c4ccd4",
  /** One per series (the started chart's channels); the single-series charts use the first. */
  series: ["#1d5fa8", "#a8471c", "#2f7a3a", "#6b3fa0"],
} as const;

export interface Tick {
  value: number;
  /** Distance from the plot's start, in px. */
  at: number;
  text: string;
}

/** A count's value for drawing, and whether it is a "<5". */
function drawn(count: Count): { value: number; suppressed: boolean } {
  return count === SUPPRESSED ? { value: SUPPRESSED_DRAWN_AT, suppressed: true } : { value: count, suppressed: false };
}

/** A count as text: "<5" or the number with thousands separators. */
export function countText(count: Count): string {
  return count === SUPPRESSED ? SUPPRESSED : count.toLocaleString("en-US");
}

/** The smallest 1, 2 or 5 × 10^k at or above `max` (at least 5, so a "<5" fits under it). */
export function niceMax(max: number): number {
  const target = Math.max(max, SUPPRESSED_MAX + 1);
  const power = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 2, 5, 10]) if (step * power >= target) return step * power;
  return 10 * power;
}

/** Ticks from 0 to the scale's max, `count` steps, placed on a plot `length` px long. */
export function ticks(scaleMax: number, length: number, count = 5): Tick[] {
  return Array.from({ length: count + 1 }, (_, i) => {
    const value = (scaleMax / count) * i;
    return {
      value,
      at: (value / scaleMax) * length,
      text: value.toLocaleString("en-US", { maximumFractionDigits: 1 }),
    };
  });
}

/** "2026-11-26" as "Nov 26" (UTC, as the days are). */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

export interface HBar {
  key: string;
  label: string;
  count: Count;
  /** What is written after the bar: the count, or "<5". */
  text: string;
  suppressed: boolean;
  /** Top of the row (its label), and of the bar below it, in px. */
  labelY: number;
  barY: number;
  /** The bar's length in px (0 for a zero). */
  length: number;
}

export interface HBarChart {
  width: number;
  height: number;
  /** Where bars start and how long the longest may be. */
  plotX: number;
  plotLength: number;
  barHeight: number;
  bars: HBar[];
  ticks: Tick[];
  /** Where the tick labels' baseline is. */
  axisY: number;
}

const ROW = 38;
const BAR = 14;
const LABEL_GAP = 16;
/** Room after the longest bar for its count. */
const VALUE_ROOM = 56;

/** A horizontal bar per key of the metric's totals, its label above it, sharing one scale. */
export function horizontalBars(metric: MetricJson, width = 520): HBarChart {
  const plotX = 4;
  const plotLength = width - plotX - VALUE_ROOM;
  const values = metric.keys.map((key) => drawn(metric.totals[key] ?? 0));
  const scaleMax = niceMax(Math.max(0, ...values.map((v) => (v.suppressed ? SUPPRESSED_MAX : v.value))));
  const bars = metric.keys.map((key, i): HBar => {
    const count = metric.totals[key] ?? 0;
    const { value, suppressed } = values[i] ?? { value: 0, suppressed: false };
    const labelY = 4 + i * ROW;
    return {
      key,
      label: metric.labels[key] ?? key,
      count,
      text: countText(count),
      suppressed,
      labelY,
      barY: labelY + LABEL_GAP,
      length: (value / scaleMax) * plotLength,
    };
  });
  const axisY = 4 + metric.keys.length * ROW + 6;
  return {
    width,
    height: axisY + 14,
    plotX,
    plotLength,
    barHeight: BAR,
    bars,
    ticks: ticks(scaleMax, plotLength),
    axisY,
  };
}

export interface Segment {
  key: string;
  count: Count;
  suppressed: boolean;
  /** Top and height in px (SVG's y grows downwards). */
  y: number;
  height: number;
}

export interface Column {
  day: string;
  x: number;
  width: number;
  segments: Segment[];
  /** The day under the column, for every few columns only (undefined between). */
  label?: string;
  /** Where the label is anchored: under the column's middle, or ending at its right edge for the newest day, so it is not cut off. */
  labelX: number;
  labelAnchor: "middle" | "end";
}

export interface ColumnChart {
  width: number;
  height: number;
  plotX: number;
  plotY: number;
  plotWidth: number;
  plotHeight: number;
  columns: Column[];
  /** Value ticks, `at` measured up from the plot's bottom. */
  ticks: Tick[];
}

/** At most this many day labels under the columns. */
const DAY_LABELS = 6;

/**
 * A column per day, stacked by key (the started metric's channels), on one scale. A "<5" segment
 * is drawn short (SUPPRESSED_DRAWN_AT), while the scale reaches at least what it could hide.
 */
export function dayColumns(metric: MetricJson, width = 520, height = 180): ColumnChart {
  const plotX = 36;
  const plotY = 8;
  const plotWidth = width - plotX - 8;
  const plotHeight = height - plotY - 24;
  const days = metric.byDay;
  const dayMax = Math.max(
    0,
    ...days.map((d) =>
      metric.keys.reduce((sum, key) => {
        const c = d.counts[key] ?? 0;
        return sum + (c === SUPPRESSED ? SUPPRESSED_MAX : c);
      }, 0),
    ),
  );
  const scaleMax = niceMax(dayMax);
  const slot = plotWidth / Math.max(1, days.length);
  const gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
  const every = Math.max(1, Math.ceil(days.length / DAY_LABELS));
  const columns = days.map(({ day, counts }, i): Column => {
    let top = plotY + plotHeight;
    const segments: Segment[] = [];
    for (const key of metric.keys) {
      const count = counts[key] ?? 0;
      const { value, suppressed } = drawn(count);
      if (value === 0) continue;
      const h = (value / scaleMax) * plotHeight;
      top -= h;
      segments.push({ key, count, suppressed, y: top, height: h });
    }
    // Labelled from the newest day backwards, so today always has its label.
    const label = (days.length - 1 - i) % every === 0 ? shortDay(day) : undefined;
    const x = plotX + i * slot + gap / 2;
    const last = i === days.length - 1;
    return {
      day,
      x,
      width: slot - gap,
      segments,
      ...(label ? { label } : {}),
      labelX: last ? x + slot - gap : x + (slot - gap) / 2,
      labelAnchor: last ? "end" : "middle",
    };
  });
  return { width, height, plotX, plotY, plotWidth, plotHeight, columns, ticks: ticks(scaleMax, plotHeight, 4) };
}

/** The words a screen reader hears for a chart (its aria-label): what it shows and every total. */
export function chartSummary(metric: MetricJson, from: string, to: string): string {
  const range = from === to ? shortDay(to) : `${shortDay(from)} to ${shortDay(to)}`;
  const totals = metric.keys.map((key) => `${metric.labels[key] ?? key}: ${countText(metric.totals[key] ?? 0)}`);
  const shape = metric.id === "started" ? "Columns per day, stacked by channel" : "Bars of the totals";
  return `${metric.title}, ${range}. ${shape}. ${totals.join("; ")}. The table beside it has the numbers.`;
}
