// The claims table: every kind of factual phrase a letter may carry, with the Intake fact that makes
// it true. A letter states a phrase only when its fact holds (the letters read the same predicates,
// established.ts), and test/documents/claims.test.ts checks every kind's rendered text against this
// table over generated Intakes. A new kind's new kind of claim gets its row here.
import { addDays, dueDate, ocrComplaintDeadline } from "../domain/deadlines.js";
import { type Intake, STATE_CODES } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { DOCUMENT_KINDS } from "../domain/recommendation.js";
import { clinicHolding } from "../domain/situation.js";
import { getStateRules } from "../domain/states.js";
import {
  answeredOn,
  askedBefore,
  authorityOf,
  type Facts,
  heardNothing,
  isDeceasedPatient,
  isMinorPatient,
  isOverdue,
  isRepresentative,
  noRecordsYet,
  sentOn,
  stillWithoutRecords,
  wasDenied,
  wasFeeDispute,
  wasPartial,
} from "./established.js";
import { longDate } from "./facts.js";
import { respondByDate } from "./frame.js";

/** What a claim is checked against: the Intake, the letter's date and the host clinic, if any. */
export interface ClaimContext extends Facts {
  clinic?: ClinicFacts | null;
}

export interface Claim {
  id: string;
  /** The phrase, found anywhere in the letter's sent text (case-insensitive unless the pattern says). */
  pattern: RegExp | ((c: ClaimContext) => RegExp | undefined);
  /** Whether the Intake holds what makes this occurrence (`match`) true. */
  holds: (c: ClaimContext, match: string) => boolean;
  /** A sentence the pattern must find: keeps each pattern honest as wording changes. */
  example: string;
  /** Kinds that state it, when only kinds other helpers are adding do (checked once they exist). */
  kinds?: readonly string[];
  /** Matched against the letter as written, quotes included: the claim is about whose words appear. */
  quotes?: true;
}

/** The predicate of a phrase no Intake fact can make true: no letter may say it. */
export const NEVER = (): boolean => false;

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Every date the Intake gives or the law derives from it, in the letters' words. */
function knownDates(c: ClaimContext): Set<string> {
  const iso = new Set<string>([c.today]);
  const walk = (v: unknown) => {
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) iso.add(v);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(c.intake);
  const due = dueDate(c.intake);
  if (due) iso.add(due.dueOn).add(due.extendedDueOn);
  // HIPAA's own 30 days (and 60 with an extension) run beside a shorter state period.
  const sent = sentOn(c.intake);
  if (sent) iso.add(addDays(sent, 30, "calendar")).add(addDays(sent, 60, "calendar"));
  for (const d of [...iso]) iso.add(ocrComplaintDeadline(d));
  // The summary's "Please respond by": the engine's deadline counted from the letter's date.
  for (const kind of DOCUMENT_KINDS) {
    const by = respondByDate(kind, c.intake, c.today);
    if (by) iso.add(by);
  }
  return new Set([...iso].map(longDate));
}

/** The state's own data (its citations carry effective dates and fee figures the letters may quote). */
const stateData = (c: ClaimContext) => {
  const rules = c.intake.state ? getStateRules(c.intake.state) : undefined;
  return rules ? JSON.stringify(rules) : "";
};

/** Dollar amounts a letter may state: HHS's flat fee for electronic copies, and the state's own figures. */
function knownAmount(c: ClaimContext, amount: string): boolean {
  return amount === "$6.50" || stateData(c).includes(amount);
}

const STATE_NAMES = STATE_CODES.map((code) => getStateRules(code)?.name).filter((n): n is string => !!n);

const PURPOSE_WORDS: Record<string, NonNullable<Intake["purpose"]>> = {
  "second medical opinion": "second_opinion",
  "legal matter": "legal",
  "insurance claim": "insurance",
  "school requirements": "school",
  "continuing medical care": "continuing_care",
};

