// Dates in patient words: absolute ("March 4, 1980", "12/15", "15 de diciembre"), relative to the
// turn's today ("in two weeks", "6 weeks ago", "hace seis semanas"), each given a role by the words
// in its own clause: birth, deadline or an earlier request. A date with no role is left alone.
import { mergedOf } from "../../../i18n/lexicons/index.js";
import { endOfMonth, fullYear, isoDate, nextWeekday, resolveYear, shift, type Unit } from "../relative-dates.js";
import { clauseBounds, NUMBER_SOURCE, toNumber } from "../text.js";

export type DateRole = "dateOfBirth" | "neededBy" | "sentOn";
export type DateFacts = Partial<Record<DateRole, string>>;

const MONTHS = mergedOf("months");
export const MONTH_SOURCE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
export const monthNumber = (word: string): number | undefined => MONTHS[word];
// biome-ignore format: a data table reads best in rows
const UNITS: Record<string, Unit> = {
  day: "day", dia: "day", week: "week", semana: "week", month: "month", mes: "month", year: "year", ano: "year",
};
// biome-ignore format: a data table reads best in rows
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};
const N = `${NUMBER_SOURCE}|an?|un|una|a couple(?: of)?`;
const amount = (w: string): number | undefined =>
  /^(an?|un|una)$/.test(w) ? 1 : w.startsWith("a couple") ? 2 : toNumber(w);

interface Mention {
  index: number;
  end: number;
  /** Relative dates carry their own direction; absolute ones take the role's. */
  resolve: (today: string, role: DateRole, dayFirst: boolean) => string | undefined;
  relative?: "past" | "future";
}

type Rule = [RegExp, (m: RegExpExecArray) => Omit<Mention, "index" | "end">];
const dmy = (y: number | undefined, mo: number, d: number) => (today: string, role: DateRole) =>
  y !== undefined
    ? isoDate(y, mo, d)
    : role === "dateOfBirth"
      ? undefined
      : resolveYear(mo, d, today, role === "neededBy" ? "future" : "past");
const year = (s: string | undefined, today: string, role: DateRole) =>
  s === undefined ? undefined : s.length === 4 ? Number(s) : fullYear(Number(s), today, role === "dateOfBirth");

const RULES: Rule[] = [
  [
    /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
    (m) => ({ resolve: () => isoDate(Number(m[1]), Number(m[2]), Number(m[3])) }),
  ],
  [
    /(?<![\d/])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d/])/g,
    (m) => ({
      // US order; in a day-first language (Spanish) only when the order cannot be mistaken (one part above 12).
      resolve: (today, role, dayFirst) => {
        let [mo, d] = [Number(m[1]), Number(m[2])];
        if (dayFirst) {
          if (mo > 12 && d <= 12) [mo, d] = [d, mo];
          else if (mo <= 12 && d <= 12 && mo !== d) return undefined;
        }
        if (!m[3] && m[0].includes(".")) return undefined;
        return dmy(year(m[3], today, role), mo, d)(today, role);
      },
    }),
  ],
  [
    new RegExp(`(?<![a-z])(${MONTH_SOURCE})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d:])`, "g"),
    (m) => ({ resolve: (t, r) => dmy(m[3] ? Number(m[3]) : undefined, MONTHS[m[1]!]!, Number(m[2]))(t, r) }),
  ],
  [
    new RegExp(
      `(?<![\\d/])(\\d{1,2})(?:st|nd|rd|th)? (?:of |de )?(${MONTH_SOURCE})(?![a-z])(?:,? (?:de |del )?(\\d{4}))?`,
      "g",
    ),
    (m) => ({ resolve: (t, r) => dmy(m[3] ? Number(m[3]) : undefined, MONTHS[m[2]!]!, Number(m[1]))(t, r) }),
  ],
  [
    new RegExp(
      `(?<![a-z])(?:(${N}) (day|week|month|year)s? ago|hace (${N}) (dia|semana|mes|ano)(?:s|es)?)(?![a-z])`,
      "g",
    ),
    (m) => ({ relative: "past", resolve: (t) => rel(t, m[1] ?? m[3], m[2] ?? m[4], -1) }),
  ],
  [
    new RegExp(
      `(?<![a-z])(?:(?:in|within) (?:the next )?(${N}) (day|week|month)s?|(?:en|dentro de) (${N}) (dia|semana|mes)(?:s|es)?)(?![a-z])`,
      "g",
    ),
    (m) => ({ relative: "future", resolve: (t) => rel(t, m[1] ?? m[3], m[2] ?? m[4], 1) }),
  ],
  [
    // "my appointment is on the 15th": the next such day.
    /(?<![a-z])(?:on |by |before )?the (\d{1,2})(?:st|nd|rd|th)(?! of)(?![a-z])/g,
    (m) => ({ relative: "future", resolve: (t) => nextDay(t, Number(m[1])) }),
  ],
  [
    /(?<![a-z])(yesterday|ayer|last week|la semana pasada|last month|el mes pasado)(?![a-z])/g,
    (m) => ({ relative: "past", resolve: (t) => words(t, m[1]!) }),
  ],
  [
    /(?<![a-z])(tomorrow|para manana|next week|la proxima semana|la semana que viene|next month|el proximo mes|el mes que viene|(?:the )?end of (?:the|this) month|fin de mes)(?![a-z])/g,
    (m) => ({ relative: "future", resolve: (t) => words(t, m[1]!) }),
  ],
  [
    /(?<![a-z])(?:by|on|this|next|before|para el|el) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?![a-z])/g,
    (m) => ({ relative: "future", resolve: (t) => nextWeekday(t, WEEKDAYS[m[1]!]!) }),
  ],
];

