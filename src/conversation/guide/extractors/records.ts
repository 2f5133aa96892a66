// Which records, in everyday words ("shots", "bloodwork", "the op report", "radiografías"), and
// for which dates ("from 2015 to 2019", "last year", "a stay from March 3 to March 9", "last
// summer", "from October", "going back to 2020", "los últimos 5 años").
import type { RecordKind } from "../../../domain/intake.js";
import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { shift, yearOf } from "../relative-dates.js";
import { clauseAround, compile, NUMBER_SOURCE, toNumber } from "../text.js";
import { MONTH_SOURCE, monthNumber } from "./dates.js";
import { REQUEST_VERB } from "./prior-request.js";

const KINDS = compile(...tablesOf("recordWords"));
/** Care of the body beside the record words: its therapy is not psychotherapy, its rehab not addiction care. */
const BODY_REHAB = new RegExp(`(?<![\\w'])(?:${wordsOf("bodyRehab")})(?![\\w])`);
/** Words that name a mental health or addiction record whatever the context. */
const MIND_WORDS = /psycho|psico|therapist|terapeuta|counsel|session|drug|alcohol|addiction|substance|detox/;

/** Record kinds named in the text; each phrase is consumed so "therapy notes" is not also "notes". */
export function findKinds(low: string): RecordKind[] {
  let text = low;
  const kinds: RecordKind[] = [];
  const body = BODY_REHAB.test(low);
  for (const [kind, re] of KINDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "Therapy notes from rehab after my stroke": physical therapy, which is neither psychotherapy
      // notes (45 CFR 164.501) nor substance use treatment (42 CFR 2.11); the patient says which records.
      const bodily = body && (kind === "psychotherapy_notes" || kind === "substance_use") && !MIND_WORDS.test(m[0]);
      if (!bodily && !kinds.includes(kind)) kinds.push(kind);
      text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
    }
  }
  return kinds;
}

export interface Range {
  from?: string;
  to?: string;
}

const MY = `(?:(${MONTH_SOURCE}) (?:of |de |del )?)?((?:19|20)\\d{2})`;
const MY2 = `(?:(?<m2>${MONTH_SOURCE}) (?:of |de |del )?)?(?<y2>(?:19|20)\\d{2})`;
const OPEN = "now|present|today|the present|ahora|hoy|la fecha";
const RANGE = new RegExp(
  `(?<![\\d/-])${MY} ?(?:to|and|through|thru|until|till|-|a|y|hasta|al) ?(?:${MY2}|(${OPEN}))(?![\\d])`,
);
const SINCE = new RegExp(
  `(?<![a-z])(?:since|desde|(?:going |dating |all the way )?back to|starting (?:in|from))(?: (?:el|the year|el ano))? ${MY}(?![\\d])`,
);
/** A stay or a stretch of care with its days: "from March 3 to March 9 2026", "del 3 al 9 de marzo de 2026". */
const DAY_RANGE = new RegExp(
  `(?<![a-z])(?:from )?(${MONTH_SOURCE})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d{2}))? ?(?:to|through|thru|until|till|-) ?(?:(${MONTH_SOURCE})\\.? )?(\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d{2}))?(?![\\d])|(?<![a-z])del (\\d{1,2}) (?:de (${MONTH_SOURCE}) )?al (\\d{1,2}) de (${MONTH_SOURCE})(?: de(?:l)? ((?:19|20)\\d{2}))?`,
);
/** "my labs from October", "en agosto": a month with no year is the last one before today. */
const MONTH_ONLY = new RegExp(
  `(?<![a-z])(?:in|from|during|back in|last|en|de|del|durante) (${MONTH_SOURCE})(?! \\d| of \\d| de \\d| del \\d)(?![a-z])`,
);
/** "Last summer", "el verano pasado": a season's months, in its most recent year before today. */
const SEASON =
  /(?<![a-z])(?:(?:last|this past) (spring|summer|fall|autumn|winter)|(?:la |el )?(primavera|verano|otono|invierno) pasad[oa])(?![a-z])/;
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  primavera: [3, 5],
  summer: [6, 8],
  verano: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  otono: [9, 11],
  winter: [12, 2],
  invierno: [12, 2],
};
const LAST_N = new RegExp(
  `(?<![a-z])(?:(?:the )?(?:last|past) (${NUMBER_SOURCE}) years|(?:los )?ultimos (${NUMBER_SOURCE}) anos)(?![a-z])`,
);
const LAST_YEAR = /(?<![a-z])(last year|last yr|el ano pasado|this year|este ano)(?![a-z])/;
const SINGLE = new RegExp(
  `(?<![a-z])(?:in|from|during|all of|throughout|en|del|de|durante|todo el|todo) ${MY}(?![\\d/-])`,
);
const RECORD_CONTEXT =
  /records|expedientes?|registros|historial|visits?|surgery|treated|seen|stay|accident|pregnan|care|x-?rays?|scans?|labs?|shots?|vacunas|radiografias|notes|cirugia|embarazo|hospitali|operacion|reporte|report|hicieron|atendieron|biopsia|biopsy|baby|bebe|parto|delivery|prenatal|mri|\bct\b|\ber\b|physical|admitted|internad/;
