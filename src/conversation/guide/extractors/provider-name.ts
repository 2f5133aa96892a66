// The provider's name, kept whole and as the patient wrote it: anchored on a provider noun
// ("UCHealth University of Colorado Hospital"), after "from"/"at" ("records from St. Joseph's"),
// a doctor ("Dr. Walter P. Greene", "dr nguyen"), a lower-case name before a noun ("mercy
// hospital"), a brand ("labcorp"), or, when the name was just asked, the short answer itself.
import { fold } from "../../../i18n/fold.js";
import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { CITIES, INSURERS, PROVIDER_BRANDS } from "../../../i18n/lexicons/names.js";
import { allMatches, clauseAround, compile, consume, firstMatch, type Message } from "../text.js";
import type { Topic } from "../topics.js";
import {
  bare,
  closes,
  EN_CONNECTORS,
  isPlace,
  isTimeWord,
  NOUN_FIRST_CONNECTORS,
  nameEnd,
  nameOnly,
  nameStart,
  nameWord,
  notInLowerName,
  onlyPlaceOrTime,
  surnameLike,
  type Token,
  tokens,
} from "./names.js";
import { findKinds } from "./records.js";

/** Capitalised nouns that end an English name or start a Spanish one. */
const ANCHOR =
  /^(?:Hospitals?|Cent(?:er|re)|Clinics?|Health|Healthcare|HealthCare|Medicine|Medical|Group|Partners|Network|System|Surgery|Surgical|Wellness|Rehabilitation|Therapy|Counseling|Psychiatry|Lab|Pediatrics|Imaging|Radiology|Orthopa?edics|Dental|Dentistry|Cardiology|Dermatology|Oncology|Associates|Physicians|Diagnostics|Laborator(?:y|ies)|Labs|Pharmacy|Specialists|Institute|Care|Practice|Children's|Clínica|Clinica|Centro|Consultorio|Laboratorio|Farmacia)$/;
/** Nouns a Spanish name starts with ("Hospital San Lucas", "Clínica de la Comunidad"). */
const NOUN_FIRST = /^(?:Hospital|Clínica|Clinica|Centro|Consultorio|Laboratorio|Farmacia)$/;
/** Words that say what kind of place, not which one: a name made only of them names nothing. */
const GENERIC = new RegExp(
  `^(?:${wordsOf("genericPlaces")}|mental|behavioral|public|home|primary|urgent|family|physical|women's|womens|children's|childrens|eye|dental|medical|health|healthcare|local|community|regional|general|care|medicine|imaging|radiology|pediatrics|associates|physicians|diagnostics|pharmacy|specialists|institute|university|memorial|county|state|city)$`,
);
/** Words before a name that say where it is or whose it is: "records from St. Joseph's". */
const CUES = new Set(["from", "at", "del", "desde"]);
const CUE_PAIRS =
  /^(?:(?:en|con|de|a) (?:el|la|los)|(?:hospital|clinic|doctor|office|practice|place|provider|pharmacy|lab|dentist|it) (?:was|is))$/;
/** A name after "from" or "at" is not a provider's in a clause about work, shops or school… */
const NOT_CARE =
  /(?<![a-z])(?:work|works|worked|working|job|employer|employed|shop|shopping|bought|buy|store|live|lives|lived|study|studying|student|teacher|school|college|church|trabajo|trabaja|trabajaba|tienda|compre|vivo|vive|escuela)(?![a-z])/;
/** …unless it also speaks of care ("I work at Mercy and was treated there too"). */
const CARE =
  /(?<![a-z])(?:records?|chart|files?|results|labs?|scans?|x-?rays?|imaging|notes|expedientes?|papeles|registros|historial|treated|seen|saw|see|had|went|go|visit(?:ed)?|appointment|patient|doctors?|dr|care|admitted|born|delivered|surgery|operation|er|hospital|clinic|need|needs|want|get|request(?:ed)?|asked|copies|necesito|quiero|pedir|atend[a-z]*|hicieron|fui|estuve|cita|consulta|they|it was|it's)(?![a-z])/;
/** Never a provider: plans, portals and holidays ("a letter from Medicare", "from MyChart", "at Christmas"). */
const NEVER = new RegExp(
  `^(?:${tablesOf("plans")
    .flat()
    .map(([, source]) => source)
    .join(
      "|",
    )}|mychart|my chart|followmyhealth|patient portal|portal|the portal|christmas|thanksgiving|easter|halloween|navidad|semana santa)$`,
);
const DOCTOR = /^(?:Dr|DR|dr|Dra|DRA|dra)\.?$/;
const NOT_SURNAMES =
  /^(?:office|visit|appointment|said|told|who|and|the|or|retired|died|closed|was|is|has|had|records|notes|to|at|in|on|for|from|of|my|his|her|wants|needs|says)$/i;
const LOWER_NAME = new RegExp(
  `(?:(?<![a-z])(?:at|from|with|called|named|en|del|de la)|,) ((?:[a-z'&.-]+ ){1,3}(?:${wordsOf("providerNouns")}))(?![a-z])`,
  "g",
);
const PLACE_NAME = new RegExp(
  `(?<![a-z'])(?<!\\b(?:a|an|some|any|another) )((?:${CITIES.map(([, s]) => s).join("|")}) (?:${wordsOf("providerNouns")}))(?![a-z])`,
  "g",
);
const BRAND = new RegExp(`(?<![a-z])(?:${PROVIDER_BRANDS})(?![a-z])`, "g");
const NAME_TYPES = compile(...tablesOf("nameTypes"));
const PLACES = compile<string>(CITIES, ...tablesOf("stateNames"), INSURERS);

interface Candidate {
  start: number;
  end: number;
  doctor: boolean;
}

/** The kind of provider a name says it is, if it says ("Mesa Valley Imaging" → imaging_center). */
export function typeOfName(name: string) {
  return firstMatch(NAME_TYPES, fold(name).low);
}

/** The provider named in the message, consumed from `msg.masked` and recorded in `msg.names`. */
export function findName(msg: Message, topic: Topic | undefined): string | undefined {
  const words = tokens(msg.raw);
  const shouting = (msg.raw.match(/[A-Z]/g)?.length ?? 0) > (msg.raw.match(/[a-z]/g)?.length ?? 0);
  const free = (c: Candidate) => msg.masked.slice(c.start, c.end).trim().length === c.end - c.start;
  const places = allMatches(PLACES, msg.low);
  // "Carolina del Norte" is a state, not a provider called "Norte".
  const inPlace = (c: Candidate) => places.some((p) => p.index <= c.start && p.end >= c.end);
  const found = [
    ...(shouting ? [] : [...anchored(words), ...cued(words, msg.low)]),
    ...lowerCase(msg),
    ...doctors(words, msg.raw),
  ].filter((c) => free(c) && !inPlace(c) && !generic(msg.raw.slice(c.start, c.end)));
  const orgs = found.filter((c) => !c.doctor).sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen = orgs[0] ?? found.sort((a, b) => a.start - b.start)[0];
  if (chosen) {
    // Every name is consumed: "Clínica San José" must not also read as San Jose, California.
    for (const c of found) {
      consume(msg, c.start, c.end);
      msg.names.push([c.start, c.end]);
    }
    return clean(msg.text.slice(withoutDate(msg.text, chosen.start, chosen.end), chosen.end));
  }
  if (topic !== "provider.name") return undefined;
  const name = bareName(msg.text);
  if (name) {
    const at = msg.text.indexOf(name);
    consume(msg, at, at + name.length);
    msg.names.push([at, at + name.length]);
  }
  return name;
}

/** Names built on a provider noun, English ("Baptist Health Lexington") or Spanish ("Hospital Metodista de Houston"). */
function anchored(words: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    if (!ANCHOR.test(bare(word.text))) return;
    const before = words[i - 1];
    const afterName = before !== undefined && nameWord(before.text) && !closes(before.text);
    if (NOUN_FIRST.test(bare(word.text)) && !afterName) {
      out.push(span(words, i, nameEnd(words, i, NOUN_FIRST_CONNECTORS)));
      return;
    }
    out.push(span(words, nameStart(words, i, EN_CONNECTORS), trailing(words, i)));
  });
  return out;
}

