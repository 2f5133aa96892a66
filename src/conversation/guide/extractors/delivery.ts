// How and to whom copies go ("email them", "paper copies by mail", "send them to my new doctor,
// Dr. Patel", "send everything to MD Anderson"), in which format, and why the patient needs them.
import type { Intake } from "../../../domain/intake.js";
import { tablesOf } from "../../../i18n/lexicons/index.js";
import { compile, consume, firstMatch, type Message } from "../text.js";
import { bare, closes, EN_CONNECTORS, nameEnd, nameWord, onlyPlaceOrTime, surnameLike, tokens } from "./names.js";

const DELIVERIES = compile(...tablesOf("delivery"));
const FORMAT = compile(...tablesOf("formats"));
const PURPOSE = compile(...tablesOf("purposes"));
/** "send everything to MD Anderson": a sending verb and "to" right before a name. */
const SEND_TO =
  /(?<![\w'])(?:send|sent|forward|forwarded|fax|faxed|transfer|transferred|mail|mailed|e-?mail|e-?mailed|enviar(?:los|las)?|mandar(?:los|las)?|env[ií]e(?:los|las)?|mande(?:los|las)?)(?: (?:them|it|everything|all of it|the records|my records|copies|a copy|those|all|todo))?(?: (?:directly|straight|right|directamente))?(?: over)? (?:to|a) $/;
/** How the recipient's name is introduced after the noun: "…, Dr. Patel", "? Her name is Dr. Chu". */
const INTRO =
  /^[\s,:;.?!-]*(?:(?:her|his|their|the doctor'?s|the lawyer'?s|the attorney'?s|su) name(?:'s| is)|se llama|named|called|who is|es (?:el|la))\s+/i;
const DOCTOR = /^(?:Dr|DR|dr|Dra|dra)\.?$/;

export interface DeliveryFacts {
  format?: NonNullable<Intake["format"]>;
  delivery?: NonNullable<Intake["delivery"]>;
  recipientName?: string;
  purpose?: NonNullable<Intake["purpose"]>;
}

/** Delivery, format, recipient and purpose; the recipient's words are consumed so they are not the provider. */
export function findDelivery(msg: Message): DeliveryFacts {
  const out: DeliveryFacts = {};
  for (const [delivery, re] of DELIVERIES) {
    re.lastIndex = 0;
    const m = re.exec(msg.masked);
    if (!m) continue;
    out.delivery = delivery;
    if (delivery === "third_party") {
      // The pattern may end on "Dr." itself: "send them to Dr. Patel".
      const dr = /\bdr\.?$/.exec(m[0]);
      const from = dr ? m.index + dr.index : m.index + m[0].length;
      // "send everything to Mayo Clinic": the noun was the end of a name.
      const to = m.index + m[0].lastIndexOf(" to ") + 4;
      const named = dr ? undefined : nameAt(msg, to);
      const r = named ?? recipient(msg, from, dr !== null);
      if (r) out.recipientName = r.name;
      // "sent from Kaiser … to my new doctor": the provider after "from" stays to be read.
      const via = m[0].search(/ from .* to /);
      const start = via >= 0 ? m.index + m[0].lastIndexOf(" to ") : m.index;
      consume(msg, start, r ? r.end : m.index + m[0].length);
    }
    break;
  }
  if (!out.delivery) {
    const named = sentToName(msg);
    if (named) {
      out.delivery = "third_party";
      out.recipientName = named;
    }
  }
  if (out.recipientName) forget(msg, out.recipientName);
  const format = firstMatch(FORMAT, msg.low);
  if (format) out.format = format;
  else if (out.delivery === "email" || out.delivery === "portal") out.format = "electronic";
  const purpose = firstMatch(PURPOSE, msg.low);
  if (purpose) out.purpose = purpose;
  return out;
}

/** A bare way, said to "how would you like to get your copy?": "email is fine", "mail", "los recojo". */
const ASKED_WAYS: ReadonlyArray<[NonNullable<Intake["delivery"]>, RegExp]> = [
  ["email", /\be-?mail|correo electronico|\bcorreo e\b|@/],
  ["portal", /portal|mychart|\bapp\b|en linea|online/],
  ["fax", /\bfax/],
  ["pickup", /pick|recog|in person|en persona|pasar por/],
  ["mail", /\bmail|correo|\bpost\b|a mi casa|to my (?:house|home)/],
];

/**
 * The answer to "how would you like to get your copy?", completed: a bare way ("email is fine",
 * "mail"), and the format the way implies when none was named: electronic by email or the portal,
 * a paper copy by mail or to pick up (what the quick replies say; "a CD by mail" names its own).
 */
export function askedDelivery(found: DeliveryFacts, low: string): void {
  if (!found.delivery) {
    const way = ASKED_WAYS.find(([, re]) => re.test(low))?.[0];
    if (way) found.delivery = way;
  }
  if (found.format || !found.delivery) return;
  if (found.delivery === "email" || found.delivery === "portal") found.format = "electronic";
  else if (found.delivery === "mail" || found.delivery === "pickup") found.format = "paper";
}

/**
 * The recipient named right after the noun ("my new doctor, Dr. Alvarez at Kaiser", "my attorney,
 * Rachel Goldberg at Goldberg & Stein LLP"): the person as written, the place after "at" consumed too.
 */
function recipient(msg: Message, from: number, direct: boolean): { name: string; end: number } | undefined {
  const rest = msg.raw.slice(from);
  const intro = direct ? null : INTRO.exec(rest);
  if (!direct && !intro && !/^,\s*/.test(rest)) return undefined;
  const offset =
    from + (intro ? intro[0].length : (/^,?\s*(?:(?:el|la|the)\s+(?=dra?\b))?/i.exec(rest)?.[0].length ?? 0));
  const words = tokens(msg.raw.slice(offset));
  if (words.length === 0) return undefined;
  let last: number;
  if (DOCTOR.test(bare(words[0]!.text)) && words[1]) {
    if (nameWord(words[1].text)) last = Math.min(nameEnd(words, 1, new Set()), 3);
    else if (/^[a-z][a-z'-]+[,.!?]?$/.test(words[1].text) && surnameLike(words[1].text)) last = 1;
    else return undefined;
  } else if (nameWord(words[0]!.text)) last = Math.min(nameEnd(words, 0, new Set()), 3);
  else return undefined;
  const nameEndAt = offset + words[last]!.start + bare(words[last]!.text).length;
  const name = msg.text.slice(offset, nameEndAt).replace(/'s$/, "");
  let end = nameEndAt;
  // "… at Kaiser": the recipient's practice is consumed with them.
  const at = words[last + 1];
  if (!closes(words[last]!.text) && at && /^(?:at|en|with|from|de)$/.test(at.text) && words[last + 2]) {
    const orgEnd = nameEnd(words, last + 2, EN_CONNECTORS);
    if (orgEnd >= last + 2) end = offset + words[orgEnd]!.start + bare(words[orgEnd]!.text).length;
  }
  return { name, end };
}

/** The name that starts at `at`, if one does ("Mayo Clinic in Rochester" → "Mayo Clinic"). */
function nameAt(msg: Message, at: number): { name: string; end: number } | undefined {
  const words = tokens(msg.raw);
  const i = words.findIndex((w) => w.start === at);
  if (i < 0 || !nameWord(words[i]!.text)) return undefined;
  const last = nameEnd(words, i, EN_CONNECTORS);
  const end = words[last]!.start + bare(words[last]!.text).length;
  const name = msg.text.slice(at, end);
  return onlyPlaceOrTime(name) ? undefined : { name, end };
}

/** "Please send everything to MD Anderson": a name (not "me", not a state) right after "send … to". */
function sentToName(msg: Message): string | undefined {
  const words = tokens(msg.raw);
  for (let i = 1; i < words.length; i++) {
    const before = msg.masked.slice(Math.max(0, words[i]!.start - 80), words[i]!.start);
    if (!SEND_TO.test(before) || !nameWord(words[i]!.text)) continue;
    const last = nameEnd(words, i, EN_CONNECTORS);
    const name = msg.text.slice(words[i]!.start, words[last]!.start + bare(words[last]!.text).length);
    if (onlyPlaceOrTime(name)) continue;
    consume(msg, words[i]!.start, words[i]!.start + name.length);
    return name;
  }
  return undefined;
}

/** Every other mention of the recipient is theirs too: "a second opinion at MD Anderson … send to MD Anderson". */
function forget(msg: Message, name: string): void {
  for (let at = msg.text.indexOf(name); at >= 0; at = msg.text.indexOf(name, at + name.length))
    consume(msg, at, at + name.length);
}
