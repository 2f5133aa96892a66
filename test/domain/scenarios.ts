// Table of patient situations for the recommendation engine: intake in, expected ranking, facts that
// must be mentioned, escalation and letter out. One row per branch of issue 3.
import type { Intake, PathId } from "../../src/domain/intake.js";
import type { ClinicFacts } from "../../src/domain/recommend.js";
import type { DocumentKind, Escalation } from "../../src/domain/recommendation.js";

export interface Scenario {
  name: string;
  intake: Intake;
  today?: string;
  clinic?: ClinicFacts;
  first: PathId;
  /** Must be in the top two. */
  mustLead?: PathId[];
  /** Must not be rank 1. */
  mustNotLead?: PathId[];
  /** Matched against all text in the result. */
  mentions?: RegExp[];
  /** Must not appear anywhere in the result. */
  absent?: RegExp[];
  /** Escalation kind, or null for "no escalation". */
  escalation?: Escalation["kind"] | null;
  escalationDueOn?: string;
  document?: DocumentKind | null;
  /** Fields that must be listed in `missing`; the first one must be listed first. */
  missing?: string[];
  missingFirst?: string;
  /** Fields that must not be asked for: they would not change this advice. */
  notMissing?: string[];
}

/** Monday, 2 March 2026: the suite's "today" unless a row says otherwise. */
export const TODAY = "2026-03-02";

const clinic: ClinicFacts = {
  name: "Maple Family Clinic",
  recordsOffice: { phone: "555-0100", email: "records@maple.example", fax: "555-0101" },
  portalUrl: "https://portal.maple.example",
  requestFormUrl: "https://maple.example/records-form",
  fees: "free for electronic copies",
  turnaroundDays: 10,
};

