// Where the care happened: state names (English and Spanish), USPS codes ("Grand Junction CO"),
// big cities whose state is certain, and shared cities told apart by a state or a region named with
// them ("kansas city, the missouri side", "upstate … Rochester"). A state in a provider's name
// counts ("University of Colorado Hospital"); ambiguous places ("Washington", "Georgia Smith") do not.
import { STATE_CODES, type StateCode } from "../../../domain/intake.js";
import { tablesOf } from "../../../i18n/lexicons/index.js";
import { CITIES, REGIONS, SHARED_CITIES, STATE_REGIONS } from "../../../i18n/lexicons/names.js";
import { allMatches, compile, consume, firstMatch, type Message } from "../text.js";
import type { Topic } from "../topics.js";

const CITY = compile(STATE_REGIONS, CITIES);
const SHARED = compile(SHARED_CITIES);
const REGION = compile(REGIONS);
const NAMES = compile(...tablesOf("stateNames"));
const CODES: ReadonlySet<string> = new Set(STATE_CODES);
const isCode = (s: string): s is StateCode => CODES.has(s);
/** Codes that are also everyday words ("IN", "ME", "OR", "OK", "HI", "OH"); read only after a comma. */
const WORDLIKE = new Set(["IN", "ME", "OR", "OK", "HI", "OH", "DE", "LA", "MA", "PA", "AL", "CO"]);
const CODE_TOKEN = /(?<![\w.'])([A-Z]{2})(?![\w'])/g;
/** "Grand Junction CO", "Cumming GA": a code right after a capitalised place word. */
const PLACE_BEFORE = /(?<![A-Za-z])[A-Z][a-z]+ $/;
const NOT_PLACE_BEFORE = /(?:^|\s)(?:I|My|The|It|This|That|And|But|So|Hi|Hey|Yes|No|Ok|Okay|Thanks)\s$/;
/** A state inside a provider's name says where it is when "of" comes before it or a place noun after. */
const IN_NAME_AFTER =
  /^(?:'s)? (?:hospital|health|medical|clinic|university|children'?s|general|state|county|medicaid|cancer|heart|orthopedic|eye|imaging|regional|baptist|methodist|presbyterian)\b/;
