// The provider holding the records: its name ("Mercy Hospital", "Dr. Smith's office"), kind,
// whether it is still open (retired, closed, bought), the patient's portal access, and how many
// providers are involved ("5 different hospitals").
import type { Intake } from "../../../domain/intake.js";
import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { compile, consume, firstMatch, type Message, NUMBER_SOURCE, toNumber } from "../text.js";
import type { Topic } from "../topics.js";
import { subject } from "./people.js";

type Provider = NonNullable<Intake["provider"]>;

const TYPES = compile(...tablesOf("providerTypes"));
const STATUS = compile(...tablesOf("providerStatus"));
const PORTALS = compile(...tablesOf("portal"));
const PORTAL_WORDS = /portal|mychart|my chart|log ?in|login|sign in|password|online|account|entrar|contrasena/;
const PLACES =
  "hospitals?|doctors?|providers?|clinics?|practices?|offices?|specialists?|places|facilities|labs|dentists|hospital(?:es)?|doctor(?:es)?|medicos?|clinicas?|proveedor(?:es)?|lugares|consultorios?|especialistas?";
const COUNT = new RegExp(
  `(?<![\\w.,/-])(${NUMBER_SOURCE}|only one|just one|solo un[oa]?|un[oa]? sol[oa]|solamente un[oa]?) (?:different |separate |other |diferentes |distintos )?(?:${PLACES})(?![\\w])(?! (?:ago|visits?))`,
);
const COUNT_AFTER = new RegExp(`(?<![\\w])(?:${PLACES}) (?:diferentes |distintos )?(?:-|:)? ?(\\d{1,3})(?![\\w])`);
const TITLE = "(?:St\\.|Saint|Mt\\.|[A-Z][A-Za-z'&-]+)";
const NOUNS =
  "Hospital|Medical Cent(?:er|re)|Medical Group|Health(?: System| Center| Centre)?|Clinic|Pediatrics|Family Medicine|Family Practice|Urgent Care|Imaging|Radiology|Orthopedics|Dental|Dentistry|Cardiology|Dermatology|Oncology|Associates|Physicians|Healthcare|Diagnostics|Surgery Center";
const NAME_BY_NOUN = new RegExp(
  // "Miami Valley Imaging Center": a trailing "Center" belongs to the name.
  `(?<![A-Za-z])((?:${TITLE} ){1,4}(?:${NOUNS})(?: Cent(?:er|re))?(?: (?:of|de) [A-Z][A-Za-z]+)?)(?![A-Za-z])`,
  "g",
);
/** Capitalised common words that do not make a name ("Mental Health", "Urgent Care"). */
const GENERIC =
  /^(?:Mental|Behavioral|Public|Home|Primary|Urgent|Family|Physical|Women's|Children's|Eye|Dental|Medical|Health|Local|Community|Regional|General) /;
const NOUN_FIRST =
  /(?<![A-Za-z])((?:Hospital|Clínica|Clinica|Centro Médico|Centro Medico)(?: (?:de |del |San |Santa )?[A-Z][A-Za-zñáéíóú]+){1,3})/g;
