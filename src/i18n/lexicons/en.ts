// English: the words patients use, mapped to Intake values. Data only: each entry is a value and the
// phrases (regex source over folded text: lower case, no accents) that mean it. Order is priority.
import type { Intake, RecordKind, StateCode } from "../../domain/intake.js";
import { requests } from "./en-requests.js";
import type { Lexicon, Table } from "./lexicon.js";

type Provider = NonNullable<Intake["provider"]>;
type Plan = NonNullable<NonNullable<Intake["insurer"]>["plan"]>;
type Requester = NonNullable<Intake["requester"]>;

const MARKERS =
  "the|my|i|need|records|from|to|and|of|is|was|for|they|it|me|in|have|at|can'?t|don'?t|with|get|want|a|an|by|he|she|his|her|we|you|on|this|that|please|hi|hello|yes";

/** "a", "few" and "couple" are left out: they would turn vague words into counts. */
// biome-ignore format: a data table reads best in rows
const NUMBERS: Record<string, number> = {
  one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};

// biome-ignore format: a data table reads best in rows
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

// biome-ignore format: a data table reads best in rows
const STATE_NAMES: Table<StateCode> = [
  ["DC", "washington,? d\\.? ?c\\.?|district of columbia|d\\.c\\.?|dc"],
  ["WA", "washington state|state of washington"], ["WV", "west virginia"], ["NH", "new hampshire"],
  ["NJ", "new jersey"], ["NM", "new mexico"], ["NY", "new york"], ["NC", "north carolina"],
  ["ND", "north dakota"], ["SC", "south carolina"], ["SD", "south dakota"], ["RI", "rhode island"],
  ["PR", "puerto rico"], ["AL", "alabama"], ["AK", "alaska"], ["AZ", "arizona"], ["AR", "arkansas"],
  ["CA", "california|cali"], ["CO", "colorado"], ["CT", "connecticut"], ["DE", "delaware"],
  ["FL", "florida"], ["GA", "georgia"], ["HI", "hawaii"], ["ID", "idaho"], ["IL", "illinois"],
  ["IN", "indiana"], ["IA", "iowa"], ["KS", "kansas"], ["KY", "kentucky"], ["LA", "louisiana"],
  ["ME", "maine"], ["MD", "maryland"], ["MA", "massachusetts"], ["MI", "michigan"], ["MN", "minnesota"],
  ["MS", "mississippi"], ["MO", "missouri"], ["MT", "montana"], ["NE", "nebraska"], ["NV", "nevada"],
  ["OH", "ohio"], ["OK", "oklahoma"], ["OR", "oregon"], ["PA", "pennsylvania"], ["TN", "tennessee"],
  ["TX", "texas"], ["UT", "utah"], ["VT", "vermont"], ["VA", "virginia"], ["WI", "wisconsin"],
  ["WY", "wyoming"],
];

/** Who is asking, from a role word. */
const ROLES: Table<Requester> = [
  [
    "executor",
    "executor|executrix|administrator of (?:the|his|her|my \\w+'s) estate|estate of|handling (?:the|his|her) estate",
  ],
  ["guardian", "(?:legal )?guardian(?:ship)?|conservator(?:ship)?"],
  [
    "personal_representative",
    "(?:medical |healthcare |health care |durable )?power of attorney|poa|(?:health ?care|medical) proxy|health care agent|personal representative",
  ],
  ["parent", "(?:i'?m|im|i am) (?:his|her|their|the) (?:mom|mother|mum|mama|dad|father|papa|parent)"],
];
/** Family words: a child makes the asker a parent; anyone else is "other" unless a role says more. */
const CHILD =
  "sons?|daughters?|child|children|kids?|baby|boy|girl|teen|teenager|toddler|infant|newborn|stepson|stepdaughter";
const RELATIVE =
  "mom|mother|mum|dad|father|husband|wife|spouse|partner|grandma|grandmother|grandpa|grandfather|brother|sister|aunt|uncle|friend|fiance|boyfriend|girlfriend|parents?|grandson|granddaughter|nephew|niece";
const OTHER = "(?:a|my) relative'?s?|someone else'?s?|another person'?s?";
/**
 * The patient speaking of their own records or care. A family word anywhere wins over these
 * ("my records and my son's" is about the son), so "my records" alone is the patient's.
 */
