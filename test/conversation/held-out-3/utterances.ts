// A third frozen set (issue 15, generalisation): short patient messages in wordings none of the
// guide's extractors were tuned on, each with the facts it states and the facts it must NOT yield.
// Written before the fixes they check; do not edit an expectation to make it pass (fix only a
// mistake, and say so in the commit message).
import type { Intent } from "../../../src/conversation/guide/extract.js";
import type { Intake } from "../../../src/domain/intake.js";

export interface Utterance {
  id: string;
  text: string;
  /** Topic of the question just asked, if any. */
  lastTopic?: string;
  intake?: Intake;
  context?: "en" | "es";
  /** Values the patch must hold, by dotted path (arrays: must include each item). */
  has?: Record<string, string | number | readonly string[]>;
  /** Dotted paths the patch must leave unset. */
  absent?: readonly string[];
  /** Intents the message must carry. */
  intents?: readonly Intent[];
  /** Intents the message must not carry. */
  notIntents?: readonly Intent[];
  /** Fails today; described for whoever fixes it. The test fails once it passes. */
  knownBug?: string;
}

export const TODAY = "2026-11-30";

export const UTTERANCES: readonly Utterance[] = [
  // A command, a month or a filler word is never a name.
  {
    id: "en-command-as-name",
    text: "Make the letter now please",
    lastTopic: "patient.name",
    absent: ["patient.name"],
  },
  {
    id: "es-command-as-name",
    text: "Mándame la carta ya porfa",
    lastTopic: "patient.name",
    context: "es",
    absent: ["patient.name"],
  },
  {
    id: "en-filler-as-name",
    text: "Whats next",
    lastTopic: "patient.name",
    absent: ["patient.name"],
  },
  {
    id: "es-month-as-provider",
    text: "me operaron en octubre en el hospital del condado",
    context: "es",
    absent: ["provider.name"],
  },
  {
    id: "en-month-as-provider",
    text: "i was at the clinic in March for my back",
    absent: ["provider.name"],
  },
  {
    id: "en-name-with-dob",
    text: "its Rosa Delgado dob 2/9/1977",
    lastTopic: "patient.name",
    has: { "patient.name": "Rosa Delgado", "patient.dateOfBirth": "1977-02-09" },
  },
  // Rehabilitation therapy is not psychotherapy (45 CFR 164.501 defines psychotherapy notes as a
  // mental health professional's notes of counseling sessions).
  {
    id: "en-pt-after-stroke",
    text: "i need my therapy notes from rehab after my stroke",
    absent: ["records.kinds"],
  },
  {
    id: "en-therapy-after-injury",
    text: "need the therapy notes from after my shoulder injury, the PT place",
    absent: ["records.kinds"],
  },
  {
    id: "es-terapia-after-accident",
    text: "necesito las notas de terapia despues del accidente, era terapia fisica",
    context: "es",
    absent: ["records.kinds"],
  },
  {
    id: "en-psychotherapy-stays",
    text: "i want the therapy notes from my counselor",
    has: { "records.kinds": ["psychotherapy_notes"] },
  },
  // Where the patient is moving to, or where the new doctor is, is not where care happened.
  {
    id: "en-moving-to-state",
    text: "im moving to arizona next month and need my records for the new doctor",
    absent: ["state"],
  },
  {
    id: "en-new-doctor-in-state",
    text: "my new doctor is in oregon and wants my old chart",
    absent: ["state"],
  },
  {
    id: "es-mudando-a-estado",
    text: "me voy a mudar a texas y necesito mi expediente",
    context: "es",
    absent: ["state"],
  },
  {
    id: "en-care-state-kept",
    text: "i got treated in ohio but moved to florida",
    has: { state: "OH" },
  },
  // An earlier request's outcome, a format or a delivery only when the patient says it.
  {
    id: "en-received-not-said",
    text: "I asked them back in august for my records",
    absent: ["priorRequest.outcome", "format", "delivery"],
  },
  {
    id: "en-portal-mentioned-not-delivery",
    text: "i cant get into the portal so i need them another way",
    absent: ["delivery", "format"],
  },
  {
    id: "es-portal-no-delivery",
    text: "el portal no me deja entrar, necesito mis resultados",
    context: "es",
    absent: ["delivery", "format"],
  },
  // A "no" that is a filler is not an answer.
  {
    id: "en-no-filler-status",
    text: "no idea honestly, havent been there in years",
    lastTopic: "provider.status",
    has: { "provider.status": "unknown" },
  },
  {
    id: "es-no-filler-status",
    text: "no sé la verdad",
    lastTopic: "provider.status",
    context: "es",
    has: { "provider.status": "unknown" },
  },
  {
    id: "en-no-means-closed",
    text: "no, it shut down last year",
    lastTopic: "provider.status",
    has: { "provider.status": "closed" },
  },
  // The patient's own questions in other wordings.
  {
    id: "en-cost-other-wording",
    text: "will i have to pay anything for this?",
    intents: ["rights_fees"],
  },
  {
    id: "es-cost-other-wording",
    text: "me van a cobrar algo por las copias?",
    context: "es",
    intents: ["rights_fees"],
  },
  {
    id: "en-time-other-wording",
    text: "how soon will i get them",
    intents: ["rights_deadline"],
  },
  {
    id: "es-time-other-wording",
    text: "cuánto se tardan en mandarlos?",
    context: "es",
    intents: ["rights_deadline"],
  },
  {
    id: "en-bot-other-wording",
    text: "wait am i chatting with a bot",
    intents: ["asks_human"],
  },
  {
    id: "es-bot-other-wording",
    text: "eres un robot o una persona?",
    context: "es",
    intents: ["asks_human"],
  },
  {
    id: "en-privacy-other-wording",
    text: "who else can see what i type here?",
    intents: ["asks_safety"],
  },
  {
    id: "es-privacy-other-wording",
    text: "mis datos estan seguros aqui?",
    context: "es",
    intents: ["asks_safety"],
  },
];
