// Who may ask for someone else's records (45 CFR 164.502(g)) and what proof to bring; and what a
// person without legal authority can do instead.
import type { Intake } from "./intake.js";
import type { Note } from "./recommendation.js";
import { CITE } from "./statements.js";

/** The proof each kind of personal representative should bring (DOMAIN.md §1.9). */
export const PROOF: Record<"parent" | "guardian" | "personal_representative" | "executor", string> = {
  parent:
    "proof that you are the parent or have custody (for example the birth certificate, or the custody order if there is one)",
  guardian: "the court order that names you guardian",
  personal_representative:
    "your health care power of attorney, plus any proof of incapacity the document requires before it takes effect",
  executor:
    "letters testamentary or letters of administration from the probate court, and a certified death certificate",
};

/** Notes for the requester's authority; empty when the patient asks for themself. */
export function representativeNotes(intake: Intake): Note[] {
  const who = intake.requester;
  if (!who || who === "self") return [];
  if (who === "other") return noAuthorityNotes(intake);
  const notes: Note[] = [
    {
      topic: "representative",
      text: `As ${label(who)} you stand in the patient's shoes and can use their right of access. Bring ${PROOF[who]}.`,
      cite: CITE.representatives,
      certainty: "certain",
    },
  ];
  if (who === "personal_representative") {
    notes.push({
      topic: "representative",
      text: "A health care agent for an adult can get the records that relate to the decisions the power of attorney lets them make.",
      cite: CITE.representatives,
      certainty: "certain",
    });
  }
  if (who === "executor" || intake.patient?.isDeceased) {
    notes.push({
      topic: "deceased",
      text: "A person's records stay protected for 50 years after death; the executor or administrator acts as the personal representative.",
      cite: CITE.deceased,
      certainty: "certain",
    });
  }
  return notes;
}

function noAuthorityNotes(intake: Intake): Note[] {
  const notes: Note[] = [
    {
      topic: "authority",
      text: "Only the patient or their legal personal representative has the right of access. A family member or friend without legal authority cannot use it. The patient can ask for the records and share them, or sign a HIPAA authorization that names you.",
      cite: `${CITE.representatives}; ${CITE.family}; ${CITE.authorization}`,
      certainty: "certain",
    },
  ];
  if (intake.patient?.isDeceased) {
    notes.push({
      topic: "authority",
      text: "If no executor has been appointed, some states let next of kin (often a spouse, then children, then parents) ask for a deceased person's records. Check with the records office.",
      cite: "State law, e.g. O.C.G.A. §31-33-2(a)(2) (Georgia)",
      certainty: "uncertain",
    });
  }
  return notes;
}

function label(who: "parent" | "guardian" | "personal_representative" | "executor"): string {
  return {
    parent: "the parent",
    guardian: "the guardian",
    personal_representative: "the health care agent",
    executor: "the executor",
  }[who];
}