/**
 * After an English name's noun: "of Kansas City" and a campus ("Forsyth", "– Temple") are part of
 * it; a state or a known city is where it is ("Cleveland Clinic Florida"), and Spanish "de Tampa"
 * is a place, not part of "St. Joseph's Hospital".
 */
function trailing(words: readonly Token[], noun: number): number {
  const end = nameEnd(words, noun, EN_CONNECTORS);
  let last = noun;
  for (let i = noun + 1; i <= end; i++) {
    const word = words[i]!.text;
    if (EN_CONNECTORS.has(word) || /^[-–]$/.test(word)) continue;
    const joined = EN_CONNECTORS.has(words[i - 1]!.text) || /^[-–]$/.test(words[i - 1]!.text);
    if (!joined && isPlace(word)) break;
    last = i;
  }
  return last;
}

/** "records from St. Joseph's", "del LAC+USC", "at Swedish First Hill": a name after a preposition. */
function cued(words: readonly Token[], low: string): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    const cue = fold(word.text).low;
    const pair = i > 0 ? `${fold(words[i - 1]!.text).low} ${cue}` : "";
    if (!(CUES.has(cue) || CUE_PAIRS.test(pair)) || closes(word.text)) return;
    const next = words[i + 1];
    if (!next || DOCTOR.test(bare(next.text)) || !nameWord(next.text)) return;
    const end = nameEnd(words, i + 1, EN_CONNECTORS);
    const text = words
      .slice(i + 1, end + 1)
      .map((w) => bare(w.text))
      .join(" ");
    // "from Tampa", "in March", "mis records del MRI": a place, a time or a record, not a provider.
    if (onlyPlaceOrTime(text) || NEVER.test(fold(text).low) || (end - i <= 2 && findKinds(fold(text).low).length > 0))
      return;
    const c = span(words, i + 1, end);
    const clause = clauseAround(low, word.start, c.end);
    const rest = clause.replace(fold(text).low, "");
    if (!NOT_CARE.test(rest) || CARE.test(rest) || findKinds(clause).length > 0) out.push(c);
  });
  return out;
}

