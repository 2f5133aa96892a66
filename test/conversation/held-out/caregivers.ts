// Held-out conversations: people asking for someone else's records (parents, agents, guardians,
// executors, adult children), often worried or grieving.
import { ANSWER, ASK } from "./asks.js";
import type { Conversation } from "./types.js";

export const CAREGIVERS: readonly Conversation[] = [
  {
    id: "parent-teen-football",
    description:
      "A parent needs a 15-year-old's shot record and last physical for football; asks what proof a parent needs.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "immunizations", "long-name", "question"],
    opening:
      "my 15 yo son needs his shot record and his last physical from his pediatrician, Pediatric Associates of Greater Salem, for football. we're in salem oregon",
    facts: {
      requester: "parent",
      "patient.isMinor": true,
      "provider.name": "Pediatric Associates of Greater Salem",
      "provider.type": { oneOf: ["physician_practice", "clinic", "specialist"] },
      state: "OR",
      "records.kinds": ["immunizations", "visit_notes"],
      purpose: { oneOf: ["school", "other"] },
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Ethan Moore, 4/18/2011",
          facts: { "patient.name": "Ethan Moore", "patient.dateOfBirth": "2011-04-18" },
        },
        {
          ask: ASK.portal,
          say: "i have the portal but it only shows some of his shots",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.requester, say: "im his mom", facts: { requester: "parent" } },
        {
          ask: ASK.purpose,
          say: "football, he needs a sports physical",
          facts: { purpose: { oneOf: ["school", "other"] } },
        },
        {
          ask: ASK.records,
          say: "his shot record and his last physical",
          facts: { "records.kinds": ["immunizations", "visit_notes"] },
        },
        { ask: ASK.state, say: "oregon", facts: { state: "OR" } },
        {
          ask: ASK.provider,
          say: "Pediatric Associates of Greater Salem",
          facts: { "provider.name": "Pediatric Associates of Greater Salem" },
        },
      ],
      otherwise: ["not sure", "his shots and the physical"],
      plan: [{ at: 3, say: "do i need to prove im his mom?", mustAnswer: ANSWER.parentProof }],
    },
    letter: { say: "ok write it", confirm: "yes" },
  },
  {
    id: "teen-planned-parenthood-parents",
    description: "A 17-year-old wants her own records and asks whether her parents can see them.",
    lang: "en",
    channel: "web",
    tags: ["question", "me"],
    opening: "im 17 and i want my records from planned parenthood in denver. can my parents see this?",
    facts: {
      requester: "self",
      "patient.isMinor": true,
      "provider.name": "planned parenthood",
      state: "CO",
    },
    tolerate: ["provider.type"],
    openingMustAnswer: [ANSWER.parentsSee],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Maya Johnson 1/20/2009",
          facts: { "patient.name": "Maya Johnson", "patient.dateOfBirth": "2009-01-20" },
        },
        { ask: ASK.delivery, say: "email not mail pls", facts: { delivery: "email" } },
        {
          ask: ASK.records,
          say: "just my visit notes and test results",
          facts: { "records.kinds": ["visit_notes", "test_results"] },
        },
        { ask: ASK.requester, say: "me, myself", facts: { requester: "self" } },
        { ask: ASK.state, say: "colorado, denver", facts: { state: "CO" } },
        { ask: ASK.provider, say: "planned parenthood", facts: { "provider.name": "planned parenthood" } },
      ],
      otherwise: ["idk", "just for me"],
    },
    letter: { say: "can u write it", confirm: "yes" },
  },
  {
    id: "mom-dementia-poa",
    description:
      "An adult daughter with health care power of attorney for her mother with dementia; asks about the paperwork.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "long-name", "question", "place"],
    opening:
      "My mother is 84 and has dementia. I'm her health care power of attorney. I need her records from Massachusetts General Hospital, she just moved in with me in Ohio and her new doctors here want them.",
    facts: {
      requester: "personal_representative",
      "patient.isMinor": false,
      "provider.name": "Massachusetts General Hospital",
      "provider.type": "hospital",
      state: "MA",
      purpose: "continuing_care",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Eleanor Fitzgerald, born 6/2/1942",
          facts: { "patient.name": "Eleanor Fitzgerald", "patient.dateOfBirth": "1942-06-02" },
        },
        { ask: ASK.portal, say: "I don't have access to her portal", facts: { "provider.portal": "no_access" } },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        {
          ask: ASK.records,
          say: "everything from the last few years, especially the neurology notes",
          facts: { "records.kinds": [{ oneOf: ["full_chart", "visit_notes"] }, { maybe: "visit_notes" }] },
        },
        {
          ask: ASK.requester,
          say: "I'm her health care power of attorney",
          facts: { requester: "personal_representative" },
        },
        { ask: ASK.purpose, say: "her new doctors here want them", facts: { purpose: "continuing_care" } },
        { ask: ASK.state, say: "Massachusetts, that's where she was treated", facts: { state: "MA" } },
        {
          ask: ASK.provider,
          say: "Massachusetts General Hospital",
          facts: { "provider.name": "Massachusetts General Hospital" },
        },
      ],
      otherwise: ["I'm not sure", "Massachusetts General Hospital"],
      plan: [
        { at: 3, say: "do i need to send them the power of attorney paperwork?", mustAnswer: ANSWER.proofOfAuthority },
      ],
    },
    letter: { say: "Yes please draft it", confirm: "Yes" },
  },
  {
    id: "executor-dad-vanderbilt",
    description:
      "Grief: a son, executor of his father's estate, needs the records; asks what proves he is the executor.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "grief", "long-name", "question"],
    opening:
      "My dad passed away in August and I'm the executor of his estate. I need his records from Vanderbilt University Medical Center in Nashville. We think something was missed.",
    facts: {
      requester: "executor",
      "patient.isDeceased": true,
      "provider.name": "Vanderbilt University Medical Center",
      "provider.type": "hospital",
      state: "TN",
    },
    openingMustAnswer: [ANSWER.condolence],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Robert James Ellison Sr., born 5/12/1948",
          facts: { "patient.name": "Robert James Ellison Sr.", "patient.dateOfBirth": "1948-05-12" },
        },
        {
          ask: ASK.purpose,
          say: "for the estate, and maybe a lawyer",
          facts: { purpose: { oneOf: ["legal", "other"] } },
        },
        { ask: ASK.delivery, say: "mail them to me", facts: { delivery: "mail" } },
        {
          ask: ASK.records,
          say: "everything from his last year, 2025 and 2026",
          facts: { "records.kinds": ["full_chart"], "records.from": "2025", "records.to": "2026" },
        },
        { ask: ASK.requester, say: "I'm his son and the executor", facts: { requester: "executor" } },
        { ask: ASK.state, say: "tennessee", facts: { state: "TN" } },
        {
          ask: ASK.provider,
          say: "Vanderbilt University Medical Center",
          facts: { "provider.name": "Vanderbilt University Medical Center" },
        },
      ],
      otherwise: ["I don't know", "Vanderbilt"],
      plan: [{ at: 4, say: "what do i need to prove i'm the executor?", mustAnswer: ANSWER.proofOfAuthority }],
    },
    letter: { say: "yes please write it", confirm: "yes" },
  },
  {
    id: "parent-kindergarten-shots",
    description:
      "Kindergarten registration on Dec 5; the shots were given in Tennessee, the family now lives in Georgia.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "immunizations", "urgent", "place"],
    opening:
      "my daughter needs her shot records for kindergarten registration, we moved from Tennessee to Georgia in june. registration is dec 5",
    facts: {
      requester: "parent",
      "patient.isMinor": true,
      "records.kinds": ["immunizations"],
      purpose: "school",
      neededBy: "2026-12-05",
      state: "TN",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Aaliyah Brooks, 9/1/2021",
          facts: { "patient.name": "Aaliyah Brooks", "patient.dateOfBirth": "2021-09-01" },
        },
        {
          ask: ASK.provider,
          say: "her doctor in memphis was Le Bonheur Pediatric Specialists",
          facts: { "provider.name": "Le Bonheur Pediatric Specialists" },
        },
        { ask: ASK.state, say: "she got her shots in tennessee", facts: { state: "TN" } },
        { ask: ASK.purpose, say: "kindergarten registration", facts: { purpose: "school" } },
        { ask: ASK.deadline, say: "dec 5", facts: { neededBy: "2026-12-05" } },
        { ask: ASK.records, say: "her shot records", facts: { "records.kinds": ["immunizations"] } },
        { ask: ASK.requester, say: "im her mom", facts: { requester: "parent" } },
      ],
      otherwise: ["not sure", "just her shots"],
    },
    letter: { say: "yes make the letter", confirm: "yes" },
  },
  {
    id: "wife-stroke-health-care-agent",
    description:
      "A wife, her husband's health care agent after a stroke, needs the hospital stay for the rehab center; asks if this is safe.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "long-name", "question", "record-kinds"],
    opening:
      "I'm my husband's health care agent since his stroke, he can't talk right now. I need his records from St. Mary's Medical Center in Huntington WV for the rehab place.",
    facts: {
      requester: "personal_representative",
      "provider.name": "St. Mary's Medical Center",
      "provider.type": "hospital",
      state: "WV",
      purpose: "continuing_care",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Dale Hutchins, 3/8/1953",
          facts: { "patient.name": "Dale Hutchins", "patient.dateOfBirth": "1953-03-08" },
        },
        { ask: ASK.open, say: "Yes", facts: { "provider.status": "open" } },
        {
          ask: ASK.dates,
          say: "his hospital stay, October 2 to October 20",
          facts: { "records.from": "2026-10-02", "records.to": "2026-10-20" },
        },
        {
          ask: ASK.records,
          say: "the whole hospital stay, October 2 to October 20",
          facts: { "records.from": "2026-10-02", "records.to": "2026-10-20" },
        },
        { ask: ASK.purpose, say: "for the rehab center", facts: { purpose: "continuing_care" } },
        { ask: ASK.state, say: "West Virginia", facts: { state: "WV" } },
        {
          ask: ASK.provider,
          say: "St. Mary's Medical Center",
          facts: { "provider.name": "St. Mary's Medical Center" },
        },
        { ask: ASK.requester, say: "I'm his health care agent", facts: { requester: "personal_representative" } },
      ],
      otherwise: ["I don't know", "St. Mary's"],
      plan: [{ at: 3, say: "is this safe to put his info in here?", mustAnswer: ANSWER.safe }],
    },
    tolerate: ["records.kinds"],
    letter: { say: "please write the letter", confirm: "yes" },
  },
  {
    id: "guardian-adult-son-devereux",
    description: "A court-appointed guardian of a 23-year-old son with autism needs psychiatric records.",
    lang: "en",
    channel: "web",
    tags: ["caregiver", "record-kinds"],
    opening:
      "I'm the court appointed guardian of my son, he's 23 and has autism. I need his psychiatric records from Devereux in Pennsylvania.",
    facts: {
      requester: "guardian",
      "patient.isMinor": false,
      "records.kinds": ["mental_health"],
      "provider.name": "Devereux",
      state: "PA",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Tyler Wozniak 5/30/2003",
          facts: { "patient.name": "Tyler Wozniak", "patient.dateOfBirth": "2003-05-30" },
        },
        { ask: ASK.open, say: "yes", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "his new psychiatrist needs them", facts: { purpose: "continuing_care" } },
        { ask: ASK.requester, say: "I'm his legal guardian", facts: { requester: "guardian" } },
        { ask: ASK.records, say: "his psychiatric records", facts: { "records.kinds": ["mental_health"] } },
        { ask: ASK.state, say: "pennsylvania", facts: { state: "PA" } },
        { ask: ASK.provider, say: "Devereux", facts: { "provider.name": "Devereux" } },
      ],
      otherwise: ["not sure", "his psychiatric records"],
    },
    letter: { say: "yes draft it please", confirm: "yes" },
  },
];
