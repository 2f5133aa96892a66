// Scripted whole conversations for the built-in guide: an opening message, then how this patient
// answers each question the guide may ask (by topic), then "draft my letter". Each ends in a
// recommendation and a drafted document.
import type { PathId } from "../../src/domain/intake.js";
import type { DocumentKind } from "../../src/domain/recommendation.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { confirmReviewReply, draftLetterReply, reviewIn } from "../support/quick-replies.js";

export interface Script {
  name: string;
  opening: string;
  /** The patient's answer per question topic; a number taps that quick reply (1-based) of the ones offered. */
  answers: Record<string, string | number>;
  /** What the patient says after the recommendation to get the letter; taps "Draft my letter" when unset. */
  draft?: string;
  first: PathId;
  document: DocumentKind;
  /** Facts that must be in the final Intake (deep subset; record kinds must all be present). */
  intake?: Record<string, unknown>;
  lang?: "en" | "es";
}

const ME = { "patient.name": "Maria Lopez, March 4, 1980", "provider.name": "Mercy General Hospital" };

export const SCRIPTS: Script[] = [
  {
    name: "own full chart from a Texas hospital",
    opening: "I need my whole chart from the hospital where I had surgery in Texas",
    answers: { requester: 1, ...ME },
    first: "provider",
    document: "access_request",
    intake: {
      state: "TX",
      requester: "self",
      records: { kinds: ["full_chart"] },
      patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" },
    },
  },
  {
    name: "x-rays and MRI in California",
    opening: "hi, how do I get copies of my x-rays and MRI?",
    answers: {
      requester: "for me",
      state: "California",
      "provider.name": "Bay Imaging Center",
      "patient.name": "James Chen, 7/19/1975",
    },
    first: "provider",
    document: "access_request",
    intake: { state: "CA", records: { kinds: ["imaging"] } },
  },
  {
    name: "child's vaccines for school in Florida",
    opening: "My son needs his vaccine records for school. We live in Florida.",
    answers: {
      "patient.isMinor": 1,
      "patient.name": "Leo Park, 2015-09-01",
      "provider.name": "Sunshine Pediatrics",
    },
    first: "state",
    document: "immunization_request",
    intake: { state: "FL", requester: "parent", purpose: "school", records: { kinds: ["immunizations"] } },
  },
  {
    name: "retired doctor in Ohio",
    opening: "My old family doctor in Ohio retired and I need my records",
    answers: { requester: 1, "records.kinds": 2, ...ME },
    first: "state",
    document: "access_request",
    intake: { state: "OH", provider: { status: "retired" } },
  },
  {
    name: "doctor who died, New York",
    opening: "my doctor passed away last year, how do I get my medical records? I'm in New York",
    answers: { requester: 1, "records.kinds": "everything", ...ME },
    first: "state",
    document: "access_request",
    intake: { state: "NY", provider: { status: "deceased" } },
  },
  {
    name: "no answer after six weeks, Washington",
    opening: "I sent a request for my records to my clinic in Washington state 6 weeks ago and got nothing",
    answers: { requester: 1, "records.kinds": "visit notes and labs", ...ME },
    first: "portal",
    document: "follow_up",
    intake: { state: "WA", priorRequest: { outcome: "no_response" } },
  },
  {
    name: "request denied, Illinois",
    opening: "The hospital in Illinois denied my request for my records last month",
    answers: { requester: 1, "records.kinds": 2, "priorRequest.sentOn": 3, ...ME },
    first: "provider",
    document: "ocr_complaint",
    intake: { state: "IL", priorRequest: { outcome: "denied" } },
  },
  {
    name: "claims across many providers, Medicare Advantage",
    opening: "I can't remember every doctor I've seen. I have a Medicare Advantage plan and live in Arizona",
    answers: {
      requester: 1,
      "records.kinds": "claims",
      "insurer.name": "Sunrise Health Advantage",
      "patient.name": "Ruth Adams, 1950-02-11",
    },
    first: "insurer",
    document: "insurer_request",
    intake: { state: "AZ", insurer: { plan: "medicare_advantage" } },
  },
  {
    name: "bills and claims through work, Georgia",
    opening: "I need my bills and claims. My insurance is through work. Georgia.",
    answers: { requester: 1, "insurer.name": "Peach State Employers Health", ...ME },
    first: "insurer",
    document: "insurer_request",
    intake: { state: "GA", insurer: { plan: "employer" } },
  },
  {
    name: "disability claim with five hospitals",
    opening:
      "I'm applying for disability and need records from 5 different hospitals by December 15, I live in Pennsylvania",
    answers: {
      requester: 1,
      "records.kinds": "everything",
      "provider.name": "Keystone Records Retrieval",
      "patient.name": "Dana Smith, 11/02/1968",
    },
    first: "retrieval_service",
    document: "retrieval_authorization",
    intake: { state: "PA", purpose: "disability", providerCount: 5 },
  },
  {
    name: "send records to my new doctor, Colorado",
    opening: "Can you help me send my records to my new doctor? I'm in Colorado and want them emailed",
    answers: {
      requester: 1,
      "records.kinds": 2,
      recipient: "Dr. Priya Shah, intake@newclinic.example",
      ...ME,
    },
    first: "provider",
    document: "third_party_directive",
    intake: { state: "CO" },
  },
  {
    name: "power of attorney for mother, Michigan",
    opening: "I have health care power of attorney for my mom and need her test results from her doctor in Michigan",
    answers: { "patient.name": "Helen Brooks, 1941-06-30", "provider.name": "Lakeside Internal Medicine" },
    first: "portal",
    document: "access_request",
    intake: { state: "MI", requester: "personal_representative" },
  },
  {
    name: "executor of father's estate, New Jersey",
    opening: "I'm the executor of my father's estate and I need his hospital records from New Jersey",
    answers: {
      "records.kinds": 2,
      "patient.name": "Robert King, 1938-12-05",
      "provider.name": "Shore Medical Center",
    },
    first: "provider",
    document: "access_request",
    intake: { state: "NJ", requester: "executor", patient: { isDeceased: true } },
  },
  {
    name: "therapy notes in Massachusetts",
    opening: "How do I get my therapy notes from my therapist in Massachusetts?",
    answers: { requester: 1, ...ME },
    first: "provider",
    document: "access_request",
    intake: { state: "MA", records: { kinds: ["psychotherapy_notes"] } },
  },
  {
    name: "rehab records sent to a lawyer, Tennessee",
    opening: "I need my rehab records from Tennessee for my lawyer",
    answers: { requester: 1, recipient: "Alex Reed, Reed Law, 12 Main St, Nashville TN", ...ME },
    first: "provider",
    document: "access_request",
    intake: { state: "TN", purpose: "legal" },
  },
  {
    name: "practice bought by a hospital group, North Carolina",
    opening:
      "My pediatrician's office in North Carolina was bought by a big hospital group. I need my daughter's records",
    answers: {
      "records.kinds": 2,
      "patient.isMinor": 1,
      "patient.name": "Ava Moore, 2012-04-22",
      "provider.name": "Atrium Pediatrics",
    },
    first: "provider",
    document: "access_request",
    intake: { state: "NC", provider: { status: "merged" }, requester: "parent" },
  },
  {
    name: "lab results, portal login works, Virginia",
    opening: "I just want my blood work results from my doctor in Virginia",
    answers: { requester: 1, "provider.portal": 1, ...ME },
    draft: "I'd still like a letter. Please draft my letter",
    first: "portal",
    document: "access_request",
    intake: { state: "VA", provider: { portal: "active" } },
  },
  {
    name: "closed practice, Nevada",
    opening: "the clinic I went to in Las Vegas Nevada shut down. how do i get my records",
    answers: { requester: 1, "records.kinds": "everything", ...ME },
    first: "state",
    document: "access_request",
    intake: { state: "NV", provider: { status: "closed" } },
  },
  {
    name: "dental records, Oregon",
    opening: "I need my dental x-rays from my dentist in Oregon",
    answers: { requester: 1, ...ME, "provider.name": "Cascade Dental" },
    first: "provider",
    document: "access_request",
    intake: { state: "OR", records: { kinds: ["dental", "imaging"] } },
  },
  {
    name: "quick replies only, numbers like an SMS user",
    opening: "records please",
    answers: { requester: 1, state: 2, "records.kinds": 2, "provider.status": 1, "provider.portal": 3, ...ME },
    first: "provider",
    document: "access_request",
    intake: { state: "TX", requester: "self" },
  },
  {
    name: "Spanish: a child's records in Texas",
    opening: "Hola, necesito los expedientes médicos de mi hijo en Texas",
    answers: {
      "records.kinds": 2,
      "patient.isMinor": 1,
      // Day first, as Spanish writes dates: "3/5/2016" could be either order, so it is not read (asked again).
      "patient.name": "Mateo García, 13/5/2016",
      "provider.name": "Clínica San José",
    },
    first: "provider",
    document: "access_request",
    lang: "es",
    intake: { state: "TX", requester: "parent" },
  },
  {
    name: "Spanish: vaccines in California",
    opening: "Necesito mi registro de vacunas para la escuela, vivo en California",
    answers: { requester: 1, "patient.name": "Lucía Fernández, 12/8/1990", "provider.name": "Clínica del Valle" },
    first: "state",
    document: "immunization_request",
    lang: "es",
    intake: { state: "CA", records: { kinds: ["immunizations"] } },
  },
  {
    name: "correction mid-way: actually it's Ohio",
    opening: "I need hospital records from Kentucky",
    answers: { requester: "actually it's Ohio, and they're my own records", ...ME },
    first: "provider",
    document: "access_request",
    intake: { state: "OH", requester: "self" },
  },
];

/** How a scripted patient answers the guide's last message: confirms a review, asks for the letter, answers its question. */
export function scriptedAnswer(script: Script, message: Pick<ChatMessage, "parts">): string {
  if (reviewIn(message)) return confirmReviewReply(message);
  const choices = message.parts.findLast((p) => p.type === "data-choices") as
    | { data: { topic: string; options: Array<{ value: string }> } }
    | undefined;
  const topic = choices?.data.topic;
  if (topic === "next") return script.draft ?? draftLetterReply(script.lang);
  const answer = topic ? script.answers[topic] : undefined;
  if (typeof answer === "number") {
    const option = choices?.data.options[answer - 1];
    if (!option) throw new Error(`script "${script.name}": no quick reply ${answer} for ${topic}`);
    return option.value;
  }
  if (typeof answer === "string") return answer;
  return script.lang === "es" ? "No sé" : "I don't know";
}
