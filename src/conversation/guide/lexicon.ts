// English words patients use, mapped to Intake values. Data only: each entry is a value and the
// phrases (regex source over folded text: lower case, no accents) that mean it. Order is priority.

import type { Intake, RecordKind, StateCode } from "../../domain/intake.js";
import type { Intent } from "./extract.js";
import type { Table } from "./text.js";

type Provider = NonNullable<Intake["provider"]>;
type Plan = NonNullable<NonNullable<Intake["insurer"]>["plan"]>;
type Outcome = NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>;
type Req = NonNullable<Intake["requester"]>;

export const STATE_NAMES: Table<StateCode> = [
  ["DC", "washington,? d\\.? ?c\\.?|district of columbia|d\\.c\\.?|dc"],
  ["WA", "washington state|state of washington"],
  ["WV", "west virginia"],
  ["NH", "new hampshire"],
  ["NJ", "new jersey"],
  ["NM", "new mexico"],
  ["NY", "new york"],
  ["NC", "north carolina"],
  ["ND", "north dakota"],
  ["SC", "south carolina"],
  ["SD", "south dakota"],
  ["RI", "rhode island"],
  ["PR", "puerto rico"],
  ["AL", "alabama"],
  ["AK", "alaska"],
  ["AZ", "arizona"],
  ["AR", "arkansas"],
  ["CA", "california|cali"],
  ["CO", "colorado"],
  ["CT", "connecticut"],
  ["DE", "delaware"],
  ["FL", "florida"],
  ["GA", "georgia"],
  ["HI", "hawaii"],
  ["ID", "idaho"],
  ["IL", "illinois"],
  ["IN", "indiana"],
  ["IA", "iowa"],
  ["KS", "kansas"],
  ["KY", "kentucky"],
  ["LA", "louisiana"],
  ["ME", "maine"],
  ["MD", "maryland"],
  ["MA", "massachusetts"],
  ["MI", "michigan"],
  ["MN", "minnesota"],
  ["MS", "mississippi"],
  ["MO", "missouri"],
  ["MT", "montana"],
  ["NE", "nebraska"],
  ["NV", "nevada"],
  ["OH", "ohio"],
  ["OK", "oklahoma"],
  ["OR", "oregon"],
  ["PA", "pennsylvania"],
  ["TN", "tennessee"],
  ["TX", "texas"],
  ["UT", "utah"],
  ["VT", "vermont"],
  ["VA", "virginia"],
  ["WI", "wisconsin"],
  ["WY", "wyoming"],
];

/** Cities whose state is certain; "ambiguous" ones are consumed so "Kansas City" never reads as Kansas. */
export const CITIES: Table<StateCode | "ambiguous"> = [
  ["ambiguous", "kansas city|portland|springfield|columbus|richmond|jackson|arlington|aurora|rochester|glendale"],
  ["NY", "new york city|nyc|manhattan|brooklyn|the bronx|bronx|queens|staten island|buffalo|albany"],
  ["WA", "seattle|spokane|tacoma"],
  ["OK", "oklahoma city|tulsa"],
  ["IA", "iowa city|des moines"],
  ["NJ", "jersey city|newark"],
  ["VA", "virginia beach|norfolk"],
  ["NV", "carson city|las vegas|vegas|reno"],
  ["UT", "salt lake city|salt lake"],
  ["CA", "los angeles|l\\.a\\.|san francisco|san diego|san jose|sacramento|oakland|fresno"],
  ["TX", "houston|dallas|austin|san antonio|el paso|fort worth"],
  ["IL", "chicago"],
  ["AZ", "phoenix|tucson"],
  ["PA", "philadelphia|philly|pittsburgh"],
  ["MA", "boston"],
  ["FL", "miami|orlando|tampa|jacksonville"],
  ["GA", "atlanta"],
  ["CO", "denver"],
  ["MI", "detroit"],
  ["MN", "minneapolis|st\\.? paul"],
  ["MD", "baltimore"],
  ["LA", "new orleans"],
  ["TN", "nashville|memphis"],
  ["OH", "cleveland|cincinnati"],
  ["HI", "honolulu"],
  ["NM", "albuquerque"],
  ["WI", "milwaukee"],
  ["KY", "louisville"],
  ["IN", "indianapolis"],
  ["NC", "charlotte|raleigh"],
  ["MO", "st\\.? louis|saint louis"],
  ["NE", "omaha"],
  ["AK", "anchorage"],
  ["ID", "boise"],
];