const SELF =
  "my own (?:medical )?(?:[a-z-]+ )?(?:records|chart|file|x-?rays|results|labs|scans|notes|bills|vaccines|shots|images)|for me|for myself|myself|(?:they|it) ?(?:are|is|'re|'s) mine|theyre mine|i'?m the patient|i am the patient|(?:they are|they're|theyre) my (?:own )?records|my (?:[a-z'-]+ ){0,3}?(?:records?|chart|file|results|labs?|lab work|bloodwork|scans?|x-?rays?|xrays|mri|images|notes|shots|vaccines?|vaccinations|reports?|history|prescriptions?|mammograms?|ultrasounds?|biopsy|papers|paperwork|claims|bills|visits?|surgery|treatment|stay|admission)|(?:\\bi |^)(?:had|got|have had) (?:an? |my |the |some )?(?:mri|surgery|scans?|x-?rays?|baby|biopsy|procedure|operation|ct|blood ?work|labs|tests?|mammogram|ultrasound|physical|[a-z]+(?:scopy|ectomy|otomy|plasty|gram|graphy))|i was (?:seen|treated|admitted|hospitalized|in (?:the|a|an) (?:[a-z]+ ){0,2}?(?:hospital|er|program|accident|rehab|icu))|i'?ve (?:seen|been seeing|been to|been treated)|i'?ve been (?:his|her|their) patient|(?:on|of|in) my (?:back|knee|hip|shoulder|lungs?|heart|head|neck|spine|brain|chest|arm|leg|foot|ankle|wrist|hand|breast|stomach|kidneys?|liver|eyes?|skin|teeth)|(?:from|of) (?:all )?(?:\\d+ of )?my (?:[a-z]+ )?(?:doctors|providers|specialists)";
const MINOR =
  "baby|infant|newborn|toddler|minor|under 18|teen|teenager|preschooler|kindergarten|preschool|pre-k|daycare|day care|elementary school|middle school|high school";
const DEATH = "passed away|passed|died|deceased|dead|late|death";
const DOCTOR =
  "doctors?|docs?|specialists?|practice|dr\\.?(?: [a-z]+)?|physician|pediatrician|dentist|therapist|surgeon|psychiatrist|gp|pcp";

const RECORD_WORDS: Table<RecordKind> = [
  [
    "full_chart",
    "(?:whole|entire|full|complete) (?:medical )?(?:chart|records?|file|history)|(?:my|his|her|their) (?:own )?(?:medical )?chart(?! notes)|all (?:of )?(?:my |his |her |their |the )?(?:medical )?records|everything|whole thing",
  ],
  [
    "psychotherapy_notes",
    "psychotherapy notes?|(?<!physical |speech |occupational )therapy notes?|therapist'?s? notes?|counseling notes?|session notes?",
  ],
  [
    "substance_use",
    "substance (?:abuse|use)(?: treatment)?|(?:drug|alcohol) (?:rehab|treatment|program)|addiction|(?<!physical |cardiac |knee |stroke |for the |to the )rehab(?! (?:place|facility|unit|hospital))|detox|methadone|suboxone",
  ],
  [
    "mental_health",
    "mental health|psychiatric|psychiatrist'?s (?:records|notes|chart|file)|psych (?:ward|records|hospital)|behavioral health|counseling|depression",
  ],
  ["immunizations", "shots?|vaccines?|vaccinations?|immuni[sz]ations?|vax|boosters?|tdap|mmr"],
  [
    "imaging",
    "x-? ?rays?|xrays?|mri'?s?|ct scans?|cat scans?|pet scans?|scans?|imaging|ultrasounds?|sonograms?|mammograms?|images|films|radiology(?: reports?)?",
  ],
  [
    "test_results",
    "labs|lab (?:work|results?|reports?|tests?)|blood ?work|blood tests?|test results|results|pathology(?: reports?)?|biopsy(?: results)?|a1c|urine tests?",
  ],
  [
    "visit_notes",
    "visit notes|doctor'?s notes|office notes|clinic(?:al)? notes|progress notes|chart notes|notes|visit summar(?:y|ies)|discharge (?:summary|papers|paperwork)|operative reports?|op reports?|operation reports?|surgery (?:notes|reports?|records?)|surgical (?:notes|reports?)|physical therapy(?: notes| records)?|pt notes|physical rehab|(?:er|e\\.r\\.|emergency room|emergency department|ed|urgent care) (?:visits?|records?|reports?|notes|papers|paperwork|trips?)|prenatal(?: care| records| visits| notes| appointments)?|(?:labor (?:and|&) )?delivery (?:records|notes)|labor and delivery|birth records|(?:hospital|inpatient) (?:stay|admission)s?|admission records|(?:the|his|her|my|last|annual|yearly|sports|school) physical(?! therap| cop| rehab)|physical exams?|well(?:-| )(?:child|baby) (?:visits?|checks?)|check-?ups?",
  ],
  [
    "medications",
    "med list|medication list|list of (?:my |his |her )?meds|medications?|meds|prescriptions?|prescription history|pharmacy records",
  ],
  ["billing", "bills?|billing(?: records)?|invoices?|itemi[sz]ed (?:bill|statement)s?|statements?|receipts?"],
  [
    "claims",
    "(?<!disability |injury |comp |accident )claims(?: history)?|claim history|eobs?|explanation of benefits|(?:a )?list of (?:all |every )?(?:the |my )?(?:doctors?|providers?|visits)(?: (?:i'?ve|i have) (?:seen|been to|visited))?",
  ],
  ["dental", "dental(?: records| x-?rays?| chart)?|teeth|dentist'?s records|orthodont\\w*"],
];

