// Fresh held-out conversations in English for someone else: a father with dementia, a mother who
// died, and a daughter whose records go to a new pediatrician in another state.
import { ANSWER, ASK } from "../asks.js";
import type { Conversation } from "../types.js";
import { ASK_MORE } from "./patterns.js";

export const FOR_SOMEONE_ELSE: readonly Conversation[] = [
  {
    id: "minneapolis-dad-alzheimers-poa",
    description:
      "A daughter with power of attorney for her 81-year-old father needs his neurology records sent to his memory care facility; asks if she must send the POA.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "question", "recipient", "record-kinds"],
    opening:
      "My dad has Alzheimer's and I'm his power of attorney. I need his neurology records from Hennepin Healthcare in Minneapolis for the memory care place he's moving into. He's 81.",
    facts: {
      requester: "personal_representative",
      "patient.age": 81,
      "provider.name": "Hennepin Healthcare",
      state: "MN",
      purpose: "continuing_care",
      "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }],
    },
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "His name is Arvid Johansson, born 3/15/1945",
          facts: { "patient.name": "Arvid Johansson", "patient.dateOfBirth": "1945-03-15" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "Ingrid Johansson-Reyes",
          facts: { "representative.name": "Ingrid Johansson-Reyes" },
        },
        {
          ask: ASK.nameDob,
          say: "Arvid Johansson, 3/15/1945",
          facts: { "patient.name": "Arvid Johansson", "patient.dateOfBirth": "1945-03-15" },
        },
        {
          ask: ASK.recipientAddress,
          say: "Their fax is 952-555-0138",
          facts: { "recipient.fax": "952-555-0138" },
        },
        {
          ask: ASK.recipient,
          say: "Send them to the memory care, Lakeview Commons Memory Care in Edina",
          facts: {
            "recipient.name": { oneOf: ["Lakeview Commons Memory Care", "Lakeview Commons Memory Care in Edina"] },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "Straight to Lakeview Commons Memory Care",
          facts: { "recipient.name": "Lakeview Commons Memory Care", delivery: "third_party" },
        },
        { ask: ASK.purpose, say: "His new memory care needs them", facts: { purpose: "continuing_care" } },
        {
          ask: ASK.dates,
          say: "Since 2020, when he was diagnosed",
          facts: { "records.from": "2020" },
        },
        { ask: ASK.insurer, say: "I'm not sure" },
        {
          ask: ASK.records,
          say: "Neurology notes, the brain MRI, and his medication list",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "full_chart"] }, "imaging", "medications"] },
        },
        { ask: ASK.open, say: "Yes, it's open", facts: { "provider.status": "open" } },
        {
          ask: ASK.requester,
          say: "For my dad. I'm his power of attorney",
          facts: { requester: "personal_representative" },
        },
        { ask: ASK.state, say: "Minnesota", facts: { state: "MN" } },
        { ask: ASK.provider, say: "Hennepin Healthcare", facts: { "provider.name": "Hennepin Healthcare" } },
      ],
      otherwise: ["I'm not sure", "I don't know"],
      plan: [{ at: 3, say: "Do I need to send them the POA paperwork?", mustAnswer: ANSWER.proofOfAuthority }],
    },
    letter: { say: "Please draft the letter", confirm: "Yes, that's correct" },
    tolerate: ["provider.type", "patient.isMinor", "records.to"],
  },
  {
    id: "birmingham-mother-died-executor",
    description:
      "His mother died last month at UAB Hospital; he is the executor and wants the records of her last stay to understand what happened.",
    lang: "en",
    channel: "web",
    tags: ["grief", "caregiver", "question", "run-on", "several-facts"],
    opening:
      "My mother passed away last month at UAB Hospital in Birmingham. I'm the executor of her estate and I'd like all of her records from her last hospital stay, October 3 to October 29. I just want to understand what happened to her.",
    facts: {
      "patient.isDeceased": true,
      requester: "executor",
      "provider.name": "UAB Hospital",
      "provider.type": "hospital",
      state: "AL",
      "records.kinds": [{ oneOf: ["full_chart", "visit_notes"] }],
      "records.from": "2026-10-03",
      "records.to": "2026-10-29",
      purpose: { oneOf: ["personal", "other"] },
    },
    openingMustAnswer: [ANSWER.condolence],
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "Dolores Mae Hutchins. She was born 1/9/1949",
          facts: { "patient.name": "Dolores Mae Hutchins", "patient.dateOfBirth": "1949-01-09" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "Calvin Hutchins",
          facts: { "representative.name": "Calvin Hutchins" },
        },
        {
          ask: ASK.nameDob,
          say: "Her name was Dolores Mae Hutchins, born 1/9/1949",
          facts: { "patient.name": "Dolores Mae Hutchins", "patient.dateOfBirth": "1949-01-09" },
        },
        {
          ask: ASK.address,
          say: "Send it to me at 56 Rosedale Dr, Homewood AL 35209",
          facts: { "representative.address": "56 Rosedale Dr, Homewood AL 35209" },
        },
        { ask: ASK.delivery, say: "Paper copies mailed to me", facts: { delivery: "mail", format: "paper" } },
        {
          ask: ASK.purpose,
          say: "I want to understand what happened",
          facts: { purpose: { oneOf: ["personal", "other"] } },
        },
        {
          ask: ASK.dates,
          say: "October 3 to October 29",
          facts: { "records.from": "2026-10-03", "records.to": "2026-10-29" },
        },
        { ask: ASK.insurer, say: "I don't know" },
        {
          ask: ASK.records,
          say: "Everything from that stay",
          facts: { "records.kinds": [{ oneOf: ["full_chart", "visit_notes"] }] },
        },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        {
          ask: ASK.requester,
          say: "My mother's. I'm the executor",
          facts: { requester: "executor", "patient.isDeceased": true },
        },
        { ask: ASK.state, say: "Alabama", facts: { state: "AL" } },
        { ask: ASK.provider, say: "UAB Hospital", facts: { "provider.name": "UAB Hospital" } },
      ],
      otherwise: ["I don't know", "I'm not sure, sorry"],
      plan: [{ at: 3, say: "What do I need to show them that I'm the executor?", mustAnswer: ANSWER.proofOfAuthority }],
    },
    letter: { say: "Yes please write it", confirm: "Yes" },
  },
  {
    id: "baton-rouge-daughter-to-new-pediatrician",
    description:
      "Moving to Texas: a mother wants her 9-year-old's chart and shots from a long-named children's hospital sent to the new pediatrician; asks how to prove she is the mother.",
    lang: "en",
    channel: "sms",
    tags: ["caregiver", "recipient", "long-name", "immunizations", "question"],
    opening:
      "we're moving to katy texas and my daughter's new pediatrician needs her records and shots from Our Lady of the Lake Children's Hospital in baton rouge. she's 9",
    facts: {
      requester: "parent",
      "patient.isMinor": true,
      "patient.age": 9,
      "provider.name": "Our Lady of the Lake Children's Hospital",
      "provider.type": "hospital",
      state: "LA",
      purpose: "continuing_care",
      "records.kinds": ["immunizations", { maybe: "full_chart" }, { maybe: "visit_notes" }],
    },
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "Amelie Broussard, born 4/20/2017",
          facts: { "patient.name": "Amelie Broussard", "patient.dateOfBirth": "2017-04-20" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "im her mom, Danielle Broussard",
          facts: { "representative.name": "Danielle Broussard" },
        },
        {
          ask: ASK.nameDob,
          say: "Amelie Broussard 4/20/2017",
          facts: { "patient.name": "Amelie Broussard", "patient.dateOfBirth": "2017-04-20" },
        },
        {
          ask: ASK.recipientAddress,
          say: "fax 281-555-0196",
          facts: { "recipient.fax": "281-555-0196" },
        },
        {
          ask: ASK.recipient,
          say: "Dr. Mireille Fontenot-Haas at Katy Kids Pediatrics",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Mireille Fontenot-Haas at Katy Kids Pediatrics",
                "Dr. Mireille Fontenot-Haas",
                "Katy Kids Pediatrics",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "send to the new pediatrician, Dr. Mireille Fontenot-Haas at Katy Kids Pediatrics",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Mireille Fontenot-Haas at Katy Kids Pediatrics",
                "Dr. Mireille Fontenot-Haas",
                "Katy Kids Pediatrics",
              ],
            },
            delivery: "third_party",
          },
        },
        { ask: ASK.purpose, say: "new pediatrician", facts: { purpose: "continuing_care" } },
        {
          ask: ASK.dates,
          say: "since she was born",
          facts: { "records.from": { oneOf: ["2017", "2017-04-20"] } },
        },
        { ask: ASK.insurer, say: "idk" },
        {
          ask: ASK.records,
          say: "her whole chart and her shot record",
          facts: { "records.kinds": ["immunizations", "full_chart"] },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "my daughter, im her mom", facts: { requester: "parent" } },
        { ask: ASK.state, say: "louisiana", facts: { state: "LA" } },
        {
          ask: ASK.provider,
          say: "Our Lady of the Lake Children's Hospital",
          facts: { "provider.name": "Our Lady of the Lake Children's Hospital" },
        },
      ],
      otherwise: ["idk", "not sure"],
      plan: [{ at: 3, say: "do i have to prove im her mom?", mustAnswer: ANSWER.parentProof }],
    },
    letter: { say: "ok write the letter", confirm: "yes" },
    tolerate: ["records.to"],
  },
];
