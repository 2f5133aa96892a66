// The narrow cases behind each states.json responseDays that differs from HIPAA's 30 days, as data:
// which requests a shorter state deadline covers, and which state deadlines never apply to copies.
import { PROVIDER_TYPES, type PURPOSES, type StateCode } from "./intake.js";

export type DayKind = "calendar" | "business";
type ProviderType = (typeof PROVIDER_TYPES)[number];
export type Purpose = (typeof PURPOSES)[number];
/** "unspecified" lets a rule say what to assume while the patient has not told us the type. */
export type ProviderKind = ProviderType | "unspecified";

/** A state rule shorter than HIPAA's 30 days, and exactly which requests it covers. */
export interface ShorterStateRule {
  days: number;
  kind: DayKind;
  /** With a written reason the state allows this many more days of the same kind (WA: 15 → 21). */
  extensionDays: number;
  /** Only these provider types; absent = every provider. */
  providerTypes?: readonly ProviderKind[];
  /** Only requests for these purposes; absent = any purpose. */
  purposes?: readonly Purpose[];
  /** Plain words for what the rule covers. */
  covers: string;
  cite: string;
}

const PHYSICIAN_LIKE: readonly ProviderKind[] = ["physician_practice", "specialist", "clinic", "unspecified"];
const NOT_HOSPITAL: readonly ProviderKind[] = [...PROVIDER_TYPES.filter((t) => t !== "hospital"), "unspecified"];

/**
 * The narrow cases behind each states.json responseDays shorter than 30 days (read from its notes).
 * A state rule is used only where it is shorter than HIPAA and covers this request, because a
 * shorter deadline is "more stringent" and applies on top of HIPAA (45 CFR 160.203(b)).
 */
export const SHORTER_STATE_RULES: Partial<Record<StateCode, readonly ShorterStateRule[]>> = {
  // "Copies within 15 days of a written request" (inspection: 5 working days). Any provider.
  CA: [
    {
      days: 15,
      kind: "calendar",
      extensionDays: 0,
      covers: "copies from any health care provider",
      cite: "Cal. Health & Safety Code §123110",
    },
  ],
  // IDAPA 16.03.14 is a hospital licensing rule: hospitals only.
  ID: [
    {
      days: 3,
      kind: "business",
      extensionDays: 0,
      providerTypes: ["hospital"],
      covers: "hospitals only",
      cite: "IDAPA 16.03.14",
    },
  ],
  // R.S. 46:18 covers only records supporting a Social Security disability or SSI claim.
  LA: [
    {
      days: 15,
      kind: "calendar",
      extensionDays: 0,
      purposes: ["disability"],
      covers: "records for a Social Security disability or SSI claim only",
      cite: "La. R.S. 46:18",
    },
  ],
  // §63-2-101 covers providers; hospitals have 30 days under §68-11-304 (no shorter than HIPAA).
  TN: [
    {
      days: 10,
      kind: "business",
      extensionDays: 0,
      providerTypes: NOT_HOSPITAL,
      covers: "providers other than hospitals (hospitals have 30 days)",
      cite: "Tenn. Code Ann. §63-2-101(a)(1)",
    },
  ],
  // Physicians: 15 business days (Occ. Code §159.006); hospitals: 15 days after request and payment.
  TX: [
    {
      days: 15,
      kind: "business",
      extensionDays: 0,
      providerTypes: PHYSICIAN_LIKE,
      covers: "physicians",
      cite: "Tex. Occ. Code §159.006",
    },
    {
      days: 15,
      kind: "calendar",
      extensionDays: 0,
      providerTypes: ["hospital"],
      covers: "hospitals (counted from the request and any payment)",
      cite: "Tex. Health & Safety Code §241.154",
    },
  ],
  // 15 working days; with a written reason, no later than 21 working days.
  WA: [{ days: 15, kind: "business", extensionDays: 6, covers: "any health care provider", cite: "RCW 70.02.080" }],
};

/** responseDays entries that never shorten a HIPAA covered entity's deadline for copies, and why. */
export const STATE_RULES_NOT_APPLIED: Partial<Record<StateCode, { why: string; cite: string }>> = {
  MT: {
    why: "Montana's 10-day rule is only for providers that HIPAA does not cover; HIPAA-covered providers follow HIPAA's 30 days.",
    cite: "Mont. Code Ann. §50-16-541",
  },
  NV: {
    why: "Nevada's 10 working days is for inspecting records in person, not for copies; HIPAA's 30 days applies to copies.",
    cite: "NRS 629.061",
  },
  DE: {
    why: "Delaware allows 45 days, which is longer than HIPAA, so HIPAA's 30 days still applies.",
    cite: "10 Del. C. §3926",
  },
  SC: {
    why: "South Carolina allows 45 days, which is longer than HIPAA, so HIPAA's 30 days still applies.",
    cite: "S.C. Code §44-7-325",
  },
};
