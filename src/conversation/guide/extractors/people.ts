// Who is asking and about whom: the patient, a parent, a guardian, a power of attorney, an executor;
// whether the patient is a minor or has died; and whether a death word is about the doctor instead.
import type { Intake } from "../../../domain/intake.js";
import { LANGS } from "../../../i18n/langs.js";
import { LEXICONS, tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { ABBREVIATION, compile, firstMatch } from "../text.js";
import type { Topic } from "../topics.js";

type Requester = NonNullable<Intake["requester"]>;

const ROLE = compile(...tablesOf("roles"));
const W = (s: string) => new RegExp(`(?<![\\w'])(?:${s})(?![\\w])`);
const G = (s: string) => new RegExp(`(?<![\\w'])(?:${s})(?![\\w])`, "g");
const CHILD_RE = G(
  `(?:my|our|mi|nuestr[oa]) (?:\\d{1,2}[- ]?(?:year|yr)s?[- ]?old |\\d{1,2} ?(?:yo|y\\/o|y\\.o\\.|yr old) |little |oldest |youngest |teenage |adult |grown |baby |newborn )?(?:${wordsOf("child")})`,
);
const RELATIVE_RE = G(`(?:my|our|mi|my late|mi difunt[oa]) (?:${wordsOf("relative")})`);
/**
 * A relative is only the patient when the words say so: "my mom's records", "for my son", "de mi
 * hija", "my dad … his records". "Tricare, my husband is active duty" says nothing about whose records.
 */
const CUE_BEFORE = /(?:\b(?:for|para|de|del|of|helping|help|get|getting|behalf of|con)\s+)$/;
const CUE_AFTER =
  /^(?:'s?\b|\s+(?:needs|wants|is the patient|had|has had|got|was (?:seen|treated|admitted|born|in)|went|fell|broke|passed|died|necesita|quiere|tuvo|tiene|fue|estuvo)\b|\s+(?:(?:immunization|vaccine|shot|medical|dental|school) )?(?:records?|shots|vaccines?|chart)\b)/;
const PRONOUN_RECORDS =
  /\b(?:his|her|their|sus?)\s+(?:\w+\s+)?(?:records?|chart|file|shots|vaccines?|doctor|x-?rays|labs|scans|expedientes?|registros|vacunas|radiografias|analisis|resultados|papeles|estudios|notas|medical|poa|power of attorney)\b/;
const SELF_RE = W(wordsOf("self"));
const OTHER_RE = W(wordsOf("other"));
/** A whole answer to "who are the records for?" that starts with the patient: "me i guess", "it's for me". */
const SELF_ANSWER =
  /^(?:(?:it'?s|its|they'?re|theyre|they are|just|only|all|yes|yeah|um|uh|well|son)[,.]? )*(?:me|mine|myself|for me|for myself|my own(?: records)?|i am|i'?m the patient|yo|a mi|para mi|mios|mias|son mios|me mism[oa])(?![\w'])/;
/** "I'm 17": the patient's own age, read when they speak of no one else. */
const OWN_AGE =
  /(?<![\w'])(?:i'?m|im|i am|tengo) (\d{1,2})(?:(?: years old| yrs old| yo| anos)(?![a-z])|(?=\s*(?:$|[,.!?;]|and\b|but\b|y\b|pero\b)))/;
const MINOR_RE = W(wordsOf("minor"));
const AGE = /(?<!\d)(\d{1,2}) ?(?:-| )?(?:years?|yrs?|y\/?o|anos)(?:[- ]old)?(?![a-z])|(?:tiene|de) (\d{1,2}) anos/;
const STATED_AGE =
  /\b(?:is|she'?s|he'?s|turns|turned|tiene) (\d{1,2})(?![\d/:.])(?! (?:weeks|months|days|semanas|meses))/;
const ADULT = /\b(?:adult|grown|mayor de edad)\b/;
const DEATH_RE = G(wordsOf("death"));
const LATE = /(?<![\w'])(?:my late|mi difunt[oa]|my deceased|deceased|the late)(?![\w])/;
const ESTATE = /(?<![\w'])(?:estate|executor|albacea|herencia)(?![\w])/;
const DOCTOR_NOUN = new RegExp(
  `(?<![\\w'])(?:${wordsOf("doctor")}|practice|office|consultorio|they|they'?re|theyre|it|it'?s|its)(?![\\w])`,
  "g",
);
/** Family words of every language, each language's relatives before its children. */
const PEOPLE = LANGS.map((l) => `${LEXICONS[l].relative}|${LEXICONS[l].child}`).join("|");
const PERSON_NOUN = new RegExp(`(?<![\\w'])(?:${PEOPLE}|patient|paciente)(?![\\w])`, "g");
const PERSON_WORD = new RegExp(`(?<![\\w'])(?:${PEOPLE})(?![\\w])`);

/** "The ob-gyn I saw closed": a relative clause's "I" is not the subject. */
const SELF_NOUN = /(?<![\w'])(?:i|we|me|yo)(?![\w'])(?! (?:saw|see|used to see|went to|had|was seeing|visited|liked))/g;

export interface People {
  requester?: Requester;
  isMinor?: boolean;
  isDeceased?: boolean;
  /** The death words were about the doctor: provider.status "deceased". */
  doctorDied?: boolean;
}

/** Who asks for whom, from the folded text; `topic` lets a bare "me" answer "who are they for?". */
export function findPeople(low: string, topic: Topic | undefined): People {
  const out: People = {};
  const role = firstMatch(ROLE, low);
  const deaths = deathsIn(low);
  const asked = topic === "requester";
  const child = patient(CHILD_RE, low, false, asked);
  const relative = patient(RELATIVE_RE, low, deaths.person, asked);
  const age = AGE.exec(low) ?? (child || relative ? STATED_AGE.exec(low) : null);
  const years = age ? Number(age[1] ?? age[2]) : undefined;
  // "me and my husband": both, so neither reading; "me. well my daughter actually" corrects itself.
  const both =
    asked &&
    (child || relative) &&
    SELF_ANSWER.test(low.trim()) &&
    !/\b(?:actually|i mean|sorry|wait|perdon|digo)\b/.test(low);
  if (both && !role) return out;
  if (role) out.requester = role;
  else if (child) out.requester = (years !== undefined && years >= 18) || ADULT.test(child[0]) ? "other" : "parent";
  else if (relative || OTHER_RE.test(low)) out.requester = "other";
  else if (ownWords(low) || (topic === "requester" && SELF_ANSWER.test(low.trim()) && !PERSON_WORD.test(low)))
    out.requester = "self";
  const own = !child && !relative && out.requester !== "other" ? OWN_AGE.exec(low) : null;
  if (own) out.isMinor = Number(own[1]) < 18;

  if (child || relative || topic?.startsWith("patient")) {
    if (years !== undefined) out.isMinor = years < 18;
    else if (MINOR_RE.test(low) && !ADULT.test(low)) out.isMinor = true;
  }
  if (role === "executor" || ESTATE.test(low) || LATE.test(low) || deaths.person) out.isDeceased = true;
  if (deaths.doctor) out.doctorDied = true;
  return out;
}

/** The patient's own records or care, in words that name no one else ("my son had an MRI" does). */
function ownWords(low: string): boolean {
  const re = new RegExp(SELF_RE.source, "g");
  for (let m = re.exec(low); m; m = re.exec(low)) if (!PERSON_WORD.test(m[0])) return true;
  return false;
}

/** The first family word that names the patient, given the cues around it. */
function patient(re: RegExp, low: string, died: boolean, asked = false): RegExpExecArray | undefined {
  // Asked "who are the records for?", a family word is the answer: "my wife".
  const pronoun = asked || PRONOUN_RECORDS.test(low);
  re.lastIndex = 0;
  for (let m = re.exec(low); m; m = re.exec(low)) {
    const cued = CUE_BEFORE.test(low.slice(0, m.index)) || CUE_AFTER.test(low.slice(m.index + m[0].length));
    if (cued || pronoun || died || m[0].includes("late") || m[0].includes("difunt")) return m;
  }
  return undefined;
}

/** Death words, each attributed to the nearest noun before it: the doctor or a person. */
function deathsIn(low: string): { doctor: boolean; person: boolean } {
  const out = { doctor: false, person: false };
  DEATH_RE.lastIndex = 0;
  for (let m = DEATH_RE.exec(low); m; m = DEATH_RE.exec(low)) {
    if (m[0] === "late") continue;
    const who = subject(low.slice(Math.max(0, m.index - 60), m.index));
    if (who === "doctor") out.doctor = true;
    else if (who === "person") out.person = true;
  }
  return out;
}

/** Which noun a verb is about: the nearest one before it in the same sentence. */
export function subject(before: string): "doctor" | "person" | "self" | undefined {
  const plain = before.replace(ABBREVIATION, "$1 ");
  const sentence = plain.slice(plain.search(/[^.!?;]*$/));
  const last = (re: RegExp) => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) at = m.index;
    return at;
  };
  const doctor = last(DOCTOR_NOUN);
  const person = last(PERSON_NOUN);
  const self = last(SELF_NOUN);
  const nearest = Math.max(doctor, person, self);
  if (nearest < 0) return undefined;
  return nearest === doctor ? "doctor" : nearest === person ? "person" : "self";
}
