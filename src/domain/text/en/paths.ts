// The five paths in English: each path's title, the reasons its factors give, its steps, timeline and
// cost, and how to find who keeps a closed practice's records.
import { common, type ProviderType } from "./common.js";

export const provider = {
  title: "Ask the records office in writing (HIPAA right of access)",
  rightOfAccess:
    "You have a legal right to a copy of your medical and billing records (the whole designated record set), on paper or electronically.",
  recordsOfficeHolds:
    "The records office (Health Information Management) holds the full chart, older records, images and billing records that portals leave out.",
  practiceGone:
    "The practice is no longer open, so first find who keeps its records now (the custodian), then send this request to them.",
  merged:
    "When practices merge, the practice that took over (the successor) usually holds the old records: send the request to its records office.",
  claimsFromPlan: "Claims records come from your health plan, not from the provider.",
  directive:
    "You can direct the provider, in a signed letter, to send an electronic copy of records it keeps electronically straight to a person you name.",
  legalCase:
    "For a legal or disability case, ask for the complete record for the dates that matter; the provider must answer by the legal deadline.",
  findCustodianFirst: "First find the records custodian (see the state path), then send this request to them.",
  callSuccessor: "Call the practice that took over and ask its records office for the old practice's records.",
  contact: {
    phone: (v: string) => `phone ${v}`,
    email: (v: string) => `email ${v}`,
    fax: (v: string) => `fax ${v}`,
    mail: (v: string) => `mail ${v}`,
  },
  contactClinic: (clinic: string, how: string[]) =>
    `Contact ${clinic}'s records office${how.length > 0 ? `: ${how.join(", ")}` : ""}. Ask what the fee will be.`,
  callOffice:
    "Call the provider's records office (often called Health Information Management or Release of Information) and ask where to send a records request, whether they take email or fax, and what the fee will be.",
  clinicForm: (url: string) => `You may use their request form at ${url}, or the letter we draft; either one works.`,
  ownForm: "If they want their own form, fill it in; a signed letter with the same facts is also a valid request.",
  whatToAsk:
    "Ask for the complete record, or list what you need (visit notes, test results, imaging reports and the images themselves on a CD or by link, billing records) with the dates.",
  howToGet:
    "Say how you want it: electronic (PDF by secure email or download link) or paper. If they keep it electronically and you ask for electronic, they must give you an electronic copy.",
  sendProvably:
    "Send it in a way you can prove (fax confirmation, email, or certified mail), keep a copy, and write down the date you sent it.",
  attachProof: "Attach proof that you can act for the patient (see the notes).",
  followUpAfter: (days: string) => `If you have not heard back within ${days}, send a follow-up letter.`,
  /** `days`, `extendedTo`: day counts already in words; `scope`: the state rule that sets them. */
  timeline: (p: {
    days: string;
    scope?: { state: string; covers: string };
    extendedTo?: string;
    clinic?: { name: string; days: number };
  }) =>
    `Up to ${p.days} after they get your request${p.scope ? ` (${p.scope.state} rule for ${p.scope.covers})` : ""}.` +
    (p.extendedTo ? ` With a written notice of the reason, it may take up to ${p.extendedTo} in all.` : "") +
    (p.clinic ? ` ${p.clinic.name} says it usually takes about ${p.clinic.days} days.` : ""),
  costThirdParty:
    "When records go straight to someone else, HIPAA's fee limit does not apply and state fee schedules do. To keep it cheap, get the copy yourself for a cost-based fee and forward it.",
  costBased: "A cost-based fee only: copying labor, supplies and postage. No search or retrieval fees.",
  flatFee:
    "For electronic copies of electronic records, many providers charge a flat fee of no more than $6.50 (HHS guidance).",
  feeUpFront: "They must tell you the fee up front and cannot hold records back over an unpaid medical bill.",
  clinicFees: (clinic: string, fees: string) => `${clinic} lists its fees as: ${fees}.`,
  disabilityFree: "Ask whether your state gives free copies for a disability claim (see the notes).",
};

