// Calendar arithmetic on YYYY-MM-DD strings in UTC, anchored on the turn's `today` (never the
// clock), so "in two weeks" means the same thing in a test, in a replay and in production.

export type Unit = "day" | "week" | "month" | "year";

const pad = (n: number) => String(n).padStart(2, "0");

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A real calendar date as YYYY-MM-DD, or undefined for "February 30". */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const out = fromUtc(ms);
  return out === `${year}-${pad(month)}-${pad(day)}` ? out : undefined;
}

/** Moves a date by whole units; months clamp to the month's last day (Jan 31 + 1 month = Feb 28). */
export function shift(iso: string, amount: number, unit: Unit): string {
  const [y, m, d] = parts(iso);
  if (unit === "day" || unit === "week") return fromUtc(Date.UTC(y, m - 1, d + amount * (unit === "week" ? 7 : 1)));
  const months = unit === "year" ? amount * 12 : amount;
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)));
}

/** A month/day with no year: the next one on or after today (deadlines) or the last one on or before (past events). */
export function resolveYear(
  month: number,
  day: number,
  today: string,
  direction: "future" | "past",
): string | undefined {
  const year = Number(today.slice(0, 4));
  const same = isoDate(year, month, day);
  if (direction === "future") return same && same >= today ? same : isoDate(year + 1, month, day);
  return same && same <= today ? same : isoDate(year - 1, month, day);
}

/** The next given weekday (0 = Sunday) strictly after today: "by Friday". */
export function nextWeekday(today: string, weekday: number): string {
  const [y, m, d] = parts(today);
  const current = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const ahead = (weekday - current + 7) % 7 || 7;
  return shift(today, ahead, "day");
}

/** Last day of today's month: "by the end of the month". */
export function endOfMonth(today: string): string {
  const [y, m] = parts(today);
  return fromUtc(Date.UTC(y, m, 0));
}

/** Two-digit years: a birth year in the future is last century ("3/4/80" → 1980). */
export function fullYear(two: number, today: string, birth: boolean): number {
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  const guess = century + two;
  return birth && guess > Number(today.slice(0, 4)) ? guess - 100 : guess;
}

/** Today's year as a number. */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** A well-formed YYYY-MM-DD (the only `today` we trust). */
export const isIsoDay = (s: string | undefined): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);
