// The right-of-access terms a letter asks for: format and delivery (164.524(c)(2)-(3)), fees
// (164.524(c)(4)), the deadline and extension notice (164.524(b)(2)), and denials (164.524(d)).
import { freeCopyRights } from "../domain/fees.js";
import type { Intake } from "../domain/intake.js";
import { daysPhrase, isCertain, responseDeadline, stateOf, stateStatute } from "./facts.js";
import { type Block, blank, p, t, val } from "./letter.js";
import { deliveryContact } from "./representative.js";

/** Format and delivery paragraphs; an unset choice is a blank. */
export function formatAndDelivery(intake: Intake, hipaa = true): Block[] {
  const out: Block[] = [];
  if (intake.format === "electronic" && !hipaa) {
    out.push(p("Format: please send an electronic copy (for example, a PDF)."));
  } else if (intake.format === "electronic") {
    out.push(
      p(
        "Format: please provide an electronic copy in the form and format I ask for if it is readily producible (PDF, or structured data such as a C-CDA file), or otherwise in a readable electronic format we agree on (45 CFR 164.524(c)(2)).",
      ),
    );
  } else if (intake.format === "paper") {
    out.push(p("Format: please provide a paper copy."));
  } else {
    out.push(p(t("Format: "), blank("electronic or paper copy", "format")));
  }
  // A representative's copy goes to the representative, never to the patient (or a deceased patient's email).
  const pt = deliveryContact(intake);
  switch (intake.delivery) {
    case "portal":
      out.push(p("Delivery: please make the copy available in my patient portal account."));
      break;
    case "email":
      out.push(
        p(
          t("Delivery: please send the copy by email to "),
          val(pt.email, "email address", pt.from.email),
          t(
            ". If you cannot send it by secure email, I ask for it by unencrypted email: I understand and accept the risk that information sent by unencrypted email could be read by a third party in transit.",
          ),
        ),
      );
      break;
    case "mail":
      out.push(p(t("Delivery: please mail the copy to "), val(pt.address, "mailing address", pt.from.address), t(".")));
      break;
    case "pickup":
      out.push(
        p(
          t("Delivery: I will pick up the copy. Please call me at "),
          val(pt.phone, "phone number", pt.from.phone),
          t(" when it is ready."),
        ),
      );
      break;
    case "fax":
      out.push(p(t("Delivery: please fax the copy to "), blank("fax number for the copy"), t(".")));
      break;
    default:
      out.push(
        p(t("Delivery: "), blank("how you want to receive the copy (portal, email, mail or pickup)", "delivery")),
      );
  }
  return out;
}

/** The patient-rate fee paragraph (own copy only; Ciox took third-party directives out of it). */
export function feeParagraph(intake: Intake): Block {
  // A personal representative stands in the patient's shoes, so the patient rate applies to them too.
  const whose = intake.requester && intake.requester !== "self" ? "the patient's" : "my";
  const runs = [
    t("Fees: please tell me the approximate fee before you process this request. "),
    t(
      `For ${whose} own copy, HIPAA allows only a reasonable, cost-based fee for the labor of copying, supplies and postage (45 CFR 164.524(c)(4)); it does not allow search or retrieval fees. `,
    ),
    t(
      "For electronic copies of records you keep electronically, HHS guidance also allows a flat fee of no more than $6.50. Please do not withhold the records because of any unpaid bill for care.",
    ),
  ];
  if (intake.purpose === "disability") {
    const state = stateOf(intake)?.name;
    runs.push(
      t(
        ` These records support a disability benefits claim; if ${state ? `${state} law` : "state law"} provides a free or reduced-fee copy for such claims, please apply it.`,
      ),
    );
  }
  // State free-copy rights we could source and check (src/domain/fees.ts), stated with their citation.
  for (const f of freeCopyRights(intake).filter((f) => f.certainty === "certain"))
    runs.push(t(` ${f.text} (${f.cite})`));
  return { type: "paragraph", runs };
}

/** The deadline paragraph: HIPAA's outer limit, plus a shorter state period when the engine applies one. */
export function deadlineParagraph(intake: Intake, stateRules = true): Block {
  const d = responseDeadline(intake);
  const runs = [
    t(
      "Deadline: 45 CFR 164.524(b)(2) requires you to act on this request within 30 calendar days of receiving it. If you need more time, please send me, within those 30 days, a written notice giving the reasons for the delay and the date you will complete the request; the rule allows one such extension of no more than 30 days.",
    ),
  ];
  // Only a rule the engine says governs this request (verified, and covering this provider type and
  // purpose) is written as fact; anything less stays out of the letter.
  if (stateRules && d.governedBy === "state" && isCertain(d.stateRule)) {
    const cite = d.stateRule.cite?.split(";")[0]?.trim();
    const name = stateOf(intake)?.name ?? "State";
    runs.push(
      t(
        ` ${name} law${cite ? ` (${cite})` : ""} sets a shorter period for this request: please provide the records within ${daysPhrase(d.days, d.kind)} of receiving it.`,
      ),
    );
  }
  return { type: "paragraph", runs };
}

/** The legal-basis sentence naming 164.524 and, when verified, the state statute. */
export function legalBasis(intake: Intake, opening: string): Block {
  const rules = stateOf(intake);
  const statute = stateStatute(intake);
  const runs = [
    t(opening),
    t(
      " This is a request for access under the HIPAA Privacy Rule, 45 CFR 164.524. It is not an authorization under 45 CFR 164.508.",
    ),
  ];
  if (rules && statute?.certain)
    runs.push(
      t(` I also make it under ${rules.name} law (${statute.cite}), to the extent that law gives greater rights.`),
    );
  else if (rules) runs.push(t(` Please also apply any shorter deadline or lower fee that ${rules.name} law provides.`));
  return { type: "paragraph", runs };
}

/** What a written denial must contain (164.524(d)), and that the rest must still be provided. */
export const denialParagraph: Block = p(
  "If you deny any part of this request, please tell me in writing the basis for the denial, any right I have to have it reviewed, and how to complain to you or to the Secretary of Health and Human Services (45 CFR 164.524(d)(2)), and provide the rest of the records.",
);

/** Guidance when the state statute could not be verified. */
export function statuteGuidance(intake: Intake): string[] {
  const rules = stateOf(intake);
  const statute = stateStatute(intake);
  if (!rules || !statute || statute.certain) return [];
  return [
    `We believe ${rules.name}'s access law is ${statute.cite}, but this was not confirmed, so the letter does not cite it. Check the current statute before adding it.`,
  ];
}