export const portal = {
  title: "Download it from the patient portal",
  noPortal: "This provider has no patient portal, so this path is not open to you.",
  practiceClosed: "When a practice closes, its portal is usually shut down too.",
  active: "You already have portal access, so this is the fastest way: usually minutes.",
  noAccess: "You can usually set up a portal account in a day, with a sign-up code from the front desk.",
  friendly:
    "Portals usually show test results, visit summaries, medication lists and immunizations, which is what you asked for.",
  notWhole:
    "A portal is not your whole record: it usually leaves out images, older or scanned records, detailed billing and psychotherapy notes.",
  older:
    "Portals often show only the years since the provider's current computer system started, so older records may be missing.",
  legalCase: "A legal or disability case usually needs the complete record, which the portal does not hold.",
  deceased: "A patient's portal account usually ends when they die; the executor asks the records office instead.",
  teenProxy:
    "Many portals limit a parent's proxy access once a child turns 12 or 13, so some results may be hidden from you.",
  teenConfidential:
    "Portals often leave out a teen's confidential care, and a parent may have access to the account, so a written request is the surer way.",
  quickest:
    "If you have portal access, this is the quickest way to get results, visit summaries, medications and immunizations.",
  signInClinic: (clinic: string, url: string) => `Sign in to ${clinic}'s patient portal at ${url}.`,
  signIn: "Sign in to the provider's patient portal. The link is usually on their website or on your visit paperwork.",
  noAccount:
    "No account yet? Call the front desk and ask for a portal sign-up code, or sign up on the website with your date of birth and email.",
  whereToLook:
    "Look under Test Results, Visits (visit summaries), Medications and Immunizations. Many portals also show visit notes.",
  download: "Use the Download or Share button (sometimes called 'Download my record') to save a PDF or a summary file.",
  apps: "Want it on your phone? Apps such as Apple Health can connect with your portal sign-in. Once data is in an app, HIPAA usually no longer protects it, so read the app's privacy policy.",
  missing: "If something you need is not there, ask the records office for it in writing (the provider path).",
  timeline: "Minutes once you can sign in; setting up a new account can take up to a day.",
  cost: "Free. Viewing and downloading your records through the portal costs nothing.",
};

export const insurer = {
  title: "Get your claims history from your health plan",
  noPlan: "You told us you have no health plan, so there is no claims history to ask for.",
  claims: "Your health plan must give you your claims and payment records: they are part of its designated record set.",
  rebuildList:
    "Your claims history lists every provider who billed your plan, with the dates of service, so it rebuilds the list you cannot remember.",
  practiceGone:
    "Claims can confirm the dates and diagnoses from a practice that closed while you look for its records.",
  api: "Medicare Advantage, Medicaid, CHIP and federal marketplace plans must offer a Patient Access API: an app you choose can pull your claims, and clinical data the plan holds, back to 2016.",
  employer:
    "Employer plans do not have to offer the Patient Access API, but they must still give you your claims records when you ask.",
  medicare:
    "Traditional Medicare is not covered by the Patient Access API rule, but Medicare.gov shows your claims and Blue Button 2.0 apps can pull your Part A, B and D claims.",
  notChart: "A plan holds claims and some results, not your full chart, notes or images.",
  fallback: "Your plan's claims history shows which providers you saw and when, but not the chart itself.",
  yourPlan: "your health plan",
  signIn: (plan: string) =>
    `Sign in to ${plan}'s member website or app and download your claims history (also called Explanations of Benefits, or EOBs).`,
  connectApp:
    "To get the data into an app, look on the plan's website for 'Patient Access API' or 'Connect an app' and pick an app you trust.",
  medicareGov: "On Medicare.gov, sign in and view your claims; a Blue Button 2.0 app can download them.",
  callMemberServices:
    "Or call the member services number on your card and ask for your claims history for the dates you need, in writing.",
  thenProviders: "Use the list of providers and dates to ask each provider for the chart itself.",
  timeline:
    "Claims in the member website: right away. Patient Access API apps: new claims appear within one business day after the plan processes them. A written request: up to 30 days.",
  cost: "Free on the member website or through an app. A written copy can carry only a cost-based fee.",
};