const API_PLAN_WORDS: Record<string, NonNullable<NonNullable<Intake["insurer"]>["plan"]>> = {
  "medicare advantage": "medicare_advantage",
  medicaid: "medicaid",
  chip: "chip",
  "federal marketplace": "marketplace",
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The host clinic's own name and contact details: stated only when the records are the clinic's. */
function clinicPattern(c: ClaimContext): RegExp | undefined {
  const clinic = c.clinic;
  if (!clinic) return undefined;
  const ro = clinic.recordsOffice ?? {};
  const bits = [clinic.name, ro.address, ro.phone, ro.fax, ro.email, clinic.portalUrl].filter(
    (b): b is string => !!b && b.trim().length >= 4,
  );
  return new RegExp(bits.map(escapeRegExp).join("|"), "gi");
}

/** The table. Patterns are the first-person or factual forms a letter would use, not the law's words. */
export const CLAIMS: readonly Claim[] = [
  {
    id: "minor",
    pattern: /\bwho is a minor\b|\b(?:is|am) a minor\b|\bunder (?:the age of )?18\b|\bunemancipated\b/i,
    holds: (c) => isMinorPatient(c),
    example: "I am making this request as the parent of the patient, who is a minor.",
  },
  {
    id: "parent",
    pattern:
      /\bparent of the patient\b|\bthe patient's parent\b|\bSigning as: Parent\b|\bI am (?:the|their|his|her) parent\b/i,
    holds: (c) => c.intake.requester === "parent",
    example: "Signing as: Parent of Leo Park",
  },
  {
    id: "personal representative",
    pattern: /\bpersonal representative\b/i,
    holds: (c) => authorityOf(c) !== undefined,
    example: "I act for the patient as a personal representative under 45 CFR 164.502(g).",
  },
  {
    id: "proof of authority attached",
    pattern: /\b(?:documents?|copies)\b[^.]{0,40}\bauthority (?:is|are) attached\b/i,
    holds: (c) => authorityOf(c) !== undefined,
    example: "Copies of the documents showing my authority are attached.",
  },
  {
    id: "guardian",
    pattern: /\bguardian of\b|\bappointing me (?:as )?guardian\b|\bcourt-appointed guardian\b/i,
    holds: (c) => authorityOf(c) === "guardian",
    example: "Signing as: Court-appointed guardian of Ana Diaz",
  },
  {
    id: "health care agent",
    pattern: /\bhealth care agent\b|\bunder a health care power of attorney\b|\bhealth care power of attorney, and\b/i,
    holds: (c) => authorityOf(c) === "agent",
    example: "Signing as: Health care agent under a power of attorney of Ana Diaz",
  },
  {
    id: "executor",
    pattern:
      /\bexecutor\b|\badministrator of the (?:patient's )?estate\b|\bletters testamentary\b|\bletters of administration\b/i,
    holds: (c) => authorityOf(c) === "executor",
    example: "I am making this request as the executor or administrator of the patient's estate.",
  },
  {
    id: "deceased",
    pattern: /\bdeceased\b|\bdeath certificate\b|\bhas died\b|\bwho died\b|\bpassed away\b|\bdate of death\b/i,
    holds: (c) => isDeceasedPatient(c.intake),
    example: "The patient's death certificate",
  },
  {
    id: "overdue",
    pattern:
      /\boverdue\b|\b(?:deadline|time) (?:has )?(?:passed|expired)\b|\bmissed (?:the|your) deadline\b|\bpast due\b/i,
    holds: (c) => isOverdue(c),
    example: "Follow-up: overdue request for health records",
  },
  {
    id: "I sent a written request on …",
    pattern: /\bI sent\b[^.]*\bwritten request\b/i,
    holds: (c) => !!sentOn(c.intake),
    example: "On September 1, 2026, I sent you a written request for a copy of my health records.",
  },
  {
    id: "asked before",
    pattern: /\bI (?:first )?asked you\b|\bmy (?:original|first|earlier|previous) request\b/i,
    holds: (c) => askedBefore(c.intake),
    example: "I asked you for a copy of my health records on a date I will fill in.",
  },
  {
    id: "a copy of my original request is attached",
    pattern: /\bcop(?:y|ies) of (?:my|the|our) (?:original|first|earlier|previous) request\b|\bA copy is attached\b/i,
    // A written request's date is known, but not whether the patient kept a copy to attach.
    holds: NEVER,
    example: "A copy of my original request",
  },
  {
    id: "I have not received",
    pattern: /\bI have not received\b|\bI have received neither\b|\bI have not gotten\b/i,
    holds: (c) => noRecordsYet(c.intake),
    example: "I have not received the records.",
  },
  {
    id: "no notice or answer at all",
    pattern: /\b(?:nor|no|neither) (?:any )?(?:a )?written notice\b|\bno (?:response|answer|reply)\b/i,
    holds: (c) => heardNothing(c.intake),
    example: "I have received neither the records nor a written notice extending the time.",
  },
  {
    id: "still without the records",
    pattern: /\bstill do(?:es)? not have\b|\bhas not (?:provided|sent) the records\b|\bstill (?:have not|haven't)\b/i,
    holds: (c) => stillWithoutRecords(c.intake),
    example: "As of November 26, 2026 I still do not have the records.",
  },
  {
    id: "received only part",
    pattern: /\breceived only (?:part|some)\b|\bonly part of the records\b/i,
    holds: (c) => wasPartial(c.intake),
    example: "I received only part of the records.",
  },
  {
    id: "denied",
    pattern:
      /\b(?:you|the provider|they) (?:have )?(?:denied|refused)\b|\b(?:denied|refused) (?:my|the|this) request\b|\bdenial of (?:my|the|this) request\b/i,
    holds: (c) => wasDenied(c.intake),
    example: "You denied my request.",
  },
  {
    id: "denied on …",
    pattern: new RegExp(
      `\\bdenied (?:it |my request |the request |this request )?on (?:${MONTHS}|\\[)|\\bdenial (?:dated|of|on) (?:${MONTHS})`,
      "i",
    ),
    holds: (c) => wasDenied(c.intake) && !!answeredOn(c.intake),
    example: "You denied my request on October 2, 2026.",
    kinds: ["review_request"],
  },
  {
    id: "review of the denial",
    pattern:
      /\breview of (?:the|this|your|my) denial\b|\b(?:ask|request)(?:ing)? (?:that )?(?:the|this|your) denial be reviewed\b/i,
    holds: (c) => wasDenied(c.intake),
    example: "I ask for a review of the denial by a licensed health care professional.",
    kinds: ["review_request"],
  },
  {
    id: "without a written denial",
    pattern: /\b(?:without|no|never received) (?:a |the |any )?written denial\b/i,
    // No Intake field says whether a denial came in writing, so no letter may assert its absence.
    holds: NEVER,
    example: "You refused the request without the written denial that 45 CFR 164.524(d)(2) requires.",
  },
  {
    id: "a denial letter exists",
    pattern: /\bcopy of (?:the|your) (?:written )?denial\b|\bdenial letter\b/i,
    // Nor does any field say that a written denial exists to be enclosed.
    holds: NEVER,
    example: "A copy of your denial letter is enclosed.",
  },
  {
    id: "the enclosed …",
    // The "Enclosure:" label over the list of what to attach is the list, not a claim about it.
    pattern: /\benclosed\b|\benclosure\b(?!:)/i,
    // Nothing in the Intake is a document to enclose; letters list what to attach instead.
    holds: NEVER,
    example: "Please see the enclosed form.",
  },
  {
    id: "a fee was demanded",
    pattern: /\b(?:demanded|asked for|charged) (?:me )?(?:a|the|this) fee\b|\bdemand for a fee\b/i,
    holds: (c) => wasFeeDispute(c.intake),
    example: "Instead of the records, I received a demand for a fee.",
  },
  {
    id: "disability claim",
    pattern: /\bdisability (?:benefits )?claim\b/i,
    holds: (c) => c.intake.purpose === "disability",
    example: "These records support a disability benefits claim.",
  },
  {
    id: "purpose",
    pattern: new RegExp(`\\b(?:${Object.keys(PURPOSE_WORDS).join("|")})\\b`, "gi"),
    holds: (c, m) => c.intake.purpose === PURPOSE_WORDS[m.toLowerCase()],
    example: "A second medical opinion, at the request of the individual.",
  },
  {
    id: "plan kind",
    pattern: new RegExp(`\\bthis is an? (${Object.keys(API_PLAN_WORDS).join("|")}) plan\\b`, "gi"),
    holds: (c, m) =>
      c.intake.insurer?.plan ===
      API_PLAN_WORDS[
        m
          .toLowerCase()
          .replace(/^this is an? /, "")
          .replace(/ plan$/, "")
      ],
    example: "Because this is a Medicare Advantage plan, please also tell me how to connect an app.",
  },
  {
    id: "Part 2",
    // The factual forms (these records exist and are Part 2 records), not a citation of the rule.
    pattern: /\b(?:my|the patient's) substance use disorder (?:treatment )?records\b|\bPart 2 records\b/i,
    holds: (c) => (c.intake.records?.kinds ?? []).includes("substance_use"),
    example: "I consent to the disclosure of my substance use disorder records described below.",
    kinds: ["part2_consent"],
  },
  {
    id: "my own records",
    pattern:
      /\bmy (?:own )?(?:health records|health information|protected health information|complete immunization record|records in your designated record set|cost share|coverage)\b/i,
    holds: (c) => !isRepresentative(c.intake),
    example: "I am asking for a copy of my health records under the right of access.",
  },
  {
    id: "state law",
    pattern: new RegExp(`\\b(?:${STATE_NAMES.map(escapeRegExp).join("|")}) law\\b`, "g"),
    holds: (c, m) => !!c.intake.state && m === `${getStateRules(c.intake.state)?.name} law`,
    example: "I also make it under Texas law (Tex. Occ. Code §159.006).",
  },
  {
    id: "the host clinic",
    pattern: clinicPattern,
    holds: (c) => clinicHolding(c.intake, c.clinic) !== undefined,
    quotes: true,
    example: "To: Riverbend Family Medicine",
  },
  {
    id: "dates",
    pattern: new RegExp(`\\b(?:${MONTHS}) \\d{1,2}, \\d{4}\\b`, "g"),
    holds: (c, m) => knownDates(c).has(m) || stateData(c).includes(m),
    example: "Date: November 26, 2026",
  },
  {
    id: "amounts",
    pattern: /\$\s?\d[\d,]*(?:\.\d+)?/g,
    holds: (c, m) => knownAmount(c, m),
    example: "a flat fee of no more than $6.50",
  },
];

/** One phrase found in a letter, and whether the Intake supports it. */
export interface Finding {
  claim: string;
  match: string;
  holds: boolean;
}

/** Intake keys whose values are codes, not the patient's words (dates are checked as dates). */
const CODED = new Set([
  "requester",
  "state",
  "type",
  "status",
  "portal",
  "kinds",
  "purpose",
  "format",
  "delivery",
  "plan",
  "outcome",
  "dateOfBirth",
  "from",
  "to",
  "neededBy",
  "sentOn",
  "answeredOn",
]);

const withoutBlanks = (text: string) => text.replace(/\[(?:fill in|if known): [^\]]*\]/g, " ");

/**
 * The Intake's and the clinic's own words are the patient's (or the clinic's) and claim nothing by
 * being quoted: a provider called "Minor Surgery Center" is not a minor. Blanks claim nothing either.
 */
function withoutQuotedText(text: string, c: ClaimContext): string {
  const quoted: string[] = [];
  // Every string the patient gave, except the Intake's coded values ("executor", "denied").
  const walk = (v: unknown, key = "") => {
    if (typeof v === "string" && !CODED.has(key)) quoted.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(c.intake);
  // The clinic's words are quoted only when it holds the records; otherwise they are what is checked.
  const clinic = clinicHolding(c.intake, c.clinic);
  if (clinic) walk(clinic);
  // Longest first, and only where the quote stands alone ("Al" is a name, not the "al" in "legal";
  // a name "50" is not the cents of "$6.50").
  return quoted
    .filter((q) => q.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce(
      (acc, q) =>
        acc.replace(
          new RegExp(`(?<![\\p{L}\\p{N}]|\\d[.,])${escapeRegExp(q)}(?![\\p{L}\\p{N}]|[.,]\\d)`, "gu"),
          " « » ",
        ),
      withoutBlanks(text),
    );
}

/** Every claim phrase in `text` (a letter's sent part), each with whether the Intake supports it. */
export function findClaims(text: string, c: ClaimContext): Finding[] {
  const checked = withoutQuotedText(text, c);
  const written = withoutBlanks(text);
  const out: Finding[] = [];
  for (const claim of CLAIMS) {
    const pattern = typeof claim.pattern === "function" ? claim.pattern(c) : claim.pattern;
    if (!pattern) continue;
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const m of (claim.quotes ? written : checked).matchAll(global))
      out.push({ claim: claim.id, match: m[0], holds: claim.holds(c, m[0]) });
  }
  return out;
}

/** The phrases in `text` the Intake does not support: what a letter must never say. */
export function unsupportedClaims(text: string, c: ClaimContext): Finding[] {
  return findClaims(text, c).filter((f) => !f.holds);
}
