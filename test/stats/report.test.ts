// The dashboard's answer from raw counters: small counts suppressed everywhere, totals summed raw
// then suppressed, negative stops clamped, every day present; and the CSV parses back (RFC 4180)
// to exactly the JSON's numbers.
import { describe, expect, it } from "vitest";
import type { StatsJson } from "../../src/stats/json.js";
import { csvField, statsCsv, statsReport, suppress } from "../../src/stats/report.js";

const raw = {
  "2026-11-24": { "started:web": 2, "started:sms": 9, "stop:opened": -1, "stop:sent": 3, "path:portal": 5 },
  "2026-11-25": { "started:web": 2, "stop:opened": 1, "letter:follow_up": 1, "bogus:field": 99, "started:fax": 4 },
  "2026-11-26": { "started:web": 2, "stop:opened": 4, "stop:sent": 3 },
};
const report = statsReport("riverbend", "2026-11-23", "2026-11-26", raw);
const metric = (id: string) => report.metrics.find((m) => m.id === id)!;

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF after every record. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (ch === '"' || ch === "\n" || ch === "\r") throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (field !== "" || row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

describe("the stats report", () => {
  it("shows 0 and 5+ as numbers and 1–4 as '<5', clamping a negative to 0", () => {
    expect([-3, 0, 1, 4, 5, 120].map(suppress)).toEqual([0, 0, "<5", "<5", 5, 120]);
  });

  it("lists every day, zeros included, and sums totals from the raw counts before suppressing", () => {
    const started = metric("started");
    expect(started.byDay.map((d) => d.day)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]);
    expect(started.byDay[0]?.counts).toEqual({ web: 0, sms: 0, whatsapp: 0, api: 0 });
    // 2 + 2 + 2: each day is "<5", the total is 6.
    expect(started.byDay.slice(1).map((d) => d.counts.web)).toEqual(["<5", "<5", "<5"]);
    expect(started.totals).toEqual({ web: 6, sms: 9, whatsapp: 0, api: 0 });
    expect(metric("letters").totals.follow_up).toBe("<5");
    expect(metric("paths").totals.portal).toBe(5);
  });

  it("clamps a transient negative stop at 0 and sums it raw into the total", () => {
    const stops = metric("stops");
    expect(stops.byDay[1]?.counts.opened).toBe(0);
    // −1 + 1 + 4 = 4.
    expect(stops.totals.opened).toBe("<5");
    expect(stops.totals.sent).toBe(6);
  });

  it("never shows a field outside the metrics' keys", () => {
    // "started:fax" and "bogus:field" were stored; neither their keys nor their counts come out.
    const keys = report.metrics.flatMap((m) => [...m.keys, ...Object.keys(m.totals), ...Object.keys(m.labels)]);
    expect(keys).not.toContain("fax");
    expect(keys).not.toContain("field");
    expect(JSON.stringify(report)).not.toMatch(/bogus|"fax"|99/);
  });

  it("writes CSV that parses back to the JSON's numbers, '<5' included", () => {
    const csv = statsCsv(report);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["day", "metric", "key", "count"]);
    const body = rows.slice(1);
    const expected = report.metrics.reduce((n, m) => n + m.byDay.length * m.keys.length, 0);
    expect(body).toHaveLength(expected);
    const back: StatsJson["metrics"] = report.metrics.map((m) => ({
      ...m,
      byDay: m.byDay.map(({ day }) => ({
        day,
        counts: Object.fromEntries(
          body
            .filter((r) => r[0] === day && r[1] === m.id)
            .map(([, , key, count]) => [key!, count === "<5" ? "<5" : Number(count)]),
        ),
      })),
    }));
    expect(back).toEqual(report.metrics);
    expect(body).toContainEqual(["2026-11-24", "started", "web", "<5"]);
  });

  it("quotes a field with a comma, a quote or a line break, doubling its quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(5)).toBe("5");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(parseCsv(`${["x\r\ny", 'say "hi"', "a,b"].map(csvField).join(",")}\r\n`)).toEqual([
      ["x\r\ny", 'say "hi"', "a,b"],
    ]);
  });
});
