// A minor's (or any patient's) request that the copy and every message about it reach only them
// (45 CFR 164.522(b)), and the minor's own statement that the care was theirs to consent to. Each
// sentence is written only when the Intake holds the fact behind it.
import type { Intake } from "../domain/intake.js";
import { minorStatus } from "../domain/minors.js";
import { type Block, p } from "./letter.js";
import { isRepresentative } from "./representative.js";

/** The privacy paragraphs for a patient asking for themself; empty otherwise. */
export function privateRequestBlocks(intake: Intake): Block[] {
  if (isRepresentative(intake)) return [];
  const out: Block[] = [];
  if (intake.records?.minorConsented && minorStatus(intake) === "minor")
    out.push(p("These records are of care that I consented to myself."));
  if (intake.confidential)
    out.push(
      p(
        "Privacy: please send the copy, and any call, letter or message about this request, only to me and only by the delivery method above (45 CFR 164.522(b)).",
      ),
    );
  return out;
}

/** Notes for a patient asking privately; never sent. */
export function privateRequestGuidance(intake: Intake): string[] {
  if (!intake.confidential || isRepresentative(intake)) return [];
  return [
    "For privacy, pick up the copy yourself or have it sent to your own email, phone or portal account (not a shared one). Bills and insurance statements may still go to whoever holds the insurance: ask the office and the health plan about that before you send this.",
  ];
}
