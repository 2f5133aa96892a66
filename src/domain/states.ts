// Per-jurisdiction rules (50 states, DC, PR) as researched in states.json, shipped with their
// sources and a confidence per field so no recalled or unknown fact is ever presented as certain.

// Named imports let the bundler leave out the file's explanatory notes, which no code reads.
import { generated, jurisdictions } from "./data/states.json";
import type { StateCode } from "./intake.js";

export type Confidence = "verified" | "recalled" | "unknown";

export interface StateRules {
  code: StateCode;
  name: string;
  accessStatute: string | null;
  responseDays: { days: number; kind: "calendar" | "business" | "working"; note: string } | null;
  feeRule: string | null;
  immunizationRegistry: { name: string; url?: string; patientAccess?: string } | null;
  vitalRecordsUrl: string | null;
  closedPracticeRule: string | null;
  retention: string | null;
  sources: string[];
  confidence: Record<
    | "accessStatute"
    | "responseDays"
    | "feeRule"
    | "immunizationRegistry"
    | "vitalRecordsUrl"
    | "closedPracticeRule"
    | "retention",
    Confidence
  >;
  notes?: string;
}

/** When the state data was compiled; shown beside every state fact. */
export const STATE_DATA_GENERATED: string = generated;

const BY_CODE = new Map<string, StateRules>((jurisdictions as unknown as StateRules[]).map((s) => [s.code, s]));

/** The rules for one jurisdiction, or undefined for a code we do not know. */
export function getStateRules(code: string): StateRules | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export function allStateCodes(): StateCode[] {
  return [...BY_CODE.keys()] as StateCode[];
}
