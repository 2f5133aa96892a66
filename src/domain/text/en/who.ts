// Who may ask, in English: personal representatives and what proof to bring, a patient who died,
// minors' confidential care (with each state's rules) and substance-use records (42 CFR Part 2).

/** The proof each kind of personal representative should bring (DOMAIN.md §1.9). */
const proof = {
  parent:
    "proof that you are the parent or have custody (for example the birth certificate, or the custody order if there is one)",
  guardian: "the court order that names you guardian",
  personal_representative:
    "your health care power of attorney, plus any proof of incapacity the document requires before it takes effect",
  executor:
    "letters testamentary or letters of administration from the probate court, and a certified death certificate",
};

export const representatives = {
  proof,
  guardian: `As guardian you act for the patient where the court order covers health care decisions. Bring ${proof.guardian}.`,
  agent: `As the health care agent you can use the patient's right of access for the records that relate to the decisions the power of attorney lets you make, once it is in effect. Bring ${proof.personal_representative}.`,
  executor: `As the executor or administrator you act for the patient. Bring ${proof.executor}.`,
  parentAgeUnknown:
    "A parent acts for a child under 18 who is not emancipated. For an adult child, a parent needs the child's own request, a health care power of attorney that is in effect, or a guardianship. How old is the patient?",
  parentOfMinor: `As the parent of a minor you usually act for your child under the right of access, except for care your child could get on their own (see below). Bring ${proof.parent}.`,
  emancipatedChild:
    "Your child is emancipated, so they act for themself and a parent is not their personal representative. They can ask for the records and share them, or sign a HIPAA authorization that names you.",
  adultChild:
    "Your child is an adult, so being their parent does not let you ask for their records. You need one of these: their own request (they can ask and share the copy, or sign a HIPAA authorization that names you), a health care power of attorney that is in effect, or a guardianship order.",
  guardianshipEnded:
    "A guardianship ends when the person dies, so the court order no longer lets you ask for the records.",
  agentEnded:
    "Your authority under the health care power of attorney ended when the patient died, so it no longer lets you ask for the records.",
  afterDeathOnly: (ended: string) =>
    `${ended} After death only the executor or administrator of the estate, or a person state law names, can act for the patient.`,
  whoAfterDeath:
    "For a patient who has died, the executor or administrator of the estate, or a person state law names, can ask for the records.",
  protected50:
    "A person's records stay protected for 50 years after death; the executor or administrator acts as the personal representative.",
  sendToYou: "Ask for the copy to be sent to you, at your own address or email, not to the patient's.",
  /** Who state law lets ask for a deceased patient's records when no executor acts, where we read the rule. */
  afterDeath: {
    IL: "In Illinois the executor or administrator, or an agent under the patient's health care power of attorney, may ask for a deceased patient's records; if there is none, the surviving spouse may, and if there is no spouse, an adult child, a parent or an adult brother or sister, by signing an Authorized Relative Certification, unless the patient objected in writing.",
    GA: "In Georgia, if no executor or administrator has been appointed, next of kin may ask in this order: the surviving spouse, then any child, then any parent.",
  },
  /** `state`: the state's name when known but without a rule we read. */
  afterDeathUnknown: (state: string | undefined) =>
    `${state ? `We have no ${state} rule on` : "State law decides"} who may ask when no executor has been appointed: check with the records office or the probate court. Many states list a spouse, then adult children, then parents (Georgia's order, for example).`,
  noAuthority:
    "Only the patient or their legal personal representative has the right of access. A family member or friend without legal authority cannot use it. The patient can ask for the records and share them, or sign a HIPAA authorization that names you; a health care power of attorney that is in effect, or a guardianship, also gives that authority.",
  bringAsExecutor: `What to bring as executor or administrator: ${proof.executor}.`,
  authorityEndsAtDeath: "A guardian's or health care agent's authority ends when the patient dies.",
  bring: (what: string) => `What to bring: ${what}.`,
  bringAsParent: `What to bring as the parent: ${proof.parent}.`,
  notForAdultChild:
    "A parent does not act for an adult or emancipated child: you need their own request, a health care power of attorney in effect, or a guardianship.",
  noRightOfYourOwn:
    "Without legal authority you have no right of access of your own; the patient can ask and share the records, or sign a HIPAA authorization naming you.",
  whoIsRepresentative:
    "A personal representative is someone with authority under law to make health care decisions for the patient: a guardian, a health care agent under a power of attorney in effect, or the parent of an unemancipated minor.",
  notForMinorsOwnCare:
    "A parent does not act for a minor's care the minor could lawfully get alone, or that the parent agreed to keep confidential; state law then decides whether the parent may see those records.",
  afterDeathGeneral:
    "For someone who has died, the executor or administrator (or a person state law names) acts; a health care agent's authority ends at death. Records stay protected for 50 years after death.",
  mayRefuseRepresentative:
    "A provider may refuse to treat someone as a representative if it believes the patient has been or could be harmed by them, and may deny a representative's request where a licensed professional judges access is reasonably likely to cause substantial harm.",
};

