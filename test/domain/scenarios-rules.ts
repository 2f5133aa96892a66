// Frozen scenarios for issue 14's rules (points 4–7 and 10): fees after Ciox, state free copies,
// state deadlines and citations by provider type, closed-practice routing, one OCR window, urgency,
// retention, SSA and the VA. Each expected answer was worked out from the cited law before the code
// changed; dates were counted by hand (and checked with a calendar script), not by the engine.
import type { Intake, PathId } from "../../src/domain/intake.js";
import type { DocumentKind, Escalation } from "../../src/domain/recommendation.js";
import type { RightsTopic } from "../../src/domain/rights.js";

export interface RuleScenario {
  name: string;
  intake: Intake;
  today?: string;
  first?: PathId;
  /** Matched against all text in the recommendation. */
  mentions?: RegExp[];
  absent?: RegExp[];
  /** Some statement (reason, timeline, cost, escalation reason, note) matches, and every one that matches is certain. */
  certain?: RegExp[];
  /** Some statement matches, and every one that matches is uncertain ("check this"). */
  uncertain?: RegExp[];
  escalation?: Escalation["kind"] | null;
  escalationDueOn?: string;
  document?: DocumentKind | null;
  /** The last day to file with HHS OCR as the recommendation reports it; null: OCR is not offered at all. */
  ocrFileBy?: string | null;
  /** The OCR window has already closed (OCR may still accept for good cause). */
  ocrPassed?: boolean;
  /** The topic of the first note: what the advice leads with. */
  firstNote?: string;
  noteTopics?: string[];
  notNoteTopics?: string[];
  /** The provider path's first step. */
  firstStep?: RegExp;
  /** The provider path's timeline. */
  timeline?: RegExp;
  /** explainRights for one topic, with the same `today`. */
  rights?: { topic: RightsTopic; mentions?: RegExp[]; uncertain?: RegExp[]; absent?: RegExp[] };
}

/** Monday, 2 March 2026. */
export const RULES_TODAY = "2026-03-02";