/** Who is asking, from a role word. */
export const ROLES: Table<Req> = [
  [
    "executor",
    "executor|executrix|administrator of (?:the|his|her|my \\w+'s) estate|estate of|handling (?:the|his|her) estate",
  ],
  ["guardian", "(?:legal )?guardian(?:ship)?|conservator(?:ship)?"],
  [
    "personal_representative",
    "(?:medical |healthcare |health care |durable )?power of attorney|poa|(?:health ?care|medical) proxy|health care agent|personal representative",
  ],
];
/** Family words: a child makes the asker a parent; anyone else is "other" unless a role says more. */
export const CHILD =
  "sons?|daughters?|child|children|kids?|baby|boy|girl|teen|teenager|toddler|infant|newborn|stepson|stepdaughter";
export const RELATIVE =
  "mom|mother|mum|dad|father|husband|wife|spouse|partner|grandma|grandmother|grandpa|grandfather|brother|sister|aunt|uncle|friend|fiance|boyfriend|girlfriend|parents?|grandson|granddaughter|nephew|niece";
export const OTHER = "(?:a|my) relative'?s?|someone else'?s?|another person'?s?";
export const SELF =
  "my own (?:medical )?(?:records|chart|file)|for me|for myself|myself|(?:they|it) (?:are|is|'re|'s) mine|i'?m the patient|i am the patient|(?:they are|they're) my (?:own )?records";
export const MINOR = "baby|infant|newborn|toddler|minor|under 18|teen|teenager|preschooler";
export const DEATH = "passed away|passed|died|deceased|dead|late|death";
export const DOCTOR =
  "doctors?|docs?|specialists?|practice|dr\\.?(?: [a-z]+)?|physician|pediatrician|dentist|therapist|surgeon|psychiatrist|gp|pcp";

export const RECORD_WORDS: Table<RecordKind> = [
  [
    "full_chart",
    "(?:whole|entire|full|complete) (?:medical )?(?:chart|records?|file|history)|all (?:of )?(?:my |his |her |their |the )?(?:medical )?records|everything|whole thing",
  ],
  [
    "psychotherapy_notes",
    "psychotherapy notes?|(?<!physical |speech |occupational )therapy notes?|therapist'?s? notes?|counseling notes?|session notes?",
  ],
  [
    "substance_use",
    "substance (?:abuse|use)(?: treatment)?|(?:drug|alcohol) (?:rehab|treatment|program)|addiction|(?<!physical |cardiac |knee |stroke )rehab|detox|methadone|suboxone",
  ],
  [
    "mental_health",
    "mental health|psychiatric|psychiatrist'?s?|psych (?:ward|records|hospital)|behavioral health|counseling|depression",
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
    "visit notes|doctor'?s notes|office notes|clinic(?:al)? notes|progress notes|chart notes|notes|visit summar(?:y|ies)|discharge (?:summary|papers|paperwork)|operative reports?|surgery (?:notes|reports?)|physical therapy(?: notes| records)?|pt notes|physical rehab",
  ],
  [
    "medications",
    "med list|medication list|list of (?:my |his |her )?meds|medications?|meds|prescriptions?|prescription history|pharmacy records",
  ],
  ["billing", "bills?|billing(?: records)?|invoices?|itemi[sz]ed (?:bill|statement)s?|statements?|receipts?"],
  ["claims", "(?<!disability |injury |comp |accident )claims(?: history)?|claim history|eobs?|explanation of benefits"],
  ["dental", "dental(?: records| x-?rays?| chart)?|teeth|dentist'?s records|orthodont\\w*"],
];

export const PROVIDER_TYPES: Table<NonNullable<Provider["type"]>> = [
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
  // Generic doctor words come last: "my doctor at the hospital" is about the hospital.
  [
    "physician_practice",
    "(?:my|his|her|their|our) (?:old |former |regular |primary |usual )?(?:doctor|doc)|dr\\.? [a-z]+",
  ],
];

export const PROVIDER_STATUS: Table<NonNullable<Provider["status"]>> = [
  [
    "merged",
    "(?:got |was |been )?bought (?:out )?by|was bought|got bought|merged|acquired|taken over|now part of|sold (?:the practice|to)|joined (?:a|the) (?:bigger |larger )?(?:group|system)",
  ],
  ["retired", "retired|retiring"],
  [
    "closed",
    "closed(?: down)?|shut down|shutdown|out of business|went under|no longer (?:open|exists|around|in business)|doesn'?t exist anymore|not (?:open|around) anymore|went bankrupt",
  ],
  ["open", "still open"],
];

export const PORTAL: Table<NonNullable<Provider["portal"]>> = [
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
    "can'?t log ?in|cannot log ?in|can'?t (?:get|sign) in(?:to)?|locked out|forgot (?:my )?password|never (?:set up|signed up for|made) (?:an? )?(?:account|login|it)|(?:don'?t|do not) have (?:a |an )?(?:login|account|password)|portal (?:doesn'?t|does not|won'?t) work|can'?t access (?:the |my )?portal|lost access",
  ],
  [
    "active",
    "(?:i|we) (?:have|use) (?:the |their |a |my )?(?:patient portal|portal|mychart|my chart)|i can log ?in|logged? into (?:the |my )?(?:portal|mychart)|on mychart",
  ],
];