export const minors = {
  parentActs:
    "A parent usually acts for a child under 18, but not for care the child could legally get on their own (in many states birth control, STI testing or counseling) or where the parent agreed to keep it confidential. State law then decides whether a parent can see those records.",
  mayDeclineParent:
    "A provider may also decline to treat a parent as the child's representative if it believes the child has been or could be harmed, and may deny a parent's request where a licensed professional judges access is reasonably likely to cause substantial harm to the child or another person; such a denial can be reviewed.",
  childConsented:
    "You said these records are of care your child agreed to alone: ask your child to request them, or to sign an authorization that names you.",
  portalProxy:
    "Many portals limit a parent's proxy access from about age 12 or 13. You may need to ask the records office for copies, which may leave out the teen's confidential care.",
  teenDefault:
    "You can usually ask for the records of care you agreed to yourself. The details depend on your state's law, so the records office may ask questions.",
  privateChannel:
    "You can ask the office to send the copy, and to call or write about it, only the way you choose (for example pick-up, or your own email or phone); a provider must go along with a reasonable request like that.",
  billsMayGo:
    "Bills and insurance statements may still go to the parent who holds the insurance; ask the office and the health plan how to keep them private.",
  sudParent: (state: string) =>
    `Because ${state} lets a minor consent to substance-use treatment alone, only your child can consent to a federally assisted program sharing those records, including with you; ask your child to sign a Part 2 consent.`,
  sudTeen: (state: string) =>
    `Because ${state} lets you agree to substance-use treatment on your own, only you can consent to a federally assisted program sharing those records, with your parents or anyone else.`,
  sudUnconfirmed: (text: string, state: string) =>
    `${text} We could not confirm ${state}'s rule, so check it with the program.`,
  sudGeneral:
    "Where state law lets a minor consent to substance-use treatment alone, only the minor can consent to a federally assisted program sharing those records, including with a parent; where a parent's consent to the treatment was required, both the minor and the parent sign.",
  majority: (state: string, age: number) =>
    `${state}'s age of majority may be ${age}, not 18; check this, because until then a parent may still act for the patient.`,
  noState:
    "Often yes for care you could agree to on your own, but it depends on your state's law: tell me the state and I can say more.",
  parentGeneral:
    "A parent acts for a child under 18 who is not emancipated, but not for care the child could lawfully get alone or that the parent agreed to keep confidential; state law then decides whether the parent may see those records.",
  minorMayAsk:
    "A minor can ask for the records of care they consented to themself, and can ask that the copy and any messages about it go only to them.",
  sudOnlyMinor:
    "For substance-use treatment a minor could consent to alone, only the minor may consent to a federally assisted program sharing those records, including with a parent.",
};

