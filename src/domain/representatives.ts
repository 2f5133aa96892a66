// Who may ask for someone else's records (45 CFR 164.502(g)) and what proof to bring: a parent only for
// an unemancipated minor, a health care agent or guardian only while the patient lives, and after death
// the executor, administrator or the person state law names; and what a person without authority can do.
import type { Intake, StateCode } from "./intake.js";
import { majorityNotes, minorStatus } from "./minors.js";
import type { Note, Statement } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";
import { getStateRules } from "./states.js";

type Role = "parent" | "guardian" | "personal_representative" | "executor";

/** The proof each kind of personal representative should bring (DOMAIN.md §1.9). */
export const PROOF: Record<Role, string> = {
  parent:
    "proof that you are the parent or have custody (for example the birth certificate, or the custody order if there is one)",
  guardian: "the court order that names you guardian",
  personal_representative:
    "your health care power of attorney, plus any proof of incapacity the document requires before it takes effect",
  executor:
    "letters testamentary or letters of administration from the probate court, and a certified death certificate",
};

/**
 * Who state law lets ask for a deceased patient's records when no executor acts. Only rules read in a
 * primary or official source are here; every other state gets "check this".
 */
const AFTER_DEATH: Partial<Record<StateCode, Statement>> = {
  IL: {
    text: "In Illinois the executor or administrator, or an agent under the patient's health care power of attorney, may ask for a deceased patient's records; if there is none, the surviving spouse may, and if there is no spouse, an adult child, a parent or an adult brother or sister, by signing an Authorized Relative Certification, unless the patient objected in writing.",
    cite: "735 ILCS 5/8-2001.5",
    certainty: "certain",
  },
  GA: {
    text: "In Georgia, if no executor or administrator has been appointed, next of kin may ask in this order: the surviving spouse, then any child, then any parent.",
    cite: "O.C.G.A. §31-33-2(a)(2)",
    certainty: "certain",
  },
};

const note = (topic: string, s: Statement): Note => ({ topic, ...s });
const law = (text: string, cite: string): Statement => ({ text, cite, certainty: "certain" });

/** Notes for the requester's authority; empty when the patient asks for themself. */
export function representativeNotes(s: Situation): Note[] {
  const i = s.intake;
  const who = i.requester;
  if (!who || who === "self") return [];
  if (i.patient?.isDeceased) return afterDeath(i, who);
  if (who === "other") return noAuthority().map((x) => note("authority", x));
  if (who === "parent") return parentNotes(s);
  if (who === "guardian")
    return [
      note(
        "representative",
        law(
          `As guardian you act for the patient where the court order covers health care decisions. Bring ${PROOF.guardian}.`,
          CITE.representatives,
        ),
      ),
    ];
  if (who === "personal_representative")
    return [
      note(
        "representative",
        law(
          `As the health care agent you can use the patient's right of access for the records that relate to the decisions the power of attorney lets you make, once it is in effect. Bring ${PROOF.personal_representative}.`,
          CITE.representatives,
        ),
      ),
    ];
  return [
    note(
      "representative",
      law(`As the executor or administrator you act for the patient. Bring ${PROOF.executor}.`, CITE.deceased),
    ),
  ];
}

function parentNotes(s: Situation): Note[] {
  switch (minorStatus(s.intake, s.today)) {
    case "unknown":
      return [
        note(
          "representative",
          law(
            "A parent acts for a child under 18 who is not emancipated. For an adult child, a parent needs the child's own request, a health care power of attorney that is in effect, or a guardianship. How old is the patient?",
            `${CITE.representatives}(3)`,
          ),
        ),
      ];
    case "minor":
      return [
        note(
          "representative",
          law(
            `As the parent of a minor you usually act for your child under the right of access, except for care your child could get on their own (see below). Bring ${PROOF.parent}.`,
            CITE.minors,
          ),
        ),
      ];
    case "emancipated":
      return [
        note(
          "representative",
          law(
            "Your child is emancipated, so they act for themself and a parent is not their personal representative. They can ask for the records and share them, or sign a HIPAA authorization that names you.",
            `${CITE.minors}; ${CITE.authorization}`,
          ),
        ),
      ];
    case "adult":
      return [
        note(
          "representative",
          law(
            "Your child is an adult, so being their parent does not let you ask for their records. You need one of these: their own request (they can ask and share the copy, or sign a HIPAA authorization that names you), a health care power of attorney that is in effect, or a guardianship order.",
            `${CITE.representatives}(2)-(3); ${CITE.authorization}`,
          ),
        ),
        ...majorityNotes(s),
      ];
  }
}