/** A date in a clause about a birth or a death is not the records' date. */
const BIRTH =
  /(?<![a-z])(?:born|dob|birth|nacid[oa]|naci|passed|died|death|fallecio|murio|closed|retired|cerro|moved)(?![a-z])/;

const start = (month: string | undefined, year: string) => {
  const mo = month ? monthNumber(month) : undefined;
  return mo ? `${year}-${String(mo).padStart(2, "0")}-01` : year;
};
const end = (month: string | undefined, year: string) => {
  const mo = month ? monthNumber(month) : undefined;
  if (!mo) return year;
  const last = new Date(Date.UTC(Number(year), mo, 0)).getUTCDate();
  return `${year}-${String(mo).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
};

function aboutCare(low: string, start: number, end: number): boolean {
  const clause = clauseAround(low, start, end);
  REQUEST_VERB.lastIndex = 0;
  const care = RECORD_CONTEXT.test(clause) || findKinds(clause).length > 0;
  return care && !BIRTH.test(clause) && !REQUEST_VERB.test(clause);
}

/** The date range of the records wanted, or {} when the text names none. */
export function findRange(low: string, today: string | undefined): Range {
  const days = dayRange(low, today);
  if (days) return days;
  const r = RANGE.exec(low);
  if (r) {
    if (r.groups?.y2) return { from: start(r[1], r[2]!), to: end(r.groups.m2, r.groups.y2) };
    return { from: start(r[1], r[2]!) };
  }
  const s = SINCE.exec(low);
  if (s) return { from: start(s[1], s[2]!) };
  const n = LAST_N.exec(low);
  const count = n ? toNumber(n[1] ?? n[2] ?? "") : undefined;
  if (count && today) return { from: shift(today, -count, "year") };
  // "Last year" and "in 2021" name the records' years only in a clause about care, not about a
  // birth, an earlier request or a clinic that closed.
  const y = LAST_YEAR.exec(low);
  if (y && today && aboutCare(low, y.index, y.index + y[0].length)) {
    const year = String(yearOf(today) - (y[1]!.startsWith("last") || y[1]!.endsWith("pasado") ? 1 : 0));
    return { from: year, to: year };
  }
  const season = SEASON.exec(low);
  if (season && today && aboutCare(low, season.index, season.index + season[0].length))
    return seasonRange(season[1] ?? season[2]!, today);
  const one = SINGLE.exec(low);
  if (one && aboutCare(low, one.index, one.index + one[0].length))
    return { from: start(one[1], one[2]!), to: end(one[1], one[2]!) };
  const month = MONTH_ONLY.exec(low);
  if (month && today && aboutCare(low, month.index, month.index + month[0].length)) {
    const mo = monthNumber(month[1]!)!;
    const year = String(mo <= Number(today.slice(5, 7)) ? yearOf(today) : yearOf(today) - 1);
    const monthName = month[1]!;
    return { from: start(monthName, year), to: end(monthName, year) };
  }
  return {};
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** "from March 3 to March 9 2026": both days, the year given once (or this year's, when none). */
function dayRange(low: string, today: string | undefined): Range | undefined {
  const m = DAY_RANGE.exec(low);
  if (!m) return undefined;
  const [m1, d1, y1, m2, d2, y2] = m[1] ? m.slice(1, 7) : [m[8] ?? m[10], m[7], m[11], m[10], m[9], m[11]];
  const year = Number(y2 ?? y1 ?? (today ? yearOf(today) : Number.NaN));
  const first = monthNumber(m1!);
  const last = m2 ? monthNumber(m2) : first;
  if (!first || !last || Number.isNaN(year)) return undefined;
  const from = iso(y1 ? Number(y1) : first > last ? year - 1 : year, first, Number(d1));
  const to = iso(year, last, Number(d2));
  return from <= to ? { from, to } : undefined;
}

/** A season's first and last day, in the last such season that has begun by today. */
function seasonRange(name: string, today: string): Range {
  const [first, last] = SEASONS[name]!;
  const month = Number(today.slice(5, 7));
  let year = yearOf(today);
  // "Last summer" in March is the summer before; in November it is this year's.
  if (first !== 12 && month <= last) year -= 1;
  if (first === 12 && month <= last) year -= 1;
  const startYear = first === 12 ? year - 1 : year;
  const endDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: iso(startYear, first, 1), to: iso(year, last, endDay) };
}
