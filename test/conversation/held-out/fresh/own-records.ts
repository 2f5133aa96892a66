// Fresh held-out conversations: adults asking for their own records in English, with long names,
// terse texts, questions of their own, an insurer, shots, a lawyer and a flood of off-topic messages.
import { ANSWER, ASK } from "../asks.js";
import type { Conversation } from "../types.js";
import { ANSWER_MORE, ASK_MORE } from "./patterns.js";

export const OWN_RECORDS: readonly Conversation[] = [
  {
    id: "spokane-sacred-heart-er-ct-thx",
    description:
      "An ER visit and a CT from a hospital whose name has an ampersand and an apostrophe; locked out of MyChart; signs off with thx.",
    lang: "en",
    channel: "web",
    tags: ["long-name", "chat-speak", "record-kinds", "portal-lockout", "several-facts", "place"],
    opening:
      "need my records from Providence Sacred Heart Medical Center & Children's Hospital in spokane. the ER visit + the CT they did feb 2025 thx",
    facts: {
      "provider.name": "Providence Sacred Heart Medical Center & Children's Hospital",
      "provider.type": "hospital",
      state: "WA",
      requester: "self",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, "imaging"],
      "records.from": { oneOf: ["2025", "2025-02-01"] },
      "records.to": { oneOf: ["2025", "2025-02-28"] },
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Tobias Lindqvist 3/9/1987 thx",
          facts: { "patient.name": "Tobias Lindqvist", "patient.dateOfBirth": "1987-03-09" },
        },
        {
          ask: ASK.portal,
          say: "mychart locked me out after a password reset, cant get in",
          facts: { "provider.portal": "no_access" },
        },
        { ask: ASK.open, say: "ya its open", facts: { "provider.status": "open" } },
        {
          ask: ASK.delivery,
          say: "pdf to my email is fine",
          facts: { delivery: "email", format: "electronic" },
        },
        { ask: ASK.email, say: "tlindqvist87@gmail.com", facts: { "patient.email": "tlindqvist87@gmail.com" } },
        { ask: ASK.purpose, say: "just for me", facts: { purpose: "personal" } },
        {
          ask: ASK.dates,
          say: "feb 2025, the ER one",
          facts: {
            "records.from": { oneOf: ["2025", "2025-02-01"] },
            "records.to": { oneOf: ["2025", "2025-02-28"] },
          },
        },
        { ask: ASK.insurer, say: "idk why u need that" },
        {
          ask: ASK.records,
          say: "ER visit and the CT",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, "imaging"] },
        },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "spokane wa", facts: { state: "WA" } },
        {
          ask: ASK.provider,
          say: "Providence Sacred Heart Medical Center & Children's Hospital",
          facts: { "provider.name": "Providence Sacred Heart Medical Center & Children's Hospital" },
        },
      ],
      otherwise: ["idk", "not sure tbh"],
    },
    letter: { say: "letter pls", confirm: "yep looks good" },
    afterLetter: "ok thx",
  },
  {
    id: "charleston-wv-terse-labs",
    description: "Three-word texts: labs from CAMC, Charleston in West Virginia (not South Carolina), paper by mail.",
    lang: "en",
    channel: "sms",
    tags: ["terse", "place"],
    opening: "need my labs from CAMC",
    facts: { "provider.name": "CAMC", requester: "self", "records.kinds": ["test_results"] },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Dwayne Fitch 11-30-1979",
          facts: { "patient.name": "Dwayne Fitch", "patient.dateOfBirth": "1979-11-30" },
        },
        {
          ask: ASK.address,
          say: "412 Quarrier St Apt 3 Charleston WV 25301",
          facts: { "patient.address": "412 Quarrier St Apt 3 Charleston WV 25301" },
        },
        { ask: ASK.phone, say: "304-555-0142", facts: { "patient.phone": "304-555-0142" } },
        { ask: ASK.portal, say: "no portal", facts: { "provider.portal": { oneOf: ["none", "no_access"] } } },
        { ask: ASK.open, say: "open", facts: { "provider.status": "open" } },
        { ask: ASK.delivery, say: "paper. mail", facts: { delivery: "mail", format: "paper" } },
        { ask: ASK.purpose, say: "personal", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "2024", facts: { "records.from": "2024", "records.to": "2024" } },
        { ask: ASK.insurer, say: "dunno" },
        { ask: ASK.records, say: "labs", facts: { "records.kinds": ["test_results"] } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "charleston wv. not SC", facts: { state: "WV" } },
        { ask: ASK.provider, say: "CAMC", facts: { "provider.name": "CAMC" } },
      ],
      otherwise: ["?", "dunno"],
    },
    letter: { say: "write it", confirm: "y" },
  },
  {
    id: "hilo-shots-nursing-clinicals-monday",
    description:
      "A nursing student needs her shot records by Monday; some from Hilo, some from Kaiser in Oakland as a kid; asks if it can be fast.",
    lang: "en",
    channel: "sms",
    tags: ["immunizations", "urgent", "question", "many-providers", "chat-speak"],
    opening:
      "need my shot records asap for nursing clinicals, due monday. got them at Hilo Medical Center + some at kaiser in oakland when i was a kid. can i get them fast??",
    facts: {
      "records.kinds": ["immunizations"],
      purpose: { oneOf: ["school", "other"] },
      neededBy: "2026-11-30",
      requester: "self",
      state: { oneOf: ["HI", "CA"] },
      "provider.name": { oneOf: ["Hilo Medical Center", "kaiser", "Kaiser"] },
      providerCount: 2,
    },
    openingMustAnswer: [ANSWER_MORE.registryFast],
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Keala Kahananui 5/1/2002",
          facts: { "patient.name": "Keala Kahananui", "patient.dateOfBirth": "2002-05-01" },
        },
        { ask: ASK.deadline, say: "monday!!", facts: { neededBy: "2026-11-30" } },
        { ask: ASK.count, say: "2", facts: { providerCount: 2 } },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "keala.k@hawaii.edu", facts: { "patient.email": "keala.k@hawaii.edu" } },
        { ask: ASK.purpose, say: "clinicals for school", facts: { purpose: { oneOf: ["school", "other"] } } },
        { ask: ASK.insurer, say: "idk" },
        { ask: ASK.records, say: "shots. all my vaccines", facts: { "records.kinds": ["immunizations"] } },
        { ask: ASK.requester, say: "its for me", facts: { requester: "self" } },
        { ask: ASK.state, say: "hawaii mostly, big island", facts: { state: "HI" } },
        { ask: ASK.provider, say: "Hilo Medical Center", facts: { "provider.name": "Hilo Medical Center" } },
      ],
      otherwise: ["idk", "whatever is fastest"],
    },
  },
  {
    id: "albuquerque-bot-private-why-dob",
    description:
      "Suspicious of the website: asks if it is a bot and if this is private, then why it needs a birth date; heart tests to a cardiologist in Santa Fe.",
    lang: "en",
    channel: "web",
    tags: ["question", "recipient", "record-kinds"],
    opening:
      "Is this a real person or a bot? And is this private? I need records from Presbyterian Hospital in Albuquerque but I'm not handing my info to some random website.",
    facts: {
      "provider.name": "Presbyterian Hospital",
      "provider.type": "hospital",
      state: "NM",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.realPerson, ANSWER.safe],
    respond: {
      rules: [
        { ask: ASK.nameDob, say: "Why do you need my date of birth?", mustAnswer: ANSWER.whyDob, once: true },
        {
          ask: ASK.nameDob,
          say: "Fine. Marcus Yazzie, 10/08/1964",
          facts: { "patient.name": "Marcus Yazzie", "patient.dateOfBirth": "1964-10-08" },
        },
        {
          ask: ASK.recipientAddress,
          say: "Their fax is 505-555-0127",
          facts: { "recipient.fax": "505-555-0127" },
        },
        {
          ask: ASK.recipient,
          say: "Send them to Dr. Hiroshi Tanabe at Christus St. Vincent Cardiology",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Hiroshi Tanabe at Christus St. Vincent Cardiology",
                "Dr. Hiroshi Tanabe",
                "Christus St. Vincent Cardiology",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "Have them send it straight to Dr. Hiroshi Tanabe at Christus St. Vincent Cardiology",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Hiroshi Tanabe at Christus St. Vincent Cardiology",
                "Dr. Hiroshi Tanabe",
                "Christus St. Vincent Cardiology",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.purpose,
          say: "My new cardiologist in Santa Fe wants them",
          facts: { purpose: "continuing_care" },
        },
        { ask: ASK.dates, say: "This year, 2026", facts: { "records.from": "2026", "records.to": "2026" } },
        { ask: ASK.insurer, say: "I'd rather not say" },
        {
          ask: ASK.records,
          say: "The echo and the stress test results",
          facts: { "records.kinds": ["test_results", { maybe: "imaging" }] },
        },
        { ask: ASK.open, say: "Yes it's open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "They're mine", facts: { requester: "self" } },
        { ask: ASK.state, say: "New Mexico", facts: { state: "NM" } },
        { ask: ASK.provider, say: "Presbyterian Hospital", facts: { "provider.name": "Presbyterian Hospital" } },
      ],
      otherwise: ["I don't know", "Not sure"],
    },
    letter: { say: "Write it up", confirm: "Looks right" },
  },
  {
    id: "portland-maine-off-topic-flood",
    description:
      "Names the hospital, then sends eight unrelated messages in a row before coming back to a colonoscopy report by mail.",
    lang: "en",
    channel: "web",
    tags: ["off-topic", "chat-speak", "place"],
    opening: "hi i need records from Maine Medical Center, portland",
    facts: { "provider.name": "Maine Medical Center", state: "ME", requester: "self" },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Colleen Thibodeau 8/27/1958",
          facts: { "patient.name": "Colleen Thibodeau", "patient.dateOfBirth": "1958-08-27" },
        },
        {
          ask: ASK.address,
          say: "88 Pleasant Ave, South Portland ME 04106",
          facts: { "patient.address": "88 Pleasant Ave, South Portland ME 04106" },
        },
        { ask: ASK.delivery, say: "paper copies by mail please", facts: { delivery: "mail", format: "paper" } },
        { ask: ASK.purpose, say: "for my own files", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "2023", facts: { "records.from": "2023", "records.to": "2023" } },
        { ask: ASK.insurer, say: "hmm not sure" },
        {
          ask: ASK.records,
          say: "my colonoscopy report and the pathology",
          facts: {
            "records.kinds": [{ oneOf: ["visit_notes", "other"] }, { oneOf: ["test_results", "other"] }],
          },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "maine", facts: { state: "ME" } },
        { ask: ASK.provider, say: "Maine Medical Center", facts: { "provider.name": "Maine Medical Center" } },
      ],
      otherwise: ["hmm", "idk"],
      plan: [
        { at: 2, say: "whats the weather in portland today" },
        { at: 3, say: "lol" },
        { at: 4, say: "tell me a joke" },
        { at: 5, say: "who won the patriots game" },
        { at: 6, say: "asdfghjkl" },
        { at: 7, say: "can you order me a pizza" },
        { at: 8, say: "whats 2+2" },
        { at: 9, say: "do you like cats" },
        { at: 10, say: "ok sorry my grandson had my phone. back to the records" },
      ],
    },
    letter: { say: "make the letter now", confirm: "yes" },
  },
  {
    id: "des-moines-wellmark-claims-history",
    description:
      "Wants every visit and prescription from her insurer for a new doctor; an employer plan with a long name; asks if she can get it from the insurance.",
    lang: "en",
    channel: "web",
    tags: ["insurer", "question", "long-name", "recipient"],
    opening:
      "Can I get a list of all my doctor visits and prescriptions from my insurance? I have Wellmark Blue Cross Blue Shield of Iowa through work. My new doctor wants my history.",
    facts: {
      "insurer.name": "Wellmark Blue Cross Blue Shield of Iowa",
      "insurer.plan": "employer",
      "records.kinds": ["claims", { maybe: "medications" }, { maybe: "visit_notes" }],
      purpose: "continuing_care",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.fromInsurer],
    // "Blue Cross Blue Shield of Iowa" hints at the state without saying where the care was.
    tolerate: ["records.to", "state"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Priyanka Venkataraman, 9/14/1985",
          facts: { "patient.name": "Priyanka Venkataraman", "patient.dateOfBirth": "1985-09-14" },
        },
        { ask: ASK.open, say: "It's an insurance company, not a doctor's office." },
        {
          ask: ASK.insurer,
          say: "Wellmark Blue Cross Blue Shield of Iowa, through my employer",
          facts: { "insurer.name": "Wellmark Blue Cross Blue Shield of Iowa", "insurer.plan": "employer" },
        },
        { ask: ASK.delivery, say: "Email is easiest", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "priya.venkat@proton.me", facts: { "patient.email": "priya.venkat@proton.me" } },
        { ask: ASK.purpose, say: "For my new doctor", facts: { purpose: "continuing_care" } },
        { ask: ASK.dates, say: "Since 2021", facts: { "records.from": "2021" } },
        {
          ask: ASK.records,
          say: "Visits and prescriptions, the claims list",
          facts: { "records.kinds": ["claims", { maybe: "medications" }, { maybe: "visit_notes" }] },
        },
        { ask: ASK.requester, say: "It's for me", facts: { requester: "self" } },
        { ask: ASK.state, say: "Iowa, Des Moines", facts: { state: "IA" } },
      ],
      otherwise: ["I'm not sure", "No idea"],
    },
    letter: { say: "yes do it", confirm: "Correct" },
  },
  {
    id: "kansas-city-missouri-side-lawyer",
    description:
      "A car accident: ER records, X-rays and bills from a hospital on the Missouri side of Kansas City go to her lawyer; asks what it costs.",
    lang: "en",
    channel: "web",
    tags: ["recipient", "place", "long-name", "record-kinds", "question", "several-facts"],
    opening:
      "Car accident June 12th. I was treated at Saint Luke's Hospital of Kansas City, the Missouri side, and my lawyer needs the ER records, x-rays and the bills sent to her office.",
    facts: {
      "provider.name": "Saint Luke's Hospital of Kansas City",
      "provider.type": "hospital",
      state: "MO",
      requester: "self",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, "imaging", "billing"],
      "records.from": "2026-06-12",
      "records.to": "2026-06-12",
      purpose: "legal",
      delivery: "third_party",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Jerome Pettaway Jr., 02/28/1977",
          facts: { "patient.name": "Jerome Pettaway Jr.", "patient.dateOfBirth": "1977-02-28" },
        },
        {
          ask: ASK.recipientAddress,
          say: "1100 Main St Suite 2400, Kansas City MO 64105",
          facts: { "recipient.address": "1100 Main St Suite 2400, Kansas City MO 64105" },
        },
        {
          ask: ASK.recipient,
          say: "My lawyer, Simone Achterberg at Achterberg Kline Injury Law",
          facts: {
            "recipient.name": {
              oneOf: [
                "Simone Achterberg at Achterberg Kline Injury Law",
                "Simone Achterberg",
                "Achterberg Kline Injury Law",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "Straight to my lawyer, Simone Achterberg at Achterberg Kline Injury Law",
          facts: {
            "recipient.name": {
              oneOf: [
                "Simone Achterberg at Achterberg Kline Injury Law",
                "Simone Achterberg",
                "Achterberg Kline Injury Law",
              ],
            },
            delivery: "third_party",
          },
        },
        { ask: ASK.purpose, say: "For my injury case", facts: { purpose: "legal" } },
        {
          ask: ASK.dates,
          say: "June 12, 2026, the day of the wreck",
          facts: { "records.from": "2026-06-12", "records.to": "2026-06-12" },
        },
        { ask: ASK.insurer, say: "I don't know" },
        {
          ask: ASK.records,
          say: "ER records, x-rays, bills",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, "imaging", "billing"] },
        },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "Me, I was the driver", facts: { requester: "self" } },
        { ask: ASK.state, say: "Missouri", facts: { state: "MO" } },
        {
          ask: ASK.provider,
          say: "Saint Luke's Hospital of Kansas City",
          facts: { "provider.name": "Saint Luke's Hospital of Kansas City" },
        },
      ],
      otherwise: ["Not sure", "I don't know"],
      plan: [{ at: 3, say: "Do I have to pay for this?", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "ok make it", confirm: "Yes" },
  },
  {
    id: "milwaukee-atypical-cells-is-it-cancer",
    description:
      "Read 'atypical cells' on MyChart and asks if it means cancer; wants the full pathology report from Froedtert.",
    lang: "en",
    channel: "sms",
    tags: ["question", "record-kinds", "terse"],
    opening:
      "got my biopsy results on mychart from Froedtert Hospital and it says atypical cells. does that mean cancer?? i want the full pathology report",
    facts: {
      "provider.name": "Froedtert Hospital",
      "provider.type": "hospital",
      "provider.portal": "active",
      requester: "self",
      "records.kinds": [{ oneOf: ["test_results", "other"] }],
    },
    openingMustAnswer: [ANSWER.careTeam],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Shauna Kowalczyk 4/4/1972",
          facts: { "patient.name": "Shauna Kowalczyk", "patient.dateOfBirth": "1972-04-04" },
        },
        {
          ask: ASK.portal,
          say: "i have mychart but the full report isnt on there",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "skowal72@yahoo.com", facts: { "patient.email": "skowal72@yahoo.com" } },
        { ask: ASK.purpose, say: "for me. i want to read it", facts: { purpose: "personal" } },
        {
          ask: ASK.dates,
          say: "biopsy was nov 17",
          facts: { "records.from": "2026-11-17", "records.to": "2026-11-17" },
        },
        { ask: ASK.insurer, say: "idk" },
        {
          ask: ASK.records,
          say: "pathology report",
          facts: { "records.kinds": [{ oneOf: ["test_results", "other"] }] },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "milwaukee wisconsin", facts: { state: "WI" } },
        { ask: ASK.provider, say: "Froedtert Hospital", facts: { "provider.name": "Froedtert Hospital" } },
      ],
      otherwise: ["idk", "ok"],
    },
    letter: { say: "can u just write me the letter", confirm: "yes" },
  },
  {
    id: "el-paso-23-parents-insurance-sti",
    description:
      "A 23-year-old on her parents' plan asks whether they will see an STI test she requests; wants it only to her, by email.",
    lang: "en",
    channel: "web",
    tags: ["question", "chat-speak"],
    opening:
      "im 23 and still on my parents insurance. if i request my records from the UMC El Paso clinic will my parents see it?? its an STI test",
    facts: {
      "patient.age": 23,
      requester: "self",
      "provider.name": { oneOf: ["UMC El Paso clinic", "UMC El Paso"] },
      state: "TX",
      "records.kinds": ["test_results"],
    },
    openingMustAnswer: [ANSWER.parentsSeeAdult],
    tolerate: ["provider.type", "patient.isMinor"],
    respond: {
      rules: [
        {
          ask: ASK_MORE.confidential,
          say: "yes only to me please",
          facts: { confidential: true },
        },
        {
          ask: ASK.nameDob,
          say: "Itzel Caballero 06/30/2003",
          facts: { "patient.name": "Itzel Caballero", "patient.dateOfBirth": "2003-06-30" },
        },
        { ask: ASK.delivery, say: "email me", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "itzelc03@gmail.com", facts: { "patient.email": "itzelc03@gmail.com" } },
        { ask: ASK.purpose, say: "just for me", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "oct 9", facts: { "records.from": "2026-10-09", "records.to": "2026-10-09" } },
        { ask: ASK.insurer, say: "my parents insurance, idk what kind" },
        { ask: ASK.records, say: "the STI test results", facts: { "records.kinds": ["test_results"] } },
        { ask: ASK.open, say: "yes its open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "el paso tx", facts: { state: "TX" } },
        { ask: ASK.provider, say: "UMC El Paso clinic", facts: { "provider.name": "UMC El Paso clinic" } },
      ],
      otherwise: ["idk", "no"],
    },
    letter: { say: "write it pls", confirm: "yes" },
  },
  {
    id: "richmond-bon-secours-draft-letter-ok",
    description:
      "Opens with a four-word hospital name and 'draft letter', answers with 'ok' and 'thx': none of them may become a name.",
    lang: "en",
    channel: "web",
    tags: ["command", "long-name", "chat-speak", "record-kinds", "place"],
    opening:
      "Bon Secours St. Mary's Hospital of Richmond, in Richmond VA. need my op report and discharge summary from my hip replacement. draft letter",
    facts: {
      "provider.name": "Bon Secours St. Mary's Hospital of Richmond",
      "provider.type": "hospital",
      state: "VA",
      requester: "self",
      "records.kinds": [{ oneOf: ["visit_notes", "other", "full_chart"] }],
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "ok. Harold Oduya-Finch dob 12/12/1950 thx",
          facts: { "patient.name": "Harold Oduya-Finch", "patient.dateOfBirth": "1950-12-12" },
        },
        {
          ask: ASK.address,
          say: "7 Three Chopt Rd, Richmond VA 23226",
          facts: { "patient.address": "7 Three Chopt Rd, Richmond VA 23226" },
        },
        { ask: ASK.delivery, say: "paper, mail it", facts: { delivery: "mail", format: "paper" } },
        { ask: ASK.purpose, say: "personal", facts: { purpose: "personal" } },
        {
          ask: ASK.dates,
          say: "march 2 to march 6 2026",
          facts: { "records.from": "2026-03-02", "records.to": "2026-03-06" },
        },
        { ask: ASK.insurer, say: "ok idk" },
        {
          ask: ASK.records,
          say: "op report, discharge summary",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "other", "full_chart"] }] },
        },
        { ask: ASK.open, say: "ok yes open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "me i guess", facts: { requester: "self" } },
        { ask: ASK.state, say: "VA", facts: { state: "VA" } },
        {
          ask: ASK.provider,
          say: "Bon Secours St. Mary's Hospital of Richmond",
          facts: { "provider.name": "Bon Secours St. Mary's Hospital of Richmond" },
        },
      ],
      otherwise: ["ok", "thx"],
    },
    letter: { say: "draft letter", confirm: "ok", at: 3 },
    afterLetter: "thx",
  },
  {
    id: "portland-oregon-16-birth-control-parents",
    description: "A 16-year-old who went alone for birth control asks whether her parents can see her records.",
    lang: "en",
    channel: "sms",
    tags: ["question", "chat-speak", "terse"],
    opening:
      "im 16 and went to the Multnomah County Health Department clinic by myself for birth control. if i ask for my records can my parents see them",
    facts: {
      "patient.age": 16,
      "patient.isMinor": true,
      "records.minorConsented": true,
      requester: "self",
      "provider.name": { oneOf: ["Multnomah County Health Department", "Multnomah County Health Department clinic"] },
      state: "OR",
    },
    openingMustAnswer: [ANSWER.parentsSee],
    tolerate: ["provider.type"],
    respond: {
      rules: [
        { ask: ASK_MORE.confidential, say: "yes only me", facts: { confidential: true } },
        {
          ask: ASK.nameDob,
          say: "Sky Arbuckle 2/14/2010",
          facts: { "patient.name": "Sky Arbuckle", "patient.dateOfBirth": "2010-02-14" },
        },
        { ask: ASK.delivery, say: "email", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "skyarb10@gmail.com", facts: { "patient.email": "skyarb10@gmail.com" } },
        { ask: ASK.purpose, say: "just for me", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "this summer, 2026", facts: { "records.from": "2026", "records.to": "2026" } },
        { ask: ASK.insurer, say: "idk my parents have it" },
        {
          ask: ASK.records,
          say: "the visit",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }] },
        },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "oregon", facts: { state: "OR" } },
        {
          ask: ASK.provider,
          say: "Multnomah County Health Department",
          facts: { "provider.name": "Multnomah County Health Department" },
        },
      ],
      otherwise: ["idk", "k"],
    },
  },
  {
    id: "savannah-seven-providers-ssdi",
    description:
      "A long story: applying for disability, seven providers in Savannah for a back and depression since 2019, the lawyer should get them.",
    lang: "en",
    channel: "web",
    tags: ["many-providers", "run-on", "recipient", "long-name", "question"],
    opening:
      "I'm applying for disability (SSDI) and my lawyer told me I need records from every doctor I've seen for my back and my depression since 2019. That's like 7 different places: Memorial Health University Medical Center, St. Joseph's/Candler, two physical therapy places, a pain clinic, my psychiatrist Dr. Adaeze Okonkwo-Batts, and my primary care at Coastal Family Medicine. All in Savannah. Where do I even start?",
    facts: {
      purpose: "disability",
      providerCount: 7,
      state: "GA",
      requester: "self",
      "records.from": "2019",
      "records.kinds": ["mental_health", { maybe: "full_chart" }, { maybe: "visit_notes" }, { maybe: "imaging" }],
      "provider.name": {
        oneOf: [
          "Memorial Health University Medical Center",
          "St. Joseph's/Candler",
          "Dr. Adaeze Okonkwo-Batts",
          "Coastal Family Medicine",
        ],
      },
    },
    openingMustAnswer: [ANSWER_MORE.manyProviders],
    tolerate: ["provider.type", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Latrice Odom-Fairley, DOB 12/03/1981",
          facts: { "patient.name": "Latrice Odom-Fairley", "patient.dateOfBirth": "1981-12-03" },
        },
        {
          ask: ASK.recipientAddress,
          say: "Her fax is 912-555-0173",
          facts: { "recipient.fax": "912-555-0173" },
        },
        { ask: ASK.count, say: "7", facts: { providerCount: 7 } },
        {
          ask: ASK.recipient,
          say: "Yes, to my lawyer, Hannelore Bright at Bright & Sosa Disability Law",
          facts: {
            "recipient.name": {
              oneOf: [
                "Hannelore Bright at Bright & Sosa Disability Law",
                "Hannelore Bright",
                "Bright & Sosa Disability Law",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "Send them to my lawyer, Hannelore Bright at Bright & Sosa Disability Law",
          facts: {
            "recipient.name": {
              oneOf: [
                "Hannelore Bright at Bright & Sosa Disability Law",
                "Hannelore Bright",
                "Bright & Sosa Disability Law",
              ],
            },
            delivery: "third_party",
          },
        },
        { ask: ASK.purpose, say: "Disability, SSDI", facts: { purpose: "disability" } },
        { ask: ASK.dates, say: "2019 to now", facts: { "records.from": "2019" } },
        { ask: ASK.insurer, say: "I don't know, does it matter" },
        { ask: ASK.records, say: "Everything, the whole chart", facts: { "records.kinds": ["full_chart"] } },
        { ask: ASK.open, say: "They're all open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "Me", facts: { requester: "self" } },
        { ask: ASK.state, say: "Georgia", facts: { state: "GA" } },
        {
          ask: ASK.provider,
          say: "Start with Memorial Health University Medical Center I guess",
          facts: { "provider.name": "Memorial Health University Medical Center" },
        },
      ],
      otherwise: ["I don't know", "Whatever you think"],
    },
    letter: { say: "Can you make the letter for Memorial first", confirm: "Yes" },
  },
  {
    id: "louisville-retired-dentist-xrays",
    description:
      "Her dentist retired and the office closed last year; she wants her dental X-rays sent to her new dentist by email.",
    lang: "en",
    channel: "sms",
    tags: ["closed", "recipient", "record-kinds", "place"],
    opening:
      "my dentist Dr. Fenwick retired and the office closed last year. i need my dental xrays for my new dentist. louisville ky",
    facts: {
      "provider.name": "Dr. Fenwick",
      "provider.type": "dental",
      "provider.status": { oneOf: ["retired", "closed"] },
      "records.kinds": [{ oneOf: ["dental", "imaging"] }],
      purpose: "continuing_care",
      state: "KY",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.closedPractice],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Aubrey St. Clair 1/25/1993",
          facts: { "patient.name": "Aubrey St. Clair", "patient.dateOfBirth": "1993-01-25" },
        },
        {
          ask: ASK.recipientAddress,
          say: "their email is front@highlandsfamilydental.com",
          facts: { "recipient.email": "front@highlandsfamilydental.com" },
        },
        {
          ask: ASK.recipient,
          say: "my new dentist, Highlands Family Dental",
          facts: { "recipient.name": "Highlands Family Dental", delivery: "third_party" },
        },
        {
          ask: ASK.delivery,
          say: "send them to Highlands Family Dental",
          facts: { "recipient.name": "Highlands Family Dental", delivery: "third_party" },
        },
        {
          ask: ASK.open,
          say: "no its closed, he retired",
          facts: { "provider.status": { oneOf: ["retired", "closed"] } },
        },
        { ask: ASK.purpose, say: "new dentist", facts: { purpose: "continuing_care" } },
        { ask: ASK.dates, say: "2015 to 2025", facts: { "records.from": "2015", "records.to": "2025" } },
        { ask: ASK.insurer, say: "why? its a dentist and they closed" },
        {
          ask: ASK.records,
          say: "xrays",
          facts: { "records.kinds": [{ oneOf: ["dental", "imaging"] }] },
        },
        { ask: ASK.requester, say: "me", facts: { requester: "self" } },
        { ask: ASK.state, say: "kentucky", facts: { state: "KY" } },
        { ask: ASK.provider, say: "Dr. Fenwick", facts: { "provider.name": "Dr. Fenwick" } },
      ],
      otherwise: ["idk", "no idea"],
    },
    letter: { say: "letter pls", confirm: "yes" },
  },
];
