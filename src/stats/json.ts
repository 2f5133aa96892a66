// The dashboard's JSON (GET /api/admin/clinics/:id/stats), shared by the Worker that builds it and
// the browser module that draws it. Types only: no imports, so the browser bundle pulls in nothing else.

/** A count as it leaves the server: 0, 5 or more, or "<5" for 1–4 (a small number could point at a patient). */
export type Count = number | "<5";

export type MetricId = "started" | "paths" | "letters" | "stops" | "questions";

export interface MetricJson {
  id: MetricId;
  /** English, for the dashboard's heading. */
  title: string;
  /** Every key, in the order to show them (fixed lists: a key with no conversations is 0). */
  keys: string[];
  labels: Record<string, string>;
  totals: Record<string, Count>;
  /** Every day of the range, oldest first, zeros included. */
  byDay: Array<{ day: string; counts: Record<string, Count> }>;
}

export interface StatsJson {
  clinic: string;
  /** YYYY-MM-DD, UTC, inclusive. */
  from: string;
  to: string;
  days: number;
  metrics: MetricJson[];
}