export const RULE_SCENARIOS: RuleScenario[] = [
  // --- Point 4: fees ---
  {
    // KRS 422.317(1): "shall provide, without charge to the patient, a copy of the patient's medical record".
    name: "Kentucky: the patient's first copy is free",
    intake: {
      state: "KY",
      records: { kinds: ["full_chart"] },
      provider: { type: "physician_practice", status: "open" },
    },
    first: "provider",
    mentions: [/KRS 422\.317/],
    certain: [/first copy[^.]*free|free[^.]*first copy/i],
  },
  {
    // A fee quote is an answer, not a missed deadline: the letter challenges the fee (164.524(c)(4)) and
    // never calls the request overdue. OCR (160.306(b)(3)): the quote's date is unknown, so the request
    // date (2026-02-16) is the safe, earlier start: + 180 days = 2026-08-15.
    name: "Kentucky fee dispute: a fee challenge, not an overdue-request letter",
    intake: {
      state: "KY",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-16", outcome: "fee_dispute" },
    },
    first: "provider",
    escalation: "follow_up",
    document: "follow_up",
    mentions: [/KRS 422\.317/, /itemi[sz]ed/],
    absent: [/[Oo]verdue/, /answer was due/],
    ocrFileBy: "2026-08-15",
  },
  {
    // Own copy: HIPAA's cost-based limit (164.524(c)(4)); a fee above it is a HIPAA matter, 180 days
    // from the quote (answeredOn 2026-02-10) = 2026-08-09. Illinois's amounts are the Comptroller's 2024
    // figures (735 ILCS 5/8-2001), adjusted yearly: stale in 2026, so "check this".
    name: "Illinois fee quote on my own copy: OCR within 180 days of the quote; 2024 amounts to check",
    intake: {
      state: "IL",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-02", answeredOn: "2026-02-10", outcome: "fee_dispute" },
    },
    first: "provider",
    escalation: "follow_up",
    mentions: [/cost-based/],
    absent: [/[Oo]verdue/],
    ocrFileBy: "2026-08-09",
    rights: { topic: "fees", uncertain: [/2024/] },
  },
  {
    // Ciox Health v. Azar (D.D.C. 2020): copies sent to a third party are outside HIPAA's patient rate;
    // state law (42 Pa.C.S. §6152) sets those fees. Pennsylvania's amounts took effect Jan 1, 2025 and are
    // CPI-adjusted each year: stale in 2026. Cheapest: own copy at the patient rate, then forward it.
    name: "Pennsylvania: paper records straight to my lawyer follow the state fee schedule",
    intake: {
      state: "PA",
      records: { kinds: ["full_chart"] },
      purpose: "legal",
      delivery: "third_party",
      format: "paper",
      recipient: { name: "Keller Law" },
      providerCount: 1,
    },
    first: "provider",
    document: "access_request",
    mentions: [/Ciox/, /forward/],
    uncertain: [/Pennsylvania[^.]*2025|2025[^.]*Pennsylvania/],
  },
  {
    // A fee for copies sent to a lawyer is set by state law (Tex. Occ. Code §159.008; 22 TAC), not by
    // HIPAA's patient rate (Ciox), so OCR is not the place to take it; the state board or attorney
    // general is. Advice: ask for your own copy at the patient rate and forward it.
    name: "Texas: a fee dispute over copies sent to a lawyer is a state-law matter",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      delivery: "third_party",
      recipient: { name: "Ortiz Law" },
      priorRequest: { sentOn: "2026-02-02", outcome: "fee_dispute" },
    },
    first: "provider",
    escalation: "follow_up",
    mentions: [/own copy/, /forward/, /medical board|attorney general/i],
    absent: [/[Oo]verdue/],
    ocrFileBy: null,
  },
  {
    // WAC 246-08-400 amounts are the 2020 figures, updated every two years: stale, "check this".
    name: "Washington: the state's 2020 fee amounts are shown as something to check",
    intake: { state: "WA", records: { kinds: ["full_chart"] }, provider: { status: "open" } },
    first: "provider",
    rights: { topic: "fees", uncertain: [/2020/], mentions: [/cost-based/] },
  },
  {
    // Md. Health-Gen. §4-304 as amended by 2021 HB 849: no fee for copies supporting a Social Security
    // disability claim or appeal. SSA gathers evidence itself with the claimant's SSA-827 (20 CFR 404.1512(b)).
    name: "Maryland disability claim: no fee for Social Security records, and SSA's own gathering",
    intake: {
      state: "MD",
      purpose: "disability",
      records: { kinds: ["full_chart"] },
      provider: { type: "physician_practice", status: "open" },
      providerCount: 1,
    },
    first: "provider",
    mentions: [/SSA-827/],
    certain: [/Maryland[^.]*(?:no fee|free)/i],
  },
  {
    // Va. Code §8.01-413 as amended by 2025 HB 1629 (from July 1, 2025): one free copy a calendar year
    // for a Social Security or needs-based benefits claim.
    name: "Virginia disability claim: one free copy a year",
    intake: { state: "VA", purpose: "disability", records: { kinds: ["full_chart"] }, providerCount: 1 },
    first: "provider",
    mentions: [/SSA-827/],
    certain: [/one free copy/i],
  },
  {
    // No Alaska free-copy rule in our sources: say many states have one (uncertain) and that SSA collects
    // records itself (20 CFR 404.1512(b); form SSA-827).
    name: "Alaska disability claim: no sourced free-copy rule; SSA gathers the records",
    intake: { state: "AK", purpose: "disability", records: { kinds: ["full_chart"] }, providerCount: 1 },
    first: "provider",
    mentions: [/SSA-827/, /20 CFR 404\.1512/],
    uncertain: [/free or reduced-fee/],
  },
  {
    // Fla. Stat. §395.3025(1): a patient whose records are copied for continuing medical care pays no
    // charge; hospitals fall under §395.3025, not the practitioners' §456.057.
    name: "Florida hospital, continuing care: no charge, under §395.3025",
    intake: {
      state: "FL",
      provider: { type: "hospital", status: "open" },
      records: { kinds: ["full_chart"] },
      purpose: "continuing_care",
    },
    first: "provider",
    mentions: [/395\.3025/],
    absent: [/456\.057/],
    certain: [/(?:no charge|free|not charge)[^.]*continu|continu[^.]*(?:no charge|free|not charge)/i],
  },

  // --- Point 5: deadlines and citations ---
  {
    // Tex. Health & Safety Code §181.102(a): a provider using an EHR system provides the electronic record
    // within 15 business days of a written request; any provider, not only physicians and hospitals.
    name: "Texas dentist, electronic copy: 15 business days under H&S §181.102",
    intake: {
      state: "TX",
      provider: { type: "dental", status: "open" },
      records: { kinds: ["dental"] },
      format: "electronic",
    },
    first: "provider",
    timeline: /15 business days/,
    mentions: [/181\.102/],
    certain: [/15 business days/],
  },
  {
    // §181.102 covers requests for the electronic record; a paper copy from a lab (not a physician under
    // Occ. Code §159.006, not a hospital under H&S §241.154) has HIPAA's 30 days.
    name: "Texas lab, paper copy: HIPAA's 30 days; §181.102 is for electronic copies",
    intake: {
      state: "TX",
      provider: { type: "lab", status: "open" },
      records: { kinds: ["full_chart"] },
      format: "paper",
    },
    first: "provider",
    timeline: /30 calendar days/,
    mentions: [/181\.102/],
  },
  {
    // §181.102: 15 business days from Mon 2026-02-02 = 2026-02-23 (passed). HIPAA's 30 days = 2026-03-04
    // (not passed on 2026-03-02), so no OCR yet (160.306 enforces HIPAA, not state law); a dentist's
    // missed state deadline goes to the state dental board.
    name: "Texas dentist, no answer: state deadline passed, HIPAA's not yet: the dental board, not OCR",
    intake: {
      state: "TX",
      provider: { type: "dental", status: "open", name: "Bright Smile Dental" },
      records: { kinds: ["dental"] },
      format: "electronic",
      priorRequest: { sentOn: "2026-02-02", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-23",
    document: "follow_up",
    mentions: [/dental board/i],
    ocrFileBy: null,
  },
  {
    // Idaho's 3 business days rests on a secondary summary (IdHIMA) of IDAPA 16.03.14; no primary
    // section was found, so it is "check this" and HIPAA's 30 days is what we state.
    name: "Idaho hospital: 3 business days is something to check; HIPAA's 30 days is stated",
    intake: { state: "ID", provider: { type: "hospital", status: "open" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    timeline: /30 calendar days/,
    mentions: [/IDAPA 16\.03\.14/],
    uncertain: [/3 business days/],
  },
  {
    // Unconfirmed 3 business days never makes a request overdue: HIPAA's 30 days from 2026-02-20 = 2026-03-22.
    name: "Idaho hospital: no escalation before HIPAA's 30 days",
    intake: {
      state: "ID",
      provider: { type: "hospital", status: "open" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-20", outcome: "pending" },
    },
    first: "provider",
    escalation: null,
    mentions: [/2026-03-22/],
  },
  {
    // Md. Code, Health-Gen. §4-309(a): liable if it refuses to disclose "within a reasonable time but no
    // more than 21 working days after" the request.
    name: "Maryland: 21 working days under Health-Gen. §4-309",
    intake: {
      state: "MD",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
    },
    first: "provider",
    timeline: /21 business days/,
    mentions: [/4-309/],
    certain: [/21 business days/],
  },
  {
    // 21 working days from Mon 2026-01-26 = 2026-02-24; HIPAA's 30 days = 2026-02-25 (passed);
    // OCR: 2026-02-25 + 180 = 2026-08-24.
    name: "Maryland: state and HIPAA deadlines both passed",
    intake: {
      state: "MD",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-26", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-24",
    ocrFileBy: "2026-08-24",
  },
  {
    // Hospitals: Fla. Stat. §395.3025; practitioners: §456.057.
    name: "Florida hospital: §395.3025, not §456.057",
    intake: { state: "FL", provider: { type: "hospital", status: "open" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    mentions: [/395\.3025/],
    absent: [/456\.057/],
  },
  {
    name: "Florida physician: §456.057, not §395.3025",
    intake: {
      state: "FL",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
    },
    first: "provider",
    mentions: [/456\.057/],
    absent: [/395\.3025/],
  },
  {
    // Mont. Code Ann. §50-16-801 and following govern HIPAA-covered providers (HIPAA's 30 days);
    // §50-16-541's 10 days is for providers outside HIPAA.
    name: "Montana clinic: §50-16-801 and following, HIPAA's 30 days",
    intake: { state: "MT", provider: { type: "clinic", status: "open" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    timeline: /30 calendar days/,
    mentions: [/50-16-801/],
  },
  {
    // A dentist is licensed by the state dental board, not the medical board.
    name: "closed dental practice in Ohio: the state dental board",
    intake: { state: "OH", provider: { type: "dental", status: "closed" }, records: { kinds: ["dental"] } },
    first: "state",
    mentions: [/dental board/i],
    absent: [/medical board/i],
  },
  {
    // Hospitals are licensed by a state agency (usually the health department), not the medical board.
    name: "closed hospital in Pennsylvania: the hospital licensing agency",
    intake: { state: "PA", provider: { type: "hospital", status: "closed" }, records: { kinds: ["full_chart"] } },
    first: "state",
    mentions: [/licens\w* hospitals|hospital licens/i],
    absent: [/medical board/i],
  },
  {
    // 11 U.S.C. §333: a patient care ombudsman in a health care business's chapter 7, 9 or 11 case;
    // §351: the trustee's notice before patient records may be destroyed.
    name: "bankrupt practice in New Jersey: the trustee and the patient care ombudsman",
    intake: {
      state: "NJ",
      provider: { type: "physician_practice", status: "bankrupt" },
      records: { kinds: ["full_chart"] },
    } as Intake,
    first: "state",
    document: "access_request",
    mentions: [/ombudsman/i, /11 U\.S\.C\. §\s?333/, /§\s?351/, /trustee/i],
  },
  {
    // C.R.S. §12-240-140 binds physicians and physician assistants only; a dentist answers to the dental board.
    name: "closed dental practice in Colorado: the physicians' rule does not apply",
    intake: { state: "CO", provider: { type: "dental", status: "closed" }, records: { kinds: ["dental"] } },
    first: "state",
    mentions: [/physicians and physician assistants/i, /dental board/i],
  },
  {
    name: "closed physician practice in Colorado: §12-240-140 and the medical board",
    intake: {
      state: "CO",
      provider: { type: "physician_practice", status: "closed" },
      records: { kinds: ["full_chart"] },
    },
    first: "state",
    mentions: [/12-240-140/, /medical board/i],
  },

  // --- Point 6: escalations ---
  {
    // HIPAA's 30 days from 2025-06-01 = 2025-07-01; + 180 = 2025-12-28, already past on 2026-03-02:
    // OCR may waive for good cause (160.306(b)(3)); the state board and attorney general remain.
    name: "Ohio: the 180 days after HIPAA's deadline have passed",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2025-06-01", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    ocrFileBy: "2025-12-28",
    ocrPassed: true,
    uncertain: [/good cause/],
    mentions: [/attorney general/i, /board/i],
  },
  {
    // Cal. H&S §123110: 15 days from 2026-02-10 = 2026-02-25 (passed); HIPAA's 30 = 2026-03-12 (not yet).
    name: "California: 15 days passed, HIPAA's 30 not yet: the medical board, not OCR",
    intake: {
      state: "CA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-10", outcome: "pending" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-25",
    mentions: [/medical board/i],
    ocrFileBy: null,
  },
  {
    // RCW 70.02.080: 15 working days from Mon 2026-02-02 = 2026-02-23; HIPAA's 30 = 2026-03-04 (not yet).
    name: "Washington: 15 working days passed, HIPAA's 30 not yet",
    intake: {
      state: "WA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-02", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-02-23",
    ocrFileBy: null,
  },
  {
    // Occ. Code §159.006: 15 business days from Mon 2026-01-05 = 2026-01-26. OCR counts from HIPAA's own
    // deadline, 2026-02-04, not the state's: + 180 = 2026-08-03 (not 2026-07-25).
    name: "Texas physician: OCR counts from HIPAA's 30 days, not the state's 15 business days",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "no_response" },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-01-26",
    ocrFileBy: "2026-08-03",
    absent: [/2026-07-25/],
  },
  {
    // 160.306(b)(3): from when the patient knew, the denial (2026-01-20): + 180 = 2026-07-19.
    name: "denial with its date: 180 days from the denial",
    intake: {
      state: "KY",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", answeredOn: "2026-01-20", outcome: "denied" },
    },
    first: "provider",
    escalation: "ocr_complaint",
    escalationDueOn: "2026-07-19",
    document: "ocr_complaint",
    ocrFileBy: "2026-07-19",
  },
  {
    // Denied 2025-05-01: + 180 = 2025-10-28, past. OCR may waive for good cause; the state board and the
    // state attorney general (HITECH §13410(e)) remain.
    name: "denial ten months ago: the window has passed; board and attorney general remain",
    intake: {
      state: "GA",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2025-04-15", answeredOn: "2025-05-01", outcome: "denied" },
    },
    first: "provider",
    escalation: "ocr_complaint",
    ocrFileBy: "2025-10-28",
    ocrPassed: true,
    uncertain: [/good cause/],
    mentions: [/attorney general/i],
  },
  {
    // 164.524(b)(2)(ii): one written extension makes HIPAA's limit 60 days: 2026-01-05 + 60 = 2026-03-06.
    name: "written extension notice: HIPAA's 60 days have not passed",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", outcome: "pending", extensionNotice: true },
    },
    first: "provider",
    escalation: null,
    mentions: [/2026-03-06/],
  },
  {
    // 2025-12-01 + 60 = 2026-01-30; OCR: + 180 = 2026-07-29.
    name: "written extension notice: HIPAA's 60 days passed",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2025-12-01", outcome: "no_response", extensionNotice: true },
    },
    first: "provider",
    escalation: "follow_up",
    escalationDueOn: "2026-01-30",
    ocrFileBy: "2026-07-29",
  },
  {
    // Harm denials (164.524(a)(3)(i)) are reviewable by another licensed professional (164.524(a)(4),
    // (d)(4)). OCR: from the denial, 2026-02-02 + 180 = 2026-08-01.
    name: "mental-health records denied in New Jersey: ask for a review",
    intake: {
      state: "NJ",
      records: { kinds: ["mental_health"] },
      priorRequest: { sentOn: "2026-01-12", answeredOn: "2026-02-02", outcome: "denied" },
    },
    first: "provider",
    escalation: "review",
    document: "review_request",
    mentions: [/164\.524\(a\)\(4\)/, /licensed/],
    ocrFileBy: "2026-08-01",
  },
  {
    // 164.524(a)(3)(iii): denying a personal representative for likely harm is reviewable. No denial
    // date: counted from the request, 2026-01-12 + 180 = 2026-07-11 (the safe, earlier day).
    name: "guardian denied: a representative's denial is reviewable",
    intake: {
      state: "AZ",
      requester: "guardian",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-12", outcome: "denied" },
    },
    first: "provider",
    escalation: "review",
    document: "review_request",
    mentions: [/164\.524\(a\)\(3\)/],
    ocrFileBy: "2026-07-11",
  },
  {
    // HIPAA's 30 days from 2026-02-15 = 2026-03-17, not passed; New York sets no shorter copy deadline we
    // could confirm: no escalation, no OCR.
    name: "New York, no answer yet within HIPAA's 30 days: no OCR",
    intake: {
      state: "NY",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-02-15", outcome: "no_response" },
    },
    first: "provider",
    escalation: null,
    ocrFileBy: null,
    mentions: [/2026-03-17/],
  },
  {
    // A partial answer withholds the rest (164.524(d)(1)); counted from the answer, 2026-02-05 + 180 = 2026-08-04.
    name: "partial answer with its date: OCR from the answer",
    intake: {
      state: "RI",
      records: { kinds: ["full_chart"] },
      priorRequest: { sentOn: "2026-01-05", answeredOn: "2026-02-05", outcome: "partial" },
    },
    first: "provider",
    escalation: "follow_up",
    ocrFileBy: "2026-08-04",
  },

  // --- Point 7: urgency ---
  {
    // Needed 2026-03-12; HIPAA's 30 days from today = 2026-04-01. Lead with what works in days; a treating
    // provider may request records for treatment without authorization (164.506(c)(2)).
    name: "surgery in 10 days: call, ask for the operative report and the CD for pickup, ask the surgeon's office",
    intake: {
      state: "AZ",
      records: { kinds: ["full_chart", "imaging"] },
      purpose: "continuing_care",
      neededBy: "2026-03-12",
      provider: { status: "open", type: "hospital" },
    },
    first: "provider",
    firstNote: "urgent",
    firstStep: /[Cc]all/,
    mentions: [/164\.506\(c\)\(2\)/, /operative report/, /CD/, /pick ?up/],
  },
  {
    // California's 15 days from today = 2026-03-17, after the 2026-03-09 appointment.
    name: "second opinion in a week in California: urgent even with the 15-day rule",
    intake: {
      state: "CA",
      records: { kinds: ["imaging", "visit_notes"] },
      purpose: "second_opinion",
      neededBy: "2026-03-09",
      provider: { status: "open", type: "imaging_center" },
    },
    first: "provider",
    firstNote: "urgent",
    mentions: [/164\.506\(c\)\(2\)/],
  },
  {
    // Needed 2026-06-01, well after HIPAA's 2026-04-01.
    name: "needed in three months: no rush advice",
    intake: {
      state: "AZ",
      records: { kinds: ["full_chart"] },
      purpose: "continuing_care",
      neededBy: "2026-06-01",
      provider: { status: "open" },
    },
    first: "provider",
    notNoteTopics: ["urgent"],
  },
  {
    // Needed 2026-03-16 for court, before HIPAA's 2026-04-01; a lawyer's case is not treatment, so the
    // 164.506(c)(2) route does not apply; ask for the specific items.
    name: "court date before the deadline: fast steps without the treatment route",
    intake: {
      state: "OH",
      records: { kinds: ["full_chart"] },
      purpose: "legal",
      neededBy: "2026-03-16",
      providerCount: 1,
      provider: { status: "open" },
    },
    first: "provider",
    firstNote: "urgent",
    mentions: [/specific/],
    absent: [/164\.506\(c\)\(2\)/],
  },
  {
    // Occ. Code §159.006: 15 business days from Mon 2026-03-02 = 2026-03-23, after 2026-03-12.
    name: "Texas physician, needed in 10 days: before the 15 business days",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      purpose: "continuing_care",
      neededBy: "2026-03-12",
    },
    first: "provider",
    firstNote: "urgent",
  },
  {
    // Needed 2026-03-30, after the 2026-03-23 state deadline: no urgency.
    name: "Texas physician, needed in four weeks: after the 15 business days",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"] },
      purpose: "continuing_care",
      neededBy: "2026-03-30",
    },
    first: "provider",
    notNoteTopics: ["urgent"],
  },

  // --- Point 10: retention, SSA, the VA ---
  {
    // Texas physicians keep records 7 years from last treatment (22 TAC 165.1, per TMB): records from 2005
    // may be gone. HIPAA sets no retention period for the record itself.
    name: "Texas physician records from 2005: the state's retention period",
    intake: {
      state: "TX",
      provider: { type: "physician_practice", status: "open" },
      records: { kinds: ["full_chart"], from: "2005" },
    },
    first: "provider",
    noteTopics: ["retention"],
    certain: [/7 years/],
  },
  {
    // No Kentucky retention rule in our sources: say retention varies and to check.
    name: "Kentucky records from 2003: retention not known, check",
    intake: { state: "KY", records: { kinds: ["full_chart"], from: "2003" }, provider: { status: "open" } },
    first: "provider",
    noteTopics: ["retention"],
    uncertain: [/varies/],
  },
  {
    // VA care: the facility's Release of Information office; VA Form 10-5345a; 38 CFR 1.579, 5 U.S.C. 552a.
    name: "VA health care: the release-of-information office and VA Form 10-5345a",
    intake: { state: "NC", insurer: { plan: "va" }, records: { kinds: ["full_chart"] } },
    first: "provider",
    noteTopics: ["va"],
    mentions: [/10-5345a/, /[Rr]elease of [Ii]nformation/],
  },
  {
    name: "a VA medical center named as the provider",
    intake: {
      state: "CA",
      provider: { name: "VA Palo Alto Medical Center", type: "hospital", status: "open" },
      records: { kinds: ["full_chart"] },
    },
    first: "provider",
    noteTopics: ["va"],
    mentions: [/10-5345a/],
  },
];
