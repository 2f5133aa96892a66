// immunization_request: a request to the state Immunization Information System (IIS) named in
// states.json for the patient's immunization record.
import type { Intake, IntakePath } from "../../domain/intake.js";
import { stateOf } from "../facts.js";
import {
  addresseeBlock,
  enclosures,
  formatRow,
  opening,
  patientRow,
  requesterRows,
  respondRow,
  sendCopyRow,
} from "../frame.js";
import { SEND_TIPS } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, optionalBlank, p, t, val } from "../letter.js";
import { isRepresentative, patientTable, proofDocuments, requesterBlocks, signature } from "../parts.js";
import { contactRuns } from "../representative.js";
import { formatAndDelivery } from "../terms.js";

/** Builds the registry request; the registry comes from state data, never from free text. */
export function immunizationRequest(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const rules = stateOf(intake);
  const iis = rules?.immunizationRegistry ?? undefined;
  const whose = isRepresentative(intake) ? "the patient's" : "my";
  const proofs = proofDocuments(facts);
  // The registry comes from the state's data: without a state it is the state that is missing.
  const fromState: IntakePath[] = intake.state ? [] : ["state"];
  const title = "Request for an immunization record";
  const to = addresseeBlock([
    [val(iis?.name.split(";")[0], "your state's immunization registry", ...fromState)],
    [t(rules ? `Attn: Immunization Program, ${rules.name}` : "Attn: Immunization Program")],
    [blank("registry's mailing address, fax or email")],
  ]);
  const blocks: Block[] = [
    ...opening(facts, to, title, [
      patientRow(intake),
      ...requesterRows(facts),
      { label: "Records", value: [t("Complete immunization record (official copy)")] },
      formatRow(intake),
      sendCopyRow(intake),
      respondRow(undefined),
    ]),
    p("Dear Immunization Registry staff:"),
    p(
      `I am asking for a copy of ${whose} complete immunization record held in your immunization information system, including each vaccine, the date given and the provider who gave it. An official immunization record or certificate that schools and employers accept would be most helpful.`,
    ),
    ...requesterBlocks(facts),
    h("Patient"),
    patientTable(intake, [
      // Registries match records on these, so a blank here is worth filling but never required.
      { label: "Sex", value: [optionalBlank("sex")] },
      {
        label: "Mother's maiden name",
        value: [optionalBlank("mother's maiden name (registries use it to match records)")],
      },
      { label: "City or county where vaccinated", value: [optionalBlank("where the last shots were given")] },
    ]),
    h("Format and delivery"),
    ...formatAndDelivery(intake, false),
    p(t("If you need anything else to find the record, please contact me at "), contactRuns(intake), t(". Thank you.")),
    p("Sincerely,"),
    signature(facts),
    ...enclosures([[t("A copy of my photo ID, if you require one")], ...proofs]),
  ];
  const guidance = [
    "The CDC does not keep personal immunization records. Ask the registry of the state where the last shots were given; the doctor's office or clinic that gave them can often print the registry record for you too.",
    ...(iis?.patientAccess ? [`${iis.name}: ${iis.patientAccess.replace(/\.$/, "")}.`] : []),
    ...(iis?.url ? [`Registry website: ${iis.url} (check it for the current request form and address).`] : []),
    ...(rules && rules.confidence.immunizationRegistry !== "verified"
      ? [`The registry name for ${rules.name} was not confirmed; check it on the state health department's site.`]
      : []),
    ...(rules ? [] : ["Tell us the state where the shots were given and we will name its registry."]),
    SEND_TIPS,
  ];
  return finishLetter("immunization_request", title, blocks, guidance);
}
