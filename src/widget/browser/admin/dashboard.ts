// The settings page's dashboard (issue 21): for each metric a <figure> with a small inline SVG chart
// (role="img", an aria-label that says every total) and beside it a real <table> with the same
// numbers, the accessible version; "<5" drawn as a short hatched, outlined bar with the text "<5";
// and "Download CSV", fetched with the bearer token and saved from a Blob URL, so no credential is
// ever in a link. Built with createElement/createElementNS and text nodes only, never innerHTML. The
// geometry is src/widget/charts.ts (unit-tested in Node); the styles are dashboard.css.
//
// For the page (helper "page"):
//   renderDashboard(container, stats, csvHref, token?) draws a StatsJson it already fetched; with
//     `token` the CSV button fetches csvHref with `Authorization: Bearer <token>`; without one it is
//     a plain download link (only for a page whose CSV needs no header).
//   loadDashboard(container, { clinic, token, days?, base? }) fetches
//     GET /api/admin/clinics/<clinic>/stats?days=N itself and renders it (or the server's error).
import type { MetricJson, StatsJson } from "../../../stats/json.js";
import {
  CHART_COLORS,
  chartSummary,
  countText,
  dayColumns,
  horizontalBars,
  SUPPRESSED,
  shortDay,
} from "../../charts.js";

const SVG = "http://www.w3.org/2000/svg";

type Attrs = Record<string, string | number | boolean | undefined>;

/** An HTML element with attributes and text or element children (text always as text nodes). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) node.setAttribute(k, "");
    else if (v !== undefined && v !== false) node.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/** An SVG element with attributes (numbers rounded to 0.1 px) and children. */
function svg(tag: string, attrs: Attrs = {}, ...children: Array<Node | string | null>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, typeof v === "number" ? String(Math.round(v * 10) / 10) : String(v));
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/** Ids unique on the page: two dashboards (or a re-render) never share a hatch pattern or caption id. */
let uid = 0;

/** The hatch a "<5" bar is filled with, in the bar's colour: distinct from a solid bar without colour vision. */
function hatch(id: string, color: string): SVGElement {
  return svg(
    "pattern",
    { id, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
    svg("rect", { width: 6, height: 6, fill: CHART_COLORS.background }),
    svg("line", { x1: 1, y1: 0, x2: 1, y2: 6, stroke: color, "stroke-width": 2 }),
  );
}

/** A bar (solid) or a "<5" bar (hatched, outlined). */
function bar(x: number, y: number, width: number, height: number, color: string, hatchId: string, suppressed: boolean) {
  return suppressed
    ? svg("rect", { x, y, width, height, fill: `url(#${hatchId})`, stroke: color, "stroke-width": 1.5 })
    : svg("rect", { x, y, width, height, fill: color });
}

/** The chart's frame: an SVG image with its summary as its accessible name and a white background. */
function frame(width: number, height: number, label: string, defs: SVGElement[]): SVGElement {
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": label,
      class: "rp-dash-svg",
      focusable: "false",
    },
    svg("defs", {}, ...defs),
    svg("rect", { x: 0, y: 0, width, height, fill: CHART_COLORS.background }),
  );
}

const text = (x: number, y: number, content: string, attrs: Attrs = {}) =>
  svg("text", { x, y, fill: CHART_COLORS.text, "font-size": 12, ...attrs }, content);

/** Horizontal bars of a metric's totals (paths, letters, stops, questions). */
function totalsChart(metric: MetricJson, stats: StatsJson): SVGElement {
  const chart = horizontalBars(metric);
  const color = CHART_COLORS.series[0];
  const hatchId = `rp-dash-hatch-${++uid}`;
  const root = frame(chart.width, chart.height, chartSummary(metric, stats.from, stats.to), [hatch(hatchId, color)]);
  for (const t of chart.ticks) {
    const x = chart.plotX + t.at;
    root.append(
      svg("line", { x1: x, y1: 4, x2: x, y2: chart.axisY - 6, stroke: CHART_COLORS.grid, "stroke-width": 1 }),
      text(x, chart.axisY + 8, t.text, { fill: CHART_COLORS.muted, "font-size": 10, "text-anchor": "middle" }),
    );
  }
  for (const b of chart.bars) {
    root.append(text(chart.plotX, b.labelY + 11, b.label));
    if (b.length > 0) root.append(bar(chart.plotX, b.barY, b.length, chart.barHeight, color, hatchId, b.suppressed));
    root.append(
      text(chart.plotX + b.length + 6, b.barY + 11, b.text, {
        "font-weight": b.suppressed ? "normal" : "bold",
        ...(b.suppressed ? { "font-style": "italic" } : {}),
      }),
    );
  }
  return root;
}

