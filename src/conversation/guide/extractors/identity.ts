// Who the patient is: name ("my name is …", "me llamo …", or a bare answer when the name was just
// asked), a former name ("back then my name was …"), phone and email. A caller acting for someone
// else gives their own name, not the patient's. Names are kept as written ("R. Patel", "Sr.").
import { LEXICONS } from "../../../i18n/lexicons/index.js";
import type { Topic } from "../topics.js";
import { bare, nameOnly } from "./names.js";

const WORD = "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.-]*";
const NAME = `(${WORD}(?: ${WORD}){0,3})`;
const OWN_NAME = new RegExp(`(?:my name is|my name's|me llamo|mi nombre es|name:)\\s+${NAME}`, "i");
const THEIR_NAME = new RegExp(
  `(?:(?:his|her|their|the patient'?s|patient|my (?:${LEXICONS.en.relative}|${LEXICONS.en.child})'s) name is|(?:el|la) paciente es|(?:mi|su) (?:${LEXICONS.es.relative}|${LEXICONS.es.child}) se llama|su nombre es)\\s+${NAME}`,
  "i",
);
const BARE = new RegExp(
  `^(?:(?:it'?s|it is|i'?m|im|i am|my name is|her name is|his name is|name is|es|soy|se llama|me llamo)\\s+)?${NAME}[.!]?$`,
  "i",
);
/** Where a name stops: "my name is Ana Ruiz and I need…", "Maria Lopez born 3/4/80". */
const STOP =
  /^(?:and|i|im|i'm|my|y|born|dob|from|in|at|de|del|en|with|but|pero|for|para|the|el|la|need|needs|necesito|is|was|es)$/i;
/** A former name: "back then my name was Jessica Tran", "maiden name Ruiz", "antes me llamaba …". */
const FORMER = new RegExp(
  `(?<![\\w'])(?:my name (?:was|used to be)|my old name (?:was|is)|i used to be|i was formerly|formerly known as|(?:my )?maiden name(?: is| was|:)?|formerly|previously|n[ée]e|under the name|antes me llamaba|mi nombre (?:era|de soltera es|de soltera era|anterior era))\\s+${NAME}`,
  "i",
);
/** The name now, after a former one: "now it's Jessica Alvarez", "ahora me llamo …". */
const CURRENT = new RegExp(
  `(?<![\\w'])(?:now it'?s|now it is|now i'?m|now i am|my name is now|now my name is|now|ahora me llamo|ahora es|ahora soy)\\s+${NAME}`,
  "i",
);
const NAME_END = /,|;|\s(?=\d)|\s(?:born|dob|nacid[oa]|naci)\b/i;
/** A US phone number, written any usual way: its three groups are captured. */
export const PHONE = /(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)/;
const PHONE_CONTEXT =
  /(?:phone|cell|mobile|number|call me|text me|reach me|tel|telefono|celular|numero)[^.;!?]{0,25}$/i;
const FAX_CONTEXT = /fax[^.;!?]{0,25}$/i;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const OTHER_EMAIL =
  /(?:their|doctor'?s|dr\.? \w+'?s?|office|lawyer'?s?|attorney'?s?|to (?:dr|my (?:new )?doctor|my lawyer))[^.;!?]{0,20}$/i;

export interface Identity {
  name?: string;
  /** Former names the patient gave ("my name was …"). */
  otherNames?: string[];
  phone?: string;
  email?: string;
}

/** Identity facts; `forSomeoneElse` is true when the asker is not the patient. */
export function findIdentity(raw: string, topic: Topic | undefined, forSomeoneElse: boolean): Identity {
  const out: Identity = {};
  const their = THEIR_NAME.exec(raw);
  // Asked for their own name, a parent or executor gives it: it is not the patient's.
  const own = forSomeoneElse && topic !== "representative.name" ? null : OWN_NAME.exec(raw);
  // "Her name is Dr. Chu" is about a doctor, not the patient.
  const named = clean((their ?? own)?.[1]?.replace(/^dra?\.? .*/i, ""));
  const was = forSomeoneElse ? null : FORMER.exec(raw);
  // "I used to be …" is a former name only when a capitalised name follows ("I used to be a nurse").
  const former =
    was && (!/used to be$|formerly$/i.test(was[0].slice(0, -was[1]!.length).trim()) || /^[A-ZÁÉÍÓÚÑ]/.test(was[1]!))
      ? clean(was[1])
      : undefined;
  if (former) {
    out.otherNames = [former];
    const after = raw.slice(raw.indexOf(former) + former.length);
    const current = clean(CURRENT.exec(after)?.[1]);
    if (current && current !== former) out.name = current;
  }
  if (named) out.name = named;
  else if (out.name) {
    // The current name came with the former one.
  } else if (topic === "patient.name" || topic === "representative.name") {
    // "Maria Lopez, March 4, 1980": the name is what comes before the date.
    const head = raw.trim().split(NAME_END)[0] ?? "";
    const answer = BARE.exec(head.trim());
    const name = clean(answer?.[1]);
    if (name && !describesSelf(answer![0], name)) out.name = name;
  }
  const phone = PHONE.exec(raw);
  if (phone) {
    const before = raw.slice(0, phone.index);
    const asked = topic === "patient.phone" || topic === "representative.name";
    if (!FAX_CONTEXT.test(before) && (asked || PHONE_CONTEXT.test(before)))
      out.phone = `${phone[1]}-${phone[2]}-${phone[3]}`;
  }
  // The "@" check first: the email pattern is quadratic on a long run of letters.
  const email = raw.includes("@") ? EMAIL.exec(raw) : null;
  if (email && !OTHER_EMAIL.test(raw.slice(0, email.index))) out.email = email[0].toLowerCase();
  return out;
}

/** "im bored", "I'm confused": "I'm" and one lower-case word says how the patient is, not who. */
function describesSelf(answer: string, name: string): boolean {
  return /^(?:i'?m|im|i am)\s/i.test(answer.trim()) && /^[a-zà-ÿ][^\s]*$/.test(name);
}

/** The name's words up to where the sentence goes on, as written; undefined when it is no name. */
function clean(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const words: string[] = [];
  for (const w of name.split(" ")) {
    if (STOP.test(w.replace(/[.,]+$/, ""))) break;
    words.push(bare(w));
    if (/[,;]$/.test(w)) break;
  }
  return nameOnly(words.join(" ").trim());
}
