// The calendar file's RFC 5545 text rules, apart from the route: escaping, folding by octets, and
// the early event's date.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine } from "../../src/reminders/ics.js";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("calendar file", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds at 75 octets without splitting a character, and unfolds to the same line", () => {
    const line = `DESCRIPTION:${"vence el plazo de su solicitud de expediente médico ".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(folded.replaceAll("\r\n ", "")).toBe(line);
  });

  it("writes the Spanish events in Spanish, readable by ical.js", () => {
    const text = calendarFile({
      dueOn: "2027-01-15",
      extendedDueOn: "2027-02-14",
      link: "https://clinic.example/records",
      language: "es",
      now: new Date("2026-12-01T10:00:00Z"),
      uidSeed: "abc",
    });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString())).toEqual(["2027-01-08", "2027-01-15"]);
    expect(events[1]!.summary).toBe("Solicitud de expediente médico: vence hoy");
    // The extension's date is named when the rule allows one.
    expect(events[1]!.description).toContain("14 de febrero de 2027");
    expect(events[1]!.description).toContain("https://clinic.example/records");
  });

  it("has only the due-date event when the due date is tomorrow", () => {
    const text = calendarFile({
      dueOn: "2026-12-02",
      extendedDueOn: "2026-12-02",
      link: "https://recordpath.test/",
      language: "en",
      now: new Date("2026-12-01T10:00:00Z"),
      uidSeed: "abc",
    });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).not.toContain("extension");
  });
});
