// The dashboard's chart geometry in Node: scales that fit the largest bar (and what a "<5" may
// hide), bars proportional to their counts, "<5" drawn short and marked, day labels that always
// include today, colours that pass WCAG AA on the chart's background, and the summary a screen reader hears.
import { describe, expect, it } from "vitest";
import { statsReport } from "../../src/stats/report.js";
import {
  CHART_COLORS,
  chartSummary,
  countText,
  dayColumns,
  horizontalBars,
  niceMax,
  SUPPRESSED_DRAWN_AT,
  shortDay,
  ticks,
} from "../../src/widget/charts.js";
import { AA_TEXT, contrastRatio, parseHex } from "../../src/widget/contrast.js";

const report = statsReport("riverbend", "2026-11-20", "2026-11-26", {
  "2026-11-24": { "started:web": 12, "started:sms": 3, "path:provider": 20, "path:portal": 2 },
  "2026-11-26": { "started:web": 6, "started:whatsapp": 5, "path:provider": 20, "path:insurer": 10 },
});
const metric = (id: string) => report.metrics.find((m) => m.id === id)!;

describe("scales and ticks", () => {
  it("rounds a maximum up to 1, 2 or 5 × 10^k, never below 5", () => {
    expect([0, 1, 4, 5, 6, 11, 20, 21, 40, 99, 101, 4000].map(niceMax)).toEqual([
      5, 5, 5, 5, 10, 20, 20, 50, 50, 100, 200, 5000,
    ]);
  });

  it("spaces ticks evenly from 0 to the maximum along the plot", () => {
    expect(ticks(50, 200)).toEqual([
      { value: 0, at: 0, text: "0" },
      { value: 10, at: 40, text: "10" },
      { value: 20, at: 80, text: "20" },
      { value: 30, at: 120, text: "30" },
      { value: 40, at: 160, text: "40" },
      { value: 50, at: 200, text: "50" },
    ]);
    expect(ticks(5, 100).map((t) => t.text)).toEqual(["0", "1", "2", "3", "4", "5"]);
  });
});

describe("horizontal bars of the totals", () => {
  it("draws each total in proportion on one scale, labels above, counts after", () => {
    const chart = horizontalBars(metric("paths"), 520);
    const by = Object.fromEntries(chart.bars.map((b) => [b.key, b]));
    // Totals: provider 40, insurer 10, portal "<5"; the scale runs to 50.
    expect(chart.ticks.at(-1)?.value).toBe(50);
    expect(by.provider?.length).toBeCloseTo((40 / 50) * chart.plotLength);
    expect(by.insurer?.length).toBeCloseTo((10 / 50) * chart.plotLength);
    expect(by.state?.length).toBe(0);
    expect(by.provider?.text).toBe("40");
    expect(by.provider?.label).toBe("Ask the records office in writing (HIPAA right of access)");
    expect(chart.bars.map((b) => b.barY - b.labelY)).toEqual(chart.bars.map(() => 16));
    // Rows do not overlap and the chart is tall enough for the last one and the axis.
    const last = chart.bars.at(-1)!;
    expect(chart.height).toBeGreaterThan(last.barY + chart.barHeight);
  });

  it("draws a '<5' short, marked, with the text '<5' and never a number", () => {
    const chart = horizontalBars(metric("paths"), 520);
    const portal = chart.bars.find((b) => b.key === "portal")!;
    expect(portal).toMatchObject({ suppressed: true, text: "<5", count: "<5" });
    expect(portal.length).toBeCloseTo((SUPPRESSED_DRAWN_AT / 50) * chart.plotLength);
    expect(portal.length).toBeGreaterThan(0);
    expect(chart.bars.filter((b) => b.suppressed).map((b) => b.key)).toEqual(["portal"]);
  });

  it("keeps a scale of 5 when every count is '<5' or 0, so the short bar fits", () => {
    const only = statsReport("x", "2026-11-26", "2026-11-26", { "2026-11-26": { "letter:follow_up": 2 } });
    const chart = horizontalBars(only.metrics.find((m) => m.id === "letters")!, 300);
    expect(chart.ticks.at(-1)?.value).toBe(5);
    expect(Math.max(...chart.bars.map((b) => b.length))).toBeLessThanOrEqual(chart.plotLength);
  });
});