export const PLANS: Table<Plan> = [
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
    "through (?:my |his |her |our )?(?:work|job|employer|company|union)|(?:employer|work|job)(?:-sponsored)? (?:plan|insurance|coverage)|insurance (?:from|through) (?:my |his |her )?(?:job|work)|cobra|group plan",
  ],
  [
    "va",
    "the va|(?:have|has|through|use) va|va (?:benefits|health ?care|health|hospital|clinic|medical center|coverage|insurance)|veterans'? (?:affairs|administration|benefits|health)",
  ],
  ["tricare", "tricare|military insurance"],
];
export const INSURERS: Table<string> = [
  ["Blue Cross Blue Shield", "blue cross(?: blue shield)?|bcbs"],
  ["Aetna", "aetna"],
  ["Cigna", "cigna"],
  ["Humana", "humana"],
  ["UnitedHealthcare", "united ?health ?care|uhc"],
  ["Anthem", "anthem"],
  ["Molina", "molina"],
  ["Ambetter", "ambetter"],
  ["Oscar", "oscar health|oscar"],
  ["WellCare", "wellcare"],
];

export const PURPOSES: Table<NonNullable<Intake["purpose"]>> = [
  ["second_opinion", "second opinion"],
  [
    "legal",
    "lawsuit|lawyer|(?<!power of )attorney|legal (?:case|reasons?|matter)|court|suing|malpractice|custody|personal injury",
  ],
  ["disability", "disability|ssdi|ssi|social security|workers'? comp(?:ensation)?|fmla"],
  ["school", "school|camp|daycare|day care|college|kindergarten|preschool|sports physical|enrollment"],
  ["travel", "travel(?:ing|ling)?|trip|abroad|visa|cruise"],
  ["insurance", "life insurance|insurance application|for (?:my |the )?insurance company"],
  [
    "continuing_care",
    "new [a-z]+(?:ist|ian)|new (?:doctor|doc|primary care|pcp|specialist|provider|dentist|pediatrician|gp)|switching (?:doctors|providers)|changing doctors|transfer(?:ring)? (?:my |his |her )?care|establish care",
  ],
  [
    "personal",
    "for my (?:own )?(?:files|reference)|personal (?:use|records|reasons)|keep (?:a copy|them) for (?:my|our) records|just (?:want|wanted) (?:a copy|to have them)",
  ],
];

export const FORMATS: Table<NonNullable<Intake["format"]>> = [
  [
    "paper",
    "paper(?: copies| copy)?|printed(?: copies| out)?|print(?:ed)? copies|hard ?cop(?:y|ies)|photocop(?:y|ies)",
  ],
  [
    "electronic",
    "electronic(?:ally)?(?: copies| copy)?|digital(?:ly)?(?: copies| copy)?|pdfs?|(?:on )?an? (?:cd|disc|usb|flash drive|thumb drive)|e-?cop(?:y|ies)|soft cop(?:y|ies)",
  ],
];

/** Delivery; "third_party" needs a recipient noun so "send them to my house" stays "mail". */
export const DELIVERY: Table<NonNullable<Intake["delivery"]>> = [
  [
    "third_party",
    "(?:send|sent|forward|fax|transfer|mail|email) (?:them|it|the records|my records|everything|copies|a copy)? ?(?:directly |straight )?(?:over )?to (?:my |the |his |her )?(?:new |other )?(?:doctor|doc|dr\\.?(?= )|specialist|surgeon|lawyer|attorney|dentist|clinic|school|insurance company|pediatrician|oncologist|cardiologist)|have them sent (?:directly |straight )?to (?:my |dr\\.?)",
  ],
  [
    "email",
    "e-?mail (?:them|it|me|those|the records|the files|copies)|(?:by|via|through|over|in an?) e-?mail|to my e-?mail|e-?mailed to me",
  ],
  ["fax", "fax (?:them|it)(?! to)|by fax|via fax"],
  [
    "pickup",
    "pick (?:them|it) up|(?:can|to|and|will|i'll|i will) pick up|pickup|pick-up|in person|come (?:get|by for) (?:them|it)",
  ],
  ["portal", "through (?:the |their )?portal|(?:on|in|via) (?:the |their )?(?:portal|mychart)|download (?:them|it)"],
  [
    "mail",
    "by (?:regular |snail |postal )?mail|(?:mail|post) (?:them|it|me)|mailed to (?:me|my)|snail mail|in the mail|send (?:them|it) to my (?:home|house|address)",
  ],
];

