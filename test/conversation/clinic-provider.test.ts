// The letter goes to the provider that holds the records (issue 14, point 9): whole conversations on
// Riverbend Family Medicine's page (Dayton, Ohio) in English and Spanish. Naming another provider
// gets a letter to that provider with none of the clinic's contact details and no question about the
// clinic; saying "this clinic" gets the clinic's records office. 45 CFR 164.524(b)(1): the request
// goes to the covered entity that maintains the records. Frozen: do not edit an expectation.
import { describe, expect, it } from "vitest";
import { DEMO_CLINIC_ID } from "../../src/clinics/demo.js";
import type { Recommendation } from "../../src/domain/recommendation.js";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";
import { confirmReviewReply, draftLetterReply, reviewIn } from "../support/quick-replies.js";

/** The guide's question about whether the records are from the host clinic. */
const CLINIC_TOPIC = "provider.clinic";
const CLINIC_DETAILS = [/Riverbend/, /1200 River Road/, /555-0142/, /555-0143/, /records@riverbend-family\.example/];

interface Patient {
  lang: "en" | "es";
  opening: string;
  /** The answer per question topic; a number taps that quick reply (1-based). */
  answers: Record<string, string | number>;
}

/**
 * Plays a conversation on the clinic's page until a letter is drafted (the patient confirms the
 * review of its contents as shown); returns what was asked and the letter.
 */
async function play(patient: Patient) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch, "http://recordpath.test", { clinic: DEMO_CLINIC_ID });
  const id = `clinicprov-${crypto.randomUUID().replaceAll("-", "")}`;
  const topics: string[] = [];
  const transcript: string[] = [];
  let recommendation: Recommendation | undefined;
  let message = patient.opening;
  for (let turn = 0; turn < 14; turn++) {
    const reply = await chat.send(id, message);
    transcript.push(`> ${message}`, reply.text);
    const rec = reply.message.parts.find((p) => p.type === "tool-recommendPath") as
      | { output?: Recommendation }
      | undefined;
    if (rec?.output) recommendation = rec.output;
    const doc = reply.message.parts.find((p) => p.type === "data-document") as
      | { data: { textUrl: string } }
      | undefined;
    if (doc) {
      const letter = await (await fetch(doc.data.textUrl)).text();
      return { topics, letter, recommendation, transcript: transcript.join("\n") };
    }
    if (reviewIn(reply.message)) {
      message = confirmReviewReply(reply.message);
      continue;
    }
    const choices = reply.message.parts.findLast((p) => p.type === "data-choices") as
      | { data: { topic: string; options: Array<{ value: string }> } }
      | undefined;
    const topic = choices?.data.topic;
    if (topic) topics.push(topic);
    const answer = topic ? patient.answers[topic] : undefined;
    if (topic === "next") message = draftLetterReply(patient.lang);
    else if (typeof answer === "number") message = choices!.data.options[answer - 1]!.value;
    else if (typeof answer === "string") message = answer;
    else message = patient.lang === "es" ? "No sé" : "I don't know";
  }
  throw new Error(`no letter was drafted:\n${transcript.join("\n")}`);
}

const sentPart = (text: string) => text.split("----- Notes for you")[0] ?? text;

