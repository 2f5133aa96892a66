// The calendar file a web patient downloads for a sent request (issue 20): two all-day events, a week
// before the due date and on it, each saying what to do and linking back to the page the conversation
// lives on. RFC 5545 by hand (CRLF lines folded at 75 octets, escaped text): a library would be the
// Worker's largest dependency for forty lines. Nothing in it names the patient, the provider or the
// number: only the dates and the way the patient chose to be reminded.
import type { Lang } from "../i18n/langs.js";
import { plainDate } from "../i18n/plain.js";

export interface CalendarInput {
  /** YYYY-MM-DD: when the provider's time runs out. */
  dueOn: string;
  /** YYYY-MM-DD: the latest date with the rule's one extension (the same as dueOn when none). */
  extendedDueOn: string;
  /** The page the patient chats on: the events link back to it. */
  link: string;
  language: Lang;
  /** Now: DTSTAMP, and "today" for the early event when a week before has passed. */
  now: Date;
  /** Makes the events' UIDs stable for one request, so importing the file again updates instead of duplicating. */
  uidSeed: string;
}

const WORDS: Record<
  Lang,
  { weekTitle: string; dueTitle: string; week: string; due: string; extended: string; back: string }
> = {
  en: {
    weekTitle: "Medical records request: due in a week",
    dueTitle: "Medical records request: due today",
    week: "Your medical records request is due on {due}. If the records have not arrived, keep this date in mind; nothing to do yet.",
    due: "Today is the deadline for your medical records request. If your records have not arrived, reply to the assistant or send the follow-up letter it drafts for you.",
    extended: "The office may take one extension, to {extended}, if it tells you in writing why.",
    back: "Continue the conversation: {link}",
  },
  es: {
    weekTitle: "Solicitud de expediente médico: vence en una semana",
    dueTitle: "Solicitud de expediente médico: vence hoy",
    week: "Su solicitud de expediente médico vence el {due}. Si el expediente no ha llegado, tenga en cuenta esa fecha; aún no hace falta hacer nada.",
    due: "Hoy vence el plazo de su solicitud de expediente médico. Si su expediente no ha llegado, responda al asistente o envíe la carta de seguimiento que le prepara.",
    extended: "La oficina puede tomar una prórroga, hasta el {extended}, si le explica por escrito el motivo.",
    back: "Continúe la conversación: {link}",
  },
};

/** YYYY-MM-DD ± days, in UTC. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const compact = (day: string) => day.replaceAll("-", "");

/** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/** Folds a content line into lines of at most 75 octets (continuations begin with a space), never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation's leading space counts against its 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** The .ics text: a VCALENDAR with the week-before event (or tomorrow, when that has passed) and the due-date event. */
export function calendarFile(input: CalendarInput): string {
  const w = WORDS[input.language];
  const today = input.now.toISOString().slice(0, 10);
  const weekBefore = shift(input.dueOn, -7);
  const early = weekBefore > today ? weekBefore : shift(today, 1);
  const stamp = `${input.now.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  const fill = (s: string) =>
    s
      .replace("{due}", plainDate(input.dueOn, input.language))
      .replace("{extended}", plainDate(input.extendedDueOn, input.language))
      .replace("{link}", input.link);
  const extended = input.extendedDueOn !== input.dueOn ? ` ${fill(w.extended)}` : "";
  const event = (kind: string, day: string, title: string, text: string) => [
    "BEGIN:VEVENT",
    `UID:${input.uidSeed}-${kind}@recordpath`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(shift(day, 1))}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(`${text}${extended}\n\n${fill(w.back)}`)}`,
    `URL:${input.link}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
  // Only an early event that still comes before the due date: a due date tomorrow gets one event.
  const events =
    early < input.dueOn
      ? [...event("week", early, w.weekTitle, fill(w.week)), ...event("due", input.dueOn, w.dueTitle, fill(w.due))]
      : event("due", input.dueOn, w.dueTitle, fill(w.due));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//recordpath//request tracker//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events,
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