/** Verbs that mark an earlier request, so "6 weeks ago" is read as its date and not a visit's. */
export const REQUEST_VERBS =
  "sent (?:a |the |my |in a |them a )?(?:request|letter|form|fax|email)|sent (?:it|one|them one)|requested|asked (?:them|for|the)|i asked|put in (?:a|the) request|submitted|filled out (?:a|the|their) (?:form|request)|made (?:a|the) request|faxed|mailed (?:a|the|my|them)|emailed (?:them|a request|the)|called (?:them|the office)|request(?:ed)? (?:them|it) (?:on|in|back)";

export const OUTCOMES: Table<Outcome> = [
  [
    "denied",
    "denied|refused|rejected|turned (?:me|us) down|said no|won'?t (?:give|release|send)|wouldn'?t (?:give|release|send)|refuse to",
  ],
  [
    "fee_dispute",
    "(?:want|wants|trying|tried) to charge|charg(?:ed|ing) (?:me|us)|too (?:much|expensive)|(?:asked|want|wants) (?:me |us )?to pay",
  ],
  [
    "partial",
    "(?:only|just) (?:got|received|sent|gave) (?:me |us )?(?:part|some|half|a few|one|the)|partial|missing (?:some|pages|the|a)|incomplete|not (?:all|everything|the whole)|left (?:out|off)",
  ],
  [
    "received",
    "(?:got|received) (?:them|the records|my records|everything|it all)|they (?:sent|gave) (?:me )?(?:them|everything|the records)|already have (?:them|my records)",
  ],
  [
    "no_response",
    "nothing(?: yet| back| at all)?(?= *[.!]*$)|(?:and|but|still|just) nothing|heard nothing|(?:never|haven'?t|have not|didn'?t|did not) (?:heard?|gotten|got|received) (?:back|anything|a (?:reply|response|thing))|(?:haven'?t|have not|never|didn'?t|did not) sent (?:anything|them|it|me anything)|no (?:response|reply|answer)|never (?:responded|replied|answered|got back|called back)|(?:nobody|no one) (?:responded|answered|called back|got back)|ignored|ghosted|crickets",
  ],
  ["pending", "still waiting|waiting (?:on|for) (?:them|it|a response)|pending|processing|in progress"],
];

export const INTENTS: Table<Intent> = [
  [
    "delete",
    "delete (?:my|this|all|the) (?:data|info|information|conversation|chat|session)|erase (?:my|this|everything)|forget (?:me|my (?:data|info))|remove my (?:data|info)",
  ],
  ["restart", "start over|restart|start again|new conversation|begin again|reset"],
  [
    "draft",
    "(?:draft|write|make|create|prepare|generate) (?:it|that|me |my |the |a |this )?(?:\\w+ )?(?:letter|request|document|form)|draft (?:it|my letter)|draft$",
  ],
  [
    "rights_fees",
    "how much (?:can|will|do|does|should|could) (?:they|it|a hospital|providers?|the \\w+) (?:charge|cost)|what (?:can|do) they charge|(?:what|any) fees?|fees? (?:can|do|for)|is (?:it|this) free|(?:do|does) it cost|can they charge|how much (?:does|will) it cost|allowed to charge",
  ],
  [
    "rights_deadline",
    "how long (?:do|does|will|can|should|could|is) (?:they|it|a hospital|the \\w+)|how many days|time limit|(?:legally )?have to (?:respond|answer|send)|what'?s the deadline for them|deadline for (?:them|providers|the hospital)|by law",
  ],
  [
    "correction",
    "actually|i meant|(?:sorry|oops|wait),? (?:i meant|it'?s|it is|not|make that)|correction|i was wrong|typo|my mistake|not [a-z]+, [a-z]+",
  ],
  ["greeting", "^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)"],
  ["thanks", "thanks|thank you|thx|ty|appreciate it"],
  [
    "unsure",
    "i don'?t know|i do not know|don'?t know|not sure|no idea|unsure|dunno|idk|can'?t remember|don'?t remember|no clue",
  ],
  [
    "off_topic",
    "weather|tell me a joke|a joke|recipe|football|basketball|stock price|bitcoin|write (?:me )?a poem|who won",
  ],
];

/** Quick answers. Matched at the very start of the message only. */
export const YES =
  "^(?:yes|yeah|yea|yep|yup|sure|ok|okay|correct|right|that'?s right|absolutely|definitely|of course|y)(?![\\w'])";
export const NO =
  "^(?:no|nope|nah|not really|n)(?![\\w'])(?! (?:idea|clue|response|reply|answer|insurance|portal|deadline)\\b)";
export const GAZETTE_PROVIDER_NOUNS =
  "hospital|medical cent(?:er|re)|medical group|health(?: system| center| centre)?|clinic|pediatrics|family medicine|family practice|urgent care|imaging|radiology|orthopedics|dental|dentistry|cardiology|dermatology|oncology|associates|physicians|healthcare";
