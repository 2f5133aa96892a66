// How and to whom copies go ("email them", "paper copies by mail", "send them to my new doctor,
// Dr. Patel"), in which format, and why the patient needs them (school, disability, a lawsuit…).
import type { Intake } from "../../../domain/intake.js";
import { tablesOf } from "../../../i18n/lexicons/index.js";
import { compile, consume, firstMatch, type Message } from "../text.js";
import { titleCase } from "./provider.js";

const DELIVERIES = compile(...tablesOf("delivery"));
const FORMAT = compile(...tablesOf("formats"));
const PURPOSE = compile(...tablesOf("purposes"));
/** The recipient's own name right after the noun: "my new doctor, Dr. Patel", "Dr. Nguyen at Kaiser". */
const RECIPIENT =
  /^(?:[^.;!?]{0,30}?)(?:\b(?:Dr|dr|Dra|dra)\.? ([A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'-]+|[a-z][a-z'-]+)|\b(?:at|en) ((?:[A-Z][A-Za-z'&.-]+ ?){1,4}))(?: (?:at|en) (?:[A-Z][A-Za-z'&.-]+ ?){1,4})?/;
const AFTER_DR = /^ ?([A-Za-zÀ-ÿ'-]+)(?: (?:at|en) (?:[A-Z][A-Za-z'&.-]+ ?){1,4})?/;
const NOT_SURNAMES = /^(?:office|at|in|and|the|so|who|asap)$/i;

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
      let end = m.index + m[0].length;
      // The pattern may end on "Dr." itself: "send them to Dr. Patel".
      const r = (/dr\.?$/.test(m[0]) ? AFTER_DR : RECIPIENT).exec(msg.raw.slice(end));
      const surname = r?.[1]?.replace(/'s$/, "");
      if (surname && !NOT_SURNAMES.test(surname)) out.recipientName = `Dr. ${titleCase(surname)}`;
      else if (r?.[2]) out.recipientName = r[2].trim();
      if (r && out.recipientName) end += r[0].length;
      consume(msg, m.index, end);
    }
    break;
  }
  const format = firstMatch(FORMAT, msg.low);
  if (format) out.format = format;
  else if (out.delivery === "email" || out.delivery === "portal") out.format = "electronic";
  const purpose = firstMatch(PURPOSE, msg.low);
  if (purpose) out.purpose = purpose;
  return out;
}
