// The narrow cases behind each states.json responseDays that differs from HIPAA's 30 days, as data:
// which requests a shorter state deadline covers, and which state deadlines never apply to copies.
import { type FORMATS, PROVIDER_TYPES, type PURPOSES, type StateCode } from "./intake.js";
import type { EngineText } from "./text/index.js";

export type DayKind = "calendar" | "business";
type ProviderType = (typeof PROVIDER_TYPES)[number];
export type Purpose = (typeof PURPOSES)[number];
type Format = (typeof FORMATS)[number];
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
  /** Only requests for copies in this format; absent = any format. */
  formats?: readonly Format[];
  /**
   * "uncertain" when the rule rests on a secondary summary we could not check against the rule's own
   * text: it is then reported as something to check and never governs a due date.
   */
  certainty?: "uncertain";
  /** What the rule covers: a sentence of the engine's text (deadlines.covers). */
  covers: keyof EngineText["deadlines"]["covers"];
  cite: string;
}

/** Doctors' offices, and the provider we have no type for yet (most requests go to one). */
export const PHYSICIAN_LIKE: readonly ProviderKind[] = ["physician_practice", "specialist", "clinic", "unspecified"];
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
      covers: "caAny",
      cite: "Cal. Health & Safety Code §123110",
    },
  ],
  // IDAPA 16.03.14 is a hospital licensing rule: hospitals only. The 3 business days come from the Idaho
  // HIM association's summary (2019); no primary section of the rule was found, so it stays "check this".
  ID: [
    {
      days: 3,
      kind: "business",
      extensionDays: 0,
      providerTypes: ["hospital"],
      covers: "idHospitals",
      cite: "IDAPA 16.03.14",
      certainty: "uncertain",
    },
  ],
  // R.S. 46:18 covers only records supporting a Social Security disability or SSI claim.
  LA: [
    {
      days: 15,
      kind: "calendar",
      extensionDays: 0,
      purposes: ["disability"],
      covers: "laDisability",
      cite: "La. R.S. 46:18",
    },
  ],
  // Health-Gen. §4-309(a): liable if it refuses to disclose "within a reasonable time but no more than
  // 21 working days after the date a person in interest requests the disclosure". Any provider.
  MD: [
    {
      days: 21,
      kind: "business",
      extensionDays: 0,
      covers: "mdAny",
      cite: "Md. Code, Health-Gen. §4-309(a)",
    },
  ],
  // §63-2-101 covers providers; hospitals have 30 days under §68-11-304 (no shorter than HIPAA).
  TN: [
    {
      days: 10,
      kind: "business",
      extensionDays: 0,
      providerTypes: NOT_HOSPITAL,
      covers: "tnNotHospitals",
      cite: "Tenn. Code Ann. §63-2-101(a)(1)",
    },
  ],
  // Physicians: 15 business days (Occ. Code §159.006); hospitals: 15 days after request and payment;
  // and any provider using an electronic health record system: the electronic record within 15 business
  // days of a written request (H&S §181.102(a), HB 300), checked against the statute's text.
  TX: [
    {
      days: 15,
      kind: "business",
      extensionDays: 0,
      providerTypes: PHYSICIAN_LIKE,
      covers: "txPhysicians",
      cite: "Tex. Occ. Code §159.006",
    },
    {
      days: 15,
      kind: "calendar",
      extensionDays: 0,
      providerTypes: ["hospital"],
      covers: "txHospitals",
      cite: "Tex. Health & Safety Code §241.154",
    },
    {
      days: 15,
      kind: "business",
      extensionDays: 0,
      formats: ["electronic"],
      covers: "txElectronic",
      cite: "Tex. Health & Safety Code §181.102",
    },
  ],
  // 15 working days; with a written reason, no later than 21 working days.
  WA: [{ days: 15, kind: "business", extensionDays: 6, covers: "waAny", cite: "RCW 70.02.080" }],
};

/** responseDays entries that never shorten a HIPAA covered entity's deadline for copies, and why. */
export const STATE_RULES_NOT_APPLIED: Partial<
  Record<StateCode, { why: keyof EngineText["deadlines"]["notApplied"]; cite: string }>
> = {
  MT: { why: "montanaUncovered", cite: "Mont. Code Ann. §50-16-541; Mont. Code Ann. §50-16-801 et seq." },
  NV: { why: "nevadaInspection", cite: "NRS 629.061" },
  DE: { why: "delawareLonger", cite: "10 Del. C. §3926" },
  SC: { why: "southCarolinaLonger", cite: "S.C. Code §44-7-325" },
};