const PROVIDER_TYPES: Table<NonNullable<Provider["type"]>> = [
  [
    "imaging_center",
    "imaging cent(?:er|re)|radiology (?:cent(?:er|re)|office|practice|group)|mri (?:center|place)|x-?ray place",
  ],
  ["lab", "the lab|a lab|lab company|labcorp|quest(?: diagnostics)?|testing lab"],
  [
    "behavioral_health",
    "therapist|psychiatrist|psychologist|counselou?r|mental health (?:clinic|cent(?:er|re)|provider)|rehab (?:center|facility)|treatment center",
  ],
  ["dental", "dentist|dental (?:office|clinic|practice)|orthodontist|oral surgeon"],
  ["pharmacy", "pharmacy|pharmacist|cvs|walgreens|rite aid|drugstore"],
  [
    "specialist",
    "specialists?|ortho|cardiologist|dermatologist|orthopedi\\w+|orthopedist|oncologist|neurologist|surgeon|gastroenterologist|endocrinologist|rheumatologist|urologist|allergist|ophthalmologist|eye doctor|ob-?gyn|gynecologist|pulmonologist|podiatrist|chiropractor",
  ],
  [
    "physician_practice",
    "family doctor|primary care(?: doctor| physician| provider)?|pcp|pediatrician|doctor'?s office|dr\\.? [a-z]+'?s office|private practice|family practice|family medicine|internist",
  ],
  ["clinic", "clinics?|urgent care|health cent(?:er|re)|community health|walk-in|planned parenthood"],
  ["hospital", "hospitals?|emergency room|er|emergency department|medical cent(?:er|re)|hospitali[sz]ed|icu|nicu"],
];

/** Generic doctor words, read last: "my doctor at the hospital" is about the hospital. */
const MY_DOCTOR = "(?:my|his|her|their|our) (?:old |former |regular |primary |usual )?(?:doctor|doc)|dr\\.? [a-z]+";

/** The kind of provider its name says; order is priority ("Pediatric Specialists" is a specialist). */
const NAME_TYPES: Table<NonNullable<Provider["type"]>> = [
  ["imaging_center", "imaging|radiology|mri"],
  ["lab", "diagnostics|laborator(?:y|ies)|labs?|lab ?corp|quest"],
  ["behavioral_health", "behavioral|mental health|treatment cent(?:er|re)|psychiatric|counseling|recovery"],
  ["dental", "dental|dentistry|orthodontics|dds|dmd"],
  ["pharmacy", "pharmacy|cvs|walgreens|rite aid|drugs?"],
  [
    "specialist",
    "orthopa?edics?|cardiology|dermatology|oncology|neurology|urology|ophthalmology|eye (?:cent(?:er|re)|institute|associates)|cancer (?:cent(?:er|re)|institute)|surgery cent(?:er|re)|surgical|specialists",
  ],
  ["hospital", "hospitals?|medical cent(?:er|re)|health system|children'?s"],
  [
    "physician_practice",
    "family medicine|family practice|internal medicine|pediatrics|pediatric|primary care|medical group|physicians|associates",
  ],
  ["clinic", "clinics?|urgent care|health cent(?:er|re)|community health|planned parenthood"],
];

/** Where the records go, not where they are: "my new surgeon", "a second opinion at MD Anderson". */
const DESTINATIONS =
  "(?:my|a|the|his|her|their|our) (?:new|next) (?:[a-z]+ )?(?:doctors?|docs?|surgeons?|specialists?|dentists?|providers?|pcp|gp|[a-z]+(?:ists?|ians?))|second opinion (?:at|with|from)|switching to|transferring (?:my care |his care |her care )?to|referred (?:me |him |her )?to";

