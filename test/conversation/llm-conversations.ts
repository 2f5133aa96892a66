// The scripted LLM conversations the benches run (LLM calls per turn, prompt caching, latency) and
// a test replays: each turn is the patient's words and the "model's" planned responses, played by
// the scripted OpenAI-compatible server (test/support/openai-server.ts), which fails loudly when the
// loop calls it more or fewer times than planned. The "model" follows the system prompt's rules:
// it writes its reply first, in the same step as the tools whose results it need not read, and
// reads the advice, a right or a state's rules in a second call. So the calls they count are the
// loop's (when it stops, what it sends), not a real model's judgment.
import type { Planned, PlannedToolCall } from "../support/openai-server.js";
import { CONFIRM_TURN, DRAFT_TURN, FIRST_TURN, PATIENT } from "./llm-script.js";

export interface ScriptedTurn {
  patient: string;
  plan: Planned[];
}

export interface ScriptedConversation {
  name: string;
  turns: ScriptedTurn[];
}

const record = (facts: Record<string, unknown>): PlannedToolCall => ({ name: "updateIntake", arguments: facts });
const offer = (topic: string, ...labels: string[]): PlannedToolCall => ({
  name: "offerChoices",
  arguments: { topic, options: labels.map((label) => ({ label, value: label })) },
});

/** One call: the reply, the facts recorded and the next question's quick replies. */
const ask = (text: string, facts: Record<string, unknown> | null, topic: string, ...labels: string[]): Planned[] => [
  { text, toolCalls: [...(facts ? [record(facts)] : []), offer(topic, ...labels)] },
];

/** Two calls: a first sentence with a tool the model must read, then the answer written from it. */
const lookUp = (lead: string, calls: PlannedToolCall[], answer: string, topic: string, ...labels: string[]) => [
  { text: lead, toolCalls: calls },
  { text: answer, toolCalls: [offer(topic, ...labels)] },
];

export const LLM_CONVERSATIONS: ScriptedConversation[] = [
  {
    name: "own chart from a hospital, letter drafted",
    turns: [
      { patient: PATIENT.first, plan: FIRST_TURN },
      { patient: PATIENT.draft, plan: DRAFT_TURN },
      { patient: PATIENT.confirm, plan: CONFIRM_TURN },
    ],
  },
  {
    name: "a parent, question by question, a fee question, then the letter",
    turns: [
      {
        patient: "hi i need my sons records pls",
        plan: ask(
          "I can help with that. How old is your son?",
          { requester: "parent" },
          "patient.age",
          "Under 13",
          "13 to 17",
          "18 or older",
        ),
      },
      {
        patient: "hes 12",
        plan: ask(
          "Thanks. As his parent you can ask for his records. Which state was his care in?",
          { patient: { isMinor: true } },
          "state",
          "Ohio",
          "Texas",
          "California",
        ),
      },
      {
        patient: "ohio, at Riverside Pediatrics",
        plan: ask(
          "Got it: Riverside Pediatrics in Ohio. Which records do you need?",
          { state: "OH", provider: { name: "Riverside Pediatrics", type: "physician_practice" } },
          "records.kinds",
          "Shots / vaccines",
          "The whole chart",
          "Test results",
        ),
      },
      {
        patient: "his vaccine records for school",
        plan: lookUp(
          "Thanks, noting his vaccine records for school. Let me find the quickest way.",
          [
            record({ records: { kinds: ["immunizations"] }, purpose: "school" }),
            { name: "recommendPath", arguments: {} },
          ],
          "The quickest way is the practice's patient portal or Ohio's immunization registry; a written request to the office also works. Would you like a letter?",
          "draft",
          "Draft the letter",
          "Not now",
        ),
      },
      {
        patient: "how much will that cost me??",
        plan: lookUp(
          "Good question, let me check the fee rules.",
          [{ name: "explainRights", arguments: { topic: "fees" } }],
          "A copy of his vaccine record is usually free or a small fee; the office must tell you the cost first. Shall I draft the letter?",
          "draft",
          "Draft the letter",
          "Not now",
        ),
      },
      {
        patient: "ok yes do the letter",
        plan: ask(
          "I'll need your son's full name and date of birth for the letter.",
          null,
          "patient.name",
          "I'll type it",
        ),
      },
      {
        patient: "Jake Miller, born March 2 2014",
        plan: [
          {
            text: "Thanks. Here is what the letter will say: check it and say yes to draft it.",
            toolCalls: [
              record({ patient: { name: "Jake Miller", dateOfBirth: "2014-03-02" } }),
              { name: "showReview", arguments: { kind: "access_request" } },
            ],
          },
        ],
      },
      {
        patient: "yes",
        plan: [
          {
            text: "Your letter is ready on the card: sign it and send it to Riverside Pediatrics.",
            toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }],
          },
        ],
      },
    ],
  },
  {
    name: "in Spanish: her whole chart from a hospital",
    turns: [
      {
        patient: "hola necesito mis records del hospital",
        plan: ask(
          "¡Claro! ¿En qué estado la atendieron?",
          { requester: "self", provider: { type: "hospital" } },
          "state",
          "Texas",
          "California",
          "Florida",
        ),
      },
      {
        patient: "texas, hospital san jose",
        plan: ask(
          "Anotado: Hospital San José en Texas. ¿Qué registros necesita?",
          { state: "TX", provider: { name: "Hospital San Jose" } },
          "records.kinds",
          "Todo el expediente",
          "Resultados",
          "Radiografías",
        ),
      },
      {
        patient: "todo el expediente",
        plan: lookUp(
          "Gracias. Busco la mejor manera de pedirlo.",
          [record({ records: { kinds: ["full_chart"] } }), { name: "recommendPath", arguments: {} }],
          "Lo mejor es una solicitud por escrito a la oficina de registros del hospital. ¿Le preparo la carta?",
          "draft",
          "Sí, la carta",
          "Ahora no",
        ),
      },
      {
        patient: "si porfa",
        plan: ask(
          "Para la carta necesito su nombre completo y su fecha de nacimiento.",
          null,
          "patient.name",
          "Lo escribo",
        ),
      },
      {
        patient: "Ana Ruiz 4 de marzo 1975",
        plan: [
          {
            text: "Gracias, Ana. Revise lo que dirá la carta y responda sí para prepararla.",
            toolCalls: [
              record({ patient: { name: "Ana Ruiz", dateOfBirth: "1975-03-04" } }),
              { name: "showReview", arguments: { kind: "access_request" } },
            ],
          },
        ],
      },
      {
        patient: "si",
        plan: [
          {
            text: "Su carta está lista en la tarjeta: fírmela y envíela a la oficina de registros.",
            toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }],
          },
        ],
      },
    ],
  },
];