describe("columns per day, stacked by channel", () => {
  it("has a column for every day, segments stacked bottom-up in key order, on one scale", () => {
    const chart = dayColumns(metric("started"), 520, 180);
    expect(chart.columns.map((c) => c.day)).toEqual([
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
    ]);
    // The tallest day: 12 + "<5" (counted as up to 4) = 16, so the scale is 20.
    expect(chart.ticks.at(-1)?.value).toBe(20);
    const bottom = chart.plotY + chart.plotHeight;
    const nov24 = chart.columns[4]!;
    expect(nov24.segments.map((s) => [s.key, s.suppressed])).toEqual([
      ["web", false],
      ["sms", true],
    ]);
    expect(nov24.segments[0]!.height).toBeCloseTo((12 / 20) * chart.plotHeight);
    expect(nov24.segments[0]!.y + nov24.segments[0]!.height).toBeCloseTo(bottom);
    expect(nov24.segments[1]!.height).toBeCloseTo((SUPPRESSED_DRAWN_AT / 20) * chart.plotHeight);
    expect(nov24.segments[1]!.y + nov24.segments[1]!.height).toBeCloseTo(nov24.segments[0]!.y);
    expect(chart.columns[0]!.segments).toEqual([]);
    // Columns sit inside the plot without overlapping.
    for (const [a, b] of chart.columns.slice(1).map((c, i) => [chart.columns[i]!, c] as const))
      expect(a.x + a.width).toBeLessThanOrEqual(b.x + 1e-9);
    expect(chart.columns.at(-1)!.x + chart.columns.at(-1)!.width).toBeLessThanOrEqual(chart.plotX + chart.plotWidth);
  });

  it("labels at most six days, always the newest", () => {
    const long = statsReport("x", "2026-08-29", "2026-11-26", {});
    const chart = dayColumns(long.metrics[0]!, 520);
    const labelled = chart.columns.filter((c) => c.label);
    expect(chart.columns).toHaveLength(90);
    expect(labelled.length).toBeLessThanOrEqual(6);
    expect(labelled.at(-1)).toMatchObject({ day: "2026-11-26", label: "Nov 26", labelAnchor: "end" });
    // The newest day's label ends at the plot's right edge instead of running past it.
    expect(labelled.at(-1)!.labelX).toBeLessThanOrEqual(chart.plotX + chart.plotWidth);
    expect(labelled[0]).toMatchObject({ labelAnchor: "middle" });
    expect(labelled[0]!.labelX).toBeCloseTo(labelled[0]!.x + labelled[0]!.width / 2);
    // 400 days still fit: each column gets a positive width.
    const year = dayColumns(statsReport("x", "2025-10-23", "2026-11-26", {}).metrics[0]!, 520);
    expect(year.columns).toHaveLength(400);
    expect(year.columns.every((c) => c.width > 0)).toBe(true);
  });
});

describe("words and colours", () => {
  it("summarises a chart with its title, range and every total, '<5' as written", () => {
    expect(chartSummary(metric("started"), report.from, report.to)).toBe(
      "Conversations started, Nov 20 to Nov 26. Columns per day, stacked by channel. Web: 18; SMS: <5; WhatsApp: 5; API: 0. The table beside it has the numbers.",
    );
    expect(shortDay("2026-01-05")).toBe("Jan 5");
    expect([countText("<5"), countText(0), countText(12345)]).toEqual(["<5", "0", "12,345"]);
  });

  it("uses colours that pass WCAG AA on the chart's background: text 4.5:1, bars and axes 3:1", () => {
    const bg = parseHex(CHART_COLORS.background)!;
    const ratio = (hex: string) => contrastRatio(parseHex(hex)!, bg);
    expect(ratio(CHART_COLORS.text)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(ratio(CHART_COLORS.muted)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(ratio(CHART_COLORS.axis)).toBeGreaterThanOrEqual(3);
    for (const c of CHART_COLORS.series) expect(ratio(c), c).toBeGreaterThanOrEqual(3);
    // The series are told apart by more than colour too (order, the table), but each differs from the next.
    for (let i = 1; i < CHART_COLORS.series.length; i++)
      expect(CHART_COLORS.series[i]).not.toBe(CHART_COLORS.series[i - 1]);
  });
});
