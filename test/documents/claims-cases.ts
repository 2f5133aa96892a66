// Frozen hard cases for "letters state only what the patient said" (issue 14, point 8): Intakes as
// real conversations left them, each with what the letter that is sent must never claim and what it
// must still say. Expectations come from the law cited in `law`, not from the code; do not edit one
// except to correct the law (and say so in the commit).
import type { Intake } from "../../src/domain/intake.js";
import type { ClinicFacts } from "../../src/domain/recommend.js";
import type { DocumentKind } from "../../src/domain/recommendation.js";

export interface HardCase {
  name: string;
  /** What the patient said, in short: how the Intake came to hold what it holds. */
  said: string;
  /** Why the expectation holds. */
  law: string;
  kind: DocumentKind;
  intake: Intake;
  /** The clinic whose page the conversation was on. */
  clinic?: ClinicFacts;
  /** Phrases the letter (the part that is sent) must not contain. */
  never: RegExp[];
  /** Phrases it must contain, so a letter cannot pass by saying nothing. */
  always: RegExp[];
}

/** The letter's date in every case. */
export const CASE_TODAY = "2026-11-26";

/** The demo clinic's facts (Riverbend Family Medicine, Dayton, Ohio), as the chat passes them. */
export const RIVERBEND: ClinicFacts = {
  name: "Riverbend Family Medicine",
  recordsOffice: {
    name: "Health Information Management (Medical Records)",
    phone: "(937) 555-0142",
    fax: "(937) 555-0143",
    email: "records@riverbend-family.example",
    address: "1200 River Road, Suite 200, Dayton, OH 45402",
  },
  portalUrl: "https://portal.riverbend-family.example/",
};

const ANY_AUTHORITY_BLANK = /\[fill in: [^\]]*authority[^\]]*\]/i;
const REP_CLAIMS = [/personal representative/i, /documents showing (?:my|this) authority are attached/i];