/** The next day-of-month `day` on or after today: "the 15th". */
function nextDay(today: string, day: number): string | undefined {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const here = isoDate(y, m, day);
  if (here && here >= today) return here;
  return m === 12 ? isoDate(y + 1, 1, day) : isoDate(y, m + 1, day);
}

function rel(today: string, n: string | undefined, unit: string | undefined, sign: number): string | undefined {
  const k = n === undefined ? undefined : amount(n);
  const u = unit === undefined ? undefined : UNITS[unit];
  return k === undefined || u === undefined ? undefined : shift(today, sign * k, u);
}

function words(today: string, w: string): string {
  if (w === "yesterday" || w === "ayer") return shift(today, -1, "day");
  if (w.includes("week") || w.includes("semana"))
    return shift(today, w.startsWith("next") || w.includes("proxima") || w.includes("viene") ? 7 : -7, "day");
  if (w === "tomorrow" || w === "para manana") return shift(today, 1, "day");
  if (w.includes("end of") || w === "fin de mes") return endOfMonth(today);
  return shift(today, w === "last month" || w === "el mes pasado" ? -1 : 1, "month");
}

const BIRTH =
  /(?<![a-z])(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|b-day|nacid[oa]|naci|fecha de nacimiento|cumpleanos)(?![a-z])/;
const DEADLINE =
  /(?<![a-z])(?:by|before|no later than|deadline|due|needed|needs? (?:them|it|these|those|the records|the files|everything)|necesito|los necesito|appointment|surgery|court|hearing|trial|registration|enrollment|orientation|clinicals|fly|flight|leave|para el|para|antes del?|cita|fecha limite|inscripcion|matricula|audiencia)(?![a-z])/;

/** Finds dated facts; `requestVerbs` marks a clause about an earlier request. */
export function findDates(
  low: string,
  today: string,
  requestVerbs: RegExp,
  dayFirst: boolean,
  topic: DateRole | undefined,
): DateFacts {
  const facts: DateFacts = {};
  const seen: Array<[number, number]> = [];
  for (const [re, make] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      const [index, end] = [m.index, m.index + m[0].length];
      if (seen.some(([a, b]) => index < b && end > a)) continue;
      seen.push([index, end]);
      const mention = { ...make(m), index, end };
      const [start, stop] = clauseBounds(low, index, end);
      const role = roleOf(low.slice(start, index), low.slice(start, stop), mention, requestVerbs, topic);
      if (!role || facts[role]) continue;
      const value = mention.resolve(today, role, dayFirst);
      if (value) facts[role] = value;
    }
  }
  return facts;
}

function roleOf(
  before: string,
  clause: string,
  m: Mention,
  requestVerbs: RegExp,
  topic: DateRole | undefined,
): DateRole | undefined {
  requestVerbs.lastIndex = 0;
  if (BIRTH.test(before)) return m.relative ? undefined : "dateOfBirth";
  if (requestVerbs.test(clause)) return m.relative === "future" ? undefined : "sentOn";
  // "Tomorrow" alone is not a deadline ("what's the weather tomorrow"); it needs a deadline word.
  if (DEADLINE.test(m.relative === "future" ? clause : before)) return m.relative === "past" ? undefined : "neededBy";
  if (m.relative === "future") return topic === "neededBy" ? topic : undefined;
  if (m.relative === "past" && topic !== "sentOn") return undefined;
  return topic;
}