export const retrieval = {
  title: "Use a records retrieval service",
  leads:
    "With records at several providers and a deadline or a case to support, a service that chases every office for you can save weeks of calls.",
  manyProviders: (count: number | undefined) =>
    `Records from ${count} providers mean ${count} separate requests to send and follow up.`,
  legalCase: "Lawyers and disability claims often use a records service; sometimes the attorney's office pays for it.",
  authorization:
    "A service needs your signed HIPAA authorization. Under an authorization the provider may send records but does not have to, and state fee schedules apply instead of HIPAA's patient fee limit.",
  cheaper: "Doing it yourself is cheaper: ask each provider for your own copy, then share it.",
  privacy:
    "Pick a service and read its privacy policy: services you choose are usually not covered by HIPAA, and some share or sell de-identified data.",
  signAuthorization:
    "Sign its HIPAA authorization. Check that it names each provider, which records and dates, who receives them, the purpose, an end date, and your right to cancel in writing.",
  part2:
    "For substance-use treatment records, the authorization must also meet 42 CFR Part 2 (use the program's consent form).",
  giveList: "Give it your list of providers; your health plan's claims history helps you make it.",
  askFollowUp: "Ask how often it follows up, when it stops trying, and how you will get the records.",
  doItYourself:
    "Cheaper: ask each provider yourself (the provider path). Free tools such as Fasten Health (open source) can also gather records from many portals with your sign-ins.",
  timeline: "Usually several weeks; each provider still has up to its legal deadline to answer.",
  cost: "Prices vary. Some services are free because research partners pay (for example Citizen Health, for some rare diseases); others charge per provider, or a law firm pays. HIPAA's patient fee limit does not apply to copies sent to a service.",
};

export const statePath = {
  titleTrustee: "Find who keeps the records: the bankruptcy trustee",
  titleCustodian: "Find who keeps the records through the state",
  titleRegistry: "Ask the state immunization registry",
  titleGeneric: "Get help from the state",
  /** `registry`: the state's registry and the state's name, when known. */
  registry: (registry?: { name: string; state: string }) =>
    `The state immunization registry (IIS) collects shots given by many providers.${registry ? ` In ${registry.state} it is ${registry.name}.` : ""} The CDC does not keep personal shot records.`,
  forms: "School, camp and travel forms usually accept the official printout from the state registry.",
  alsoRegistry: (registry: string) => `For the shot records, the state registry is another source. ${registry}`,
  doctorDied:
    "When a doctor dies, the estate's executor often becomes the keeper of the records, unless a group practice or a records company took them over.",
  fallback:
    "The state helps mainly with shot records, finding the records of a closed practice, and birth or death certificates (which are not medical records).",
  timelineCustodian:
    "Finding the custodian can take a few days of calls. After that, the custodian has the usual legal deadline to send the records.",
  timelineRegistry: "Often the same day online; about 1 to 2 weeks with a mailed or faxed form.",
  costCustodian: "Calls to the board are free. The custodian can charge only a cost-based fee for your own copy.",
  costRegistry: "Your own registry record is usually free; some states charge a small fee.",
  contactRegistry: (name: string, url?: string) =>
    `Contact ${name}${url ? ` (${url})` : ""}. Use the registry of the state where your last shots were given.`,
  /** `how`: the registry's own instructions, from the state data. */
  howToAsk: (state: string | undefined, how: string) => `How to ask in ${state}: ${how}.`,
  findRegistry:
    "Find your state's registry on the CDC page 'Find Your Child's Immunization Record through Your State's IIS'. Use the state where your last shots were given.",
  haveReady:
    "Have ready the patient's full name, date of birth, sex and mother's maiden name: registries match records on these.",
  askDoctor: "Or ask your doctor's office to print your registry record for you.",
  checkPrintout:
    "Check that the printout has every shot the school, camp or travel clinic asks for; if one is missing, ask the clinic that gave it.",
  genericShots: "For shot records, contact your state's immunization registry.",
  genericClosed: "For a closed practice, ask the state medical board who keeps the records.",
  vitalRecords: (url: string, checked: boolean) =>
    `Birth and death certificates come from the vital records office: ${url}${checked ? "" : " (check this link)"}.`,
};