/** Columns per day of conversations started, stacked by channel, with a legend. */
function startedChart(metric: MetricJson, stats: StatsJson): SVGElement {
  const chart = dayColumns(metric);
  const colorOf = (key: string) => CHART_COLORS.series[metric.keys.indexOf(key) % CHART_COLORS.series.length];
  const hatchIds = new Map(metric.keys.map((k) => [k, `rp-dash-hatch-${++uid}`]));
  const root = frame(
    chart.width,
    chart.height,
    chartSummary(metric, stats.from, stats.to),
    metric.keys.map((k) => hatch(hatchIds.get(k) ?? "", colorOf(k) ?? CHART_COLORS.text)),
  );
  const bottom = chart.plotY + chart.plotHeight;
  for (const t of chart.ticks) {
    const y = bottom - t.at;
    root.append(
      svg("line", {
        x1: chart.plotX,
        y1: y,
        x2: chart.plotX + chart.plotWidth,
        y2: y,
        stroke: CHART_COLORS.grid,
        "stroke-width": 1,
      }),
      text(chart.plotX - 4, y + 3, t.text, { fill: CHART_COLORS.muted, "font-size": 10, "text-anchor": "end" }),
    );
  }
  root.append(
    svg("line", {
      x1: chart.plotX,
      y1: bottom,
      x2: chart.plotX + chart.plotWidth,
      y2: bottom,
      stroke: CHART_COLORS.axis,
      "stroke-width": 1,
    }),
  );
  for (const column of chart.columns) {
    for (const s of column.segments) {
      const color = colorOf(s.key) ?? CHART_COLORS.text;
      root.append(bar(column.x, s.y, column.width, s.height, color, hatchIds.get(s.key) ?? "", s.suppressed));
    }
    // "<5" written above a column when there is room for it.
    const small = column.segments.some((s) => s.suppressed);
    const top = column.segments.at(-1)?.y;
    if (small && top !== undefined && column.width >= 14)
      root.append(text(column.x + column.width / 2, top - 3, SUPPRESSED, { "font-size": 9, "text-anchor": "middle" }));
    if (column.label)
      root.append(
        text(column.labelX, bottom + 14, column.label, {
          fill: CHART_COLORS.muted,
          "font-size": 10,
          "text-anchor": column.labelAnchor,
        }),
      );
  }
  return root;
}

/** The started chart's key: a swatch per channel and the "<5" hatch. */
function legend(metric: MetricJson): HTMLElement {
  const swatch = (color: string, suppressed: boolean) => {
    const id = `rp-dash-hatch-${++uid}`;
    const box = svg(
      "svg",
      { viewBox: "0 0 14 14", width: 14, height: 14, "aria-hidden": "true", focusable: "false" },
      svg("defs", {}, hatch(id, color)),
    );
    box.append(bar(1, 1, 12, 12, color, id, suppressed));
    return box;
  };
  const items = metric.keys.map((key) =>
    el(
      "li",
      {},
      swatch(CHART_COLORS.series[metric.keys.indexOf(key)] ?? CHART_COLORS.text, false),
      metric.labels[key] ?? key,
    ),
  );
  items.push(el("li", {}, swatch(CHART_COLORS.text, true), "Fewer than 5 (<5)"));
  return el("ul", { class: "rp-dash-legend", "aria-label": "Key" }, ...items);
}

/** A header cell. */
const th = (content: string, scope: "col" | "row") => el("th", { scope }, content);
const td = (content: string) => el("td", {}, content);

/** The started metric's table: a row per day, a column per channel, and the totals. */
function startedTable(metric: MetricJson, captionId: string): HTMLElement {
  const head = el("tr", {}, th("Day", "col"), ...metric.keys.map((k) => th(metric.labels[k] ?? k, "col")));
  // Newest first: the days a clinic looks at first.
  const rows = [...metric.byDay]
    .reverse()
    .map((d) => el("tr", {}, th(shortDay(d.day), "row"), ...metric.keys.map((k) => td(countText(d.counts[k] ?? 0)))));
  const total = el("tr", {}, th("Total", "row"), ...metric.keys.map((k) => td(countText(metric.totals[k] ?? 0))));
  const table = el(
    "table",
    { class: "rp-dash-table" },
    el("caption", { id: captionId }, `${metric.title} per day, by channel`),
    el("thead", {}, head),
    el("tbody", {}, ...rows),
    el("tfoot", {}, total),
  );
  // A long range scrolls inside its box, which the keyboard can reach.
  return el("div", { class: "rp-dash-scroll", tabindex: 0, role: "region", "aria-labelledby": captionId }, table);
}