const LOWER_NAME = new RegExp(
  `(?<![a-z])(?:at|from|with|called|named|en|del|de la) ((?:[a-z'&.-]+ ){1,3}(?:${wordsOf("providerNouns")}))(?![a-z])`,
  "g",
);
const DOCTOR_NAME =
  /(?<![A-Za-z])(?:Dr|DR|dr|Dra|dra)\.? ([A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'-]+(?: [A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'-]+)?|[a-z][a-z'-]+)/g;
const NOT_NAMES =
  /^(?:the|a|an|my|his|her|their|our|this|that|local|same|one|another|different|other|new|old|i|we|we're|at|from|mi|el|la|un|una|su|otro|otra)$/i;
const NOT_SURNAMES =
  /^(?:office|visit|appointment|said|told|who|and|the|or|retired|died|closed|was|is|has|had|records|notes|to|at|in)$/i;
const LEAD = /^(?:The|My|A|At|From|I|We|And|Our|His|Her|Their|In|To|Also|But|So|Then|Yes|No)\s+/;

export interface ProviderFacts {
  provider: Provider;
  count?: number;
}

/** Provider facts from the message; spans consumed earlier (a recipient) are not read as the provider. */
export function findProvider(msg: Message, topic: Topic | undefined): ProviderFacts {
  const provider: Provider = {};
  const type = firstMatch(TYPES, msg.masked);
  if (type) provider.type = type;
  for (const [status, re] of STATUS) {
    re.lastIndex = 0;
    const m = re.exec(msg.masked);
    // "My dad is retired" is about a person; the status needs a doctor, a practice or no subject.
    const who = m ? subject(msg.low.slice(Math.max(0, m.index - 60), m.index)) : undefined;
    if (m && who !== "person" && who !== "self") {
      provider.status = status;
      break;
    }
  }
  if (topic === "provider.portal" || PORTAL_WORDS.test(msg.low)) {
    const portal = firstMatch(PORTALS, msg.low);
    if (portal) provider.portal = portal;
  }
  const name = findName(msg, topic);
  if (name) provider.name = name;
  return { provider, count: findCount(msg.low, topic) };
}

function findCount(low: string, topic: Topic | undefined): number | undefined {
  const m = COUNT.exec(low) ?? COUNT_AFTER.exec(low);
  const word = m?.[1];
  const n = word === undefined ? undefined : /(?:one|un[oa]?|sol[oa])$/.test(word) ? 1 : toNumber(word);
  if (n !== undefined && n >= 1 && n <= 500) return n;
  if (topic === "providerCount") {
    const bare = /^(?:just |only |about |like |maybe )?(\d{1,3}|[a-z]+)(?: of them)?[.!]?$/.exec(low.trim());
    const k = bare ? toNumber(bare[1]!) : undefined;
    if (k !== undefined && k >= 1 && k <= 500) return k;
  }
  return undefined;
}

function findName(msg: Message, topic: Topic | undefined): string | undefined {
  const free = (index: number, length: number) => msg.masked.slice(index, index + length).trim().length === length;
  const candidates: Array<{ index: number; name: string; length: number }> = [];
  for (const re of [NAME_BY_NOUN, NOUN_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(msg.raw); m; m = re.exec(msg.raw)) {
      const name = m[1]!.replace(LEAD, "").replace(LEAD, "");
      const at = m.index + m[1]!.length - name.length;
      if (name.includes(" ") && !GENERIC.test(name) && free(at, name.length))
        candidates.push({ index: at, name, length: name.length });
    }
  }
  DOCTOR_NAME.lastIndex = 0;
  for (let m = DOCTOR_NAME.exec(msg.raw); m; m = DOCTOR_NAME.exec(msg.raw)) {
    const words = m[1]!.split(" ").map((w) => w.replace(/'s$/, ""));
    if (words[1] && NOT_SURNAMES.test(words[1])) words.pop();
    if (!NOT_SURNAMES.test(words[0]!) && free(m.index, m[0].length))
      candidates.push({ index: m.index, name: `Dr. ${titleCase(words.join(" "))}`, length: m[0].length });
  }
  LOWER_NAME.lastIndex = 0;
  for (let m = LOWER_NAME.exec(msg.masked); m; m = LOWER_NAME.exec(msg.masked)) {
    const first = m[1]!.split(" ")[0]!;
    const at = m.index + m[0].length - m[1]!.length;
    if (!NOT_NAMES.test(first) && msg.raw.slice(at, at + m[1]!.length) === m[1])
      candidates.push({ index: at, name: titleCase(m[1]!), length: m[1]!.length });
  }
  candidates.sort((a, b) => a.index - b.index);
  // The name's words are consumed: "Clínica San José" must not also read as San Jose, California.
  const first = candidates[0];
  if (first) {
    consume(msg, first.index, first.index + first.length);
    return first.name;
  }
  if (topic !== "provider.name") return undefined;
  const bare = bareName(msg.raw);
  if (bare) consume(msg, 0, msg.raw.length);
  return bare;
}

/** A short answer to "what is the provider called?": "it's mercy hospital" → "Mercy Hospital". */
export function bareName(raw: string): string | undefined {
  const text = raw
    .trim()
    .replace(/[.!]+$/, "")
    .replace(/^(?:it'?s|it is|it was|they'?re|the|at|es|en|se llama)\s+/i, "");
  if (text.length < 2 || text.length > 80 || /\d{3}|[?@]/.test(text)) return undefined;
  if (/^(?:yes|no|not sure|i don'?t know|idk|no se|si)$/i.test(text)) return undefined;
  return text === text.toLowerCase() ? titleCase(text) : text;
}

/** "mercy hospital" → "Mercy Hospital"; names the patient capitalised are kept as written. */
export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])([a-zà-ÿ])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}
