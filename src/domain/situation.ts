// The facts the path rankers read, derived once from an Intake: which records, what portals carry,
// whether the practice is gone, who is asking, deadlines. Keeps the rankers free of field plumbing.

import type { ClinicFacts } from "../clinics/schema.js";
import type { Lang } from "../i18n/langs.js";
import { type DeadlineRule, responseDeadline } from "./deadlines.js";
import type { Intake, PathId, RecordKind } from "./intake.js";
import { minorStatus } from "./minors.js";
import type { Statement } from "./recommendation.js";
import { getStateRules, type StateRules } from "./states.js";
import { type EngineText, engineText } from "./text/index.js";
import { answerDueFor } from "./urgency.js";

/** What a typical portal shows (DOMAIN.md §3): results, visit summaries, medications, immunizations. */
const PORTAL_KINDS: readonly RecordKind[] = ["test_results", "visit_notes", "medications", "immunizations"];
/** Plans that must offer a Patient Access API (CMS-9115-F): not employer plans or traditional Medicare. */
const API_PLANS = ["medicare_advantage", "medicaid", "chip", "marketplace"] as const;
const REPRESENTATIVES = ["parent", "guardian", "personal_representative", "executor"] as const;
/** Records older than this many years usually predate what a portal shows. */
const OLDER_THAN_YEARS = 7;

export interface Situation {
  intake: Intake;
  today: string;
  /** The words every sentence about this situation is written in. */
  t: EngineText;
  rules?: StateRules;
  /** The clinic's facts, only when the patient named that clinic as the provider. */
  clinic?: ClinicFacts;
  kinds: readonly RecordKind[];
  /** Every requested kind is something portals carry. */
  portalFriendly: boolean;
  /** Some requested kind is beyond what portals carry (full chart, images, billing, notes…). */
  beyondPortal: boolean;
  olderRecords: boolean;
  immunizationsOnly: boolean;
  immunizationPurpose: boolean;
  providerGone: boolean;
  merged: boolean;
  portalNone: boolean;
  wantsClaims: boolean;
  cannotListProviders: boolean;
  providerCount?: number;
  manyProviders: boolean;
  legalOrDisability: boolean;
  /** neededBy is within about 45 days (a request may take 30 days plus mail and follow-up). */
  deadlineTight: boolean;
  /** neededBy falls before the provider's answer is due (the earlier request's, or one sent today). */
  urgent: boolean;
  thirdParty: boolean;
  representative: boolean;
  noAuthority: boolean;
  /** A minor's care they consented to alone, or a minor asking that the copy reach only them. */
  confidentialMinorCare: boolean;
  apiPlan: boolean;
  planNone: boolean;
  deadline: DeadlineRule;
  /** Days from today to neededBy, when known. */
  daysLeft?: number;
}

