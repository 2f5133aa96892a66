// Calendar helpers shared by the guide and the engine. Dates are plain YYYY-MM-DD strings in UTC so
// "today" never shifts with the server's time zone.

/** YYYY-MM-DD of a Date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