/** After death: an agent's or guardian's authority has ended; the executor or the person state law names acts. */
function afterDeath(i: Intake, who: NonNullable<Intake["requester"]>): Note[] {
  const out: Note[] = [];
  if (who === "personal_representative" || who === "guardian") {
    const ended =
      who === "guardian"
        ? "A guardianship ends when the person dies, so the court order no longer lets you ask for the records."
        : "Your authority under the health care power of attorney ended when the patient died, so it no longer lets you ask for the records.";
    out.push(
      note(
        "deceased",
        law(
          `${ended} After death only the executor or administrator of the estate, or a person state law names, can act for the patient.`,
          "45 CFR 164.502(g)(4)",
        ),
      ),
    );
  } else if (who === "executor") {
    out.push(
      note(
        "representative",
        law(`As the executor or administrator you act for the patient. Bring ${PROOF.executor}.`, CITE.deceased),
      ),
    );
  } else if (who === "other" || who === "parent") {
    out.push(
      note(
        "authority",
        law(
          "For a patient who has died, the executor or administrator of the estate, or a person state law names, can ask for the records.",
          "45 CFR 164.502(g)(4)",
        ),
      ),
    );
  }
  if (who !== "executor") out.push(note("authority", stateAfterDeath(i.state)));
  out.push(
    note(
      "deceased",
      law(
        "A person's records stay protected for 50 years after death; the executor or administrator acts as the personal representative.",
        CITE.deceased,
      ),
    ),
    note("deceased", {
      text: "Ask for the copy to be sent to you, at your own address or email, not to the patient's.",
      certainty: "certain",
    }),
  );
  return out;
}

/** The state's rule on who may ask after death, or "check this". */
function stateAfterDeath(state: StateCode | undefined): Statement {
  const rule = state ? AFTER_DEATH[state] : undefined;
  if (rule) return rule;
  const name = state ? getStateRules(state)?.name : undefined;
  return {
    text: `${name ? `We have no ${name} rule on` : "State law decides"} who may ask when no executor has been appointed: check with the records office or the probate court. Many states list a spouse, then adult children, then parents (Georgia's order, for example).`,
    cite: "State law, e.g. O.C.G.A. §31-33-2(a)(2) (Georgia)",
    certainty: "uncertain",
  };
}

function noAuthority(): Statement[] {
  return [
    law(
      "Only the patient or their legal personal representative has the right of access. A family member or friend without legal authority cannot use it. The patient can ask for the records and share them, or sign a HIPAA authorization that names you; a health care power of attorney that is in effect, or a guardianship, also gives that authority.",
      `${CITE.representatives}; ${CITE.family}; ${CITE.authorization}`,
    ),
  ];
}

/**
 * The representatives topic of explainRights: what this requester brings and who may act, without
 * telling a parent they act for care the minor could get alone. `today` dates a date of birth.
 */
export function representativeStatements(intake: Intake, today?: string): Statement[] {
  const who = intake.requester;
  const out: Statement[] = [];
  const deceased = intake.patient?.isDeceased;
  const status = minorStatus(intake, today);
  if (who === "executor")
    out.push(law(`What to bring as executor or administrator: ${PROOF.executor}.`, CITE.deceased));
  else if ((who === "guardian" || who === "personal_representative") && deceased)
    out.push(law("A guardian's or health care agent's authority ends when the patient dies.", "45 CFR 164.502(g)(4)"));
  else if (who === "guardian" || who === "personal_representative")
    out.push(law(`What to bring: ${PROOF[who]}.`, CITE.representatives));
  else if (who === "parent" && status === "minor")
    out.push(law(`What to bring as the parent: ${PROOF.parent}.`, CITE.minors));
  else if (who === "parent" && (status === "adult" || status === "emancipated"))
    out.push(
      law(
        "A parent does not act for an adult or emancipated child: you need their own request, a health care power of attorney in effect, or a guardianship.",
        `${CITE.representatives}(2)-(3)`,
      ),
    );
  if (who === "other")
    out.push(
      law(
        "Without legal authority you have no right of access of your own; the patient can ask and share the records, or sign a HIPAA authorization naming you.",
        `${CITE.family}; ${CITE.authorization}`,
      ),
    );
  out.push(
    law(
      "A personal representative is someone with authority under law to make health care decisions for the patient: a guardian, a health care agent under a power of attorney in effect, or the parent of an unemancipated minor.",
      CITE.representatives,
    ),
    law(
      "A parent does not act for a minor's care the minor could lawfully get alone, or that the parent agreed to keep confidential; state law then decides whether the parent may see those records.",
      CITE.minors,
    ),
    law(
      "For someone who has died, the executor or administrator (or a person state law names) acts; a health care agent's authority ends at death. Records stay protected for 50 years after death.",
      CITE.deceased,
    ),
    law(
      "A provider may refuse to treat someone as a representative if it believes the patient has been or could be harmed by them, and may deny a representative's request where a licensed professional judges access is reasonably likely to cause substantial harm.",
      `${CITE.abuse}; 45 CFR 164.524(a)(3)(iii)`,
    ),
  );
  return out;
}