/** The state rules on minors' confidential care (minors-rules.ts), one sentence each. */
export const minorRules = {
  caTeenRecords:
    "In California you can get the records of care you could legally agree to on your own, and your parents are not entitled to see or copy those records.",
  caParentNotEntitled:
    "In California a parent is not entitled to see or copy the records of care a minor could legally consent to alone, and a provider may refuse a parent where access would harm the minor or the provider's relationship with the minor.",
  caTeenCare:
    "Care a minor can usually agree to alone in California includes birth control and pregnancy care at any age, and from age 12 STI testing and treatment, outpatient counseling and substance-use treatment; check the exact rules with the office.",
  ilTeenMentalHealth:
    "In Illinois, from age 12 you can see and copy your own mental-health records. A parent can see them only if you are told and do not object, or if your therapist finds no compelling reason to refuse; a parent can still be told your current condition, diagnosis, treatment needs and medication.",
  ilParentTeenMentalHealth:
    "In Illinois a parent of a 12- to 17-year-old can see the teen's mental-health records only if the teen is told and does not object, or the therapist finds no compelling reason to refuse; a parent who is refused can ask a court. A parent can still ask for the teen's current condition, diagnosis, treatment needs, services and medication.",
  ilParentChildMentalHealth: "In Illinois a parent can see and copy the mental-health records of a child under 12.",
  nyTeenSti:
    "In New York, if you were treated for a sexually transmitted infection without a parent's consent, neither the medical nor the billing records may be given to your parents without your permission.",
  nyParentSti:
    "In New York, when a minor was treated for a sexually transmitted infection without a parent's consent, neither the medical nor the billing records may be released to the parent without the minor's permission.",
  nyParentOther:
    "New York law may also let a provider deny a parent access to a teen's records in other cases; check with the records office.",
  txTeenCare:
    "In Texas you can agree on your own to some care: treatment for a reportable infectious disease, pregnancy care other than abortion, treatment for drug or chemical addiction, and counseling for suicide prevention, addiction or abuse.",
  txTeenCounseling:
    "But Texas lets a doctor, psychologist, counselor or social worker tell your parents about counseling you agreed to, even without your consent, so Texas law does not promise that your parents will not find out.",
  txTeenOther:
    "Texas may let a doctor tell your parents about other care you agreed to as well; ask the office how it handles this.",
  txParentCounseling:
    "For care a teen agreed to alone, HIPAA leaves a parent's access to Texas law, and Texas lets the doctor, psychologist, counselor or social worker tell a parent about counseling for suicide prevention, addiction or abuse even without the teen's consent.",
  txParentConservator:
    "Texas also gives a parent appointed conservator a right of access to the child's medical records unless a court order limits it; check this against the order if there is one.",
  waTeenRights:
    "In Washington, for care you were allowed to agree to on your own, only you can use the rights over those records, including deciding who may see them.",
  waParentRights:
    "In Washington, for care a minor was allowed to consent to alone, only the minor can exercise the rights over those records; a parent needs the minor's authorization.",
  waTeenCare:
    "Care a minor can usually agree to alone in Washington includes outpatient counseling and substance-use treatment from age 13, STI care from age 14, and birth control at any age; check the ages with the office.",
  paTeenSud: "In Pennsylvania you can agree to substance-use treatment on your own, at any age.",
  paParentSud:
    "In Pennsylvania a minor can consent to substance-use treatment alone; a treating physician or program may, but does not have to, tell the parents about the treatment.",
  paTeenOther:
    "For other care, Pennsylvania's rules differ by service (for example pregnancy care and STI care); check with the office.",
  alTeen:
    "In Alabama a minor 14 or older may usually consent to their own medical care, and a provider may tell a parent about STI treatment; check how the office handles a parent's request.",
  alParent:
    "In Alabama a minor 14 or older may usually consent to their own medical care, which may limit a parent's access to those records; check with the office.",
};

export const part2 = {
  ownAccess:
    "Records from a federally assisted substance-use treatment program are protected by 42 CFR Part 2. You can get your own records without a special consent.",
  consentNeeded:
    "To send those records to anyone else (a lawyer, an insurer, an app, a retrieval service), you need a written Part 2 consent with every element of 42 CFR 2.31; a HIPAA authorization or a direction to send records is not enough on its own. We can draft the Part 2 consent, or you can use the program's own form. The simplest way is to ask for the records yourself.",
  deceased:
    "For a patient who has died, the Part 2 consent is signed by the executor, administrator or other personal representative appointed under state law; if there is none, by the spouse or, failing that, a responsible family member.",
};
