// Where the letter goes and where its writer is reached, read only as the answer to the question that
// asked for it: the records office's address, fax or email; the patient's (or their representative's)
// mailing address, phone and email. Nothing here guesses from a story: an address is read only when
// it was asked for, and only when it looks like one (a number and a word).
import { EMAIL, PHONE } from "./identity.js";

const FAX = /\bfax\b\D{0,12}([\d()+. -]{7,20}\d)/i;
/** Words around an address that are not part of it: "my address is", "phone", "and". */
const FILLER =
  /^(?:(?:my |mi |the |their |su )?(?:mailing |home |postal |street )?(?:address|addr|direcci[oó]n)(?: is| es)?[:\s]*|(?:it'?s|its|es|is)\s+)/i;
const LABELS = /\b(?:cell|phone|mobile|tel[eé]fono|celular|cel|email|e-mail|correo|ph|tel)\b[:.]?\s*$/i;

/** A records office's address, fax or email as the patient wrote it; each replaces what was there. */
export function officeAddress(
  value: string,
): { address: string | null; fax: string | null; email: string | null } | undefined {
  const text = value.trim().replace(/[.]+$/, "");
  const email = EMAIL.exec(text)?.[0];
  if (email) return { email, address: null, fax: null };
  const fax = FAX.exec(text)?.[1];
  if (fax) return { fax: fax.trim(), address: null, email: null };
  // An address has a number and a street or place; chat-speak and "idk" have neither.
  if (text.length < 8 || text.length > 500 || !/\d/.test(text) || !/[a-z]{2,}/i.test(text)) return undefined;
  return { address: text, fax: null, email: null };
}

export interface Contact {
  address?: string;
  phone?: string;
  email?: string;
}

/**
 * "1420 W Elm St, Phoenix AZ 85015. phone 602-555-0111", "jo@x.com and my cell is 720 555 0134":
 * the email, the phone and what is left when it reads as a street address.
 */
export function contactAnswer(value: string): Contact {
  const out: Contact = {};
  let rest = value;
  const email = value.includes("@") ? EMAIL.exec(value) : null;
  if (email) {
    out.email = email[0].toLowerCase().replace(/[.]+$/, "");
    rest = rest.replace(email[0], " ");
  }
  const phone = PHONE.exec(rest);
  if (phone) {
    out.phone = `${phone[1]}-${phone[2]}-${phone[3]}`;
    const before = rest.slice(0, phone.index).replace(LABELS, "");
    rest = `${before} ${rest.slice(phone.index + phone[0].length)}`;
  }
  const address = looksLikeAddress(rest.replace(LABELS, ""));
  if (address) out.address = address;
  return out;
}

/**
 * The text as a street address ("1420 W Elm St, Phoenix AZ 85015"), trimmed of filler and of the
 * joining words left where a phone or email was; undefined for anything else ("idk", "no", "2").
 */
function looksLikeAddress(text: string): string | undefined {
  let s = text
    .replace(/\s+/g, " ")
    .replace(/(?:^|\s)(?:and|y|or|o|&)\s*(?:my|mi)?\s*$/i, "")
    .replace(/[\s,;.]+$/, "")
    .replace(/^[\s,;.]+/, "");
  s = s.replace(FILLER, "").trim();
  s = s.replace(/(?:[\s,;.]+(?:and|y|&))+$/i, "").replace(/[\s,;.]+$/, "");
  // A street address starts with its number ("1420 W Elm St") or names a PO box.
  if (!/^(?:\d+[a-z]?\s+\S+|p\.?\s?o\.?\s+box\s+\d+)/i.test(s)) return undefined;
  if (s.length < 8 || s.length > 300 || !/[a-z]{2,}/i.test(s)) return undefined;
  return s;
}
