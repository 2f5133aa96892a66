// Patient messages with the fields the guide must read from them: realistic, messy, often several
// facts per message, in English and Spanish; then every quick reply the guide offers, read back as
// the facts it stands for. `today` defaults to 2025-06-10 (a Tuesday).

import { type Extraction, extract, type Intent } from "../../../src/conversation/guide/extract.js";
import type { Intake, IntakePatch } from "../../../src/domain/intake.js";
import type { Choices } from "../../../src/sessions/session.js";
import { type Lang, quickReplies, type Topic } from "../../support/quick-replies.js";

export interface CorpusItem {
  text: string;
  today?: string;
  lastTopic?: string;
  lastChoices?: Choices;
  intake?: Intake;
  /** The patch must be exactly this (arrays compared as sets): nothing missing, nothing extra. */
  expect: IntakePatch;
  /** The conversation's language so far (ExtractContext.language). */
  context?: "en" | "es";
  /** The clinic whose page the conversation is on (ExtractContext.clinicName). */
  clinicName?: string;
  /**
   * Dotted paths this message tempts the extractor to guess (the "must not guess" cases). The exact
   * patch already leaves them out; naming them says what the item is about.
   */
  absent?: string[];
  /** Exactly the intents the message carries (none when unset). */
  intents?: Intent[];
  /** The language the message is read as; defaults to `context`, then English. */
  language?: "en" | "es";
  /**
   * A wrong reading the extractor gives today, described for whoever fixes it: the test expects
   * the correct patch to fail until the bug is fixed, and then fails itself until this is removed.
   */
  knownBug?: string;
}

export const TODAY = "2025-06-10";

/** Reads one corpus item as the guide would, with its conversation context. */
export function readItem(item: CorpusItem): Extraction {
  return extract(item.text, {
    intake: item.intake ?? {},
    lastChoices: item.lastChoices ?? null,
    today: item.today ?? TODAY,
    lastTopic: item.lastTopic,
    language: item.context,
    clinicName: item.clinicName ?? null,
  });
}

/** The host clinic in the items about "are the records from this clinic?". */
const CLINIC = "Riverbend Family Medicine";

const STATE_CHOICES = quickReplies("state");
const REQUESTER_CHOICES = quickReplies("requester");
const RECORD_CHOICES = quickReplies("records.kinds");
const PLAN_CHOICES = quickReplies("insurer.plan");

