// "I sent it" after a letter (issue 20): the day and the way the patient sent their request, read
// only from their own words ("faxed it this morning", "lo mandé por email hoy", "dropped it off at
// the front desk yesterday"). What the line does not say stays unset: the guide asks once, and a
// blank is better than a guessed day or way.
import type { Intake } from "../../../domain/intake.js";
import { shift } from "../relative-dates.js";
import { findDates } from "./dates.js";

type Via = NonNullable<NonNullable<Intake["priorRequest"]>["sentVia"]>;

export interface Sent {
  sentOn?: string;
  sentVia?: Via;
}

/** Words that say the request went out (folded: "lo mandé" reads "lo mande"). */
const SENT_VERB =
  /(?<![a-z])(?:sent|snt|send it|mailed|faxed|e-?mailed|uploaded|submitted|dropped|handed|delivered|turned (?:it|them) in|gave (?:it|them)|took (?:it|them)|posted|mande|envie|entregue|subi|deje|lleve|faxee|faxie)(?![a-z])/;

/** Someone else as the subject just before the verb: "they sent the bills", "the office faxed me". */
const OTHERS_DID = /(?<![a-z])(?:they|he|she|office|hospital|clinic|doctor|dr|provider|ellos|me|nos)\s+(?:\w+\s+)?$/;

/** The patient (not the office) sent something: "faxed it", "lo mandé"; not "they sent the bills". */
function sentByPatient(low: string): boolean {
  const verb = SENT_VERB.exec(low);
  return verb !== null && !OTHERS_DID.test(low.slice(0, verb.index));
}

/** How it went; the first way named wins, in the order the patient wrote them. */
// biome-ignore format: a data table reads best in rows
const WAYS: ReadonlyArray<readonly [Via, RegExp]> = [
  ["fax", /(?<![a-z])(?:fax(?:ed|ee|ie)?|por fax|x fax)(?![a-z])/],
  ["email", /(?<![a-z])(?:e-?mail(?:ed)?|correo electronico|email)(?![a-z])/],
  ["portal", /(?<![a-z])(?:portal|my ?chart|patient portal|uploaded|online|the app|subi)(?![a-z])/],
  ["in_person", /(?<![a-z])(?:in person|en persona|front desk|dropped (?:it |them |the \w+ )?off|handed|hand delivered|took (?:it|them) (?:in|over)|walked (?:it|them)|entregue|lleve|deje|recepcion|ventanilla)(?![a-z])/],
  ["mail", /(?<![a-z])(?:mail(?:ed)?|certified|usps|post office|posted|por correo|correo(?! electronico))(?![a-z])/],
];

const TODAY_WORDS =
  /(?<![a-z])(?:today|2day|tday|this (?:morning|afternoon|evening)|earlier today|hoy|esta (?:manana|tarde))(?![a-z])/;

// biome-ignore format: a data table reads best in rows
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};
const WEEKDAY =
  /(?<![a-z])(last |this past |past |on |el |este )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)( pasado)?(?![a-z])/;

/** A weekday the request went out: the latest one before today ("last tuesday" on a Tuesday: a week ago). */
function pastWeekday(today: string, weekday: number): string {
  const current = new Date(`${today}T00:00:00Z`).getUTCDay();
  return shift(today, -((current - weekday + 7) % 7 || 7), "day");
}

/** The day in a "sent" line: today's words, a past weekday, or a date; never a day after today. */
function sentDay(low: string, today: string, dayFirst: boolean): string | undefined {
  if (TODAY_WORDS.test(low)) return today;
  const weekday = WEEKDAY.exec(low);
  if (weekday) return pastWeekday(today, WEEKDAYS[weekday[2]!]!);
  const day = findDates(low, today, SENT_VERB, dayFirst, "sentOn").sentOn;
  return day && day <= today ? day : undefined;
}

/**
 * What a line says about sending the request. `answering`: it answers the guide's own "how / which
 * day did you send it?", so a bare "by fax" or "yesterday" counts without a verb.
 */
export function findSent(low: string, today: string, dayFirst: boolean, answering: boolean): Sent | undefined {
  if (!answering && !sentByPatient(low)) return undefined;
  const sent: Sent = {};
  const day = sentDay(low, today, dayFirst);
  if (day) sent.sentOn = day;
  let first = Number.POSITIVE_INFINITY;
  for (const [via, re] of WAYS) {
    const m = re.exec(low);
    if (m && m.index < first) [first, sent.sentVia] = [m.index, via];
  }
  return answering && !sent.sentOn && !sent.sentVia ? undefined : sent;
}
