// The recommendation's notes in English: special records, fees and free copies, urgency, record
// retention, Social Security and the VA, and why each missing fact matters.

export const special = {
  psychotherapyNotCovered:
    "Psychotherapy notes (a therapist's private session notes, kept apart from your chart) are not covered by the right of access. The therapist may still choose to share them.",
  psychotherapyRest:
    "The rest of your mental-health record is covered: diagnoses, medications, treatment plans, test results and progress summaries. Sending psychotherapy notes to anyone else needs a separate authorization.",
  mentalHealthRepresentative:
    "A mental-health record is covered by the right of access. A provider may hold part of it back from a representative where a licensed professional judges access is likely to endanger someone's life or physical safety, or is reasonably likely to cause substantial harm to the patient or another person; that decision can be reviewed.",
  mentalHealth:
    "Your mental-health record is covered by the right of access. A provider may hold part back only if a licensed professional judges it is likely to endanger someone's life or physical safety, and you can ask for that decision to be reviewed. Worry that you may be upset is not enough.",
  legal:
    "Your medical records are covered by the right of access even in a lawsuit; only material put together for the case itself is not.",
  imaging:
    "Ask for the images themselves (DICOM files on a CD or by download link), not only the radiologist's report. They must come in the form you ask for if it is readily producible.",
  lab: "Lab results are not exempt: labs covered by HIPAA must give you your completed test reports when you ask.",
  directive:
    "Since Ciox v. Azar (2020), a provider must follow your signed direction to send records to someone else only for electronic copies of records it keeps electronically, and HIPAA's fee limit does not apply to those.",
  paperOrAuthorization:
    "For paper records, or to keep costs down, get the copy yourself and forward it, or sign a HIPAA authorization (the provider may then send it, but does not have to).",
  treatingDoctor:
    "If the records are going to another doctor who is treating you, that doctor's office can ask for them directly; HIPAA does not require your authorization for treatment.",
};

export const fees = {
  staleYear: (year: number) =>
    ` These amounts are for ${year} and are adjusted over time, so check the current figures.`,
  stale: " These amounts are adjusted over time, so check the current figures.",
  /** `state`: the state's name, when known. */
  disability: (state: string | undefined) =>
    `Many states give free or reduced-fee copies for Social Security disability or SSI claims${state ? `; we found no such rule for ${state}` : ""}, so ask the records office.`,
  /** `who`: the recipient's name, when known. */
  sentTo: (who: string | undefined, state: string) =>
    `Copies sent straight to ${who ?? "someone else"} follow ${state}'s fee rule, not HIPAA's patient rate: `,
};

/**
 * State free-copy rights (fees.ts), in the third person so the same sentence serves the advice and a
 * letter to the provider.
 */
export const freeCopies = {
  KY: "Under Kentucky law a patient's first copy of the record is free: a hospital or provider must provide it without charge on written request (a second copy may cost up to $1 a page).",
  TX: "Texas physicians may not charge for records that support an application or appeal for disability benefits.",
  CA: "California providers must give a patient a free copy of the relevant parts of the record to support an appeal for public benefits such as SSI or Medi-Cal.",
  MD: "In Maryland there is no fee for copies that support a Social Security disability claim or appeal (since 2021).",
  VA: "Virginia law gives a patient one free copy a calendar year of records that support a Social Security or needs-based benefits claim or appeal (since July 1, 2025).",
  MA: "Massachusetts hospitals and clinics may not charge for records needed for a Social Security or needs-based benefits claim.",
  RI: "In Rhode Island there is no charge for records that support a Social Security or needs-based benefits claim.",
  MN: "In Minnesota only a $10 retrieval fee may be charged for records used to appeal a Social Security disability denial.",
  WI: "In Wisconsin, for a Social Security disability (SSDI or SSI) appeal, a provider may charge only what Social Security pays it for the records.",
  PA: "Pennsylvania sets a lower flat fee for records for Social Security and needs-based benefits claims.",
  NV: "Nevada may give one free copy of records that support a Social Security or needs-based benefits claim (from a secondary source; check with the office).",
  NC: "North Carolina may not allow a charge for records needed for some Social Security disability claims (not confirmed; check with the office).",
  FL: "Florida hospitals may not charge for copying or searching when the records are for continuing to receive medical care.",
  SC: "In South Carolina there is no charge for copies sent to another provider for continuing care.",
};

