// Fresh held-out conversations: patients who already asked once and were refused over a bill,
// quoted a fee, ignored, sent part of it, or denied on "harm" grounds.
import { ANSWER, ASK } from "../asks.js";
import type { Conversation } from "../types.js";
import { ASK_MORE } from "./patterns.js";

export const EARLIER_REQUESTS: readonly Conversation[] = [
  {
    id: "tulsa-saint-francis-unpaid-bill",
    description:
      "Refused her records at the window because she owes $1,400 for her gallbladder surgery; angry, asks if that is legal, then what copies cost.",
    lang: "en",
    channel: "web",
    tags: ["angry", "question", "prior-request", "record-kinds"],
    opening:
      "Saint Francis Hospital in Tulsa is refusing to give me my records because I still owe them $1,400 from my gallbladder surgery. Is that even legal?? I need the surgery records and the pathology report.",
    facts: {
      "provider.name": "Saint Francis Hospital",
      "provider.type": "hospital",
      state: "OK",
      requester: "self",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart", "other"] }, { oneOf: ["test_results", "other"] }],
      "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] },
    },
    openingMustAnswer: [ANSWER.unpaidBill],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Renee Castellanos-Whitfield, born 2/2/1975",
          facts: { "patient.name": "Renee Castellanos-Whitfield", "patient.dateOfBirth": "1975-02-02" },
        },
        {
          ask: ASK.officeAddress,
          say: "The address on my bill is 6161 S Yale Ave, Tulsa OK 74136",
          facts: { "provider.address": "6161 S Yale Ave, Tulsa OK 74136" },
        },
        {
          ask: ASK.priorDate,
          say: "I asked at the records window on Monday, November 16",
          facts: { "priorRequest.sentOn": "2026-11-16" },
        },
        {
          ask: ASK.prior,
          say: "Yes, I asked in person and they said not until the bill is paid",
          facts: { "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] } },
        },
        { ask: ASK.delivery, say: "Email is fine", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "reneecw@outlook.com", facts: { "patient.email": "reneecw@outlook.com" } },
        { ask: ASK.purpose, say: "They're mine and I want them", facts: { purpose: "personal" } },
        {
          ask: ASK.dates,
          say: "The surgery was September 14, 2026",
          facts: { "records.from": "2026-09-14", "records.to": "2026-09-14" },
        },
        { ask: ASK.insurer, say: "What does that have to do with anything" },
        {
          ask: ASK.records,
          say: "The surgery records and the pathology report",
          facts: {
            "records.kinds": [{ oneOf: ["visit_notes", "full_chart", "other"] }, { oneOf: ["test_results", "other"] }],
          },
        },
        { ask: ASK.open, say: "Of course it's open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "Me!", facts: { requester: "self" } },
        { ask: ASK.state, say: "Oklahoma", facts: { state: "OK" } },
        { ask: ASK.provider, say: "Saint Francis Hospital", facts: { "provider.name": "Saint Francis Hospital" } },
      ],
      otherwise: ["I don't know", "Can we just get on with it"],
      plan: [{ at: 4, say: "And how much can they charge me for the copies?", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "Just write the letter", confirm: "Yes that's right" },
  },
  {
    id: "omaha-orthopaedics-212-dollar-quote",
    description:
      "Asked an orthopaedic practice for his chart on October 2 and got a $212 bill before release; asks if that is allowed.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "question", "long-name", "place"],
    opening:
      "I asked Midlands Orthopaedics & Spine in Omaha for my records on October 2 and they sent back a bill for $212 before they'll release anything. It's about 300 pages. That seems insane, is that allowed?",
    facts: {
      "provider.name": "Midlands Orthopaedics & Spine",
      state: "NE",
      requester: "self",
      "priorRequest.sentOn": "2026-10-02",
      "priorRequest.outcome": "fee_dispute",
    },
    openingMustAnswer: [ANSWER.feeRules],
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK_MORE.answeredOn,
          say: "The invoice is dated October 20",
          facts: { "priorRequest.answeredOn": "2026-10-20" },
        },
        {
          ask: ASK.nameDob,
          say: "Gregory Amankwah, 04/22/1968",
          facts: { "patient.name": "Gregory Amankwah", "patient.dateOfBirth": "1968-04-22" },
        },
        {
          ask: ASK.priorDate,
          say: "October 2",
          facts: { "priorRequest.sentOn": "2026-10-02" },
        },
        {
          ask: ASK.delivery,
          say: "Electronic. A PDF by email",
          facts: { format: "electronic", delivery: "email" },
        },
        { ask: ASK.email, say: "g.amankwah@cox.net", facts: { "patient.email": "g.amankwah@cox.net" } },
        {
          ask: ASK.purpose,
          say: "I'm getting a second opinion from another surgeon",
          facts: { purpose: "second_opinion" },
        },
        {
          ask: ASK.dates,
          say: "2021 through 2024",
          facts: { "records.from": "2021", "records.to": "2024" },
        },
        { ask: ASK.insurer, say: "Not sure that matters here" },
        {
          ask: ASK.records,
          say: "Everything, my whole chart from the back surgery",
          facts: { "records.kinds": ["full_chart"] },
        },
        { ask: ASK.open, say: "Yes, still open", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "For me", facts: { requester: "self" } },
        { ask: ASK.state, say: "Nebraska", facts: { state: "NE" } },
        {
          ask: ASK.provider,
          say: "Midlands Orthopaedics & Spine",
          facts: { "provider.name": "Midlands Orthopaedics & Spine" },
        },
      ],
      otherwise: ["Not sure", "I don't have that"],
    },
    letter: { say: "OK draft it", confirm: "Yes" },
  },
  {
    id: "boise-st-lukes-faxed-august-nothing",
    description:
      "Faxed a request on August 28 for her prenatal and delivery records, called three times, nothing; asks if there is a deadline.",
    lang: "en",
    channel: "sms",
    tags: ["prior-request", "question", "record-kinds", "chat-speak", "angry"],
    opening:
      "i faxed a records request to St. Luke's Boise Medical Center on august 28 and NOTHING. called 3 times. its been almost 3 months",
    facts: {
      "provider.name": "St. Luke's Boise Medical Center",
      state: "ID",
      requester: "self",
      "priorRequest.sentOn": "2026-08-28",
      "priorRequest.outcome": "no_response",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Kristen Hollowell 7/19/1990",
          facts: { "patient.name": "Kristen Hollowell", "patient.dateOfBirth": "1990-07-19" },
        },
        {
          ask: ASK.address,
          say: "2210 W Bannock St, Boise ID 83702",
          facts: { "patient.address": "2210 W Bannock St, Boise ID 83702" },
        },
        { ask: ASK.priorDate, say: "aug 28", facts: { "priorRequest.sentOn": "2026-08-28" } },
        {
          ask: ASK.prior,
          say: "yes i faxed it aug 28, no answer",
          facts: { "priorRequest.sentOn": "2026-08-28", "priorRequest.outcome": "no_response" },
        },
        {
          ask: ASK.portal,
          say: "i dont have a portal account",
          facts: { "provider.portal": { oneOf: ["no_access", "none"] } },
        },
        { ask: ASK.delivery, say: "paper copies, mail them", facts: { delivery: "mail", format: "paper" } },
        { ask: ASK.purpose, say: "for me", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "all of 2025", facts: { "records.from": "2025", "records.to": "2025" } },
        { ask: ASK.insurer, say: "idk" },
        {
          ask: ASK.records,
          say: "my prenatal and delivery records",
          facts: { "records.kinds": [{ oneOf: ["full_chart", "visit_notes", "other"] }] },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "mine", facts: { requester: "self" } },
        { ask: ASK.state, say: "idaho", facts: { state: "ID" } },
        {
          ask: ASK.provider,
          say: "St. Luke's Boise Medical Center",
          facts: { "provider.name": "St. Luke's Boise Medical Center" },
        },
      ],
      otherwise: ["idk", "???"],
      plan: [{ at: 2, say: "isnt there a deadline they have to follow??", mustAnswer: ANSWER.howLong }],
    },
    letter: { say: "yes do it", confirm: "yes" },
  },
  {
    id: "fresno-community-regional-partial",
    description:
      "Asked for everything from a stroke admission and got only the discharge summary, no MRI and no therapy notes; asks what now.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "question", "record-kinds", "several-facts"],
    opening:
      "Community Regional Medical Center in Fresno only sent me part of my records. I asked for everything from my stroke admission in May and they sent the discharge summary and nothing else. No MRI, no therapy notes. What now?",
    facts: {
      "provider.name": "Community Regional Medical Center",
      state: "CA",
      requester: "self",
      "priorRequest.outcome": "partial",
      "records.kinds": ["full_chart", { maybe: "imaging" }, { maybe: "visit_notes" }, { maybe: "other" }],
    },
    openingMustAnswer: [ANSWER.escalation],
    tolerate: ["provider.type", "records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Vang Xiong, born 8/8/1960",
          facts: { "patient.name": "Vang Xiong", "patient.dateOfBirth": "1960-08-08" },
        },
        {
          ask: ASK.address,
          say: "4415 E Clinton Ave, Fresno CA 93703",
          facts: { "patient.address": "4415 E Clinton Ave, Fresno CA 93703" },
        },
        {
          ask: ASK_MORE.answeredOn,
          say: "They mailed the partial copy October 20",
          facts: { "priorRequest.answeredOn": "2026-10-20" },
        },
        {
          ask: ASK.priorDate,
          say: "I sent my request September 8",
          facts: { "priorRequest.sentOn": "2026-09-08" },
        },
        { ask: ASK.delivery, say: "Paper, by mail", facts: { delivery: "mail", format: "paper" } },
        { ask: ASK.purpose, say: "My own records, for my neurologist", facts: { purpose: "continuing_care" } },
        {
          ask: ASK.dates,
          say: "May 11 to May 25, 2026",
          facts: { "records.from": "2026-05-11", "records.to": "2026-05-25" },
        },
        { ask: ASK.insurer, say: "I don't know" },
        {
          ask: ASK.records,
          say: "Everything, especially the MRI and the therapy notes",
          facts: {
            "records.kinds": ["full_chart", { maybe: "imaging" }, { maybe: "visit_notes" }, { maybe: "other" }],
          },
        },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "Me", facts: { requester: "self" } },
        { ask: ASK.state, say: "California", facts: { state: "CA" } },
        {
          ask: ASK.provider,
          say: "Community Regional Medical Center",
          facts: { "provider.name": "Community Regional Medical Center" },
        },
      ],
      otherwise: ["I don't know", "Not sure"],
    },
    letter: { say: "letter pls", confirm: "Yes" },
  },
  {
    id: "providence-butler-denied-endanger",
    description: "A psychiatric hospital denied his records saying they could endanger his life; he wants to fight it.",
    lang: "en",
    channel: "web",
    tags: ["prior-request", "angry", "question", "record-kinds"],
    opening:
      "Butler Hospital in Providence denied my request for my psychiatric records. The letter says it could 'endanger my life or physical safety'. I was an inpatient there in 2024. I think that's BS. Can I fight it?",
    facts: {
      "provider.name": "Butler Hospital",
      "provider.type": { oneOf: ["hospital", "behavioral_health"] },
      state: "RI",
      requester: "self",
      "priorRequest.outcome": "denied",
      "records.kinds": [{ oneOf: ["mental_health", "full_chart"] }],
      "records.from": "2024",
      "records.to": "2024",
    },
    openingMustAnswer: [ANSWER.denialReview],
    respond: {
      rules: [
        {
          ask: ASK_MORE.answeredOn,
          say: "The denial letter is dated November 2",
          facts: { "priorRequest.answeredOn": "2026-11-02" },
        },
        {
          ask: ASK.nameDob,
          say: "Nathaniel Ferreira-Souza, 5/17/1996",
          facts: { "patient.name": "Nathaniel Ferreira-Souza", "patient.dateOfBirth": "1996-05-17" },
        },
        { ask: ASK.priorDate, say: "October 5", facts: { "priorRequest.sentOn": "2026-10-05" } },
        { ask: ASK.delivery, say: "Email", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "nate.fsouza@gmail.com", facts: { "patient.email": "nate.fsouza@gmail.com" } },
        { ask: ASK.purpose, say: "They're my records. Personal.", facts: { purpose: "personal" } },
        { ask: ASK.dates, say: "2024", facts: { "records.from": "2024", "records.to": "2024" } },
        { ask: ASK.insurer, say: "I don't know" },
        {
          ask: ASK.records,
          say: "My psychiatric records from the inpatient stay",
          facts: { "records.kinds": [{ oneOf: ["mental_health", "full_chart"] }] },
        },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "Mine", facts: { requester: "self" } },
        { ask: ASK.state, say: "Rhode Island", facts: { state: "RI" } },
        { ask: ASK.provider, say: "Butler Hospital", facts: { "provider.name": "Butler Hospital" } },
      ],
      otherwise: ["No idea", "I don't know"],
    },
    letter: { say: "Yes, write the review request", confirm: "Yes" },
  },
];
