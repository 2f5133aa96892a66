// The provider holding the records: its name (provider-name.ts), its kind (from the name first),
// whether it is still open (retired, closed, bought), the patient's portal access, and how many
// providers are involved ("5 different hospitals", "all 4 of my doctors").
import type { Intake } from "../../../domain/intake.js";
import { tablesOf, wordsOf } from "../../../i18n/lexicons/index.js";
import { compile, consume, firstMatch, type Message, NUMBER_SOURCE, toNumber } from "../text.js";
import type { Topic } from "../topics.js";
import { subject } from "./people.js";
import { findName, listedNames, typeOfName } from "./provider-name.js";

type Provider = NonNullable<Intake["provider"]>;

const TYPES = compile(...tablesOf("providerTypes"));
const MY_DOCTOR = new RegExp(`(?<![\\w'])(?:${wordsOf("myDoctor")})(?![\\w])`);
const DESTINATION = new RegExp(`(?<![\\w'])(?:${wordsOf("destinations")})(?![\\w])`, "g");
const STATUS = compile(...tablesOf("providerStatus"));
const PORTALS = compile(...tablesOf("portal"));
const PORTAL_WORDS = /portal|mychart|my chart|\bapp\b|log ?in|login|sign in|password|online|account|entrar|contrasena/;
const PLACES =
  "hospitals?|doctors?|providers?|clinics?|practices?|offices?|specialists?|places|facilities|labs|dentists|hospital(?:es)?|doctor(?:es)?|medicos?|clinicas?|proveedor(?:es)?|lugares|consultorios?|especialistas?";
const COUNT = new RegExp(
  `(?<![\\w.,/-])(${NUMBER_SOURCE}|only one|just one|solo un[oa]?|un[oa]? sol[oa]|solamente un[oa]?) (?:different |separate |other |diferentes |distintos )?(?:${PLACES})(?![\\w])(?! (?:ago|visits?))`,
);
/** "all 4 of my doctors". */
const COUNT_OF = new RegExp(
  `(?<![\\w.,/-])(?:all )?(\\d{1,3}|${NUMBER_SOURCE}) of (?:my|his|her|their|our|the|mis|sus) (?:different )?(?:${PLACES})(?![\\w])`,
);
const COUNT_AFTER = new RegExp(`(?<![\\w])(?:${PLACES}) (?:diferentes |distintos )?(?:-|:)? ?(\\d{1,3})(?![\\w])`);

export interface ProviderFacts {
  provider: Provider;
  count?: number;
}

/** Provider facts from the message; spans consumed earlier (a recipient) are not read as the provider. */
export function findProvider(msg: Message, topic: Topic | undefined): ProviderFacts {
  const provider: Provider = {};
  maskDestinations(msg);
  const textType = firstMatch(TYPES, msg.masked);
  const generic = MY_DOCTOR.test(msg.masked) ? ("physician_practice" as const) : undefined;
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
  const count = findCount(msg.low, topic) ?? (topic === "provider.name" ? listedNames(msg.text) : undefined);
  // A name says its own kind; "my doctor" says a practice only when no other provider is named,
  // and several providers have no one kind.
  const organisation = name !== undefined && !/^dra?\b/i.test(name);
  const type = (name && typeOfName(name)) ?? textType ?? (organisation || (count ?? 1) > 1 ? undefined : generic);
  if (type) provider.type = type;
  return { provider, count };
}

/**
 * Where the records go is not where they are: "my new surgeon", "a second opinion at MD Anderson"
 * are consumed, with the name that follows them, before the provider is read.
 */
function maskDestinations(msg: Message): void {
  DESTINATION.lastIndex = 0;
  for (let m = DESTINATION.exec(msg.masked); m; m = DESTINATION.exec(msg.masked)) {
    let end = m.index + m[0].length;
    // "a second opinion at MD Anderson", "my new neurologist at Ochsner": the place goes too.
    const lead = /(?:at|with|from|to|en|con)$/.test(m[0]) ? "" : "(?:at|with|from|en|con) ";
    const after = new RegExp(`^ ${lead}((?:(?:Dr\\.?|[A-Z][\\w'&.+-]*)(?: |$))+)`).exec(`${msg.raw.slice(end)} `);
    if (after) end += after[0].trimEnd().length;
    consume(msg, m.index, Math.min(end, msg.raw.length));
  }
}

function findCount(low: string, topic: Topic | undefined): number | undefined {
  const m = COUNT.exec(low) ?? COUNT_OF.exec(low) ?? COUNT_AFTER.exec(low);
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
