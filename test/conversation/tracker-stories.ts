// Frozen before the change (issue 20): how patients say they sent their request, and how they answer
// "Did you get your records?". Written from the patient's side before the extractors existed, so the
// extractors are fitted to these lines and not the other way round. Today is Tuesday 2026-12-01.

export const TODAY = "2026-12-01";

type Via = "mail" | "fax" | "email" | "portal" | "in_person";

/** "I sent it": the day and the way, or undefined where the line does not say (never guessed). */
export const SENT_STORIES: ReadonlyArray<{ text: string; sentOn?: string; sentVia?: Via }> = [
  { text: "I sent it today", sentOn: "2026-12-01" },
  { text: "Lo envié hoy", sentOn: "2026-12-01" },
  { text: "faxed it this morning", sentOn: "2026-12-01", sentVia: "fax" },
  { text: "mailed it last tuesday", sentOn: "2026-11-24", sentVia: "mail" },
  { text: "lo mandé por email hoy", sentOn: "2026-12-01", sentVia: "email" },
  { text: "i dropped it off at the front desk yesterday", sentOn: "2026-11-30", sentVia: "in_person" },
  { text: "sent thru the portal on 11/20", sentOn: "2026-11-20", sentVia: "portal" },
  { text: "sent it yesterday by certified mail", sentOn: "2026-11-30", sentVia: "mail" },
  { text: "ya lo entregué en persona ayer", sentOn: "2026-11-30", sentVia: "in_person" },
  { text: "emailed it to them on monday", sentOn: "2026-11-30", sentVia: "email" },
  { text: "i faxed it", sentVia: "fax" },
  { text: "I sent it another day" },
  { text: "snt it 2day via fax lol", sentOn: "2026-12-01", sentVia: "fax" },
  { text: "lo mandé x fax el lunes", sentOn: "2026-11-30", sentVia: "fax" },
  { text: "uploaded it to mychart on 11/20", sentOn: "2026-11-20", sentVia: "portal" },
  { text: "I sent it on 11/25 by mail", sentOn: "2026-11-25", sentVia: "mail" },
  { text: "se lo mandé por correo el martes pasado", sentOn: "2026-11-24", sentVia: "mail" },
];

type Outcome = "received" | "partial" | "no_response";

/** Answers to "Did you get your records? Reply YES, PARTLY or NO"; undefined: not an answer. */
export const RECEIVED_STORIES: ReadonlyArray<{ text: string; outcome?: Outcome }> = [
  { text: "YES", outcome: "received" },
  { text: "yes", outcome: "received" },
  { text: "sí ya me llegaron", outcome: "received" },
  { text: "got them all, thanks!", outcome: "received" },
  { text: "yea got em", outcome: "received" },
  { text: "PARTLY", outcome: "partial" },
  { text: "only some of it", outcome: "partial" },
  { text: "they sent the bills but not the xrays", outcome: "partial" },
  { text: "solo una parte", outcome: "partial" },
  { text: "me llegaron los rayos x pero no las notas", outcome: "partial" },
  { text: "NO", outcome: "no_response" },
  { text: "not yet", outcome: "no_response" },
  { text: "nope nothing", outcome: "no_response" },
  { text: "todavía no", outcome: "no_response" },
  { text: "no, nada todavia", outcome: "no_response" },
  { text: "what happens if they don't answer?" },
];