export const urgency = {
  callToday: (neededBy: string) =>
    `Call the records office today: say you need the records by ${neededBy} and ask what they can have ready sooner.`,
  specificItems:
    "Ask for the specific items you need first (for example a CD of the images, the operative report or the latest visit notes) for pickup, rather than the whole chart by mail.",
  treatingDoctorStep:
    "Ask the office of the doctor who is treating you to request the records directly; providers may share records for treatment without your authorization (45 CFR 164.506(c)(2)).",
  tooLate: (neededBy: string, due: string) =>
    `You need the records by ${neededBy}, but the provider may take until ${due}. Do not rely on a letter alone: call the records office today and ask for the specific items you need (for example a CD of the images or the operative report) for pickup.`,
  treatingDoctor:
    "Ask the doctor who is treating you to request the records directly from this provider; providers may share records with each other for treatment without your authorization.",
};

export const otherRoutes = {
  ssa: "For a Social Security disability claim, Social Security (through your state's Disability Determination Services) asks your providers for the records itself, using the authorization you sign, form SSA-827; you do not have to collect them first. Your own copy still lets you check what they will see.",
  va: "For care at a VA facility, write to that facility's Release of Information office (or its privacy officer) with a signed request; VA Form 10-5345a, 'Individual's Request for a Copy of Their Own Health Information', is the VA's own form. My HealtheVet's Blue Button also shows much of the record online. Records from community care doctors the VA paid for are held by those doctors.",
  hospitalsFiveYears:
    "HIPAA itself sets no period for keeping the medical record; Medicare requires hospitals to keep records at least 5 years.",
  /** `retention`: the state's retention rule, from the state data. */
  retention: (state: string, retention: string, from: string | undefined) =>
    `How long records must be kept in ${state}: ${retention} Records from ${from} may be older than that, so ask the records office whether they still have them before you wait on a request.`,
  retentionUnknown: (state: string | undefined, from: string | undefined) =>
    `How long providers must keep records varies by state and by type of provider${state ? `, and we have no ${state} rule` : ""}, so records from ${from} may be gone: ask the records office whether they still have them before you wait on a request.`,
};

/** Why each missing fact would change the advice (missing.ts), by Intake path. */
export const missing = {
  "priorRequest.sentOn":
    "The date you sent the earlier request tells us whether the deadline has passed and the last day to complain.",
  "records.kinds":
    "Portals carry results, visit summaries, medications and shots; the full chart, images and older records need a written request.",
  state:
    "The state sets the deadline (some are shorter than 30 days), the fee rules, and which immunization registry to use.",
  "provider.status":
    "If the practice closed, merged, or the doctor retired or died, we first find who keeps the records now.",
  requester:
    "A parent, guardian, health care agent or executor must show proof of authority; someone without it needs the patient's signature.",
  "patient.isMinor":
    "A parent acts only for a child under 18 who is not emancipated; for a teenager, confidential care and portal limits change what a parent can see, and for an adult child a parent needs their own request, a power of attorney or a guardianship.",
  "provider.portal":
    "With portal access, results, visit summaries, medications and shots can be downloaded in minutes.",
  "insurer.plan":
    "Medicare Advantage, Medicaid, CHIP and marketplace plans must offer a Patient Access API; employer plans and traditional Medicare do not.",
  providerCount:
    "With several providers and a deadline, a retrieval service can be worth it; with one, asking yourself is faster and cheaper.",
  /** `state`: the state's name, when known. */
  "provider.type": (state: string | undefined) =>
    `In ${state ?? "this state"} the deadline depends on the kind of provider (for example, hospital or doctor's office).`,
  purpose: "Disability claims may get free copies, and school or travel forms may need the official registry record.",
  neededBy: "A close deadline with many providers can make a retrieval service worth it.",
  recipient: "A request to send records to someone else must name them and say where to send the copy.",
};
