// Words patients use, mapped to Intake values. Kept as data so the extraction rules stay small.
import type { RecordKind, StateCode } from "../../domain/intake.js";

export const STATE_NAMES: Record<string, StateCode> = {
  alabama: "AL", alaska: "AK", arizona: "AZ", arkansas: "AR", california: "CA", colorado: "CO",
  connecticut: "CT", delaware: "DE", "district of columbia": "DC", "washington dc": "DC", "washington d.c.": "DC",
  florida: "FL", georgia: "GA", hawaii: "HI", idaho: "ID", illinois: "IL", indiana: "IN", iowa: "IA",
  kansas: "KS", kentucky: "KY", louisiana: "LA", maine: "ME", maryland: "MD", massachusetts: "MA",
  michigan: "MI", minnesota: "MN", mississippi: "MS", missouri: "MO", montana: "MT", nebraska: "NE",
  nevada: "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
  "north carolina": "NC", "north dakota": "ND", ohio: "OH", oklahoma: "OK", oregon: "OR",
  pennsylvania: "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", tennessee: "TN",
  texas: "TX", utah: "UT", vermont: "VT", virginia: "VA", "west virginia": "WV", "washington state": "WA",
  washington: "WA", wisconsin: "WI", wyoming: "WY", "puerto rico": "PR",
};

/** Everyday words for record kinds. Longer phrases are tried first. */
export const RECORD_WORDS: Array<[RegExp, RecordKind]> = [
  [/\b(whole|entire|full|complete|all)\b.{0,20}\b(chart|record|records|file)\b|\beverything\b/, "full_chart"],
  [/\bpsychotherapy notes?\b|\btherapy notes?\b|\btherapist'?s? notes?\b/, "psychotherapy_notes"],
  [/\b(substance|drug|alcohol|addiction|rehab|detox|methadone|suboxone)\b/, "substance_use"],
  [/\b(mental health|psychiatr\w*|counsel\w*|behavioral)\b/, "mental_health"],
  [/\b(shots?|vaccines?|vaccinations?|immuni[sz]ations?)\b/, "immunizations"],
  [/\b(x-?rays?|mri|ct scans?|cat scans?|scans?|imaging|ultrasounds?|mammograms?|images?)\b/, "imaging"],
  [/\b(labs?|lab results|blood ?work|blood tests?|test results|results)\b/, "test_results"],
  [/\b(visit notes|doctor'?s notes|office notes|clinical notes|progress notes|notes)\b/, "visit_notes"],
  [/\b(med list|medication list|medications?|meds|prescriptions?)\b/, "medications"],
  [/\b(bills?|billing|invoices?|itemi[sz]ed)\b/, "billing"],
  [/\b(claims?|eobs?|explanation of benefits)\b/, "claims"],
  [/\b(dental|dentist|teeth)\b/, "dental"],
];