/** Derives the ranking facts from an intake. `today` is YYYY-MM-DD; `lang` is the language of its sentences. */
export function situationOf(intake: Intake, today: string, clinic?: ClinicFacts, lang?: Lang): Situation {
  const t = engineText(lang);
  const kinds = intake.records?.kinds ?? [];
  const status = intake.provider?.status;
  const count = intake.providerCount;
  const purpose = intake.purpose;
  const deadline = responseDeadline(intake, t);
  const daysLeft = intake.neededBy ? daysBetween(today, intake.neededBy) : undefined;
  const plan = intake.insurer?.plan;
  const rules = intake.state ? getStateRules(intake.state) : undefined;
  const s: Situation = {
    intake,
    today,
    t,
    kinds,
    portalFriendly: kinds.length > 0 && kinds.every((k) => PORTAL_KINDS.includes(k)),
    beyondPortal: kinds.some((k) => !PORTAL_KINDS.includes(k)),
    olderRecords: isOlder(intake.records?.from, today),
    immunizationsOnly: kinds.length > 0 && kinds.every((k) => k === "immunizations"),
    immunizationPurpose: kinds.includes("immunizations") && (purpose === "school" || purpose === "travel"),
    providerGone: status === "closed" || status === "retired" || status === "deceased" || status === "bankrupt",
    merged: status === "merged",
    portalNone: intake.provider?.portal === "none",
    wantsClaims: kinds.includes("claims"),
    // "I can't remember every provider": several providers and no single one named.
    cannotListProviders: (count ?? 0) >= 2 && !intake.provider?.name,
    manyProviders: (count ?? 0) >= 3,
    legalOrDisability: purpose === "legal" || purpose === "disability",
    // Tight: within about 45 days, since a request sent today may take 30 days plus mail and follow-up.
    deadlineTight: daysLeft !== undefined && daysLeft < 45,
    thirdParty: intake.delivery === "third_party" || intake.recipient !== undefined,
    representative: (REPRESENTATIVES as readonly string[]).includes(intake.requester ?? ""),
    noAuthority: intake.requester === "other",
    confidentialMinorCare:
      minorStatus(intake, today) === "minor" &&
      (intake.confidential === true || intake.records?.minorConsented === true),
    apiPlan: plan !== undefined && (API_PLANS as readonly string[]).includes(plan),
    planNone: plan === "none",
    deadline,
    urgent: false,
  };
  s.urgent = intake.neededBy !== undefined && intake.neededBy < answerDueFor(s);
  if (count !== undefined) s.providerCount = count;
  if (daysLeft !== undefined) s.daysLeft = daysLeft;
  if (rules) s.rules = rules;
  const matched = clinicHolding(intake, clinic);
  if (matched) s.clinic = matched;
  return s;
}

/** Words that name a kind of provider rather than a particular one: "Riverbend" is a name, "Family Medicine" is not. */
const GENERIC_WORDS = new Set(
  "the of and at de del la el los las y st saint dr dra doctor doctors office offices practice clinic clinics clinica hospital medical medicine medico family familia health healthcare center centre centro care group associates physicians pediatrics imaging radiology urgent community regional general services system llc inc pc pa".split(
    " ",
  ),
);

/** The distinctive words of a provider's name, lower-case and without accents or punctuation. */
function nameWords(name: string): Set<string> {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return new Set(words);
}

/**
 * Whether `named` (what the patient called the provider) names the clinic `clinicName`: the
 * distinctive words of one are all in the other ("Riverbend" and "Riverbend Family Medicine" do;
 * "Family Medicine" and "Mercy Family Medicine" do not).
 */
export function namesClinic(named: string, clinicName: string): boolean {
  const said = nameWords(named);
  const own = nameWords(clinicName);
  if (said.size === 0 || own.size === 0) return false;
  return [...said].every((w) => own.has(w)) || [...own].every((w) => said.has(w));
}

/**
 * The host clinic's facts when the Intake says the records are that clinic's (the patient named it),
 * else undefined: on a clinic's page the records may be anyone's, so the clinic is never assumed. The
 * engine and the letters both decide through this one function (45 CFR 164.524(b)(1): the request
 * goes to whoever maintains the records).
 */
export function clinicHolding<C extends { name: string }>(intake: Intake, clinic: C | null | undefined): C | undefined {
  const named = intake.provider?.name;
  if (!clinic || !named) return undefined;
  return namesClinic(named, clinic.name) ? clinic : undefined;
}

function isOlder(from: string | undefined, today: string): boolean {
  if (!from) return false;
  return Number(today.slice(0, 4)) - Number(from.slice(0, 4)) > OLDER_THAN_YEARS;
}

/** Whole days from a to b (YYYY-MM-DD), negative when b is earlier. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The path's score and everything it tells the patient, before ranking. */
export interface Candidate {
  path: PathId;
  score: number;
  title: string;
  reasons: Statement[];
  steps: string[];
  timeline: Statement;
  cost: Statement;
}