export const closedPractice = {
  /** Closed-practice rules whose scope the statute spells out. */
  scope: { CO: "physicians and physician assistants" },
  ruleScoped: (state: string, covers: string, type: ProviderType | undefined, board: string) =>
    `${state}'s closed-practice rule covers ${covers} only, so it does not cover a ${common.providerWord(type)}. Ask ${board} who holds the records.`,
  ruleForPhysicians: (state: string, type: ProviderType | undefined, board: string) =>
    `${state}'s closed-practice rule in our sources is written for physicians' practices, so it may not cover a ${common.providerWord(type)}. Ask ${board} who holds the records.`,
  /** `rule`: the state's closed-practice rule, from the state data. */
  rule: (state: string, rule: string) => `${state}: ${rule}`,
  ruleCite: (state: string, code: string) => `${state} closed-practice rule (sources: GET /api/states/${code})`,
  unconfirmed: (text: string) => `${text} (not confirmed; please check)`,
  askBoard: (board: string, type: ProviderType | undefined) => {
    const word = common.providerWord(type);
    return `${board.charAt(0).toUpperCase()}${board.slice(1)} can often tell you who keeps the records of a ${word === "provider" ? "practice" : word} that closed or a provider who retired or died.`;
  },
  bankruptcy:
    "When a health care business is in bankruptcy, the court usually appoints a patient care ombudsman to look after patients' interests (11 U.S.C. §333), and the trustee may destroy patient records only after publishing a notice and writing to patients, who then have a year to claim them (11 U.S.C. §351).",
  probate: "If the doctor died, ask the county probate court who the executor is; the estate may hold the records.",
  thenRequest:
    "Once you find the custodian, send them a written records request; the same rights and deadlines generally apply.",
  meanwhileClaims: "Meanwhile, your health plan's claims history can confirm dates and diagnoses.",
  pacer:
    "Find the bankruptcy case: search PACER (pacer.uscourts.gov) for the practice's name, or call the clerk of the bankruptcy court where it is based, and get the trustee's name and address.",
  writeTrustee: (sayWhich: boolean) =>
    `Write to the trustee (or, in a chapter 11 case, the practice itself as debtor in possession) asking for your records${sayWhich ? " (say which ones)" : ""}.`,
  ombudsman:
    "If the court appointed a patient care ombudsman, contact them too: their job is to protect patients' interests in the case (11 U.S.C. §333).",
  actSoon: "Act soon: records nobody claims within a year of the trustee's notice may be destroyed (11 U.S.C. §351).",
  dental: (board: string) => [
    `Ask ${board} who holds the records; look the dentist up in its license search.`,
    "Ask the state or local dental society, and look for a dental practice that took over the patients.",
    "Check for closing notices in local newspapers or on the old website.",
  ],
  hospital: (board: string) => [
    `Ask ${board} who holds the closed hospital's records; in some states it keeps them itself or names a custodian.`,
    "Ask any hospital or health system that took over its services, and look for the closure notice (newspapers, the old website).",
  ],
  labOrImaging: (board: string) => [
    "Ask the doctor who ordered the test: the ordering doctor usually has a copy of the report.",
    `Ask ${board} who holds the records.`,
  ],
  pharmacy: (board: string) => [
    "A closing pharmacy usually hands its prescription files to another pharmacy nearby: ask the pharmacies around it.",
    `Ask ${board} where the records went.`,
  ],
  behavioral: (board: string) => [
    `Ask ${board} who holds the records; for a treatment program, ask the state health or behavioral health department.`,
    "Look for a practice or program that took over the clients.",
  ],
  /** `state`: the state's name, when known. */
  physician: (state: string | undefined) => [
    `Search ${state ? `the ${state} medical board` : "your state's medical board"}'s license lookup for the doctor's name, or call the board, and ask who holds the records (the custodian).`,
    "Ask the hospital where the doctor worked, and the county medical society.",
    "Look for a practice that took over the patients, and for closing notices in local newspapers or on the old website.",
  ],
};