const WRITTEN: CorpusItem[] = [
  // States, codes and cities.
  { text: "I live in Texas", expect: { state: "TX" } },
  { text: "ohio", lastTopic: "state", expect: { state: "OH" } },
  { text: "It was in NJ", expect: { state: "NJ" } },
  { text: "tx", lastTopic: "state", expect: { state: "TX" } },
  { text: "the hospital is in Austin, TX", expect: { state: "TX", provider: { type: "hospital" } } },
  { text: "we were living in new york city when she was born", expect: { state: "NY" } },
  { text: "My doctor was in Seattle", expect: { state: "WA", provider: { type: "physician_practice" } } },
  { text: "Washington state", expect: { state: "WA" } },
  { text: "all my care was in Washington DC", expect: { state: "DC" } },
  { text: "D.C.", lastTopic: "state", expect: { state: "DC" } },
  { text: "washington", lastTopic: "state", expect: { state: "WA" } },
  { text: "I'm in Georgia", expect: { state: "GA" } },
  { text: "north carolina", expect: { state: "NC" } },
  { text: "Chicago", expect: { state: "IL" } },
  { text: "the ER in philly", expect: { state: "PA", provider: { type: "hospital" } } },
  { text: "Dayton, OH", expect: { state: "OH" } },
  { text: "actually it's Ohio", intake: { state: "TX" }, expect: { state: "OH" }, intents: ["correction"] },
  { text: "not Texas, Ohio", intake: { state: "TX" }, expect: { state: "OH" }, intents: ["correction"] },
  {
    text: "sorry I meant Oregon not Washington",
    intake: { state: "WA" },
    expect: { state: "OR" },
    intents: ["correction"],
  },
  { text: "I live in Ohio now but the hospital was in Texas", expect: { state: "TX", provider: { type: "hospital" } } },
  { text: "Texas", intake: { state: "TX" }, lastTopic: "state", expect: {}, absent: ["state"] },
  { text: "2", lastChoices: STATE_CHOICES, expect: { state: "TX" } },
  { text: "florida", lastChoices: STATE_CHOICES, expect: { state: "FL" } },
  { text: "New York", lastChoices: STATE_CHOICES, expect: { state: "NY" } },

  // Must not guess.
  { text: "I live in Washington", expect: {}, absent: ["state"] },
  {
    text: "my doctor's name is Georgia Smith",
    expect: { provider: { type: "physician_practice" } },
    absent: ["state"],
  },
  { text: "we're in Kansas City", expect: {}, absent: ["state"] },
  { text: "it happened in Portland", expect: {}, absent: ["state"] },
  { text: "Hi, I need my medical records", expect: { requester: "self" }, absent: ["insurer"], intents: ["greeting"] },
  {
    text: "I saw Dr. Virginia Mason last spring",
    expect: { provider: { name: "Dr. Virginia Mason", type: "physician_practice" } },
    absent: ["state"],
  },
  { text: "Yes, OK", expect: {}, absent: ["state"], intents: ["yes"] },
  { text: "my dad is retired and needs his records", expect: { requester: "other" }, absent: ["provider.status"] },
  {
    text: "there's a mass on my lung and I need the scans",
    expect: { requester: "self", records: { kinds: ["imaging"] } },
    absent: ["state"],
  },
  { text: "I had surgery 2 years ago", expect: { requester: "self" }, absent: ["priorRequest.sentOn", "neededBy"] },
  { text: "my insurance denied the claim", expect: {}, absent: ["priorRequest.outcome"] },
  { text: "4/5/2019", lastTopic: "patient.dateOfBirth", expect: { patient: { dateOfBirth: "2019-04-05" } } },
  {
    text: "nací el 4/5/1980",
    lastTopic: "patient.dateOfBirth",
    expect: {},
    absent: ["patient.dateOfBirth"],
    language: "es",
  },

  // Who is asking; minor or deceased patient.
  { text: "they're for my son", expect: { requester: "parent" } },
  {
    text: "I need my 8 year old daughter's vaccine records for school",
    expect: {
      requester: "parent",
      patient: { isMinor: true },
      records: { kinds: ["immunizations"] },
      purpose: "school",
    },
  },
  { text: "my mom's records, she's in a nursing home", expect: { requester: "other" } },
  { text: "I have power of attorney for my dad", expect: { requester: "personal_representative" } },
  { text: "im her legal guardian", expect: { requester: "guardian" } },
  {
    text: "My husband passed away in March and I'm the executor of his estate",
    expect: { requester: "executor", patient: { isDeceased: true } },
  },
  {
    text: "my late wife's hospital records",
    expect: { requester: "other", patient: { isDeceased: true }, provider: { type: "hospital" } },
  },
  { text: "Me", lastChoices: REQUESTER_CHOICES, expect: { requester: "self" } },
  { text: "2", lastChoices: REQUESTER_CHOICES, expect: { requester: "parent" } },
  { text: "3", lastChoices: REQUESTER_CHOICES, expect: { requester: "personal_representative" } },
  { text: "4.", lastChoices: REQUESTER_CHOICES, expect: { requester: "executor", patient: { isDeceased: true } } },
  { text: "they are for me", expect: { requester: "self" } },
  {
    text: "my 25 year old son is disabled and I have his POA",
    expect: { requester: "personal_representative", patient: { isMinor: false } },
    absent: ["purpose"],
  },
  {
    text: "records for my newborn from the NICU",
    expect: { requester: "parent", patient: { isMinor: true }, provider: { type: "hospital" } },
  },
  {
    text: "my father died last month, his doctor retired years ago",
    expect: {
      requester: "other",
      patient: { isDeceased: true },
      provider: { status: "retired", type: "physician_practice" },
    },
  },
  {
    text: "my doctor passed away and I can't get my records",
    expect: { requester: "self", provider: { status: "deceased", type: "physician_practice" } },
    absent: ["patient.isDeceased"],
  },
  {
    text: "Getting my teenager's records from her pediatrician",
    expect: { requester: "parent", patient: { isMinor: true }, provider: { type: "physician_practice" } },
  },

  // Record kinds in everyday words.
  { text: "just need his shots", expect: { records: { kinds: ["immunizations"] } } },
  {
    text: "xrays and MRI from the ortho",
    expect: { records: { kinds: ["imaging"] }, provider: { type: "specialist" } },
  },
  {
    text: "all my labs and bloodwork from 2015 to 2019",
    expect: { requester: "self", records: { kinds: ["test_results"], from: "2015", to: "2019" } },
  },
  { text: "my therapy notes", expect: { requester: "self", records: { kinds: ["psychotherapy_notes"] } } },
  { text: "records from rehab", expect: { records: { kinds: ["substance_use"] } } },
  { text: "everything. the whole chart", expect: { records: { kinds: ["full_chart"] } } },
  { text: "itemized bill and the insurance claims", expect: { records: { kinds: ["billing", "claims"] } } },
  { text: "my med list please", expect: { records: { kinds: ["medications"] } } },
  {
    text: "dental xrays from my dentist",
    expect: { records: { kinds: ["dental", "imaging"] }, provider: { type: "dental" } },
  },
  { text: "the ct scan and the results", expect: { records: { kinds: ["imaging", "test_results"] } } },
  {
    text: "mammogram images from the imaging center",
    expect: { records: { kinds: ["imaging"] }, provider: { type: "imaging_center" } },
  },
  {
    text: "my psychiatric records and my prescriptions",
    expect: { requester: "self", records: { kinds: ["mental_health", "medications"] } },
  },
  {
    text: "also the discharge summary",
    intake: { records: { kinds: ["imaging"] } },
    expect: { records: { kinds: ["imaging", "visit_notes"] } },
  },
  {
    text: "actually only the vaccines",
    intake: { records: { kinds: ["imaging", "billing"] } },
    expect: { records: { kinds: ["immunizations"] } },
    intents: ["correction"],
  },
  { text: "x-rays", intake: { records: { kinds: ["imaging"] } }, expect: {}, absent: ["records"] },
  { text: "Whole chart", lastChoices: RECORD_CHOICES, expect: { records: { kinds: ["full_chart"] } } },
  { text: "5", lastChoices: RECORD_CHOICES, expect: { records: { kinds: ["billing", "claims"] } } },
  { text: "all of it", lastTopic: "records", expect: { records: { kinds: ["full_chart"] } } },
  {
    text: "physical therapy notes after my knee surgery",
    expect: { requester: "self", records: { kinds: ["visit_notes"] } },
  },
  { text: "covid vax card and tdap", expect: { records: { kinds: ["immunizations"] } } },
  { text: "pathology report from my biopsy", expect: { requester: "self", records: { kinds: ["test_results"] } } },

  // Date ranges.
  { text: "records from last year", expect: { records: { from: "2024", to: "2024" } } },
  { text: "everything since 2018", expect: { records: { kinds: ["full_chart"], from: "2018" } } },
  { text: "visits between March 2018 and June 2019", expect: { records: { from: "2018-03-01", to: "2019-06-30" } } },
  { text: "the past 5 years of records", expect: { records: { from: "2020-06-10" } } },
  { text: "my surgery in 2021", expect: { requester: "self", records: { from: "2021", to: "2021" } } },
  { text: "2010-2014", expect: { records: { from: "2010", to: "2014" } } },

  // Provider: name, type, status.
  { text: "at Mercy Hospital", expect: { provider: { name: "Mercy Hospital", type: "hospital" } } },
  { text: "Dr. Smith's office", expect: { provider: { name: "Dr. Smith", type: "physician_practice" } } },
  {
    text: "st. mary's medical center",
    lastTopic: "provider.name",
    expect: { provider: { name: "st. mary's medical center", type: "hospital" } },
  },
  {
    text: "Riverside Family Medicine",
    lastTopic: "provider.name",
    expect: { provider: { name: "Riverside Family Medicine", type: "physician_practice" } },
  },
  {
    text: "it's called Lakeview Pediatrics",
    expect: { provider: { name: "Lakeview Pediatrics", type: "physician_practice" } },
  },
  { text: "records from mercy hospital", expect: { provider: { name: "mercy hospital", type: "hospital" } } },
  { text: "my old pediatrician retired", expect: { provider: { type: "physician_practice", status: "retired" } } },
  { text: "the clinic closed down last year", expect: { provider: { type: "clinic", status: "closed" } } },
  {
    text: "the practice got bought by Atrium Health",
    expect: { provider: { status: "merged", name: "Atrium Health" } },
  },
  { text: "they merged with another hospital system", expect: { provider: { status: "merged", type: "hospital" } } },
  {
    text: "Dr. Patel passed away last winter",
    expect: { provider: { name: "Dr. Patel", type: "physician_practice", status: "deceased" } },
  },
  { text: "my dermatologist went out of business", expect: { provider: { type: "specialist", status: "closed" } } },
  {
    text: "results from Quest",
    expect: { provider: { name: "Quest", type: "lab" }, records: { kinds: ["test_results"] } },
  },
  { text: "urgent care visit notes", expect: { provider: { type: "clinic" }, records: { kinds: ["visit_notes"] } } },
  { text: "my therapist's records", expect: { requester: "self", provider: { type: "behavioral_health" } } },
  {
    text: "prescription history from CVS",
    expect: { provider: { name: "CVS", type: "pharmacy" }, records: { kinds: ["medications"] } },
  },
  {
    text: "I don't know",
    lastTopic: "provider.status",
    expect: { provider: { status: "unknown" } },
    intents: ["unsure"],
  },
  { text: "yes", lastTopic: "provider.status", expect: { provider: { status: "open" } }, intents: ["yes"] },
  // A "no" that opens a sentence saying the opposite, or a filler "no way" / "no manches", is not the answer.
  {
    text: "nah its still there i think",
    lastTopic: "provider.status",
    expect: { provider: { status: "open" } },
    intents: ["no"],
  },
  {
    text: "no manches, todavia esta abierto",
    lastTopic: "provider.status",
    context: "es",
    expect: { provider: { status: "open" } },
  },
  { text: "no way lol", lastTopic: "provider.status", expect: {} },
  { text: "i think theyre still open", lastTopic: "provider.status", expect: { provider: { status: "open" } } },
  // A command, a month or a verb that opens a sentence is never a name.
  { text: "Hurry please", lastTopic: "patient.name", expect: {} },
  { text: "Septiembre", lastTopic: "patient.name", context: "es", expect: {} },
  {
    text: "septiembre en el hospital",
    lastTopic: "provider.name",
    context: "es",
    expect: { provider: { type: "hospital" } },
  },
  {
    text: "Fui en octubre al Hospital General",
    lastTopic: "provider.name",
    context: "es",
    expect: { provider: { type: "hospital" } },
  },
  { text: "June Carter", lastTopic: "patient.name", expect: { patient: { name: "June Carter" } } },
  { text: "Anyway", lastTopic: "patient.name", expect: {} },
  // Rehabilitación is physical rehab: its therapy notes are not psychotherapy notes; a psychologist's are.
  { text: "necesito las notas de terapia de la rehabilitación", context: "es", expect: {} },
  {
    text: "notas de terapia de mi psicóloga",
    context: "es",
    expect: { provider: { type: "behavioral_health" }, records: { kinds: ["psychotherapy_notes"] } },
  },
  // Where the records go is not where the care was.
  {
    text: "please send them to my new doctor in phoenix",
    expect: { purpose: "continuing_care", delivery: "third_party" },
    absent: ["state"],
  },
  {
    text: "mi nuevo doctor en houston los necesita",
    context: "es",
    expect: { purpose: "continuing_care" },
    absent: ["state"],
  },
  // A month that dates the sentence is not the start of the provider's name.
  {
    text: "In October Mercy Hospital did my MRI",
    expect: {
      requester: "self",
      provider: { name: "Mercy Hospital", type: "hospital" },
      records: { kinds: ["imaging"], from: "2024-10-01", to: "2024-10-31" },
    },
  },
  {
    text: "En Septiembre Hospital Angeles me operó",
    context: "es",
    expect: { provider: { name: "Hospital Angeles", type: "hospital" } },
  },
  // The patient's own questions in other words: answered, and a question about a fee is no fee dispute.
  { text: "how much do copies usually run", expect: {}, intents: ["rights_fees"] },
  { text: "¿me cobran?", context: "es", expect: {}, intents: ["rights_fees"] },
  { text: "when should i expect them", expect: {}, intents: ["rights_deadline"] },
  { text: "is someone reading this", expect: {}, intents: ["asks_human"] },
  { text: "¿es un bot?", context: "es", expect: {}, intents: ["asks_human"] },
  { text: "are you recording this", expect: {}, intents: ["asks_safety"] },
  { text: "¿guardan lo que escribo?", context: "es", expect: {}, intents: ["asks_safety"] },
  { text: "Nose", lastTopic: "patient.name", context: "es", expect: {} },
  { text: "In august", lastTopic: "provider.name", expect: {} },
  { text: "September at the hospital", lastTopic: "provider.name", expect: { provider: { type: "hospital" } } },
  // An outcome or a delivery only when the patient says it: not negated, not where they saw something.
  { text: "asked for them and still havent got them", expect: {} },
  { text: "once i get them i'll bring them along", expect: {} },
  { text: "pedí mis papeles y todavía no me los dieron", context: "es", expect: { requester: "self" } },
  { text: "i saw my results in mychart", expect: { requester: "self", records: { kinds: ["test_results"] } } },
  { text: "vi los análisis en el portal", context: "es", expect: { records: { kinds: ["test_results"] } } },
  { text: "just put them on the portal", expect: { delivery: "portal", format: "electronic" } },
  { text: "mándenlos por el portal", context: "es", expect: { delivery: "portal", format: "electronic" } },

  // Portal.
  { text: "I can't log in to their portal", expect: { provider: { portal: "no_access" } } },
  { text: "they don't have one", lastTopic: "provider.portal", expect: { provider: { portal: "none" } } },
  { text: "no portal, it's a tiny office", expect: { provider: { portal: "none" } } },
  {
    text: "I use MyChart but the x-rays aren't on there",
    expect: { provider: { portal: "active" }, records: { kinds: ["imaging"] } },
  },
  { text: "yeah", lastTopic: "provider.portal", expect: { provider: { portal: "active" } }, intents: ["yes"] },
  { text: "nope", lastTopic: "provider.portal", expect: { provider: { portal: "no_access" } }, intents: ["no"] },
  { text: "not sure", lastTopic: "provider.portal", expect: { provider: { portal: "unknown" } }, intents: ["unsure"] },
  {
    text: "forgot my password for the patient portal and got locked out",
    expect: { provider: { portal: "no_access" } },
  },

  // Insurance.
  {
    text: "I have a Medicare Advantage plan with Humana",
    expect: { insurer: { plan: "medicare_advantage", name: "Humana" } },
  },
  { text: "medicaid", expect: { insurer: { plan: "medicaid" } } },
  { text: "I'm on Medi-Cal", expect: { insurer: { plan: "medicaid" } } },
  { text: "got a plan through the marketplace", expect: { insurer: { plan: "marketplace" } } },
  {
    text: "insurance through my job, it's Blue Cross",
    expect: { insurer: { plan: "employer", name: "Blue Cross Blue Shield" } },
  },
  { text: "I get my care at the VA", expect: { insurer: { plan: "va" } }, absent: ["state"] },
  { text: "tricare, my husband is active duty", expect: { insurer: { plan: "tricare" } }, absent: ["requester"] },
  { text: "I'm uninsured", expect: { insurer: { plan: "none" } } },
  { text: "1", lastChoices: PLAN_CHOICES, expect: { insurer: { plan: "employer" } } },
  { text: "no idea", lastTopic: "insurer.plan", expect: { insurer: { plan: "unknown" } }, intents: ["unsure"] },
  { text: "obamacare", expect: { insurer: { plan: "marketplace" } } },
  { text: "regular medicare", expect: { insurer: { plan: "medicare" } } },

  // Counts.
  { text: "I need records from 5 different hospitals", expect: { providerCount: 5, provider: { type: "hospital" } } },
  { text: "three doctors and a lab", expect: { providerCount: 3, provider: { type: "lab" } } },
  { text: "4", lastTopic: "providerCount", expect: { providerCount: 4 } },
  { text: "only one hospital", expect: { providerCount: 1, provider: { type: "hospital" } } },
  { text: "seen by like 6 specialists over the years", expect: { providerCount: 6, provider: { type: "specialist" } } },

  // Deadlines.
  { text: "I need them by December 15", expect: { neededBy: "2025-12-15" } },
  { text: "my appointment is in two weeks", expect: { neededBy: "2025-06-24" } },
  { text: "need it by friday!!", expect: { neededBy: "2025-06-13" } },
  { text: "deadline is 7/1", expect: { neededBy: "2025-07-01" } },
  { text: "by the end of the month", expect: { neededBy: "2025-06-30" } },
  { text: "the new doctor needs them within 10 days", expect: { neededBy: "2025-06-20", purpose: "continuing_care" } },
  { text: "March 3rd", lastTopic: "neededBy", expect: { neededBy: "2026-03-03" } },
  { text: "by jan 5", today: "2025-12-20", expect: { neededBy: "2026-01-05" } },
  { text: "no deadline really", intake: { neededBy: "2025-07-01" }, expect: { neededBy: null } },
  { text: "surgery is next month so I need them before then", expect: { neededBy: "2025-07-10" } },

  // Format and delivery.
  { text: "can you email them to me", expect: { delivery: "email", format: "electronic" } },
  { text: "paper copies by mail please", expect: { format: "paper", delivery: "mail" } },
  { text: "send them to my new doctor", expect: { delivery: "third_party", purpose: "continuing_care" } },
  {
    text: "please send them straight to Dr. Nguyen",
    expect: { delivery: "third_party", recipient: { name: "Dr. Nguyen" } },
    absent: ["provider.name"],
  },
  {
    text: "send everything to my new doctor, Dr. Alvarez at Kaiser, and I want a pdf too",
    expect: {
      delivery: "third_party",
      recipient: { name: "Dr. Alvarez" },
      purpose: "continuing_care",
      format: "electronic",
      records: { kinds: ["full_chart"] },
    },
    absent: ["insurer", "provider.name"],
  },
  { text: "i'll pick them up in person", expect: { delivery: "pickup" } },
  { text: "can they fax it to my lawyer", expect: { delivery: "third_party", purpose: "legal" } },
  { text: "on a CD is fine", expect: { format: "electronic" } },
  { text: "just download them through the portal", expect: { delivery: "portal", format: "electronic" } },
  { text: "mail them to my house", expect: { delivery: "mail" } },
  { text: "yes", lastTopic: "format", expect: { format: "electronic" }, intents: ["yes"] },
  { text: "no", lastTopic: "format", expect: { format: "paper" }, intents: ["no"] },

  // Purpose.
  { text: "it's for his summer camp form", expect: { purpose: "school" } },
  { text: "I'm applying for SSDI", expect: { purpose: "disability" } },
  { text: "my lawyer needs them for the lawsuit", expect: { purpose: "legal" } },
  {
    text: "I want a second opinion on my MRI",
    expect: { requester: "self", purpose: "second_opinion", records: { kinds: ["imaging"] } },
  },
  {
    text: "we're traveling abroad and need her shot records",
    expect: { purpose: "travel", records: { kinds: ["immunizations"] } },
  },
  { text: "switching doctors", expect: { purpose: "continuing_care" } },
  {
    text: "I have health care power of attorney",
    expect: { requester: "personal_representative" },
    absent: ["purpose"],
  },

  // Earlier requests.
  {
    text: "sent a request 6 weeks ago, nothing",
    expect: { priorRequest: { sentOn: "2025-04-29", outcome: "no_response" } },
  },
  { text: "they denied it", expect: { priorRequest: { outcome: "denied" } } },
  {
    text: "I faxed them a request on March 3rd and never heard back",
    expect: { priorRequest: { sentOn: "2025-03-03", outcome: "no_response" } },
  },
  {
    text: "asked them last month, still waiting",
    expect: { priorRequest: { sentOn: "2025-05-10", outcome: "pending" } },
  },
  { text: "they want to charge me $250 for the copies", expect: { priorRequest: { outcome: "fee_dispute" } } },
  {
    text: "they only sent part of it, the imaging is missing",
    expect: { priorRequest: { outcome: "partial" }, records: { kinds: ["imaging"] } },
  },
  {
    text: "I requested them 2 months ago and they refused",
    expect: { priorRequest: { sentOn: "2025-04-10", outcome: "denied" } },
  },
  { text: "March 3rd", lastTopic: "priorRequest.sentOn", expect: { priorRequest: { sentOn: "2025-03-03" } } },
  { text: "nothing", lastTopic: "priorRequest.outcome", expect: { priorRequest: { outcome: "no_response" } } },
  {
    text: "emailed the records office on 5/1 and got nothing",
    expect: { priorRequest: { sentOn: "2025-05-01", outcome: "no_response" } },
  },

  // Identity.
  { text: "my name is Maria Lopez", expect: { patient: { name: "Maria Lopez" } } },
  { text: "I'm Maria Lopez", lastTopic: "patient.name", expect: { patient: { name: "Maria Lopez" } } },
  { text: "john o'brien", lastTopic: "patient.name", expect: { patient: { name: "john o'brien" } } },
  { text: "born 3/4/1980", expect: { patient: { dateOfBirth: "1980-03-04" } } },
  { text: "DOB 1980-03-04", expect: { patient: { dateOfBirth: "1980-03-04" } } },
  { text: "March 4, 1980", lastTopic: "patient.dateOfBirth", expect: { patient: { dateOfBirth: "1980-03-04" } } },
  { text: "her date of birth is 7/22/52", expect: { patient: { dateOfBirth: "1952-07-22" } } },
  {
    text: "my phone number is (555) 123-4567 and email maria.lopez@example.com",
    expect: { patient: { phone: "555-123-4567", email: "maria.lopez@example.com" } },
  },
  { text: "555.987.6543", lastTopic: "patient.phone", expect: { patient: { phone: "555-987-6543" } } },
  { text: "My name is Tom and I need my mom's records", expect: { requester: "other" }, absent: ["patient.name"] },
  {
    text: "her name is Rosa Diaz, born May 2 1941",
    expect: { patient: { name: "Rosa Diaz", dateOfBirth: "1941-05-02" } },
  },
  { text: "their fax is 555-222-3333", expect: {}, absent: ["patient.phone"] },

  // Intents, yes/no and quick replies.
  { text: "ok draft the letter", expect: {}, intents: ["draft", "yes"] },
  { text: "start over", expect: {}, intents: ["restart"] },
  { text: "how much can they charge me for copies?", expect: {}, intents: ["rights_fees"], absent: ["priorRequest"] },
  { text: "What fees can they charge?", expect: {}, intents: ["rights_fees"] },
  { text: "how long do they have to send them", expect: {}, intents: ["rights_deadline"] },
  { text: "thank you so much!", expect: {}, intents: ["thanks"] },
  { text: "please delete my data", expect: {}, intents: ["delete"] },
  { text: "what's the weather tomorrow", expect: {}, intents: ["off_topic"], absent: ["neededBy"] },
  { text: "hello", expect: {}, intents: ["greeting"] },
  { text: "no idea honestly", expect: {}, intents: ["unsure"] },
  { text: "yes", lastTopic: "patient.isMinor", expect: { patient: { isMinor: true } }, intents: ["yes"] },
  {
    text: "no she's still alive",
    lastTopic: "patient.isDeceased",
    expect: { patient: { isDeceased: false } },
    intents: ["no"],
  },
  { text: "no", lastTopic: "insurer", expect: { insurer: { plan: "none" } }, intents: ["no"] },
  { text: "yep", lastTopic: "delivery.third_party", expect: { delivery: "third_party" }, intents: ["yes"] },

  // Several facts in one message.
  {
    text: "Hi, I need my son's shot records from Mercy Hospital in Ohio for camp by June 30, they don't have a portal",
    expect: {
      requester: "parent",
      records: { kinds: ["immunizations"] },
      provider: { name: "Mercy Hospital", type: "hospital", portal: "none" },
      state: "OH",
      purpose: "school",
      neededBy: "2025-06-30",
    },
    intents: ["greeting"],
  },
  {
    text: "my mom passed away in april. I'm the executor. need her whole chart from st joseph hospital in michigan for the lawsuit",
    expect: {
      requester: "executor",
      patient: { isDeceased: true },
      records: { kinds: ["full_chart"] },
      provider: { name: "st joseph hospital", type: "hospital" },
      state: "MI",
      purpose: "legal",
    },
  },
  {
    text: "i need records from 3 doctors in florida, one of them retired, I'm on medicare advantage",
    expect: { providerCount: 3, state: "FL", provider: { status: "retired" }, insurer: { plan: "medicare_advantage" } },
  },
  {
    text: "I requested my x-rays from Dr. Chen 6 weeks ago and nothing. I need them by July 15 for my new orthopedist",
    expect: {
      requester: "self",
      records: { kinds: ["imaging"] },
      provider: { name: "Dr. Chen", type: "physician_practice" },
      priorRequest: { sentOn: "2025-04-29", outcome: "no_response" },
      neededBy: "2025-07-15",
      purpose: "continuing_care",
    },
  },
  {
    text: "email me my labs from 2020 to 2023, I'm in Chicago",
    expect: {
      requester: "self",
      delivery: "email",
      format: "electronic",
      records: { kinds: ["test_results"], from: "2020", to: "2023" },
      state: "IL",
    },
  },
  {
    text: "my daughter is 16 and needs her vaccine records for school in texas, we have chip",
    expect: {
      requester: "parent",
      patient: { isMinor: true },
      records: { kinds: ["immunizations"] },
      purpose: "school",
      state: "TX",
      insurer: { plan: "chip" },
    },
  },
  {
    text: "my name is Ana Ruiz, DOB 02/14/1975, I need my mri from Lakeside Imaging mailed to me",
    expect: {
      requester: "self",
      patient: { name: "Ana Ruiz", dateOfBirth: "1975-02-14" },
      records: { kinds: ["imaging"] },
      provider: { name: "Lakeside Imaging", type: "imaging_center" },
      delivery: "mail",
    },
  },
  {
    text: "the hospital in Houston got bought by another system and I can't log in to the new portal",
    expect: { state: "TX", provider: { type: "hospital", status: "merged", portal: "no_access" } },
  },
  {
    text: "I'm applying for disability and need 10 years of records from 4 different providers asap",
    expect: { purpose: "disability", providerCount: 4 },
  },
  {
    text: "sent the form to the hospital back in january and they said no, I live in new jersey",
    expect: { priorRequest: { outcome: "denied" }, provider: { type: "hospital" }, state: "NJ" },
  },
  {
    text: "I have guardianship of my brother, he had surgery at Boston Medical Center in 2022",
    expect: {
      requester: "guardian",
      provider: { name: "Boston Medical Center", type: "hospital" },
      records: { from: "2022", to: "2022" },
    },
    // A place inside a provider's name is not where the care was ("Washington Hospital" is in California).
    absent: ["state"],
  },
  {
    text: "psych records from my stay at the behavioral hospital, paper copies, pickup",
    expect: {
      requester: "self",
      records: { kinds: ["mental_health"] },
      provider: { type: "hospital" },
      format: "paper",
      delivery: "pickup",
    },
  },
  { text: "they said they're processing it but it's been 45 days", expect: { priorRequest: { outcome: "pending" } } },
  {
    text: "my PCP in Denver has my bloodwork",
    expect: {
      requester: "self",
      provider: { type: "physician_practice" },
      state: "CO",
      records: { kinds: ["test_results"] },
    },
  },
  {
    text: "need everything from the last 3 years sent to my new doctor by next week",
    expect: {
      records: { kinds: ["full_chart"], from: "2022-06-10" },
      delivery: "third_party",
      purpose: "continuing_care",
      neededBy: "2025-06-17",
    },
  },

  // Spanish.
  {
    text: "Necesito las vacunas de mi hijo, vivimos en Tejas",
    expect: { requester: "parent", records: { kinds: ["immunizations"] }, state: "TX" },
    language: "es",
  },
  {
    text: "mandé una solicitud hace seis semanas y nada",
    expect: { priorRequest: { sentOn: "2025-04-29", outcome: "no_response" } },
    language: "es",
  },
  { text: "me negaron los expedientes", expect: { priorRequest: { outcome: "denied" } }, language: "es" },
  {
    text: "Necesito mis registros médicos del hospital en Nueva York",
    expect: { requester: "self", provider: { type: "hospital" }, state: "NY" },
    language: "es",
  },
  {
    text: "las radiografías de mi mamá, ella falleció el año pasado",
    expect: { requester: "other", records: { kinds: ["imaging"] }, patient: { isDeceased: true } },
    language: "es",
  },
  { text: "soy albacea de mi padre", expect: { requester: "executor", patient: { isDeceased: true } }, language: "es" },
  { text: "tengo poder notarial para mi abuela", expect: { requester: "personal_representative" }, language: "es" },
  { text: "los necesito para el 15 de diciembre", expect: { neededBy: "2025-12-15" }, language: "es" },
  {
    text: "tengo una cita en dos semanas con mi nuevo doctor",
    expect: { neededBy: "2025-06-24", purpose: "continuing_care" },
    language: "es",
  },
  {
    text: "mi doctor se jubiló y cerró el consultorio",
    expect: { provider: { type: "physician_practice", status: "retired" } },
    language: "es",
  },
  // A message that starts with "no" is a no-answer too (harmless with no yes/no question pending).
  {
    text: "no puedo entrar al portal",
    expect: { provider: { portal: "no_access" } },
    intents: ["no"],
    language: "es",
  },
  { text: "no tienen portal", expect: { provider: { portal: "none" } }, intents: ["no"], language: "es" },
  { text: "tengo Medicaid", expect: { insurer: { plan: "medicaid" } }, language: "es" },
  { text: "tengo seguro por mi trabajo", expect: { insurer: { plan: "employer" } }, language: "es" },
  { text: "no tengo seguro", expect: { insurer: { plan: "none" } }, intents: ["no"], language: "es" },
  {
    text: "necesito los análisis de sangre de 2015 a 2019",
    expect: { records: { kinds: ["test_results"], from: "2015", to: "2019" } },
    language: "es",
  },
  {
    text: "quiero todo el expediente, por correo electrónico",
    expect: { records: { kinds: ["full_chart"] }, delivery: "email", format: "electronic" },
    language: "es",
  },
  { text: "copias en papel por correo", expect: { format: "paper", delivery: "mail" }, language: "es" },
  {
    text: "que los manden directamente a mi nuevo médico",
    expect: { delivery: "third_party", purpose: "continuing_care" },
    language: "es",
  },
  {
    text: "son para la escuela de mi hija de 7 años",
    expect: { requester: "parent", patient: { isMinor: true }, purpose: "school" },
    language: "es",
  },
  { text: "me llamo María López", expect: { patient: { name: "María López" } }, language: "es" },
  { text: "nací el 4 de marzo de 1980", expect: { patient: { dateOfBirth: "1980-03-04" } }, language: "es" },
  {
    text: "necesito registros de cinco hospitales diferentes",
    expect: { providerCount: 5, provider: { type: "hospital" } },
    language: "es",
  },
  { text: "en California, en Los Ángeles", expect: { state: "CA" }, language: "es" },
  {
    text: "Hola, necesito ayuda con los expedientes de mi esposo, tiene demencia y tengo poder legal",
    expect: { requester: "personal_representative" },
    intents: ["greeting"],
    language: "es",
  },
  {
    text: "sí",
    lastTopic: "provider.portal",
    expect: { provider: { portal: "active" } },
    intents: ["yes"],
    language: "es",
  },
  {
    text: "no sé",
    lastTopic: "insurer.plan",
    expect: { insurer: { plan: "unknown" } },
    intents: ["unsure"],
    language: "es",
  },
  { text: "gracias", expect: {}, intents: ["thanks"], language: "es" },
  { text: "¿cuánto me pueden cobrar por las copias?", expect: {}, intents: ["rights_fees"], language: "es" },
  { text: "quiero empezar de nuevo", expect: {}, intents: ["restart"], language: "es" },
  { text: "escríbame la carta por favor", expect: {}, intents: ["draft"], language: "es" },
  {
    text: "en realidad es Florida, no Texas",
    intake: { state: "TX" },
    expect: { state: "FL" },
    intents: ["correction"],
    language: "es",
  },
  {
    text: "solo me mandaron una parte, faltan las radiografías",
    expect: { priorRequest: { outcome: "partial" }, records: { kinds: ["imaging"] } },
    language: "es",
  },
  {
    text: "quieren cobrarme 200 dólares por las copias",
    expect: { priorRequest: { outcome: "fee_dispute" } },
    language: "es",
  },
  {
    text: "la clínica cerró y el doctor murió",
    expect: { provider: { type: "clinic", status: "deceased" } },
    language: "es",
  },
  {
    text: "mi hijo es menor de edad, necesito sus vacunas para el campamento",
    expect: {
      requester: "parent",
      patient: { isMinor: true },
      records: { kinds: ["immunizations"] },
      purpose: "school",
    },
    language: "es",
  },
  { text: "lo necesito para mi abogado, es para una demanda", expect: { purpose: "legal" }, language: "es" },
  {
    text: "pedí mis expedientes el 3 de marzo y no me han respondido",
    expect: { requester: "self", priorRequest: { sentOn: "2025-03-03", outcome: "no_response" } },
    language: "es",
  },
  { text: "vivo en Carolina del Norte", expect: { state: "NC" }, language: "es" },

  // Held-out: written after the rules and measured once before any tuning (see the report).
  {
    text: "hey so my grandma needs her records from a hospital in arizona",
    expect: { requester: "other", provider: { type: "hospital" }, state: "AZ" },
    intents: ["greeting"],
  },
  {
    text: "I need copies of my kids immunization records, we moved from Virginia to NC",
    // The state they moved from is where the shots were given; NC is where they live now.
    expect: { requester: "parent", records: { kinds: ["immunizations"] }, state: "VA" },
  },
  {
    text: "pls help, the ob-gyn i saw in 2019 closed their office",
    expect: { provider: { type: "specialist", status: "closed" } },
  },
  {
    text: "Can I get my ER records from Jackson Memorial Hospital in Miami?",
    expect: {
      records: { kinds: ["visit_notes"] },
      requester: "self",
      provider: { name: "Jackson Memorial Hospital", type: "hospital" },
      state: "FL",
    },
  },
  {
    text: "my wife's MRI and CT from last march",
    expect: { requester: "other", records: { kinds: ["imaging"], from: "2025-03-01", to: "2025-03-31" } },
  },
  {
    text: "I want my lab results emailed to me",
    expect: { requester: "self", records: { kinds: ["test_results"] }, delivery: "email", format: "electronic" },
  },
  {
    text: "they told me it would be $0.75 a page which seems like a lot",
    expect: { priorRequest: { outcome: "fee_dispute" } },
  },
  {
    text: "I asked for my records on May 2 and they still haven't sent anything",
    expect: { requester: "self", priorRequest: { sentOn: "2025-05-02", outcome: "no_response" } },
  },
  {
    text: "my dentist retired and I need my dental x-rays",
    expect: {
      requester: "self",
      provider: { type: "dental", status: "retired" },
      records: { kinds: ["dental", "imaging"] },
    },
  },
  {
    text: "records for my mother who passed in january, I'm the administrator of her estate",
    expect: { requester: "executor", patient: { isDeceased: true } },
  },
  { text: "I'm a veteran and get care through the VA in Texas", expect: { insurer: { plan: "va" }, state: "TX" } },
  { text: "Kaiser in california", expect: { state: "CA" } },
  {
    text: "i have united healthcare through my employer",
    expect: { insurer: { name: "UnitedHealthcare", plan: "employer" } },
  },
  { text: "I'd like paper copies I can pick up", expect: { format: "paper", delivery: "pickup" } },
  { text: "seven different doctors over 10 years", expect: { providerCount: 7 } },
  { text: "need them before my surgery on august 4", expect: { requester: "self", neededBy: "2025-08-04" } },
  {
    text: "the practice was acquired by a big hospital system last year",
    expect: { provider: { status: "merged", type: "hospital" } },
  },
  { text: "there is no online portal", expect: { provider: { portal: "none" } } },
  { text: "My son is 19, can I still get his records?", expect: { requester: "other", patient: { isMinor: false } } },
  { text: "Its for a workers comp claim", expect: { purpose: "disability" } },
  { text: "I'm suing the hospital for malpractice", expect: { purpose: "legal", provider: { type: "hospital" } } },
  { text: "from January 2020 through December 2022", expect: { records: { from: "2020-01-01", to: "2022-12-31" } } },
  {
    text: "counseling notes from my therapist",
    expect: { records: { kinds: ["psychotherapy_notes"] }, provider: { type: "behavioral_health" } },
  },
  { text: "everything they have on me", expect: { records: { kinds: ["full_chart"] } } },
  { text: "I'm her conservator", expect: { requester: "guardian" } },
  { text: "Illinois", lastChoices: STATE_CHOICES, expect: { state: "IL" } },
  { text: "Another state", lastChoices: STATE_CHOICES, expect: {}, absent: ["state"] },
  { text: "10/12/1966", lastTopic: "patient.dateOfBirth", expect: { patient: { dateOfBirth: "1966-10-12" } } },
  {
    text: "mi mamá tiene Medicare y necesita sus análisis del laboratorio",
    expect: { requester: "other", insurer: { plan: "medicare" }, records: { kinds: ["test_results"] } },
    language: "es",
  },
  {
    text: "Vivo en Nueva Jersey pero el hospital está en Nueva York",
    expect: { state: "NY", provider: { type: "hospital" } },
    language: "es",
  },
  {
    text: "mi doctora cerró su consultorio el año pasado",
    expect: { provider: { type: "physician_practice", status: "closed" } },
    language: "es",
  },
  {
    text: "necesito las notas de mi terapeuta",
    expect: { records: { kinds: ["psychotherapy_notes"] }, provider: { type: "behavioral_health" } },
    language: "es",
  },
  {
    text: "los pedí hace un mes y me dijeron que no",
    expect: { priorRequest: { sentOn: "2025-05-10" } },
    language: "es",
  },
  { text: "quiero recogerlos en persona", expect: { delivery: "pickup" }, language: "es" },
  {
    text: "tengo una cita con un especialista el 20 de junio",
    expect: { neededBy: "2025-06-20", provider: { type: "specialist" } },
    language: "es",
  },
  { text: "es para el seguro social, por discapacidad", expect: { purpose: "disability" }, language: "es" },

  // Free answers typed to the guide's questions, read with their topic.
  ...answers("patient.name", [
    ["Maria Lopez, March 4, 1980", { patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" } }],
  ]),
  {
    text: "María López, 4 de marzo de 1980",
    lastTopic: "patient.name",
    expect: { patient: { name: "María López", dateOfBirth: "1980-03-04" } },
    language: "es",
  },
  ...answers("recipient", [
    [
      "Dr. Rivera at Oak Street Clinic, drrivera@oakclinic.org",
      { recipient: { name: "Dr. Rivera", email: "drrivera@oakclinic.org" }, delivery: "third_party" },
    ],
  ]),
  ...answers("insurer.name", [["aetna", { insurer: { name: "Aetna" } }]]),
  {
    text: "Clínica San José",
    lastTopic: "provider.name",
    intake: { state: "TX" },
    expect: { provider: { name: "Clínica San José", type: "clinic" } },
    absent: ["state"],
    // With no earlier message to go by, the Spanish name is the only sign of the language.
    language: "es",
  },
  {
    text: "Clínica San José",
    lastTopic: "provider.name",
    context: "en",
    expect: { provider: { name: "Clínica San José", type: "clinic" } },
    // A name is not a sentence: the conversation stays English (src/i18n/detect.ts's hysteresis).
    language: "en",
  },
  {
    text: "Mercy Hospital in Ohio",
    lastTopic: "provider.name",
    expect: { provider: { name: "Mercy Hospital", type: "hospital" }, state: "OH" },
  },
  {
    text: "Lucía Fernández, 12/8/1990",
    lastTopic: "patient.name",
    context: "es",
    expect: { patient: { name: "Lucía Fernández" } },
    absent: ["patient.dateOfBirth"],
    language: "es",
  },
  {
    text: "Lucía Fernández, 25/8/1990",
    lastTopic: "patient.name",
    context: "es",
    expect: { patient: { name: "Lucía Fernández", dateOfBirth: "1990-08-25" } },
    language: "es",
  },
  { text: "2", lastChoices: STATE_CHOICES, context: "es", expect: { state: "TX" }, language: "es" },

  // Typed answers to "are the records from {clinic}, or from another doctor or hospital?".
  {
    text: "yes",
    lastTopic: "provider.clinic",
    clinicName: CLINIC,
    expect: { provider: { name: CLINIC } },
    intents: ["yes"],
  },
  { text: "Riverbend", lastTopic: "provider.clinic", clinicName: CLINIC, expect: { provider: { name: CLINIC } } },
  {
    text: "yes, I go to this clinic",
    lastTopic: "provider.clinic",
    clinicName: CLINIC,
    expect: { provider: { name: CLINIC } },
    intents: ["yes"],
  },
  {
    text: "no, it was Mercy General Hospital",
    lastTopic: "provider.clinic",
    clinicName: CLINIC,
    expect: { provider: { name: "Mercy General Hospital", type: "hospital" } },
    intents: ["no"],
  },
  { text: "no", lastTopic: "provider.clinic", clinicName: CLINIC, expect: {}, intents: ["no"] },
  {
    text: "sí, de aquí",
    lastTopic: "provider.clinic",
    clinicName: CLINIC,
    context: "es",
    expect: { provider: { name: CLINIC } },
    intents: ["yes"],
    language: "es",
  },
  {
    text: "no, del Hospital San Lucas",
    lastTopic: "provider.clinic",
    clinicName: CLINIC,
    context: "es",
    expect: { provider: { name: "Hospital San Lucas", type: "hospital" } },
    intents: ["no"],
    language: "es",
  },
];

/** Free answers to the question on one topic, each with the fields it must set. */
function answers(lastTopic: string, rows: Array<[string, IntakePatch]>): CorpusItem[] {
  return rows.map(([text, expect]) => ({ text, lastTopic, expect }));
}

/** What one quick reply must set, and the intents it carries ("Yes, …" is a yes; "No sé" is unsure). */
type Reading = [expect: IntakePatch, ...intents: Intent[]];
const unsure: Reading = [{}, "unsure"];

/**
 * What every quick reply the guide offers must set, in the order the guide offers them
 * (src/conversation/guide/questions.ts). Each is read as the patient sends it: the reply's value,
 * with the question's choices as the last ones shown. A topic or a reply without a reading here
 * fails, so a new quick reply cannot go untested.
 */
const QUICK_REPLIES: Record<Topic, Record<Lang, Reading[]>> = {
  requester: {
    en: [
      [{ requester: "self" }],
      [{ requester: "parent" }],
      [{ requester: "personal_representative" }],
      [{ requester: "executor", patient: { isDeceased: true } }],
      [{ requester: "other" }],
    ],
    es: [
      [{ requester: "self" }],
      [{ requester: "parent" }],
      [{ requester: "personal_representative" }],
      [{ requester: "executor", patient: { isDeceased: true } }],
      [{ requester: "other" }],
    ],
  },
  state: {
    en: [[{ state: "CA" }], [{ state: "TX" }], [{ state: "FL" }], [{ state: "NY" }], [{}]],
    es: [[{ state: "CA" }], [{ state: "TX" }], [{ state: "FL" }], [{ state: "NY" }], [{}]],
  },
  "records.kinds": {
    en: [
      [{ records: { kinds: ["test_results"] } }],
      [{ records: { kinds: ["full_chart"] } }],
      [{ records: { kinds: ["immunizations"] } }],
      [{ records: { kinds: ["imaging"] } }],
      [{ records: { kinds: ["billing", "claims"] } }],
      [{ records: { kinds: ["psychotherapy_notes"] } }],
    ],
    es: [
      [{ records: { kinds: ["test_results"] } }],
      [{ records: { kinds: ["full_chart"] } }],
      [{ records: { kinds: ["immunizations"] } }],
      [{ records: { kinds: ["imaging"] } }],
      [{ records: { kinds: ["billing", "claims"] } }],
    ],
  },
  "provider.status": {
    en: [
      [{ provider: { status: "open" } }, "yes"],
      [{ provider: { status: "closed" } }],
      [{ provider: { status: "retired" } }],
      [{ provider: { status: "deceased" } }],
      [{ provider: { status: "merged" } }],
      [{ provider: { status: "unknown" } }, "unsure"],
    ],
    es: [
      [{ provider: { status: "open" } }, "yes"],
      // "El consultorio …": the value itself names a doctor's office.
      [{ provider: { status: "closed", type: "physician_practice" } }],
      [{ provider: { status: "retired" } }],
      [{ provider: { status: "deceased" } }],
      [{ provider: { status: "merged", type: "physician_practice" } }],
      [{ provider: { status: "unknown" } }, "unsure"],
    ],
  },
  "provider.portal": {
    en: [
      [{ provider: { portal: "active" } }, "yes"],
      [{ provider: { portal: "no_access" } }],
      [{ provider: { portal: "none" } }],
      [{ provider: { portal: "unknown" } }, "unsure"],
    ],
    es: [
      [{ provider: { portal: "active" } }, "yes"],
      // A message that starts with "No" is a no-answer; harmless here, where the value says the rest.
      [{ provider: { portal: "no_access" } }, "no"],
      [{ provider: { portal: "none" } }, "no"],
      [{ provider: { portal: "unknown" } }, "unsure"],
    ],
  },
  "insurer.plan": {
    en: [
      [{ insurer: { plan: "employer" } }],
      [{ insurer: { plan: "medicare" } }],
      [{ insurer: { plan: "medicare_advantage" } }],
      [{ insurer: { plan: "medicaid" } }],
      [{ insurer: { plan: "marketplace" } }],
      [{ insurer: { plan: "unknown" } }, "unsure"],
    ],
    es: [
      [{ insurer: { plan: "employer" } }],
      [{ insurer: { plan: "medicare" } }],
      [{ insurer: { plan: "medicare_advantage" } }],
      [{ insurer: { plan: "medicaid" } }],
      [{ insurer: { plan: "marketplace" } }],
      [{ insurer: { plan: "unknown" } }, "unsure"],
    ],
  },
  "priorRequest.sentOn": {
    en: [
      [{ priorRequest: { sentOn: "2025-05-27" } }],
      [{ priorRequest: { sentOn: "2025-05-10" } }],
      [{ priorRequest: { sentOn: "2025-04-10" } }],
      unsure,
    ],
    es: [
      [{ priorRequest: { sentOn: "2025-05-27" } }],
      [{ priorRequest: { sentOn: "2025-05-10" } }],
      [{ priorRequest: { sentOn: "2025-04-10" } }],
      unsure,
    ],
  },
  providerCount: {
    en: [[{ providerCount: 1 }], [{ providerCount: 3 }], [{ providerCount: 5 }], unsure],
    es: [[{ providerCount: 1 }], [{ providerCount: 3 }], [{ providerCount: 5 }], unsure],
  },
  purpose: {
    en: [
      [{ purpose: "continuing_care" }],
      [{ purpose: "personal" }],
      [{ purpose: "disability" }],
      [{ purpose: "legal" }],
      [{ purpose: "school" }],
    ],
    es: [
      [{ purpose: "continuing_care" }],
      [{ purpose: "personal" }],
      [{ purpose: "disability" }],
      [{ purpose: "legal" }],
      [{ purpose: "school" }],
    ],
  },
  neededBy: {
    // "No rush" with no date known changes nothing; with a date known it clears it (see "no deadline really").
    en: [[{}, "no"], [{ neededBy: "2025-06-24" }], [{ neededBy: "2025-07-10" }]],
    es: [[{}], [{ neededBy: "2025-06-24" }], [{ neededBy: "2025-07-10" }]],
  },
  "provider.type": {
    en: [
      [{ provider: { type: "hospital" } }],
      [{ provider: { type: "physician_practice" } }],
      [{ provider: { type: "clinic" } }],
      [{ provider: { type: "other" } }],
    ],
    es: [
      [{ provider: { type: "hospital" } }],
      [{ provider: { type: "physician_practice" } }],
      [{ provider: { type: "clinic" } }],
      [{ provider: { type: "other" } }],
    ],
  },
  // "Send them to me" names no third party: the delivery stays the patient's own.
  recipient: { en: [unsure, [{}]], es: [unsure, [{}]] },
  // "How old is the patient?" (issue 14): under 18, or 18 or older.
  "patient.isMinor": {
    en: [[{ patient: { isMinor: true } }], [{ patient: { isMinor: false } }]],
    es: [[{ patient: { isMinor: true } }], [{ patient: { isMinor: false } }]],
  },
  // A teen's private copy: pick-up, their own email, their own portal, mail to them.
  "delivery.private": {
    en: [
      [{ delivery: "pickup" }],
      [{ delivery: "email", format: "electronic" }],
      [{ delivery: "portal", format: "electronic" }],
      [{ delivery: "mail" }],
    ],
    es: [
      [{ delivery: "pickup" }],
      [{ delivery: "email", format: "electronic" }],
      [{ delivery: "portal", format: "electronic" }],
      [{ delivery: "mail" }],
    ],
  },
  "patient.name": { en: [unsure], es: [unsure] },
  "patient.dateOfBirth": { en: [unsure], es: [unsure] },
  "representative.name": { en: [unsure], es: [unsure] },
  "provider.name": { en: [unsure], es: [unsure] },
  "insurer.name": { en: [unsure], es: [unsure] },
  "provider.clinic": {
    en: [[{ provider: { name: CLINIC } }], [{}], unsure],
    es: [[{ provider: { name: CLINIC } }], [{}], unsure],
  },
  "letter.records": {
    en: [
      [{ records: { kinds: ["full_chart"] } }],
      [{ records: { kinds: ["test_results"] } }],
      [{ records: { kinds: ["visit_notes"] } }],
      [{ records: { kinds: ["imaging"] } }],
      unsure,
    ],
    es: [
      [{ records: { kinds: ["full_chart"] } }],
      [{ records: { kinds: ["test_results"] } }],
      [{ records: { kinds: ["visit_notes"] } }],
      [{ records: { kinds: ["imaging"] } }],
      unsure,
    ],
  },
  "letter.delivery": {
    en: [
      [{ delivery: "email", format: "electronic" }],
      [{ delivery: "portal", format: "electronic" }],
      [{ delivery: "mail", format: "paper" }],
      [{ delivery: "pickup", format: "paper" }],
      unsure,
    ],
    es: [
      [{ delivery: "email", format: "electronic" }],
      [{ delivery: "portal", format: "electronic" }],
      [{ delivery: "mail", format: "paper" }],
      [{ delivery: "pickup", format: "paper" }],
      unsure,
    ],
  },
  "letter.contact": { en: [unsure], es: [unsure] },
  "provider.office": { en: [unsure], es: [unsure] },
};

/** One corpus item per quick reply the guide offers, in both languages. */
function quickReplyItems(): CorpusItem[] {
  return (Object.entries(QUICK_REPLIES) as Array<[Topic, Record<Lang, Reading[]>]>).flatMap(([topic, byLang]) =>
    (["en", "es"] as const).flatMap((lang) => {
      const choices = quickReplies(topic, lang);
      const readings = byLang[lang] ?? [];
      if (readings.length !== choices.options.length)
        throw new Error(
          `${topic} (${lang}): the guide offers ${choices.options.length} quick replies, the corpus reads ${readings.length}`,
        );
      return choices.options.map((option, i): CorpusItem => {
        const [expect, ...intents] = readings[i]!;
        return {
          text: option.value,
          lastChoices: choices,
          context: lang,
          clinicName: CLINIC,
          expect,
          ...(intents.length ? { intents } : {}),
        };
      });
    }),
  );
}

export const CORPUS: CorpusItem[] = [...WRITTEN, ...quickReplyItems()];
