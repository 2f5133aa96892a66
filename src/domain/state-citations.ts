// The state access statute to cite for this request, chosen by provider type where a state splits its
// law (Florida hospitals §395.3025 vs practitioners §456.057; Texas physicians, hospitals and EHR copies;
// Montana's HIPAA-covered providers); elsewhere the first citation states.json records.
import type { Intake, StateCode } from "./intake.js";
import { PHYSICIAN_LIKE, type ProviderKind } from "./state-deadline-rules.js";
import { getStateRules, type StateRules } from "./states.js";

interface CitationCase {
  /** Only these provider types; absent = every other type. */
  types?: readonly ProviderKind[];
  /** Only requests for electronic copies. */
  electronicOnly?: true;
  cite: string;
}

/** States whose access law differs by provider type, first matching case wins. */
const BY_PROVIDER_TYPE: Partial<Record<StateCode, readonly CitationCase[]>> = {
  FL: [{ types: ["hospital"], cite: "Fla. Stat. §395.3025" }, { cite: "Fla. Stat. §456.057" }],
  TX: [
    { types: ["hospital"], cite: "Tex. Health & Safety Code §241.154" },
    { types: PHYSICIAN_LIKE, cite: "Tex. Occ. Code §159.006" },
    { electronicOnly: true, cite: "Tex. Health & Safety Code §181.102" },
  ],
  // §50-16-541 is for providers HIPAA does not cover; a HIPAA-covered provider falls under part 8.
  MT: [{ cite: "Mont. Code Ann. §50-16-801 et seq." }],
  ME: [{ types: ["hospital"], cite: "22 M.R.S. §1711" }, { cite: "22 M.R.S. §1711-B" }],
  MA: [{ types: ["hospital", "clinic"], cite: "M.G.L. c.111 §70" }, { cite: "M.G.L. c.112 §12CC" }],
};

/**
 * The state statute a sentence about this request may cite, and whether it may be stated as fact
 * (only a verified access statute is). Undefined when the state is unknown or has no citation for
 * this kind of provider.
 */
export function stateCitation(intake: Intake): { cite: string; certain: boolean } | undefined {
  const rules = intake.state ? getStateRules(intake.state) : undefined;
  if (!rules) return undefined;
  const certain = rules.confidence.accessStatute === "verified";
  const cases = BY_PROVIDER_TYPE[rules.code];
  if (!cases) {
    const cite = firstCitation(rules);
    return cite ? { cite, certain } : undefined;
  }
  const type: ProviderKind = intake.provider?.type ?? "unspecified";
  const hit = cases.find(
    (c) => (!c.types || c.types.includes(type)) && (!c.electronicOnly || intake.format === "electronic"),
  );
  return hit ? { cite: hit.cite, certain } : undefined;
}

/**
 * The first citation in states.json's accessStatute: "No … found" sentences and review remarks are
 * dropped, and the text is cut at the first ";" outside parentheses (later ones carry remarks).
 */
export function firstCitation(rules: StateRules): string | undefined {
  if (!rules.accessStatute) return undefined;
  const kept = rules.accessStatute
    .split(/(?<=\.)\s+/)
    .filter((s) => !/^No\b/.test(s))
    .join(" ")
    .replace(/\s+—\s+recalled.*$/, "")
    .trim();
  let depth = 0;
  let end = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const ch = kept[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === ";" && depth === 0) {
      end = i;
      break;
    }
  }
  const cite = kept.slice(0, end).replace(/\.$/, "").trim();
  return cite || undefined;
}