export const SCENARIOS: Scenario[] = [
  // --- What portals carry versus the full chart ---
  {
    name: "recent lab results with an active portal",
    intake: { state: "OH", records: { kinds: ["test_results"] }, provider: { status: "open", portal: "active" } },
    first: "portal",
    mentions: [/test results/i, /Free/],
    document: null,
  },
  {
    name: "visit summaries and medications, portal status unknown",
    intake: { state: "GA", records: { kinds: ["visit_notes", "medications"] }, provider: { status: "open" } },
    first: "portal",
    mustLead: ["provider"],
    missing: ["provider.portal"],
  },
  {
    name: "labs and immunizations with an active portal",
    intake: {
      state: "MN",
      records: { kinds: ["test_results", "immunizations"] },
      provider: { status: "open", portal: "active" },
    },
    first: "portal",
  },
  {
    name: "full chart even though the portal is active",
    intake: { state: "OH", records: { kinds: ["full_chart"] }, provider: { status: "open", portal: "active" } },
    first: "provider",
    mustNotLead: ["portal"],
    mentions: [
      /Health Information Management/,
      /164\.524/,
      /cost-based/,
      /\$6\.50/,
      /search or retrieval/i,
      /unpaid medical bill/,
    ],
    document: "access_request",
  },
  {
    name: "imaging: the images, not only the report",
    intake: {
      state: "AZ",
      records: { kinds: ["imaging"] },
      provider: { status: "open", portal: "active", type: "imaging_center" },
    },
    first: "provider",
    mustNotLead: ["portal"],
    mentions: [/DICOM/, /164\.524\(c\)\(2\)/],
  },
  {
    name: "older visit notes from 2008",
    intake: {
      state: "CO",
      records: { kinds: ["visit_notes"], from: "2008" },
      provider: { status: "open", portal: "active" },
    },
    first: "provider",
    mustNotLead: ["portal"],
    mentions: [/older/i],
  },
  {
    name: "billing records",
    intake: { state: "MD", records: { kinds: ["billing"] }, provider: { status: "open", portal: "active" } },
    first: "provider",
    mentions: [/billing/],
  },
  {
    name: "provider has no portal",
    intake: { state: "KS", records: { kinds: ["test_results"] }, provider: { status: "open", portal: "none" } },
    first: "provider",
    mentions: [/no patient portal/],
  },
  {
    name: "no portal access (locked out, or no account yet)",
    intake: { state: "KY", records: { kinds: ["test_results"] }, provider: { status: "open", portal: "no_access" } },
    first: "provider",
    mentions: [/sign-up code/],
  },
  {
    name: "lab as the provider",
    intake: {
      state: "NJ",
      records: { kinds: ["test_results"] },
      provider: { status: "open", type: "lab", portal: "none" },
    },
    first: "provider",
    mentions: [/Lab results are not exempt/, /493\.1291/],
  },
  {
    name: "nothing known yet",
    intake: {},
    first: "provider",
    missing: ["records.kinds", "state", "provider.status", "requester"],
    missingFirst: "records.kinds",
  },
  {
    name: "a hospital with recent records is not asked whether it is still open",
    intake: {
      state: "OH",
      requester: "self",
      provider: { name: "Cleveland Clinic", type: "hospital" },
      records: { kinds: ["visit_notes"], from: "2023" },
    },
    first: "portal",
    notMissing: ["provider.status"],
  },
  {
    name: "a hospital with records from long ago is asked whether it is still open",
    intake: {
      state: "OH",
      requester: "self",
      provider: { type: "hospital" },
      records: { kinds: ["visit_notes"], from: "2009" },
    },
    first: "provider",
    missing: ["provider.status"],
  },
  {
    name: "a dentist is asked whether the practice is still open",
    intake: {
      state: "OH",
      requester: "self",
      provider: { type: "dental" },
      records: { kinds: ["imaging"], from: "2025" },
    },
    first: "provider",
    missing: ["provider.status"],
  },

  // --- Special records ---
  {
    name: "psychotherapy notes are outside the right of access",
    intake: {
      state: "IL",
      records: { kinds: ["psychotherapy_notes"] },
      provider: { status: "open", type: "behavioral_health" },
    },
    first: "provider",
    mentions: [/not covered by the right of access/, /164\.524\(a\)\(1\)\(i\)/, /rest of your mental-health record/],
  },
  {
    name: "mental-health record is accessible",
    intake: {
      state: "OR",
      records: { kinds: ["mental_health"] },
      provider: { status: "open", type: "behavioral_health" },
    },
    first: "provider",
    mentions: [/licensed professional/, /upset is not enough/],
  },
  {
    name: "substance-use treatment records for myself",
    intake: {
      state: "MA",
      records: { kinds: ["substance_use"] },
      provider: { status: "open", type: "behavioral_health" },
    },
    first: "provider",
    mentions: [/42 CFR Part 2/, /42 CFR 2\.23/, /42 CFR 2\.31/],
  },
  {
    name: "substance-use records to a lawyer: ask for them yourself",
    intake: {
      state: "MA",
      records: { kinds: ["substance_use"] },
      provider: { status: "open" },
      delivery: "third_party",
      recipient: { name: "Law office" },
      format: "electronic",
    },
    first: "provider",
    document: "access_request",
    mentions: [/2\.31/],
  },

  // --- Closed, retired, deceased, merged ---
  {
    name: "closed practice in Texas",
    intake: { state: "TX", records: { kinds: ["full_chart"] }, provider: { status: "closed", portal: "active" } },
    first: "state",
    mustLead: ["provider"],
    mustNotLead: ["portal"],
    mentions: [/Texas Medical Board/, /custodian/],
    document: "access_request",
  },
  {
    name: "retired doctor in California",
    intake: { state: "CA", records: { kinds: ["visit_notes"] }, provider: { status: "retired" } },
    first: "state",
    mentions: [/Medical Board of California/, /license lookup/],
  },
  {
    name: "doctor who died, Florida",
    intake: { state: "FL", records: { kinds: ["full_chart"] }, provider: { status: "deceased" } },
    first: "state",
    mentions: [/probate/, /executor/],
  },
  {
    name: "closed practice, state not known",
    intake: { records: { kinds: ["full_chart"] }, provider: { status: "closed" } },
    first: "state",
    mentions: [/state's medical board/],
    missing: ["state", "insurer.plan"],
  },
  {
    name: "closed practice: the plan's claims confirm dates",
    intake: {
      state: "NC",
      records: { kinds: ["full_chart"] },
      provider: { status: "closed" },
      insurer: { plan: "employer" },
    },
    first: "state",
    mentions: [/claims/i, /No state rule was found|medical board/],
  },
  {
    name: "merged practice: the successor holds the records",
    intake: { state: "PA", records: { kinds: ["full_chart"] }, provider: { status: "merged" } },
    first: "provider",
    mentions: [/took over/, /successor/],
  },
  {
    name: "closed practice, only shot records needed",
    intake: { state: "WI", records: { kinds: ["immunizations"] }, provider: { status: "closed" } },
    first: "state",
    document: "immunization_request",
    mentions: [/WIR/],
  },

  // --- Immunizations ---
  {
    name: "school shot records in Ohio",
    intake: { state: "OH", records: { kinds: ["immunizations"] }, purpose: "school" },
    first: "state",
    mentions: [/ImpactSIIS/, /mother's maiden name/],
    document: "immunization_request",
  },
  {
    name: "travel shots even with an active portal",
    intake: {
      state: "CA",
      records: { kinds: ["immunizations"] },
      purpose: "travel",
      provider: { portal: "active", status: "open" },
    },
    first: "state",
    mustLead: ["portal"],
    mentions: [/CAIR2/, /Digital Vaccine Record/],
  },
  {
    name: "camp form for a child, parent asking, Texas",
    intake: {
      state: "TX",
      requester: "parent",
      patient: { isMinor: true, dateOfBirth: "2018-05-01" },
      records: { kinds: ["immunizations"] },
      purpose: "school",
    },
    first: "state",
    mentions: [/ImmTrac2/, /proof that you are the parent/],
  },
  {
    name: "immunizations for my own files with an active portal",
    intake: {
      state: "VA",
      records: { kinds: ["immunizations"] },
      purpose: "personal",
      provider: { portal: "active", status: "open" },
    },
    first: "portal",
    mustLead: ["state"],
  },
  {
    name: "immunizations, no portal, New York",
    intake: { state: "NY", records: { kinds: ["immunizations"] }, provider: { portal: "none" } },
    first: "state",
    mentions: [/NYSIIS/],
  },
  {
    name: "immunizations in Puerto Rico",
    intake: { state: "PR", records: { kinds: ["immunizations"] }, purpose: "school" },
    first: "state",
    mentions: [/PRIR/],
  },
  {
    name: "immunizations, state unknown",
    intake: { records: { kinds: ["immunizations"] }, purpose: "school" },
    first: "state",
    mentions: [/CDC/],
    missing: ["state"],
  },

  // --- Insurer ---
  {
    name: "claims from an employer plan",
    intake: { state: "IL", records: { kinds: ["claims"] }, insurer: { plan: "employer", name: "Acme Health" } },
    first: "insurer",
    mustNotLead: ["provider"],
    mentions: [/Employer plans do not have to offer the Patient Access API/, /Acme Health/],
    document: "insurer_request",
  },
  {
    name: "claims from Medicare Advantage",
    intake: { state: "FL", records: { kinds: ["claims"] }, insurer: { plan: "medicare_advantage" } },
    first: "insurer",
    mentions: [/Patient Access API/, /2016/, /422\.119/],
  },
  {
    name: "claims from traditional Medicare",
    intake: { state: "AZ", records: { kinds: ["claims"] }, insurer: { plan: "medicare" } },
    first: "insurer",
    mentions: [/Blue Button/, /not covered by the Patient Access API/],
  },
  {
    name: "cannot remember every provider, Medicaid",
    intake: { state: "MI", providerCount: 4, records: { kinds: ["visit_notes"] }, insurer: { plan: "medicaid" } },
    first: "insurer",
    mentions: [/rebuilds the list/, /Patient Access API/],
  },
  {
    name: "cannot remember every provider, marketplace plan",
    intake: { state: "GA", providerCount: 3, insurer: { plan: "marketplace" } },
    first: "insurer",
    mentions: [/marketplace/],
  },
  {
    name: "claims but no health plan",
    intake: { state: "NM", records: { kinds: ["claims"] }, insurer: { plan: "none" } },
    first: "provider",
    mustNotLead: ["insurer"],
  },
  {
    name: "claims, plan type unknown",
    intake: { state: "NH", records: { kinds: ["claims"] } },
    first: "insurer",
    missing: ["insurer.plan"],
  },
  {
    name: "a child's CHIP claims",
    intake: {
      state: "AL",
      requester: "parent",
      patient: { isMinor: true },
      records: { kinds: ["claims"] },
      insurer: { plan: "chip" },
    },
    first: "insurer",
    mentions: [/CHIP/],
  },

  // --- Retrieval service ---
  {
    name: "five providers and a deadline in three weeks",
    intake: { state: "NE", providerCount: 5, neededBy: "2026-03-23", records: { kinds: ["full_chart"] } },
    first: "retrieval_service",
    mustLead: ["provider"],
    mentions: [/HIPAA authorization/, /Doing it yourself is cheaper/, /164\.508/, /Fasten/],
    document: "retrieval_authorization",
  },
  {
    name: "disability claim across three providers",
    intake: { state: "WV", providerCount: 3, purpose: "disability", records: { kinds: ["full_chart"] } },
    first: "retrieval_service",
    mentions: [/disability/i, /free/i],
  },
  {
    name: "legal matter, two providers",
    intake: { state: "SD", providerCount: 2, purpose: "legal", records: { kinds: ["full_chart"] } },
    first: "retrieval_service",
    mentions: [/lawsuit/],
  },
  {
    name: "legal matter, one provider: do it yourself",
    intake: { state: "SD", providerCount: 1, purpose: "legal", records: { kinds: ["full_chart"] } },
    first: "provider",
    mustNotLead: ["retrieval_service"],
  },
  {
    name: "disability claim, number of providers unknown",
    intake: { state: "OK", purpose: "disability" },
    first: "provider",
    mustLead: ["retrieval_service"],
    missing: ["providerCount"],
  },
  {
    name: "many named providers, no deadline",
    intake: {
      state: "UT",
      providerCount: 4,
      provider: { name: "Valley Ortho", status: "open" },
      records: { kinds: ["full_chart"] },
    },
    first: "provider",
    mustNotLead: ["retrieval_service"],
    missing: ["neededBy"],
  },
  {
    name: "disability in Texas: free copy under the fee rule",
    intake: {
      state: "TX",
      purpose: "disability",
      providerCount: 1,
      records: { kinds: ["full_chart"] },
      provider: { type: "physician_practice", status: "open" },
    },
    first: "provider",
    mentions: [/159\.008/, /15 business days/],
  },
  {
    name: "disability in Louisiana: the 15-day SSD rule applies",
    intake: { state: "LA", purpose: "disability", providerCount: 1, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/15 calendar days/, /46:18/],
  },
  {
    name: "retrieval service with substance-use records",
    intake: { state: "VT", providerCount: 4, purpose: "legal", records: { kinds: ["substance_use", "full_chart"] } },
    first: "retrieval_service",
    mentions: [/Part 2/],
  },

  // --- Sending records to a third party ---
  {
    name: "electronic records to my lawyer",
    intake: {
      state: "NV",
      records: { kinds: ["full_chart"] },
      delivery: "third_party",
      recipient: { name: "Smith Law" },
      format: "electronic",
      provider: { status: "open" },
    },
    first: "provider",
    document: "third_party_directive",
    mentions: [/Ciox/, /fee limit does not apply/],
  },
  {
    name: "paper records to my lawyer",
    intake: {
      state: "NV",
      records: { kinds: ["full_chart"] },
      delivery: "third_party",
      recipient: { name: "Smith Law" },
      format: "paper",
      provider: { status: "open" },
    },
    first: "provider",
    document: "access_request",
    mentions: [/get the copy yourself/, /HIPAA authorization/],
  },
  {
    name: "records to my new doctor",
    intake: {
      state: "ME",
      records: { kinds: ["full_chart"] },
      delivery: "third_party",
      recipient: { name: "Dr. Lee" },
      purpose: "continuing_care",
    },
    first: "provider",
    mentions: [/164\.506\(c\)\(2\)/, /treating you/],
  },
  {
    name: "send to someone, recipient not given",
    intake: { state: "IA", records: { kinds: ["full_chart"] }, delivery: "third_party" },
    first: "provider",
    missing: ["recipient"],
  },

  // --- Personal representatives and authority ---
  {
    name: "parent of a young child",
    intake: {
      state: "MS",
      requester: "parent",
      patient: { isMinor: true, dateOfBirth: "2021-06-01" },
      records: { kinds: ["full_chart"] },
    },
    first: "provider",
    mentions: [/birth certificate/, /164\.502\(g\)/],
  },
  {
    name: "parent of a 15-year-old",
    intake: {
      state: "WA",
      requester: "parent",
      patient: { isMinor: true, dateOfBirth: "2010-09-15" },
      records: { kinds: ["test_results"] },
      provider: { portal: "active", status: "open" },
    },
    first: "portal",
    mentions: [/12 or 13/, /could legally get on their own/, /164\.502\(g\)\(3\)/],
  },
  {
    name: "guardian of an adult",
    intake: { state: "MO", requester: "guardian", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/court order/],
  },
  {
    name: "health care power of attorney",
    intake: { state: "AR", requester: "personal_representative", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/power of attorney/, /incapacity/],
  },
  {
    name: "executor for a parent who died",
    intake: {
      state: "CT",
      requester: "executor",
      patient: { isDeceased: true },
      records: { kinds: ["full_chart"] },
      provider: { portal: "active", status: "open" },
    },
    first: "provider",
    mustNotLead: ["portal"],
    mentions: [/letters testamentary/, /death certificate/, /50 years/],
  },
  {
    name: "adult child without authority",
    intake: { state: "HI", requester: "other", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/cannot use it/, /HIPAA authorization/, /164\.510\(b\)/],
  },
  {
    name: "next of kin of someone who died, no executor",
    intake: { state: "GA", requester: "other", patient: { isDeceased: true }, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/next of kin/, /31-33-2/],
  },
  {
    name: "a teen asking for their own records",
    intake: {
      state: "CO",
      requester: "self",
      patient: { isMinor: true },
      records: { kinds: ["visit_notes"] },
      provider: { portal: "none" },
    },
    first: "provider",
    mentions: [/care you agreed to yourself/],
  },
  {
    name: "parent, age not given",
    intake: { state: "ND", requester: "parent", records: { kinds: ["full_chart"] } },
    first: "provider",
    missing: ["patient.isMinor"],
  },

  // --- Prior requests ---
  {
    name: "no answer 45 days after a request",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-15", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-14",
    document: "follow_up",
    mentions: [/2026-02-14/, /2026-08-13/, /ocrportal\.hhs\.gov/],
  },
  {
    name: "no answer yet, still within 30 days",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-20", outcome: "no_response" },
    },
    first: "provider",
    escalation: null,
    document: "access_request",
    mentions: [/still has time/, /2026-03-22/],
  },
  {
    name: "no answer, date not given",
    intake: { state: "OH", records: { kinds: ["full_chart"] }, priorRequest: { outcome: "no_response" } },
    first: "provider",
    escalation: "follow_up",
    missingFirst: "priorRequest.sentOn",
  },
  {
    name: "request denied",
    intake: {
      state: "KY",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "denied" },
    },
    first: "provider",
    escalation: "ocr_complaint",
    escalationDueOn: "2026-07-04",
    document: "ocr_complaint",
    mentions: [/180 days/, /160\.306/, /164\.524\(d\)\(2\)/],
  },
  {
    name: "mental-health records denied: ask for a review",
    intake: {
      state: "MN",
      records: { kinds: ["mental_health"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "denied" },
    },
    first: "provider",
    escalation: "review",
    // Issue 14: a denial on a reviewable ground gets its own letter, the review request (164.524(a)(4)).
    document: "review_request",
    mentions: [/review by a different licensed professional/],
  },
  {
    name: "psychotherapy notes denied: lawful",
    intake: {
      state: "MN",
      records: { kinds: ["psychotherapy_notes"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "denied" },
    },
    first: "provider",
    escalation: null,
    mentions: [/Refusing psychotherapy notes is allowed/],
  },
  {
    name: "partly answered",
    intake: {
      state: "RI",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "partial" },
    },
    first: "provider",
    escalation: "follow_up",
    mentions: [/the rest/],
  },
  {
    name: "charged too much",
    intake: {
      state: "PA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "fee_dispute" },
    },
    first: "provider",
    escalation: "follow_up",
    mentions: [/\$6\.50/, /[Ss]earch and retrieval fees are not allowed/],
  },
  {
    name: "California: 15-day deadline passed",
    intake: {
      state: "CA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-02", outcome: "pending" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-17",
    mentions: [/123110/],
  },
  {
    name: "Washington: within 15 working days",
    intake: {
      state: "WA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-20", outcome: "pending" },
    },
    first: "provider",
    escalation: null,
    mentions: [/2026-03-13/, /21 business days/],
  },
  {
    name: "Texas physician: 15 business days passed",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-06", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-27",
    mentions: [/no extension/],
  },
  {
    name: "records received",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "received" },
    },
    first: "provider",
    escalation: null,
  },
  {
    name: "no answer for a year",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2025-02-01", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    mentions: [/good cause/],
  },

  // --- State deadline cases ---
  {
    name: "Idaho hospital: 3 business days",
    intake: { state: "ID", provider: { type: "hospital", status: "open" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/3 business days/, /IDAPA/],
  },
  {
    name: "Idaho clinic: HIPAA's 30 days",
    intake: { state: "ID", provider: { type: "clinic", status: "open" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/hospitals only/, /30 calendar days/],
  },
  {
    name: "Idaho, provider type unknown",
    intake: { state: "ID", records: { kinds: ["full_chart"] } },
    first: "provider",
    missing: ["provider.type"],
  },
  {
    name: "Montana: 10-day rule is for non-HIPAA providers",
    intake: { state: "MT", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/only for providers that HIPAA does not cover/, /30 calendar days/],
  },
  {
    name: "Nevada: inspection deadline only",
    intake: { state: "NV", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/inspecting records in person/],
  },
  {
    name: "Delaware: 45 days does not extend HIPAA",
    intake: { state: "DE", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/45 days/, /30 calendar days/],
  },
  {
    name: "Tennessee hospital: 30 days",
    intake: { state: "TN", provider: { type: "hospital" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/hospitals have 30 days/, /30 calendar days/],
  },
  {
    name: "New York: deadline not confirmed",
    intake: { state: "NY", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/could not confirm/],
  },
  {
    name: "Indiana: recalled 30 days",
    intake: { state: "IN", records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/recall, but have not checked/],
  },

  // --- Clinic (tenant) facts ---
  {
    name: "clinic page: portal link used",
    intake: {
      records: { kinds: ["test_results"] },
      provider: { name: "Maple Family Clinic", portal: "active", status: "open" },
    },
    clinic,
    first: "portal",
    mentions: [/portal\.maple\.example/],
  },
  {
    name: "clinic page: records office used for the full chart",
    intake: { records: { kinds: ["full_chart"] }, provider: { name: "Maple" } },
    clinic,
    first: "provider",
    mentions: [
      /555-0100/,
      /records@maple\.example/,
      /maple\.example\/records-form/,
      /about 10 days/,
      /free for electronic copies/,
    ],
  },
  {
    name: "clinic page, but the patient names another provider",
    intake: { records: { kinds: ["full_chart"] }, provider: { name: "Riverside Hospital" } },
    clinic,
    first: "provider",
    absent: [/555-0100/, /Maple/],
  },
  {
    // Issue 14: on a clinic's page the records may be anyone's; the clinic is used once named.
    name: "clinic page, provider never named: the clinic's office is not assumed",
    intake: { records: { kinds: ["full_chart"] } },
    clinic,
    first: "provider",
    absent: [/555-0100/, /Maple/],
  },
];