const PROVIDER_STATUS: Table<NonNullable<Provider["status"]>> = [
  [
    "merged",
    "(?:got |was |been )?bought (?:out )?by|was bought|got bought|merged|acquired|taken over|now part of|sold (?:the practice|to)|joined (?:a|the) (?:bigger |larger )?(?:group|system)",
  ],
  ["retired", "retired|retiring"],
  // Before "closed": a bankrupt practice's records sit with a trustee (11 U.S.C. §351).
  ["bankrupt", "(?:went|is|was|are|filed(?: for)?) bankrupt(?:cy)?|in bankruptcy|bankruptcy"],
  [
    "closed",
    "closed(?: down)?|shut down|shutdown|out of business|went under|no longer (?:open|exists|around|in business)|doesn'?t exist anymore|not (?:open|around) anymore",
  ],
  [
    "open",
    // The subject stays outside the match: who is open is read from the words before it.
    "still (?:open|there|around|in business|operating|running|going)|(?<=(?:it'?s|its|they'?re|it is|they are) )open",
  ],
];

const PORTAL: Table<NonNullable<Provider["portal"]>> = [
  [
    "unknown",
    "(?:not sure|don'?t know|no idea) (?:if|whether) (?:they|there'?s|there is) (?:have )?(?:an? )?(?:online |patient )?portal",
  ],
  [
    "none",
    "(?:they )?(?:don'?t|do not|doesn'?t|does not) have (?:a |an |any )?(?:patient |online )?portal|(?:there'?s no|there is no|no) (?:patient |online )?portal|they don'?t have one|(?:it |they )?doesn'?t have one|no online access",
  ],
  [
    "no_access",
    "can'?t log ?in|cannot log ?in|can'?t (?:get|sign) in(?:to)?|locked out|forgot (?:my )?password|never (?:set up|signed up for|made) (?:an? )?(?:account|login|it)|(?:don'?t|do not) hav(?:e)? (?:a |an )?(?:login|account|password)|portal (?:doesn'?t|does not|won'?t) work|can'?t access (?:the |my )?portal|lost access",
  ],
  [
    "active",
    "(?:i|we) (?:have|use) (?:the |their |a |my )?(?:[a-z]+ )?(?:patient portal|portal|mychart|my chart|app)|i can log ?in|logged? into (?:the |my )?(?:portal|mychart)|on mychart|(?:the|their|my) (?:patient )?(?:portal|app|mychart) (?:only )?(?:shows|has|had|showed|lists)",
  ],
];

const PLANS: Table<Plan> = [
  ["unknown", "(?:not sure|don'?t know|no idea) (?:what|which) (?:insurance|plan|kind)"],
  [
    "none",
    "no insurance|uninsured|(?:don'?t|do not) have (?:any )?(?:health )?insurance|not insured|self-?pay|no coverage",
  ],
  ["medicare_advantage", "medicare advantage|medicare part c|advantage plan"],
  ["medicaid", "medicaid|medi-cal|masshealth|tenncare|soonercare|badgercare"],
  ["chip", "chip|children'?s health insurance program"],
  ["medicare", "medicare"],
  [
    "marketplace",
    "marketplace|obama ?care|aca plan|healthcare\\.gov|covered california|the exchange|exchange plan|affordable care act",
  ],
  [
    "employer",
    "through (?:my |his |her |our )?(?:work|job|employer|company|union)|(?:employer|work|job)(?:-sponsored)? (?:plan|insurance|coverage)|insurance (?:from|through) (?:my |his |her )?(?:job|work)|(?:on|have|has|had|through|via|under) cobra|cobra (?:plan|insurance|coverage|continuation)|group plan",
  ],
  [
    "va",
    "the va|(?:have|has|through|use) va|va (?:benefits|health ?care|health|hospital|clinic|medical center|coverage|insurance)|veterans'? (?:affairs|administration|benefits|health)",
  ],
  ["tricare", "tricare|military insurance"],
];

export const en: Lexicon = {
  markers: MARKERS,
  numbers: NUMBERS,
  months: MONTHS,
  dayFirst: false,
  stateNames: STATE_NAMES,
  roles: ROLES,
  child: CHILD,
  relative: RELATIVE,
  other: OTHER,
  self: SELF,
  minor: MINOR,
  death: DEATH,
  doctor: DOCTOR,
  recordWords: RECORD_WORDS,
  providerTypes: PROVIDER_TYPES,
  myDoctor: MY_DOCTOR,
  nameTypes: NAME_TYPES,
  destinations: DESTINATIONS,
  providerStatus: PROVIDER_STATUS,
  portal: PORTAL,
  plans: PLANS,
  providerNouns:
    "hospital|medical cent(?:er|re)|medical group|health(?: system| center| centre)?|clinic|pediatrics|family medicine|family practice|urgent care|imaging|radiology|orthopedics|dental|dentistry|cardiology|dermatology|oncology|associates|physicians|healthcare",
  ...requests,
};