export const HARD_CASES: HardCase[] = [
  {
    name: "a 'minor' who is 22",
    said: "My son is 22 and in the ICU after a crash; I'm his mom and need his chart from St. Luke's. (Tapped 'My child', then 'Yes' to 'under 18?'.)",
    law: "45 CFR 164.502(g)(3): a parent is the personal representative only of an unemancipated minor; for an adult, authority must come from law (164.502(g)(2)): a health care power of attorney or a guardianship. The date of birth says 22.",
    kind: "access_request",
    intake: {
      requester: "parent",
      patient: { name: "Daniel Ortiz", dateOfBirth: "2004-06-15", isMinor: true },
      state: "TX",
      provider: { name: "St. Luke's Hospital", type: "hospital" },
      records: { kinds: ["full_chart"] },
    },
    never: [/who is a minor/i, ...REP_CLAIMS, /Signing as: Parent\b/, /Proof that I am the patient's parent/i],
    always: [/St\. Luke's Hospital/, /Daniel Ortiz/, ANY_AUTHORITY_BLANK],
  },
  {
    name: "a parent whose child's age was never given",
    said: "I need my daughter's records from Sunshine Pediatrics.",
    law: "45 CFR 164.502(g)(3): whether a parent may act depends on the child being an unemancipated minor, which nothing in the conversation established.",
    kind: "access_request",
    intake: {
      requester: "parent",
      patient: { name: "Ava Brooks" },
      state: "FL",
      provider: { name: "Sunshine Pediatrics" },
      records: { kinds: ["immunizations", "visit_notes"] },
    },
    never: [/who is a minor/i, /\bminor\b/i, ...REP_CLAIMS],
    always: [/Sunshine Pediatrics/, ANY_AUTHORITY_BLANK],
  },
  {
    name: "a parent of a 9-year-old (the claim is true and stays)",
    said: "My son Leo is 9; I need his records from Sunshine Pediatrics.",
    law: "45 CFR 164.502(g)(3)(i): the parent of an unemancipated minor is the minor's personal representative.",
    kind: "access_request",
    intake: {
      requester: "parent",
      patient: { name: "Leo Park", dateOfBirth: "2017-09-01", isMinor: true },
      state: "FL",
      provider: { name: "Sunshine Pediatrics" },
      records: { kinds: ["visit_notes"] },
    },
    never: [],
    always: [/who is a minor/i, /personal representative/i, /Leo Park/],
  },
  {
    name: "a partial release read as a denial",
    said: "They sent my lab results in August but never the MRI images. I sent the request on August 3.",
    law: "45 CFR 164.524(d)(2) sets what a written denial must contain, but the patient never said whether one came; an OCR complaint must state only what happened.",
    kind: "ocr_complaint",
    intake: {
      requester: "self",
      patient: { name: "Grace Kim", dateOfBirth: "1975-02-11" },
      state: "OH",
      provider: { name: "Miami Valley Imaging" },
      records: { kinds: ["imaging"] },
      priorRequest: { sentOn: "2026-08-03", outcome: "partial" },
    },
    never: [/written denial/i, /\brefused\b/i, /\bdenied\b/i],
    always: [/only part of the records/i, /August 3, 2026/],
  },
  {
    name: "a denial by phone, with no word on whether anything came in writing",
    said: "They called and said no, I can't have my therapy records. I asked on September 1.",
    law: "45 CFR 164.524(d)(2) requires a written denial; whether one came is a fact the patient did not give, so the letter cannot assert its absence.",
    kind: "follow_up",
    intake: {
      requester: "self",
      patient: { name: "Omar Haddad", dateOfBirth: "1988-12-01" },
      state: "WA",
      provider: { name: "Cascade Counseling" },
      records: { kinds: ["mental_health"] },
      priorRequest: { sentOn: "2026-09-01", outcome: "denied" },
    },
    never: [/without (?:a|the|any) written denial/i, /no written denial/i, /\boverdue\b/i, /I have not received/i],
    always: [/\bdenied\b|\brefused\b/i, /September 1, 2026/],
  },
  {
    name: "'overdue' before any request was sent",
    said: "I haven't asked them yet. Can you write something strong so they hurry?",
    law: "45 CFR 164.524(b)(2): the 30 days run from the provider's receipt of a request; with none sent, nothing is overdue and nothing was 'not received'.",
    kind: "follow_up",
    intake: {
      requester: "self",
      patient: { name: "Linda Park", dateOfBirth: "1969-07-30" },
      state: "OH",
      provider: { name: "Kettering Health" },
      records: { kinds: ["full_chart"] },
    },
    never: [
      /\boverdue\b/i,
      /I sent you a written request/i,
      /I have not received/i,
      /copy of my original request/i,
      /A copy is attached/i,
    ],
    always: [/Kettering Health/, /\[fill in: [^\]]+\]/],
  },
  {
    name: "'overdue' ten days into a thirty-day deadline",
    said: "I mailed my request on November 16 and haven't heard back.",
    law: "45 CFR 164.524(b)(2): 30 calendar days from receipt (Ohio sets no shorter period for a hospital); on November 26 the deadline has not passed.",
    kind: "follow_up",
    intake: {
      requester: "self",
      patient: { name: "Paul Meyer", dateOfBirth: "1990-01-20" },
      state: "OH",
      provider: { name: "Dayton General Hospital", type: "hospital" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-11-16", outcome: "no_response" },
    },
    never: [/\boverdue\b/i, /deadline (?:has )?passed/i, /missed the deadline/i],
    always: [/November 16, 2026/],
  },
  {
    name: "an attachment that does not exist (the request was a phone call)",
    said: "I called them in the summer and asked; nobody got back to me.",
    law: "A follow-up may attach only what exists: there was no written request, and its date is unknown (45 CFR 164.524(b)(1) lets a provider require requests in writing).",
    kind: "follow_up",
    intake: {
      requester: "self",
      patient: { name: "Rosa Diaz", dateOfBirth: "1958-03-09" },
      state: "TX",
      provider: { name: "Hill Country Clinic", type: "clinic" },
      records: { kinds: ["test_results"] },
      priorRequest: { outcome: "no_response" },
    },
    never: [/written request/i, /copy of my original request/i, /A copy is attached/i, /\boverdue\b/i],
    always: [/Hill Country Clinic/, /\[fill in: [^\]]*date[^\]]*\]/i],
  },
  {
    name: "a sister with no legal authority",
    said: "My sister is in a coma and I need her records. I'm not her POA and there's no guardian.",
    law: "45 CFR 164.502(g): only a personal representative (authority under law) stands in the patient's shoes; a relative without it has no right of access (164.510(b) allows only information relevant to their involvement).",
    kind: "access_request",
    intake: {
      requester: "other",
      patient: { name: "Helen Wu", dateOfBirth: "1961-05-05" },
      state: "CA",
      provider: { name: "Mercy General Hospital", type: "hospital" },
      records: { kinds: ["full_chart"] },
    },
    never: [...REP_CLAIMS, /Copies of the documents showing my authority/i],
    always: [/Helen Wu/, ANY_AUTHORITY_BLANK],
  },
  {
    name: "a health care agent after the patient's death",
    said: "I was Mom's health care power of attorney; she passed away in October. I need her records.",
    law: "45 CFR 164.502(g)(4): after death the personal representative is the executor, administrator or person with authority under state law; a health care power of attorney ends at death (e.g. Uniform Health-Care Decisions Act; Cal. Prob. Code §4683).",
    kind: "access_request",
    intake: {
      requester: "personal_representative",
      patient: { name: "Margaret Ellis", dateOfBirth: "1940-08-22", isDeceased: true },
      state: "CA",
      provider: { name: "Sutter Medical Group" },
      records: { kinds: ["full_chart"] },
    },
    never: [...REP_CLAIMS, /under a health care power of attorney/i, /Health care agent under a power of attorney/i],
    always: [/Margaret Ellis/, ANY_AUTHORITY_BLANK],
  },
  {
    name: "an 'executor' for a patient who is alive",
    said: "Dad is alive but I'll be his executor, so I should be able to get his records, right? (Tapped 'Someone who died', then 'No' to 'has the patient passed away?')",
    law: "45 CFR 164.502(g)(4): an executor acts only for a deceased individual; the Intake says the patient is alive.",
    kind: "access_request",
    intake: {
      requester: "executor",
      patient: { name: "Robert Hale", dateOfBirth: "1950-11-02", isDeceased: false },
      state: "NY",
      provider: { name: "Mount Sinai Hospital", type: "hospital" },
      records: { kinds: ["full_chart"] },
    },
    never: [...REP_CLAIMS, /executor/i, /death certificate/i, /patient's estate/i],
    always: [/Robert Hale/, ANY_AUTHORITY_BLANK],
  },
  {
    name: "an executor of a patient who died (the claim is true and stays)",
    said: "I'm the executor of my father's estate; he died last spring.",
    law: "45 CFR 164.502(g)(4): the executor of a deceased individual's estate is the personal representative.",
    kind: "access_request",
    intake: {
      requester: "executor",
      patient: { name: "Walter Price", dateOfBirth: "1944-04-04", isDeceased: true },
      state: "OH",
      provider: { name: "Kettering Health" },
      records: { kinds: ["full_chart"] },
    },
    never: [],
    always: [/executor or administrator/i, /death certificate/i],
  },
  {
    name: "an executor's OCR complaint lists the dead patient's phone as the complainant's",
    said: "I'm my mother's executor; I asked on July 1 and got nothing. (Her old phone and email are in the case file.)",
    law: "OCR's complaint portal asks for the complainant's own contact details; the executor's are not the deceased patient's (45 CFR 160.306(a)).",
    kind: "ocr_complaint",
    intake: {
      requester: "executor",
      patient: {
        name: "Ruth Baker",
        dateOfBirth: "1939-01-15",
        isDeceased: true,
        phone: "555-0111",
        email: "ruth@example.com",
      },
      state: "OH",
      provider: { name: "Kettering Health" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-07-01", outcome: "no_response" },
    },
    never: [
      /Complainant \(you\)(?:(?!Person whose rights)[\s\S])*555-0111/,
      /Complainant \(you\)(?:(?!Person whose rights)[\s\S])*ruth@example\.com/,
    ],
    always: [/Ruth Baker/, /July 1, 2026/],
  },
  {
    name: "an OCR complaint that does not say what happened",
    said: "I sent it on August 20. (Nothing about what came back.)",
    law: "An OCR complaint states facts the complainant knows; 'I still do not have the records' was never said.",
    kind: "ocr_complaint",
    intake: {
      requester: "self",
      patient: { name: "Nina Patel", dateOfBirth: "1985-06-06" },
      state: "OH",
      provider: { name: "Kettering Health" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-08-20" },
    },
    never: [/still do not have the records/i, /received neither/i, /I have not received/i, /\brefused\b/i],
    always: [/August 20, 2026/, /\[fill in: what happened after you sent the request\]/],
  },
  {
    name: "a fee demand written up as an overdue request",
    said: "They answered on time, but want $150 for my chart. I asked on October 1.",
    law: "The provider acted within 45 CFR 164.524(b)(2); the dispute is the fee (164.524(c)(4)), so the letter must not call the request overdue.",
    kind: "follow_up",
    intake: {
      requester: "self",
      patient: { name: "Tom Reyes", dateOfBirth: "1979-10-10" },
      state: "OH",
      provider: { name: "Kettering Health" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-10-01", outcome: "fee_dispute" },
    },
    never: [/\boverdue\b/i, /I have not received the records, nor/i],
    always: [/October 1, 2026/, /\bfee\b/i],
  },
  {
    name: "the wrong office: a retired Texas doctor, asked on an Ohio clinic's page",
    said: "On Riverbend's site: 'My old doctor, Dr. Alan Ruiz in Austin, retired. I need my records from him.'",
    law: "45 CFR 164.524(b)(1): the request goes to the covered entity that maintains the records; Riverbend does not hold Dr. Ruiz's.",
    kind: "access_request",
    clinic: RIVERBEND,
    intake: {
      requester: "self",
      patient: { name: "Jane Doe", dateOfBirth: "1980-03-04" },
      state: "TX",
      provider: { name: "Dr. Alan Ruiz", status: "retired" },
      records: { kinds: ["full_chart"] },
    },
    never: [/Riverbend/, /1200 River Road/, /555-0143/, /records@riverbend-family\.example/],
    always: [/To: Dr\. Alan Ruiz/],
  },
  {
    name: "the right office: 'this clinic', on the clinic's page",
    said: "On Riverbend's site: 'I need my chart from you guys.' (Answered: from this clinic.)",
    law: "45 CFR 164.524(b)(1): the covered entity that maintains the records is the host clinic, whose records office is published.",
    kind: "access_request",
    clinic: RIVERBEND,
    intake: {
      requester: "self",
      patient: { name: "Jane Doe", dateOfBirth: "1980-03-04" },
      state: "OH",
      provider: { name: "Riverbend Family Medicine" },
      records: { kinds: ["full_chart"] },
    },
    never: [/Medical Records\) \(Health Information Management/],
    always: [/To: Riverbend Family Medicine/, /1200 River Road, Suite 200, Dayton, OH 45402/, /555-0143/],
  },
  {
    name: "a clinic's page, provider never said",
    said: "On Riverbend's site: 'I need my records.' (Left the provider question blank.)",
    law: "45 CFR 164.524(b)(1): the request goes to whoever maintains the records; which provider that is was never said.",
    kind: "access_request",
    clinic: RIVERBEND,
    intake: {
      requester: "self",
      patient: { name: "Jane Doe", dateOfBirth: "1980-03-04" },
      state: "OH",
      records: { kinds: ["full_chart"] },
    },
    never: [/Riverbend/, /1200 River Road/],
    always: [/\[fill in: provider or facility name\]/],
  },
  {
    name: "an authorization on a clinic's page for records another hospital holds",
    said: "On Riverbend's site: 'A retrieval service should collect my records from Mercy General Hospital.'",
    law: "45 CFR 164.508(c)(1)(ii): an authorization names the person authorized to make the disclosure: the provider holding the records.",
    kind: "retrieval_authorization",
    clinic: RIVERBEND,
    intake: {
      requester: "self",
      patient: { name: "Jane Doe", dateOfBirth: "1980-03-04" },
      state: "OH",
      provider: { name: "Mercy General Hospital", address: "500 Elm St, Springfield, OH" },
      records: { kinds: ["full_chart"] },
    },
    never: [/Riverbend/, /1200 River Road/],
    always: [/Mercy General Hospital/, /500 Elm St, Springfield, OH/],
  },
  {
    name: "a parent's plan request that calls the child's cost share 'my'",
    said: "I need my daughter's claims from her Medicaid plan; she is 12.",
    law: "45 CFR 164.524 through 164.502(g)(3): the parent asks for the member's records, not their own.",
    kind: "insurer_request",
    intake: {
      requester: "parent",
      patient: { name: "Sofia Lane", dateOfBirth: "2014-02-02", isMinor: true },
      state: "OH",
      insurer: { name: "CareSource", plan: "medicaid" },
      records: { kinds: ["claims"] },
    },
    never: [/\bmy cost share\b/i, /start of my coverage/i],
    always: [/Sofia Lane/, /cost share/i],
  },
];
