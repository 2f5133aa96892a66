// Held-out conversations: adults asking for their own records, in English, as they really write.
import { ANSWER, ASK } from "./asks.js";
import type { Conversation } from "./types.js";

export const PATIENTS_EN: readonly Conversation[] = [
  {
    id: "uchealth-knee-surgery-friday",
    description:
      "Knee surgery on Friday: the new surgeon wants the MRI and the first op report from a hospital with a long name, sent straight to him.",
    lang: "en",
    channel: "web",
    tags: ["urgent", "long-name", "record-kinds", "recipient", "run-on", "question"],
    opening:
      "hi so i have knee surgery on friday with a new surgeon and his office says they need my MRI and the op report from my first knee surgery. that one was at UCHealth University of Colorado Hospital in aurora. can they send it straight to dr patel at Panorama Orthopedics?? i really dont want to cancel",
    facts: {
      "provider.name": "UCHealth University of Colorado Hospital",
      "provider.type": "hospital",
      state: "CO",
      requester: "self",
      "records.kinds": ["imaging", { oneOf: ["visit_notes", "other"] }],
      purpose: "continuing_care",
      neededBy: "2026-11-27",
      "recipient.name": { oneOf: ["dr patel at Panorama Orthopedics", "Panorama Orthopedics", "dr patel"] },
      delivery: "third_party",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Kayla Brennan, 06/14/1991",
          facts: { "patient.name": "Kayla Brennan", "patient.dateOfBirth": "1991-06-14" },
        },
        { ask: ASK.recipientAddress, say: "their fax is 303-555-0188", facts: { "recipient.fax": "303-555-0188" } },
        {
          ask: ASK.portal,
          say: "i have the uchealth app but the MRI pics arent on it",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.open, say: "yes its open lol its a huge hospital", facts: { "provider.status": "open" } },
        {
          ask: ASK.dates,
          say: "the first surgery was in 2022",
          facts: { "records.from": "2022", "records.to": "2022" },
        },
        { ask: ASK.requester, say: "me, its my knee", facts: { requester: "self" } },
      ],
      otherwise: ["not sure", "idk sorry"],
      plan: [{ at: 3, say: "how long do they have to send it? surgery is friday", mustAnswer: ANSWER.howLong }],
    },
    letter: { say: "ok can u write the letter pls", confirm: "yes thats right" },
  },
  {
    id: "st-josephs-er-terse",
    description: "Terse: ER records from St. Joseph's, one or two words per answer.",
    lang: "en",
    channel: "web",
    tags: ["terse", "long-name", "record-kinds"],
    opening: "need my ER records from St. Joseph's",
    facts: {
      "provider.name": "St. Joseph's",
      "provider.type": "hospital",
      requester: "self",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }],
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Tom Reyes 2/2/88",
          facts: { "patient.name": "Tom Reyes", "patient.dateOfBirth": "1988-02-02" },
        },
        { ask: ASK.portal, say: "no", facts: { "provider.portal": { oneOf: ["none", "no_access"] } } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "just want them", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "paper. pick up", facts: { format: "paper", delivery: "pickup" } },
        { ask: ASK.dates, say: "oct 12 2026", facts: { "records.from": "2026-10-12", "records.to": "2026-10-12" } },
        { ask: ASK.state, say: "michigan. ann arbor", facts: { state: "MI" } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
      ],
      otherwise: ["idk", "?"],
    },
    letter: { say: "letter", confirm: "y" },
  },
  {
    id: "haley-va-disability",
    description:
      "A veteran needs years of records from Haley Veterans' Hospital for a disability appeal; asks what it costs.",
    lang: "en",
    channel: "web",
    tags: ["long-name", "urgent", "question"],
    opening:
      "I'm an Army veteran and I need all of my medical records from Haley Veterans' Hospital in Tampa for my VA disability claim. I was treated there from 2015 to 2019, mostly for my back and for PTSD. My appeal hearing is January 15 so I need everything before that.",
    facts: {
      "provider.name": "Haley Veterans' Hospital",
      "provider.type": "hospital",
      state: "FL",
      requester: "self",
      "records.kinds": ["full_chart", { maybe: "mental_health" }],
      "records.from": "2015",
      "records.to": "2019",
      purpose: "disability",
      neededBy: "2027-01-15",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Marcus D. Whitfield, born 11/30/1979",
          facts: { "patient.name": "Marcus D. Whitfield", "patient.dateOfBirth": "1979-11-30" },
        },
        {
          ask: ASK.address,
          say: "4410 N Armenia Ave, Tampa, FL 33603",
          facts: { "patient.address": "4410 N Armenia Ave, Tampa, FL 33603" },
        },
        { ask: ASK.phone, say: "813-555-0172", facts: { "patient.phone": "813-555-0172" } },
        { ask: ASK.prior, say: "No, this is the first time I'm asking." },
        {
          ask: ASK.portal,
          say: "I have My HealtheVet but the old notes aren't on there",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.open, say: "Yes it's open.", facts: { "provider.status": "open" } },
        { ask: ASK.insurer, say: "VA health care", facts: { "insurer.plan": "va" } },
        { ask: ASK.delivery, say: "Mail me paper copies please", facts: { format: "paper", delivery: "mail" } },
      ],
      otherwise: ["I'm not sure.", "Like I said, Haley Veterans' Hospital in Tampa."],
      plan: [{ at: 2, say: "How much is this going to cost me? I'm on a fixed income.", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "Yes please draft it", confirm: "Yes, that's correct." },
  },
  {
    id: "banner-mychart-lockout",
    description: "Locked out of the portal; wants October lab results; asks whether this is safe.",
    lang: "en",
    channel: "web",
    tags: ["portal-lockout", "question", "place"],
    opening:
      "I got locked out of my MyChart for Banner Health after too many password tries and the reset email never comes. I just need my lab results from October, the bloodwork my doctor ordered. I'm in Phoenix.",
    facts: {
      "provider.name": "Banner Health",
      "provider.portal": "no_access",
      "records.kinds": ["test_results"],
      state: "AZ",
      requester: "self",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Dana Whitaker 8/22/1985",
          facts: { "patient.name": "Dana Whitaker", "patient.dateOfBirth": "1985-08-22" },
        },
        { ask: ASK.portal, say: "I told you, I'm locked out of it", facts: { "provider.portal": "no_access" } },
        { ask: ASK.open, say: "yes it's open", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "for my own records", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "email is easiest", facts: { delivery: "email" } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
      ],
      otherwise: ["not sure", "the bloodwork from October"],
      plan: [{ at: 3, say: "is this safe? i don't want my info floating around online", mustAnswer: ANSWER.safe }],
    },
    letter: { say: "can you write the letter to them?", confirm: "yes" },
  },
  {
    id: "mesa-valley-fee-quote",
    description: "An imaging center quoted $150 for a CD of CT scans; the patient asks if that is legal.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "question", "record-kinds"],
    opening: "Mesa Valley Imaging in Grand Junction CO quoted me $150 for a CD of my CT scans. Is that even legal??",
    facts: {
      "provider.name": "Mesa Valley Imaging",
      "provider.type": "imaging_center",
      state: "CO",
      "records.kinds": ["imaging"],
      "priorRequest.outcome": "fee_dispute",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.feeRules],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Greg Olsen, 4-9-1962",
          facts: { "patient.name": "Greg Olsen", "patient.dateOfBirth": "1962-04-09" },
        },
        { ask: ASK.priorDate, say: "I asked on November 18", facts: { "priorRequest.sentOn": "2026-11-18" } },
        { ask: ASK.portal, say: "they don't have a portal", facts: { "provider.portal": "none" } },
        { ask: ASK.purpose, say: "second opinion at another hospital", facts: { purpose: "second_opinion" } },
        { ask: ASK.delivery, say: "a download link would be fine, electronic", facts: { format: "electronic" } },
      ],
      otherwise: ["not sure", "the CT scans"],
    },
    letter: { say: "ok write it", confirm: "yes" },
  },
  {
    id: "riverside-overdue",
    description:
      "A request mailed on September 2 was never answered; the patient asks what now and how to report them.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "question", "place"],
    opening:
      "I mailed a records request to Riverside Family Medicine in Columbus, Ohio on September 2 and it's been almost 3 months. Nothing. I called twice and they keep saying they'll 'look into it'. What do I do now?",
    facts: {
      "provider.name": "Riverside Family Medicine",
      "provider.type": { oneOf: ["physician_practice", "clinic"] },
      state: "OH",
      "priorRequest.sentOn": "2026-09-02",
      "priorRequest.outcome": "no_response",
    },
    openingMustAnswer: [ANSWER.escalation],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Patricia Kowalczyk, 01/09/1957",
          facts: { "patient.name": "Patricia Kowalczyk", "patient.dateOfBirth": "1957-01-09" },
        },
        { ask: ASK.open, say: "yes they're open", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "i'm switching doctors", facts: { purpose: "continuing_care" } },
        { ask: ASK.delivery, say: "mail", facts: { delivery: "mail" } },
        { ask: ASK.records, say: "the whole chart", facts: { "records.kinds": ["full_chart"] } },
        { ask: ASK.requester, say: "they're mine", facts: { requester: "self" } },
      ],
      otherwise: ["I don't know", "I already sent it on September 2"],
      plan: [{ at: 4, say: "can i report them to someone?", mustAnswer: ANSWER.complaint }],
    },
    letter: { say: "yes write the follow up letter", confirm: "yes" },
  },
  {
    id: "lakeside-denied-harm",
    description:
      "Angry: a therapist's office denied access saying it 'could be harmful'; asks whether they may do that.",
    lang: "en",
    channel: "web",
    tags: ["angry", "prior-request", "question"],
    opening:
      "My therapist's office, Lakeside Behavioral Health in Portland Oregon, DENIED my request for my own records. The letter says releasing them 'could be harmful' to me. That's BS, they're MY records.",
    facts: {
      "provider.name": "Lakeside Behavioral Health",
      "provider.type": "behavioral_health",
      state: "OR",
      "priorRequest.outcome": "denied",
      requester: "self",
      "records.kinds": ["mental_health", { maybe: "psychotherapy_notes" }],
    },
    openingMustAnswer: [ANSWER.denialReview],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Jordan Avery Kim, 2/29/1992",
          facts: { "patient.name": "Jordan Avery Kim", "patient.dateOfBirth": "1992-02-29" },
        },
        { ask: ASK.priorDate, say: "I asked on September 24", facts: { "priorRequest.sentOn": "2026-09-24" } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email" } },
        {
          ask: ASK.records,
          say: "all of it. the therapy notes too",
          facts: { "records.kinds": [{ oneOf: ["psychotherapy_notes", "mental_health"] }] },
        },
      ],
      otherwise: ["whatever", "I don't know"],
      plan: [{ at: 3, say: "are they even allowed to do this??", mustAnswer: ANSWER.denialReview }],
    },
    letter: { say: "fine, draft whatever I need to send", confirm: "yes" },
  },
  {
    id: "lung-spot-second-opinion",
    description:
      "A spot on the lung: six doctors, a second opinion at MD Anderson; asks whether it is cancer and how long this takes.",
    lang: "en",
    channel: "web",
    tags: ["many-providers", "question", "recipient", "urgent"],
    opening:
      "My doctor found a spot on my lung and I'm getting a second opinion at MD Anderson. They want everything, scans, biopsy results, notes. I've seen like 6 different doctors in Houston over the last 2 years. Please send everything to MD Anderson.",
    facts: {
      state: "TX",
      requester: "self",
      purpose: "second_opinion",
      providerCount: 6,
      "records.kinds": ["imaging", "test_results", "visit_notes", { maybe: "full_chart" }],
      "recipient.name": "MD Anderson",
      delivery: "third_party",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Linda Pham 7/7/1958",
          facts: { "patient.name": "Linda Pham", "patient.dateOfBirth": "1958-07-07" },
        },
        { ask: ASK.deadline, say: "my appointment there is december 10", facts: { neededBy: "2026-12-10" } },
        {
          ask: ASK.insurer,
          say: "Blue Cross Blue Shield of Texas, through my job",
          facts: { "insurer.name": "Blue Cross Blue Shield of Texas", "insurer.plan": "employer" },
        },
        {
          ask: ASK.provider,
          say: "Houston Methodist, Memorial Hermann and a few small offices",
          facts: { "provider.name": { oneOf: ["Houston Methodist", "Memorial Hermann"] } },
        },
      ],
      otherwise: ["I don't know, there are so many", "6 doctors"],
      plan: [
        { at: 2, say: "do you think it's cancer? nobody will tell me anything", mustAnswer: ANSWER.careTeam },
        { at: 5, say: "how long is all this going to take", mustAnswer: ANSWER.howLong },
      ],
    },
    letter: { say: "yes do it", confirm: "yes" },
  },
  {
    id: "mercy-springfield-run-on",
    description:
      "One long run-on story: an ER visit and a hospital stay with dates, scans and bloodwork for a new lung doctor.",
    lang: "en",
    channel: "web",
    tags: ["run-on", "record-kinds", "recipient", "place", "several-facts"],
    opening:
      "ok so long story short back in march i got really sick like couldnt breathe and my husband took me to the ER at Mercy Hospital in springfield missouri and they admitted me, i was in the hospital from March 3 to March 9 2026 and they did a bunch of scans and bloodwork and now my new lung doctor wants all of it, the discharge papers, the CT, everything, and honestly i dont even know where to start bc the portal only shows like half of it",
    facts: {
      "provider.name": "Mercy Hospital",
      "provider.type": "hospital",
      state: "MO",
      "records.from": "2026-03-03",
      "records.to": "2026-03-09",
      "records.kinds": [
        "imaging",
        "test_results",
        { oneOf: ["visit_notes", "full_chart"] },
        { maybe: "visit_notes" },
        { maybe: "full_chart" },
      ],
      "provider.portal": "active",
      purpose: "continuing_care",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Renee Castillo, DOB 12/01/1977",
          facts: { "patient.name": "Renee Castillo", "patient.dateOfBirth": "1977-12-01" },
        },
        { ask: ASK.portal, say: "i have it but its missing stuff", facts: { "provider.portal": "active" } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        {
          ask: ASK.recipient,
          say: "can they send it right to him? Dr. Anand Raghavan at CoxHealth",
          facts: {
            "recipient.name": { oneOf: ["Dr. Anand Raghavan at CoxHealth", "Dr. Anand Raghavan"] },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "can they send it right to my doctor? Dr. Anand Raghavan at CoxHealth",
          facts: {
            "recipient.name": { oneOf: ["Dr. Anand Raghavan at CoxHealth", "Dr. Anand Raghavan"] },
            delivery: "third_party",
          },
        },
      ],
      otherwise: ["idk", "everything from that hospital stay"],
    },
    letter: { say: "yes please make the letter", confirm: "yes" },
  },
  {
    id: "cedar-lane-real-person",
    description:
      "Asks if the assistant is a real person, then why it needs a date of birth; upstate New York, moved to Arizona.",
    lang: "en",
    channel: "web",
    tags: ["question", "place", "long-name"],
    opening: "hey i need my records from my old primary care doctor, are you a real person btw?",
    facts: {
      requester: "self",
      "provider.type": { oneOf: ["physician_practice", "clinic"] },
    },
    openingMustAnswer: [ANSWER.realPerson],
    respond: {
      rules: [
        { ask: ASK.nameDob, say: "why do you need my date of birth?", mustAnswer: ANSWER.whyDob, once: true },
        {
          ask: ASK.nameDob,
          say: "ok. Sam Whitford, 9/3/1986",
          facts: { "patient.name": "Sam Whitford", "patient.dateOfBirth": "1986-09-03" },
        },
        { ask: ASK.open, say: "i think theyre still open", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "i moved to arizona and need a new doctor", facts: { purpose: "continuing_care" } },
        { ask: ASK.records, say: "all of it", facts: { "records.kinds": ["full_chart"] } },
        { ask: ASK.state, say: "upstate new york, near syracuse", facts: { state: "NY" } },
        {
          ask: ASK.provider,
          say: "Dr. Ellen O'Brien-Shaw at Cedar Lane Internal Medicine",
          facts: {
            "provider.name": {
              oneOf: [
                "Cedar Lane Internal Medicine",
                "Dr. Ellen O'Brien-Shaw",
                "Dr. Ellen O'Brien-Shaw at Cedar Lane Internal Medicine",
              ],
            },
          },
        },
      ],
      otherwise: ["not sure", "idk"],
    },
    letter: { say: "can you just write the letter", confirm: "yes" },
  },
  {
    id: "saint-lukes-kansas-city",
    description:
      "An MRI at Saint Luke's Hospital of Kansas City, 'the missouri side', for a second opinion; asks the cost.",
    lang: "en",
    channel: "web",
    tags: ["place", "long-name", "question", "record-kinds"],
    opening:
      "had an MRI of my back at Saint Luke's Hospital of Kansas City last summer. kansas city, the missouri side. i need the images and the report for a second opinion",
    facts: {
      "provider.name": "Saint Luke's Hospital of Kansas City",
      "provider.type": "hospital",
      state: "MO",
      "records.kinds": ["imaging", { maybe: "test_results" }],
      purpose: "second_opinion",
      requester: "self",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Brian O'Connell 9/9/1990",
          facts: { "patient.name": "Brian O'Connell", "patient.dateOfBirth": "1990-09-09" },
        },
        { ask: ASK.portal, say: "never set it up", facts: { "provider.portal": "none" } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.delivery, say: "electronic, a link or a cd", facts: { format: "electronic" } },
      ],
      otherwise: ["not sure", "the MRI from last summer"],
      plan: [{ at: 3, say: "how much will this cost me?", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "ok draft the letter", confirm: "yes" },
  },
  {
    id: "aetna-life-insurance",
    description:
      "Needs every doctor seen in 5 years for a life-insurance application; asks whether the insurer can give it.",
    lang: "en",
    channel: "web",
    tags: ["insurer", "question"],
    opening:
      "I need a list of every doctor I've seen in the last 5 years for a life insurance application. Can I get that from my insurance? I have Aetna through my job.",
    facts: {
      "insurer.name": "Aetna",
      "insurer.plan": "employer",
      "records.kinds": ["claims"],
      requester: "self",
      purpose: "insurance",
    },
    tolerate: ["records.from", "records.to"],
    openingMustAnswer: [ANSWER.fromInsurer],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Steve Kowalski, 1/23/1968",
          facts: { "patient.name": "Steve Kowalski", "patient.dateOfBirth": "1968-01-23" },
        },
        { ask: ASK.portal, say: "i have the aetna app, not sure it has that" },
        { ask: ASK.open, say: "what office? i'm asking about my insurance company" },
        { ask: ASK.count, say: "probably 8 or 9" },
        { ask: ASK.state, say: "illinois, i live in chicago", facts: { state: "IL" } },
      ],
      otherwise: ["not sure", "Aetna, through work"],
    },
    letter: { say: "yes write that letter", confirm: "yes" },
  },
  {
    id: "westside-unpaid-bill",
    description: "The clinic holds records until a $400 balance is paid; the patient asks if they can refuse.",
    lang: "en",
    channel: "web",
    tags: ["question", "prior-request", "place"],
    opening:
      "The clinic says they won't give me my records until I pay my $400 balance. Can they refuse because I owe money?? It's Westside Medical Group in Sacramento.",
    facts: {
      "provider.name": "Westside Medical Group",
      "provider.type": { oneOf: ["clinic", "physician_practice"] },
      state: "CA",
      requester: "self",
      "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] },
    },
    tolerate: ["records.to"],
    openingMustAnswer: [ANSWER.unpaidBill],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Alicia Moreno-Baptiste, born July 4 1983",
          facts: { "patient.name": "Alicia Moreno-Baptiste", "patient.dateOfBirth": "1983-07-04" },
        },
        { ask: ASK.priorDate, say: "i asked on november 3", facts: { "priorRequest.sentOn": "2026-11-03" } },
        { ask: ASK.purpose, say: "new doctor", facts: { purpose: "continuing_care" } },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email" } },
        {
          ask: ASK.records,
          say: "my visit notes and lab results from this year",
          facts: { "records.kinds": ["visit_notes", "test_results"], "records.from": "2026" },
        },
      ],
      otherwise: ["idk", "Westside Medical Group"],
    },
    letter: { say: "please write the letter", confirm: "yes" },
  },
  {
    id: "northside-theyre-mine",
    description:
      "A hospital with a place in its name; 'they're mine' for who the records are for; an ER visit and an ultrasound.",
    lang: "en",
    channel: "web",
    tags: ["me", "long-name", "record-kinds", "place"],
    opening: "Need copies of records from Northside Hospital Forsyth in Cumming GA",
    facts: {
      "provider.name": "Northside Hospital Forsyth",
      "provider.type": "hospital",
      state: "GA",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Courtney Blake, 10/14/1994",
          facts: { "patient.name": "Courtney Blake", "patient.dateOfBirth": "1994-10-14" },
        },
        { ask: ASK.portal, say: "i never made an account", facts: { "provider.portal": "none" } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "my own files", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email" } },
        {
          ask: ASK.dates,
          say: "august 30 this year",
          facts: { "records.from": "2026-08-30", "records.to": "2026-08-30" },
        },
        {
          ask: ASK.records,
          say: "my ER visit and the ultrasound they did",
          facts: { "records.kinds": ["imaging", { oneOf: ["visit_notes", "full_chart"] }] },
        },
        { ask: ASK.requester, say: "they're mine", facts: { requester: "self" } },
      ],
      otherwise: ["not sure", "just the ER visit"],
    },
    letter: { say: "write it please", confirm: "yes" },
  },
  {
    id: "piedmont-angry",
    description: "Angry after four unanswered requests; wants to complain; commands the letter rudely.",
    lang: "en",
    channel: "web",
    tags: ["angry", "prior-request", "question", "command"],
    opening:
      "I have asked FOUR TIMES for my records from Piedmont Atlanta Hospital here in Georgia and NOBODY calls me back. I am so done with these people.",
    facts: {
      "provider.name": "Piedmont Atlanta Hospital",
      "provider.type": "hospital",
      state: "GA",
      requester: "self",
      "priorRequest.outcome": "no_response",
    },
    openingMustAnswer: [ANSWER.escalation],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Terrence Hollis 10/02/1975",
          facts: { "patient.name": "Terrence Hollis", "patient.dateOfBirth": "1975-10-02" },
        },
        { ask: ASK.priorDate, say: "the first one was august 12", facts: { "priorRequest.sentOn": "2026-08-12" } },
        { ask: ASK.purpose, say: "none of your business. my own records", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "mail", facts: { delivery: "mail" } },
        { ask: ASK.records, say: "EVERYTHING", facts: { "records.kinds": ["full_chart"] } },
      ],
      otherwise: ["I DON'T KNOW", "I already told you"],
      plan: [{ at: 3, say: "how do i file a complaint against them", mustAnswer: ANSWER.complaint }],
    },
    letter: { say: "just write the damn letter", confirm: "yes" },
  },
  {
    id: "kaiser-to-stanford",
    description:
      "Records to be sent from Kaiser Permanente San Jose Medical Center to a new doctor at Stanford, with her address and fax.",
    lang: "en",
    channel: "web",
    tags: ["recipient", "long-name"],
    opening:
      "Can you help me get my records sent from Kaiser Permanente San Jose Medical Center to my new doctor? Her name is Dr. Mei-Ling Chu at Stanford Health Care.",
    facts: {
      "provider.name": "Kaiser Permanente San Jose Medical Center",
      "provider.type": "hospital",
      state: "CA",
      "recipient.name": {
        oneOf: ["Dr. Mei-Ling Chu at Stanford Health Care", "Dr. Mei-Ling Chu", "Stanford Health Care"],
      },
      delivery: "third_party",
      purpose: "continuing_care",
      requester: "self",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Victor Esquivel 2/17/1971",
          facts: { "patient.name": "Victor Esquivel", "patient.dateOfBirth": "1971-02-17" },
        },
        {
          ask: ASK.recipientAddress,
          say: "300 Pasteur Drive, Stanford, CA 94305, fax 650-555-0143",
          facts: { "recipient.address": "300 Pasteur Drive, Stanford, CA 94305", "recipient.fax": "650-555-0143" },
        },
        { ask: ASK.portal, say: "i have kp.org", facts: { "provider.portal": "active" } },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        {
          ask: ASK.records,
          say: "everything from the last 3 years",
          facts: { "records.kinds": ["full_chart"] },
        },
      ],
      otherwise: ["I'm not sure", "Dr. Mei-Ling Chu at Stanford Health Care"],
    },
    letter: { say: "yes please draft it", confirm: "yes" },
  },
  {
    id: "jefferson-lawyer",
    description:
      "After a car accident the lawyer needs the ER visit and physical therapy records, sent to the attorney.",
    lang: "en",
    channel: "web",
    tags: ["recipient", "record-kinds", "question"],
    opening:
      "I was in a car accident in March and my lawyer needs my ER visit and all the follow up physical therapy records from Jefferson Health in Philadelphia. Please send them to my attorney, Rachel Goldberg at Goldberg & Stein LLP.",
    facts: {
      "provider.name": "Jefferson Health",
      state: "PA",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, { maybe: "other" }],
      purpose: "legal",
      "recipient.name": {
        oneOf: ["Rachel Goldberg at Goldberg & Stein LLP", "Rachel Goldberg", "Goldberg & Stein LLP"],
      },
      delivery: "third_party",
      requester: "self",
    },
    tolerate: ["records.from", "records.to", "provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Nicole Ferraro, 5/27/1989",
          facts: { "patient.name": "Nicole Ferraro", "patient.dateOfBirth": "1989-05-27" },
        },
        {
          ask: ASK.recipientAddress,
          say: "her email is rgoldberg@goldbergstein.example",
          facts: { "recipient.email": "rgoldberg@goldbergstein.example" },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
      ],
      otherwise: ["I'm not sure, my lawyer would know", "the ER visit and the PT"],
      plan: [{ at: 3, say: "do i have to pay for this or does my lawyer?", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "ok go ahead and write it", confirm: "yes" },
  },
  {
    id: "swedish-prenatal-delivery",
    description: "Prenatal and delivery records from 2024 at Swedish First Hill; the OB's name is a distractor.",
    lang: "en",
    channel: "web",
    tags: ["record-kinds", "place"],
    opening:
      "I need my prenatal and delivery records from when I had my daughter at Swedish First Hill in Seattle in 2024. My OB was Dr. Farah Haddad.",
    facts: {
      "provider.name": "Swedish First Hill",
      state: "WA",
      "records.from": "2024",
      "records.to": "2024",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, { maybe: "test_results" }],
      requester: "self",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Olivia Brandt 3/30/1990",
          facts: { "patient.name": "Olivia Brandt", "patient.dateOfBirth": "1990-03-30" },
        },
        {
          ask: ASK.address,
          say: "2215 NW 58th St, Seattle WA 98107",
          facts: { "patient.address": "2215 NW 58th St, Seattle WA 98107" },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "for my own files, we might move out of state", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "paper copies in the mail", facts: { format: "paper", delivery: "mail" } },
      ],
      otherwise: ["not sure", "prenatal and delivery"],
    },
    letter: { say: "great, please draft it", confirm: "yes" },
  },
  {
    id: "nursing-school-vaccines",
    description: "Vaccine proof for nursing school by Dec 1; shots given in Minnesota, lives in Wisconsin now.",
    lang: "en",
    channel: "web",
    tags: ["immunizations", "urgent", "place", "question"],
    opening:
      "I need proof of my vaccines (MMR, hep B, Tdap) for nursing school clinicals, deadline is Dec 1!! I got all my shots growing up in Minnesota but I live in Wisconsin now.",
    facts: {
      "records.kinds": ["immunizations"],
      purpose: "school",
      neededBy: "2026-12-01",
      state: "MN",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Hannah Lindqvist, 2/14/2003",
          facts: { "patient.name": "Hannah Lindqvist", "patient.dateOfBirth": "2003-02-14" },
        },
        {
          ask: ASK.provider,
          say: "my pediatrician was at Children's Minnesota",
          facts: { "provider.name": "Children's Minnesota" },
        },
      ],
      otherwise: ["no idea", "my shots from when I was a kid"],
      plan: [{ at: 3, say: "will this be done in time??", mustAnswer: ANSWER.registryFast }],
    },
    letter: { say: "ok write the letter", confirm: "yes" },
  },
  {
    id: "cleveland-clinic-terse-range",
    description: "Five words: visit notes, a year range, a provider in lower case.",
    lang: "en",
    channel: "web",
    tags: ["terse", "record-kinds"],
    opening: "visit notes 2019-2023 cleveland clinic",
    facts: {
      "provider.name": "cleveland clinic",
      "records.kinds": ["visit_notes"],
      "records.from": "2019",
      "records.to": "2023",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "R. Patel, 11/11/1969",
          facts: { "patient.name": "R. Patel", "patient.dateOfBirth": "1969-11-11" },
        },
        { ask: ASK.purpose, say: "personal", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "electronic", facts: { format: "electronic" } },
        { ask: ASK.state, say: "ohio", facts: { state: "OH" } },
        { ask: ASK.requester, say: "it's for me", facts: { requester: "self" } },
      ],
      otherwise: ["no", "idk"],
    },
    letter: { say: "ok letter", confirm: "ok" },
  },
  {
    id: "gundersen-cooperative",
    description: "Control: a formal, complete, cooperative patient answering every question in full sentences.",
    lang: "en",
    channel: "web",
    tags: ["control", "long-name"],
    opening:
      "Hello. I would like a copy of my complete medical record from Gundersen Lutheran Medical Center in La Crosse, Wisconsin. I am the patient.",
    facts: {
      "provider.name": "Gundersen Lutheran Medical Center",
      "provider.type": "hospital",
      state: "WI",
      "records.kinds": ["full_chart"],
      requester: "self",
    },
    tolerate: ["records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Margaret Ann Sorensen, born April 2, 1949.",
          facts: { "patient.name": "Margaret Ann Sorensen", "patient.dateOfBirth": "1949-04-02" },
        },
        {
          ask: ASK.address,
          say: "N2345 County Road K, Onalaska, WI 54650.",
          facts: { "patient.address": "N2345 County Road K, Onalaska, WI 54650" },
        },
        { ask: ASK.phone, say: "608-555-0199", facts: { "patient.phone": "608-555-0199" } },
        { ask: ASK.portal, say: "I do not use the portal.", facts: { "provider.portal": "none" } },
        { ask: ASK.open, say: "Yes, it is open.", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "I would like to keep them for my own files.", facts: { purpose: "personal" } },
        {
          ask: ASK.delivery,
          say: "Paper copies by mail, please.",
          facts: { format: "paper", delivery: "mail" },
        },
        { ask: ASK.dates, say: "Everything from 2010 to now.", facts: { "records.from": "2010" } },
      ],
      otherwise: ["I am not sure.", "The complete record, please."],
    },
    letter: { say: "Yes, please draft the letter.", confirm: "Yes, that is correct." },
  },
  {
    id: "good-samaritan-ok-trap",
    description: "Answers 'draft letter' and 'ok' where a name or a fact is asked: neither may become a fact.",
    lang: "en",
    channel: "web",
    tags: ["command", "terse"],
    opening: "I need my records from Good Samaritan Hospital in Cincinnati, Ohio",
    facts: {
      "provider.name": "Good Samaritan Hospital",
      "provider.type": "hospital",
      state: "OH",
      requester: "self",
    },
    respond: {
      rules: [
        { ask: ASK.nameDob, say: "draft letter", once: true },
        {
          ask: ASK.nameDob,
          say: "Maria Esposito 10/10/1960",
          facts: { "patient.name": "Maria Esposito", "patient.dateOfBirth": "1960-10-10" },
        },
        { ask: ASK.records, say: "the whole thing", facts: { "records.kinds": ["full_chart"] } },
      ],
      otherwise: ["ok", "sure", "ok"],
    },
    letter: { say: "draft letter", confirm: "ok" },
  },
  {
    id: "northwestern-partial",
    description: "A request partly answered: visit notes came, imaging and billing did not.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "record-kinds", "long-name"],
    opening:
      "I requested my full records from Northwestern Memorial Hospital in Chicago on October 1. They sent the visit notes but no imaging, and they ignored my request for the billing records.",
    facts: {
      "provider.name": "Northwestern Memorial Hospital",
      "provider.type": "hospital",
      state: "IL",
      "priorRequest.sentOn": "2026-10-01",
      "priorRequest.outcome": "partial",
      requester: "self",
      "records.kinds": ["imaging", "billing", { maybe: "full_chart" }, { maybe: "visit_notes" }],
    },
    openingMustAnswer: [ANSWER.escalation],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Daniel Okafor 6/21/1982",
          facts: { "patient.name": "Daniel Okafor", "patient.dateOfBirth": "1982-06-21" },
        },
        { ask: ASK.purpose, say: "switching to a new oncologist", facts: { purpose: "continuing_care" } },
        {
          ask: ASK.delivery,
          say: "electronic please, by email",
          facts: { format: "electronic", delivery: "email" },
        },
      ],
      otherwise: ["not sure", "the imaging and the billing records"],
    },
    letter: { say: "yes, write it", confirm: "yes" },
  },
  {
    id: "greene-retired-boise",
    description: "The family doctor retired; who holds the records now?",
    lang: "en",
    channel: "web",
    tags: ["closed", "question", "place"],
    opening: "my family doctor retired last year, Dr. Walter P. Greene in Boise Idaho. who has my records now??",
    facts: {
      "provider.name": "Dr. Walter P. Greene",
      "provider.type": { oneOf: ["physician_practice", "clinic"] },
      "provider.status": "retired",
      state: "ID",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.closedPractice],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Gary Lund 8/8/1955",
          facts: { "patient.name": "Gary Lund", "patient.dateOfBirth": "1955-08-08" },
        },
        { ask: ASK.purpose, say: "new doctor", facts: { purpose: "continuing_care" } },
        {
          ask: ASK.records,
          say: "everything, ive been his patient since 2005",
          facts: { "records.kinds": ["full_chart"], "records.from": "2005" },
        },
      ],
      otherwise: ["no clue", "he retired"],
    },
    letter: { say: "ok make the letter", confirm: "yes" },
  },
  {
    id: "cvs-prescriptions-parents",
    description:
      "Prescription history from a pharmacy for a new psychiatrist; an adult on the parents' plan asks if they can see it.",
    lang: "en",
    channel: "web",
    tags: ["question", "record-kinds", "place"],
    opening: "my new psychiatrist wants my prescription history from CVS, the one on Main St in Hartford CT",
    facts: {
      "provider.name": "CVS",
      "provider.type": "pharmacy",
      "records.kinds": ["medications"],
      purpose: "continuing_care",
      state: "CT",
      requester: "self",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Alexis Romano 12/12/1999",
          facts: { "patient.name": "Alexis Romano", "patient.dateOfBirth": "1999-12-12" },
        },
        {
          ask: ASK.portal,
          say: "i have the cvs app but i cant find it in there",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email" } },
        { ask: ASK.dates, say: "the last 2 years is fine" },
      ],
      otherwise: ["idk", "just the prescriptions"],
      plan: [{ at: 3, say: "can my parents see this? i'm on their insurance", mustAnswer: ANSWER.parentsSeeAdult }],
    },
    letter: { say: "yes write it pls", confirm: "yes" },
  },
  {
    id: "dubois-all-in-one",
    description: "Every fact in the first message: name, DOB, kinds, range, provider, state, format, delivery, email.",
    lang: "en",
    channel: "web",
    tags: ["several-facts", "long-name"],
    opening:
      "Name: Patricia Ann Dubois. DOB 03/22/1966. I need my mammogram images and reports from 2020 to 2025 from Women's Imaging Center of Charlotte, NC. Electronic copies emailed to pdubois66@example.com please.",
    facts: {
      "patient.name": "Patricia Ann Dubois",
      "patient.dateOfBirth": "1966-03-22",
      "records.kinds": ["imaging", { maybe: "test_results" }],
      "records.from": "2020",
      "records.to": "2025",
      "provider.name": "Women's Imaging Center of Charlotte",
      "provider.type": "imaging_center",
      state: "NC",
      format: "electronic",
      delivery: "email",
      "patient.email": "pdubois66@example.com",
      requester: "self",
    },
    respond: {
      rules: [
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "for my new breast surgeon", facts: { purpose: "continuing_care" } },
      ],
      otherwise: ["I gave you everything above.", "Not sure."],
    },
    letter: { say: "Please draft it", confirm: "Yes" },
  },
  {
    id: "alvarez-former-name",
    description: "Records under a former name, a hospital with a long name, a year range.",
    lang: "en",
    channel: "web",
    tags: ["several-facts", "long-name"],
    opening:
      "Back then my name was Jessica Tran, now it's Jessica Alvarez. I need my records from Methodist Le Bonheur Germantown Hospital in Tennessee from 2012 to 2014",
    facts: {
      "patient.name": "Jessica Alvarez",
      "patient.otherNames": ["Jessica Tran"],
      "provider.name": "Methodist Le Bonheur Germantown Hospital",
      "provider.type": "hospital",
      state: "TN",
      "records.from": "2012",
      "records.to": "2014",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "oh and my birthday is 7/19/1988",
          facts: { "patient.dateOfBirth": "1988-07-19" },
        },
        {
          ask: ASK.records,
          say: "my visit notes and the labs",
          facts: { "records.kinds": ["visit_notes", "test_results"] },
        },
      ],
      otherwise: ["not sure", "Jessica Tran is the name they'd have"],
    },
    letter: { say: "can you write the letter now", confirm: "yes" },
  },
  {
    id: "humana-medicare-advantage",
    description: "A Medicare Advantage member wants all claims since 2023 from the plan.",
    lang: "en",
    channel: "web",
    tags: ["insurer"],
    opening: "I have a Humana Medicare Advantage plan and I want all my claims from 2023 until now. Can you help?",
    facts: {
      "insurer.name": "Humana",
      "insurer.plan": "medicare_advantage",
      "records.kinds": ["claims"],
      "records.from": "2023",
      requester: "self",
    },
    tolerate: ["records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Earl Whitcomb, 1/5/1950",
          facts: { "patient.name": "Earl Whitcomb", "patient.dateOfBirth": "1950-01-05" },
        },
        {
          ask: ASK.purpose,
          say: "I'm trying to figure out which doctors billed me",
          facts: { purpose: { oneOf: ["personal", "other"] } },
        },
        { ask: ASK.delivery, say: "mail", facts: { delivery: "mail" } },
        { ask: ASK.state, say: "Kentucky, Louisville", facts: { state: "KY" } },
      ],
      otherwise: ["I'm not sure", "Humana"],
    },
    letter: { say: "Yes, please write the letter.", confirm: "Yes" },
  },
  {
    id: "hopkins-moving-abroad",
    description: "Moving to Germany: the full record from Johns Hopkins Hospital before a flight on Jan 10.",
    lang: "en",
    channel: "web",
    tags: ["urgent", "long-name"],
    opening:
      "We're moving to Germany in January and I need my full records from Johns Hopkins Hospital in Baltimore to take with me, before Jan 10 when we fly.",
    facts: {
      "provider.name": "Johns Hopkins Hospital",
      "provider.type": "hospital",
      state: "MD",
      "records.kinds": ["full_chart"],
      purpose: { oneOf: ["travel", "continuing_care"] },
      neededBy: "2027-01-10",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Claire Hoffmann, 10/5/1984",
          facts: { "patient.name": "Claire Hoffmann", "patient.dateOfBirth": "1984-10-05" },
        },
        {
          ask: ASK.portal,
          say: "MyChart works for me but it doesn't have the old stuff",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.delivery, say: "electronic, a download or a USB", facts: { format: "electronic" } },
      ],
      otherwise: ["not sure", "everything they have"],
    },
    letter: { say: "yes please", confirm: "yes" },
  },
  {
    id: "ssdi-four-doctors",
    description: "An SSDI applicant needs records from four doctors back to 2020; overwhelmed; a hearing in February.",
    lang: "en",
    channel: "web",
    tags: ["many-providers", "urgent"],
    opening:
      "Applying for SSDI and my lawyer says I need records from all 4 of my doctors going back to 2020. This is overwhelming.",
    facts: {
      providerCount: 4,
      purpose: "disability",
      "records.from": "2020",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Tamika Greene 4/1/1977",
          facts: { "patient.name": "Tamika Greene", "patient.dateOfBirth": "1977-04-01" },
        },
        { ask: ASK.deadline, say: "my hearing is feb 3", facts: { neededBy: "2027-02-03" } },
        { ask: ASK.insurer, say: "medicaid", facts: { "insurer.plan": "medicaid" } },
        { ask: ASK.count, say: "4", facts: { providerCount: 4 } },
        { ask: ASK.records, say: "everything", facts: { "records.kinds": ["full_chart"] } },
        { ask: ASK.state, say: "north carolina", facts: { state: "NC" } },
      ],
      otherwise: ["I don't know", "all 4 doctors"],
    },
    letter: { say: "ok what do i sign", confirm: "yes" },
  },
  {
    id: "knoxville-methadone-part2",
    description: "Methadone program records for a new doctor; asks whether they will tell anyone (42 CFR Part 2).",
    lang: "en",
    channel: "web",
    tags: ["question", "record-kinds", "place"],
    opening:
      "I was in a methadone program at a clinic in Knoxville TN from 2018 to 2020 and I need those records for a new doctor. Will they tell anyone?",
    facts: {
      "records.kinds": ["substance_use"],
      "provider.type": { oneOf: ["clinic", "behavioral_health"] },
      "records.from": "2018",
      "records.to": "2020",
      state: "TN",
      purpose: "continuing_care",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.partTwo],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Kyle Brewer 6/6/1987",
          facts: { "patient.name": "Kyle Brewer", "patient.dateOfBirth": "1987-06-06" },
        },
        { ask: ASK.open, say: "i think so", facts: { "provider.status": "open" } },
        {
          ask: ASK.provider,
          say: "Volunteer Treatment Center",
          facts: { "provider.name": "Volunteer Treatment Center" },
        },
      ],
      otherwise: ["not sure", "the methadone clinic"],
    },
    letter: { say: "please write the letter", confirm: "yes" },
  },
];