/** "Dayton, OH" but not "Yes, OK". */
const CITY_COMMA = /([A-Za-z.]+),\s*$/;
const NOT_CITY = /^(?:yes|no|ok|okay|hi|hello|thanks|sure|well|so|oh|yeah|and)$/i;
const BEFORE_CODE = /(?:,|\b(?:in|from|to|at|en|de))\s*$/;
const PERSON_BEFORE = /(?:\bdr\.?|\bdoctor|\bnurse|\bname is|\bnamed|\bmrs?\.?|\bms\.?|\bmiss|\bse llama|\bdra\.?)\s*$/;
/** A capitalised word after a state name is part of a name ("Georgia Smith", "Virginia Mason")… */
const PROPER_AFTER = /^ +([A-Z][a-z'’]+)/;
/** …unless it is one of these, which keep the state ("Texas Health", "Florida Hospital"). */
const PLACE_WORDS = new Set([
  "Hospital",
  "Health",
  "Medical",
  "Clinic",
  "University",
  "Children's",
  "State",
  "City",
  "County",
  "Medicaid",
]);
const NEGATED = /(?:\bnot|\bno|\bisn'?t|\bwasn'?t|\bnever|\bno es|\bno fue)(?: in| from| en| de)? *$/;
const ELSEWHERE =
  /\b(?:live|living|lives|moved|moving|now in|i'?m in|i am in|we'?re in|we are in|vivo|vive|vivimos|estoy en|me mude|nos mudamos|born)\b[^.,;]*$/;
/**
 * Where the patient is going, or where the new doctor is: never where the care was. Only right
 * before the state ("moving to arizona", "my new doctor is in oregon", "me voy a mudar a texas").
 */
const DESTINATION =
  /\b(?:(?:mov(?:e|es|ed|ing)|relocat(?:e|ed|ing)|transferr?(?:ed|ing)?|head(?:ed|ing)|going back) (?:over |out |down |up |back )?to|(?:new|next) (?:doctors?|docs?|providers?|clinic|hospital|practice|dentist|specialist|surgeon|pcp|gp)(?: (?:is|are|will be))?(?: (?:out|over|down|up))? in|(?:mudar(?:me|nos|se)?|mudo|mudamos|muda|mudando|mudaremos|mudare|me voy|nos vamos|se va|se van|irme|irnos) (?:a vivir )?a|nuev[oa] (?:doctor(?:a)?|medic[oa]|clinica|hospital)(?: (?:esta|queda))? en|(?:mov|relocat|transferr?|send|sent|fax|forward|mand|envi)[a-z]* (?:[a-z]+ ){0,3}(?:to|a) (?:a |an |the |my |our |his |her |un |una |el |la |mi )?(?:new |nuev[oa] )?(?:doctor|doc|clinic|hospital|practice|provider|specialist|surgeon|dentist|office|medic[oa]|clinica|consultorio)s? (?:in|out in|over in|down in|up in|en))(?: the state of| el estado de)? *$/;
/** A Spanish name's noun and article before its first proper word ("Clínica San José"). */
const LEADING_NOUNS = /^(?:(?:the|el|la|hospital|clinica|centro|medico|consultorio|laboratorio|farmacia|de|del) )*/;
/** "We moved from Tennessee": the state left behind is where the care was. */
const MOVED_FROM = /\b(?:moved|moving|relocated|came|me mude|nos mudamos|vinimos)(?: here)? (?:from|de|desde) *$/;
const WASHINGTON = /^(?:(?:it'?s|it was|in|i'?m in|we'?re in|en|es) )?(?:the )?washington\.?$/;
const CORRECTION = /\b(?:actually|i meant|make that|sorry|en realidad|quise decir|perdon)\b/;

interface Mention {
  code: StateCode | "ambiguous";
  index: number;
  context: string;
  /** A shared city's possible states. */
  candidates?: readonly StateCode[];
}

/** The state of care, or undefined when none or more than one is plausible. */
export function findState(msg: Message, topic: Topic | undefined): StateCode | undefined {
  const mentions: Mention[] = [];
  const add = (code: StateCode | "ambiguous", index: number, candidates?: readonly StateCode[]) => {
    const context = msg.low.slice(Math.max(0, index - 40), index);
    if (!NEGATED.test(context) && !DESTINATION.test(context))
      mentions.push({ code, index, context, ...(candidates ? { candidates } : {}) });
  };
  for (const m of allMatches(CITY, msg.masked)) {
    // "Jackson Memorial Hospital" names a hospital, not the city of Jackson.
    const shared = m.value === "ambiguous" ? firstMatch(SHARED, msg.low.slice(m.index, m.end)) : undefined;
    if (!partOfName(msg, m.index, m.end)) add(m.value, m.index, shared);
    consume(msg, m.index, m.end);
  }
  for (const [start, end] of msg.names) {
    const name = msg.low.slice(start, end);
    // A city after a name's first word says where it is ("Kaiser Permanente San Jose Medical
    // Center", "Hospital Metodista de Houston"); as the first word it is the name ("Cleveland Clinic").
    const first = LEADING_NOUNS.exec(name)?.[0].length ?? 0;
    for (const c of allMatches(CITY, name))
      if (c.index > first)
        add(
          c.value,
          start + c.index,
          c.value === "ambiguous" ? firstMatch(SHARED, name.slice(c.index, c.end)) : undefined,
        );
    for (const [code, re] of NAMES) {
      re.lastIndex = 0;
      for (let m = re.exec(name); m; m = re.exec(name)) {
        const after = name.slice(m.index + m[0].length);
        // "of Kansas City" names a city, not Kansas.
        if (allMatches(CITY, name).some((c) => c.index <= m!.index && c.end > m!.index)) continue;
        if (/(?:^| )of $/.test(name.slice(0, m.index)) || IN_NAME_AFTER.test(after)) add(code, start + m.index);
      }
    }
  }
  for (const [code, re] of NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(msg.masked); m; m = re.exec(msg.masked)) {
      const end = m.index + m[0].length;
      if (!partOfName(msg, m.index, end)) add(code, m.index);
      consume(msg, m.index, end);
    }
  }
  CODE_TOKEN.lastIndex = 0;
  for (let m = CODE_TOKEN.exec(msg.raw); m; m = CODE_TOKEN.exec(msg.raw)) {
    const code = m[1]!;
    if (!isCode(code) || msg.masked.slice(m.index, m.index + 2).trim() === "") continue;
    const before = msg.raw.slice(0, m.index);
    const alone = msg.raw.trim().replace(/[.!]$/, "") === code;
    const city = CITY_COMMA.exec(before)?.[1];
    const comma = city !== undefined && !NOT_CITY.test(city);
    const placed = PLACE_BEFORE.test(before) && !NOT_PLACE_BEFORE.test(before);
    if (alone || comma || placed || (BEFORE_CODE.test(before) && !WORDLIKE.has(code))) add(code, m.index);
  }
  if (topic === "state") {
    const bare = msg.low.replace(/[.!]$/, "").trim();
    if (WASHINGTON.test(msg.masked.trim())) return "WA";
    const code = bare.toUpperCase();
    if (mentions.length === 0 && isCode(code) && bare.length === 2) return code;
  }
  return choose(resolveShared(mentions, firstMatch(REGION, msg.low)), CORRECTION.test(msg.low));
}

/**
 * A shared city takes the state named with it ("colorado, aurora", "kansas city, the missouri
 * side") or its region's ("upstate … rochester"); with neither it stays ambiguous.
 */
function resolveShared(mentions: Mention[], region: StateCode | undefined): Mention[] {
  const named = new Set(mentions.filter((m) => m.code !== "ambiguous").map((m) => m.code));
  return mentions.map((m) => {
    if (!m.candidates) return m;
    const pick = m.candidates.filter((c) => named.has(c) || c === region);
    return pick.length === 1 ? { ...m, code: pick[0]! } : m;
  });
}

/** A place word inside a person's or a provider's name: "Georgia Smith", "Dr. Virginia", "Jackson Memorial". */
function partOfName(msg: Message, start: number, end: number): boolean {
  if (PERSON_BEFORE.test(msg.low.slice(0, start))) return true;
  const after = PROPER_AFTER.exec(msg.raw.slice(end));
  return after !== null && !PLACE_WORDS.has(after[1]!);
}

function choose(mentions: Mention[], correcting: boolean): StateCode | undefined {
  if (mentions.length === 0) return undefined;
  const last = mentions.at(-1)!.code;
  if (correcting) return last === "ambiguous" ? undefined : last;
  let codes = new Set(mentions.map((m) => m.code));
  if (codes.size > 1) {
    // "I live in Ohio now but the hospital was in Texas": where the care was beats where they live.
    const care = mentions.filter((m) => !ELSEWHERE.test(m.context) || MOVED_FROM.test(m.context));
    codes = new Set(care.map((m) => m.code));
  }
  if (codes.size !== 1) return undefined;
  const [only] = codes;
  return only === "ambiguous" ? undefined : only;
}