describe("on a clinic's page, the letter goes to the provider that holds the records", () => {
  it("English: another hospital named up front gets a letter to that hospital, and no question about the clinic", async () => {
    const out = await play({
      lang: "en",
      opening: "Hi, I need my whole chart from Mercy General Hospital in Texas. They're my own records.",
      answers: { "patient.name": "Jane Doe, March 4, 1980", "provider.status": 1 },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Mercy General Hospital/);
    for (const re of CLINIC_DETAILS) expect(body, out.transcript).not.toMatch(re);
    expect(out.topics, out.transcript).not.toContain(CLINIC_TOPIC);
    expect(JSON.stringify(out.recommendation ?? {})).not.toMatch(/555-0142|records@riverbend-family/);
  });

  it("English: a retired doctor in Texas named on an Ohio clinic's page is not sent to the clinic", async () => {
    const out = await play({
      lang: "en",
      opening: "My old doctor, Dr. Alan Ruiz in Austin Texas, retired. I need my records from him. They're mine.",
      answers: { "patient.name": "Jane Doe, March 4, 1980", "records.kinds": 2 },
    });
    const body = sentPart(out.letter);
    for (const re of CLINIC_DETAILS) expect(body, out.transcript).not.toMatch(re);
    expect(body, out.transcript).toMatch(/Dr\. Alan Ruiz/);
    expect(out.topics, out.transcript).not.toContain(CLINIC_TOPIC);
  });

  it("English: 'this clinic' gets the clinic's records office, asked once", async () => {
    const out = await play({
      lang: "en",
      opening: "Hi, I need a copy of my whole chart.",
      answers: { [CLINIC_TOPIC]: 1, requester: 1, state: "Ohio", "patient.name": "Jane Doe, March 4, 1980" },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Riverbend Family Medicine/);
    expect(body, out.transcript).toMatch(/1200 River Road, Suite 200, Dayton, OH 45402/);
    expect(
      out.topics.filter((t) => t === CLINIC_TOPIC),
      out.transcript,
    ).toHaveLength(1);
    expect(out.topics, out.transcript).not.toContain("provider.name");
  });

  it("English: 'another provider', then its name, gets a letter to that provider", async () => {
    const out = await play({
      lang: "en",
      opening: "I need my x-rays and test results.",
      answers: {
        [CLINIC_TOPIC]: 2,
        requester: 1,
        state: "Ohio",
        "patient.name": "Jane Doe, March 4, 1980",
        "provider.name": "Miami Valley Imaging Center",
      },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Miami Valley Imaging Center/);
    for (const re of CLINIC_DETAILS) expect(body, out.transcript).not.toMatch(re);
    expect(
      out.topics.filter((t) => t === CLINIC_TOPIC),
      out.transcript,
    ).toHaveLength(1);
  });

  it("Spanish: another hospital named up front gets a letter to that hospital, and no question about the clinic", async () => {
    const out = await play({
      lang: "es",
      opening: "Hola, necesito todo mi expediente del Hospital San Lucas en Texas. Son mis propios expedientes.",
      answers: { "patient.name": "Lucía Fernández, 12/8/1990", "provider.status": 1 },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Hospital San Lucas/);
    for (const re of CLINIC_DETAILS) expect(body, out.transcript).not.toMatch(re);
    expect(out.topics, out.transcript).not.toContain(CLINIC_TOPIC);
  });

  it("Spanish: 'de esta clínica' gets the clinic's records office, asked once", async () => {
    const out = await play({
      lang: "es",
      opening: "Hola, necesito una copia de todo mi expediente médico.",
      answers: { [CLINIC_TOPIC]: 1, requester: 1, state: "Ohio", "patient.name": "Lucía Fernández, 12/8/1990" },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Riverbend Family Medicine/);
    expect(body, out.transcript).toMatch(/1200 River Road, Suite 200, Dayton, OH 45402/);
    expect(
      out.topics.filter((t) => t === CLINIC_TOPIC),
      out.transcript,
    ).toHaveLength(1);
  });

  it("Spanish: 'otro médico u hospital', then its name, gets a letter to that provider", async () => {
    const out = await play({
      lang: "es",
      opening: "Necesito mis radiografías.",
      answers: {
        [CLINIC_TOPIC]: 2,
        requester: 1,
        state: "Ohio",
        "patient.name": "Lucía Fernández, 12/8/1990",
        "provider.name": "Clínica del Valle",
      },
    });
    const body = sentPart(out.letter);
    expect(body, out.transcript).toMatch(/To: Clínica del Valle/);
    for (const re of CLINIC_DETAILS) expect(body, out.transcript).not.toMatch(re);
    expect(
      out.topics.filter((t) => t === CLINIC_TOPIC),
      out.transcript,
    ).toHaveLength(1);
  });
});