/** A metric's totals table: a row per key. */
function totalsTable(metric: MetricJson, captionId: string): HTMLElement {
  const heading: Record<string, string> = { paths: "Path", letters: "Letter", stops: "Stopped", questions: "Question" };
  return el(
    "table",
    { class: "rp-dash-table" },
    el("caption", { id: captionId }, `${metric.title}, totals`),
    el("thead", {}, el("tr", {}, th(heading[metric.id] ?? "Key", "col"), th("Count", "col"))),
    el(
      "tbody",
      {},
      ...metric.keys.map((k) => el("tr", {}, th(metric.labels[k] ?? k, "row"), td(countText(metric.totals[k] ?? 0)))),
    ),
  );
}

/** One metric: its chart and, beside it, the table with the same numbers. */
function figure(metric: MetricJson, stats: StatsJson): HTMLElement {
  const captionId = `rp-dash-cap-${++uid}`;
  const started = metric.id === "started";
  const chart = el(
    "div",
    { class: "rp-dash-chart" },
    started ? startedChart(metric, stats) : totalsChart(metric, stats),
    started ? legend(metric) : null,
  );
  return el(
    "figure",
    { class: `rp-dash-metric rp-dash-${metric.id}` },
    el("figcaption", {}, el("h3", {}, metric.title)),
    el(
      "div",
      { class: "rp-dash-body" },
      chart,
      started ? startedTable(metric, captionId) : totalsTable(metric, captionId),
    ),
  );
}

/** Saves a Blob as a file through a temporary object URL (as the panel's calendar file). */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename, class: "rp-dash-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The server's error message from its JSON envelope, or a plain one. */
async function failureText(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const message = body?.error?.message;
  return typeof message === "string" ? message : `The server answered ${res.status}. Try again.`;
}

/** "Download CSV": a button that fetches with the token, or a plain link without one. */
function csvControl(stats: StatsJson, csvHref: string, token: string | undefined): HTMLElement {
  const filename = `${stats.clinic}-stats-${stats.from}-to-${stats.to}.csv`;
  if (!token) return el("a", { href: csvHref, download: filename, class: "rp-dash-csv" }, "Download CSV");
  const status = el("span", { class: "rp-dash-status", role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "rp-dash-csv" }, "Download CSV");
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Preparing the CSV…";
    try {
      const res = await fetch(csvHref, { cache: "no-store", headers: { Authorization: `Bearer ${token}` } });
      if (!res.ok) {
        status.textContent = await failureText(res);
        return;
      }
      save(await res.blob(), filename);
      status.textContent = `Saved ${filename}.`;
    } catch {
      status.textContent = "The CSV could not be downloaded: check the connection and try again.";
    } finally {
      button.disabled = false;
    }
  });
  return el("p", { class: "rp-dash-actions" }, button, " ", status);
}

/**
 * Draws the dashboard for `stats` into `container` (replacing what it held): a short explanation,
 * "Download CSV" (csvHref, fetched with `token` when given) and a figure per metric.
 */
export function renderDashboard(container: HTMLElement, stats: StatsJson, csvHref: string, token?: string): void {
  const range = stats.from === stats.to ? shortDay(stats.to) : `${shortDay(stats.from)} to ${shortDay(stats.to)}`;
  container.replaceChildren(
    el(
      "section",
      { class: "rp-dash", "aria-label": "Dashboard" },
      el(
        "p",
        { class: "rp-dash-intro" },
        `${range} (${stats.days} ${stats.days === 1 ? "day" : "days"}, UTC). Counts only: no patient's words, names, numbers or conversations. A count from 1 to 4 is shown as "<5".`,
      ),
      csvControl(stats, csvHref, token),
      ...stats.metrics.map((m) => figure(m, stats)),
    ),
  );
}

export interface LoadOptions {
  clinic: string;
  /** The operator's or the clinic's token. */
  token: string;
  /** 1–400 (the server checks); 30 when absent. */
  days?: number;
  /** The API's origin; the page's own when absent. */
  base?: string;
}

/**
 * Fetches the clinic's stats with the token and draws them; on failure writes the server's message
 * (it names what to fix) into the container instead. Resolves either way.
 */
export async function loadDashboard(container: HTMLElement, options: LoadOptions): Promise<void> {
  const path = `${options.base ?? ""}/api/admin/clinics/${encodeURIComponent(options.clinic)}`;
  const query = `?days=${options.days ?? 30}`;
  const show = (message: string) =>
    container.replaceChildren(el("p", { class: "rp-dash-error", role: "alert" }, message));
  container.setAttribute("aria-busy", "true");
  try {
    const res = await fetch(`${path}/stats${query}`, {
      cache: "no-store",
      headers: { Authorization: `Bearer ${options.token}` },
    });
    if (!res.ok) show(await failureText(res));
    else renderDashboard(container, (await res.json()) as StatsJson, `${path}/stats.csv${query}`, options.token);
  } catch {
    show("The dashboard could not be loaded: check the connection and try again.");
  } finally {
    container.removeAttribute("aria-busy");
  }
}