/** "dr nguyen", "Dr. Walter P. Greene", "Dra. López": the doctor and their names, as written. */
function doctors(words: readonly Token[], raw: string): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    if (!DOCTOR.test(word.text) || closes(word.text.replace(/\.$/, ""))) return;
    const next = words[i + 1];
    if (!next) return;
    if (nameWord(next.text) && !NOT_SURNAMES.test(bare(next.text))) {
      const end = Math.min(nameEnd(words, i + 1, new Set()), i + 4);
      out.push({ ...span(words, i, end), doctor: true });
    } else if (
      /^[a-z][a-z'-]+[,.!?]?$/.test(next.text) &&
      surnameLike(next.text) &&
      !NOT_SURNAMES.test(bare(next.text))
    )
      out.push({ ...span(words, i, i + 1), doctor: true });
  });
  return out.map((c) => ({ ...c, end: c.start + raw.slice(c.start, c.end).replace(/'s$/, "").length }));
}

/** The first doctor named in the text, as written ("Dr. Rivera at Oak Street Clinic" → "Dr. Rivera"). */
export function doctorIn(raw: string): string | undefined {
  const c = doctors(tokens(raw), raw)[0];
  return c ? clean(raw.slice(c.start, c.end)) : undefined;
}

/** Lower-case names: "from mercy hospital", "cleveland clinic", "labcorp". */
function lowerCase(msg: Message): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [LOWER_NAME, PLACE_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(msg.masked); m; m = re.exec(msg.masked)) {
      const at = m.index + m[0].length - m[1]!.length;
      const first = m[1]!.split(" ")[0]!;
      // Written in lower case: a capitalised name is read by `anchored`, with its own bounds. A month
      // or "en el" inside is a phrase about when and where ("en octubre en el hospital"), not a name.
      const phrase = m[1]!.split(" ").slice(0, -1).some(notInLowerName);
      if (msg.raw.slice(at, at + m[1]!.length) === m[1] && !GENERIC.test(first) && nameOnly(first) && !phrase)
        out.push({ start: at, end: at + m[1]!.length, doctor: false });
    }
  }
  BRAND.lastIndex = 0;
  for (let m = BRAND.exec(msg.masked); m; m = BRAND.exec(msg.masked))
    out.push({ start: m.index, end: m.index + m[0].length, doctor: false });
  return out;
}

function span(words: readonly Token[], first: number, last: number): Candidate {
  const start = words[first]!.start;
  const end = words[last]!.start + bare(words[last]!.text).length;
  return { start, end, doctor: false };
}

/** Only kind-of-place words ("Urgent Care", "Medical Center", "the hospital"): no name. */
function generic(name: string): boolean {
  return name.split(/\s+/).every((w) => GENERIC.test(fold(bare(w)).low));
}

/** Words before a month that make it a date: "in October Mercy Hospital", "en septiembre Hospital Ángeles". */
const DATE_CUE = /(?:^|[\s,])(?:in|last|this|next|since|during|back in|until|en|desde|durante|hasta|el)\s+$/i;

/** Where the name starts once a month that dates the sentence is left out ("in October Mercy Hospital" → "Mercy Hospital"). */
function withoutDate(text: string, start: number, end: number): number {
  const first = /^\S+\s+/.exec(text.slice(start, end));
  if (!first || !isTimeWord(first[0].trim()) || !DATE_CUE.test(text.slice(0, start))) return start;
  return start + first[0].length;
}

const clean = (name: string) => name.replace(/^[("]+|[)",;:]+$/g, "").trim();

/**
 * A short answer to "what is the provider called?": the first name of a list ("Houston Methodist,
 * Memorial Hermann and a few small offices"), without "it's" or "in Springfield"; undefined for
 * chat-speak and commands ("ok what do i sign", "sí, hágame la carta").
 */
export function bareName(text: string): string | undefined {
  const head = text
    .trim()
    .replace(
      /^(?:it'?s|it is|it was|they'?re|the name is|its called|it'?s called|called|es|era|fue|en|se llama|at|from|del|de)\s+/i,
      "",
    );
  for (const item of head.split(/\s*[,;]\s*|\s+(?:and|y)\s+/)) {
    const name = nameOnly(item.replace(/\s+(?:in|en)\s+[^,]*$/i, ""));
    if (name) return name;
  }
  return undefined;
}

/** How many names a short answer lists, when every item is a name ("Mercy and St. Luke's" → 2). */
export function listedNames(text: string): number | undefined {
  const items = text
    .trim()
    .split(/\s*[,;]\s*|\s+(?:and|y)\s+/)
    .filter((s) => s.length > 0);
  return items.length > 1 && items.every((item) => nameOnly(item) !== undefined) ? items.length : undefined;
}
