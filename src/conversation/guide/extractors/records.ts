// Which records, in everyday words ("shots", "bloodwork", "the whole chart", "radiografías"), and
// for which years ("from 2015 to 2019", "last year", "since March 2018", "los últimos 5 años").
import type { RecordKind } from "../../../domain/intake.js";
import { tablesOf } from "../../../i18n/lexicons/index.js";
import { shift, yearOf } from "../relative-dates.js";
import { clauseAround, compile, NUMBER_SOURCE, toNumber } from "../text.js";
import { MONTH_SOURCE, monthNumber } from "./dates.js";
import { REQUEST_VERB } from "./prior-request.js";

const KINDS = compile(...tablesOf("recordWords"));

/** Record kinds named in the text; each phrase is consumed so "therapy notes" is not also "notes". */
export function findKinds(low: string): RecordKind[] {
  let text = low;
  const kinds: RecordKind[] = [];
  for (const [kind, re] of KINDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!kinds.includes(kind)) kinds.push(kind);
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
const SINCE = new RegExp(`(?<![a-z])(?:since|desde)(?: (?:el|the year|el ano))? ${MY}(?![\\d])`);
const LAST_N = new RegExp(
  `(?<![a-z])(?:(?:the )?(?:last|past) (${NUMBER_SOURCE}) years|(?:los )?ultimos (${NUMBER_SOURCE}) anos)(?![a-z])`,
);
const LAST_YEAR = /(?<![a-z])(last year|el ano pasado|this year|este ano)(?![a-z])/;
const SINGLE = new RegExp(`(?<![a-z])(?:in|from|during|en|del|de) ${MY}(?![\\d/-])`);
const RECORD_CONTEXT =
  /records|expedientes?|registros|historial|visits?|surgery|treated|seen|stay|accident|pregnan|care|x-?rays?|scans?|labs?|shots?|vacunas|radiografias|notes|cirugia|embarazo|hospitali/;
const BIRTH = /(?<![a-z])(?:born|dob|birth|nacid[oa]|naci)(?![a-z])/;

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
  return RECORD_CONTEXT.test(clause) && !BIRTH.test(clause) && !REQUEST_VERB.test(clause);
}

/** The date range of the records wanted, or {} when the text names none. */
export function findRange(low: string, today: string | undefined): Range {
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
  const one = SINGLE.exec(low);
  if (one && aboutCare(low, one.index, one.index + one[0].length))
    return { from: start(one[1], one[2]!), to: end(one[1], one[2]!) };
  return {};
}
