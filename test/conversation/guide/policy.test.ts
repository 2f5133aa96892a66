// The guide's letter questions: it asks for what the letter it would draft leaves blank, in a fixed
// order (the patient, the provider, the recipient, the plan, the earlier request), each at most twice
// (the second time in other words), and only the part still missing (the date of birth alone).
import { describe, expect, it } from "vitest";
import { type AskState, nextAdviceQuestion, nextLetterQuestion } from "../../../src/conversation/guide/policy.js";
import type { Intake } from "../../../src/domain/intake.js";

const fresh: AskState = { asked: new Map(), skipped: new Set() };
const place = { today: "2026-11-26", clinicName: null };
const patient: Intake = { patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" } };
const both: Intake = { ...patient, provider: { name: "Mercy Hospital" } };

describe("nextLetterQuestion", () => {
  it("asks for the patient first, then the provider, then nothing more for an access request", () => {
    expect(nextLetterQuestion("access_request", {}, fresh, place)).toBe("patient.name");
    // The name is known: only the date of birth is asked, not the name again.
    expect(nextLetterQuestion("access_request", { patient: { name: "Maria Lopez" } }, fresh, place)).toBe(
      "patient.dateOfBirth",
    );
    expect(nextLetterQuestion("access_request", patient, fresh, place)).toBe("provider.name");
    expect(nextLetterQuestion("access_request", both, fresh, place)).toBeUndefined();
  });

  it("asks what each kind leaves blank beyond that", () => {
    expect(nextLetterQuestion("third_party_directive", both, fresh, place)).toBe("recipient");
    expect(nextLetterQuestion("insurer_request", patient, fresh, place)).toBe("insurer.name");
    expect(nextLetterQuestion("immunization_request", patient, fresh, place)).toBeUndefined();
    expect(nextLetterQuestion("follow_up", both, fresh, place)).toBe("priorRequest.sentOn");
    expect(nextLetterQuestion("ocr_complaint", both, fresh, place)).toBe("priorRequest.sentOn");
    // The retrieval service is named once the patient has chosen one, not by the recipient question.
    expect(nextLetterQuestion("retrieval_authorization", both, fresh, place)).toBeUndefined();
  });

  it("does not ask the earlier request's date again for the letter once advice asked it, answered or not", () => {
    const askedDate: AskState = { asked: new Map([["priorRequest.sentOn", 1]]), skipped: new Set() };
    expect(nextLetterQuestion("follow_up", both, askedDate, place)).toBeUndefined();
    // A letter question (the patient's name) may still be asked a second time after an unreadable answer.
    const askedName: AskState = { asked: new Map([["patient.name", 1]]), skipped: new Set() };
    expect(nextLetterQuestion("access_request", {}, askedName, place)).toBe("patient.name");
  });

  it("on a clinic's page asks whether the records are the clinic's, once, then the provider's name", () => {
    const clinic = { ...place, clinicName: "Riverbend Family Medicine" };
    expect(nextLetterQuestion("access_request", patient, fresh, clinic)).toBe("provider.clinic");
    const askedClinic: AskState = { asked: new Map([["provider.clinic", 1]]), skipped: new Set() };
    expect(nextLetterQuestion("access_request", patient, askedClinic, clinic)).toBe("provider.name");
    const here: Intake = { ...patient, provider: { name: "Riverbend Family Medicine" } };
    expect(nextLetterQuestion("access_request", here, fresh, clinic)).toBeUndefined();
    // Another provider already named: no question about the clinic.
    expect(nextLetterQuestion("access_request", both, fresh, clinic)).toBeUndefined();
    expect(nextLetterQuestion("access_request", patient, fresh, place)).toBe("provider.name");
  });

  it("asks whose records they are first on a clinic's page, before the advice, and only with no provider named", () => {
    const clinic = "Riverbend Family Medicine";
    expect(nextAdviceQuestion({}, place.today, fresh, clinic)).toBe("provider.clinic");
    expect(nextAdviceQuestion({}, place.today, fresh, null)).not.toBe("provider.clinic");
    expect(nextAdviceQuestion({ provider: { name: "Mercy Hospital" } }, place.today, fresh, clinic)).not.toBe(
      "provider.clinic",
    );
    const asked: AskState = { asked: new Map([["provider.clinic", 1]]), skipped: new Set() };
    expect(nextAdviceQuestion({}, place.today, asked, clinic)).not.toBe("provider.clinic");
  });

  it("asks a question a second time at most, and never one skipped before", () => {
    const once: AskState = { asked: new Map([["patient.name", 1]]), skipped: new Set() };
    expect(nextLetterQuestion("access_request", {}, once, place)).toBe("patient.name");
    const asked: AskState = { asked: new Map([["patient.name", 2]]), skipped: new Set() };
    expect(nextLetterQuestion("access_request", {}, asked, place)).toBe("provider.name");
    const skipped: AskState = { asked: new Map(), skipped: new Set(["patient.name", "provider.name"]) };
    expect(nextLetterQuestion("access_request", {}, skipped, place)).toBeUndefined();
  });
});

describe("the letter's details (issue 18): how the copy comes, the contact, where it goes, which records", () => {
  const named: Intake = { ...both, records: { kinds: ["full_chart"] } };

  it("asks them in order, each once, only while the letter leaves their blank", () => {
    const next = (intake: Intake, s = fresh) => nextLetterQuestion("access_request", intake, s, place, "only");
    expect(next(named)).toBe("letter.delivery");
    const byEmail: Intake = { ...named, delivery: "email", format: "electronic" };
    expect(next(byEmail)).toBe("letter.contact");
    const reached: Intake = { ...byEmail, patient: { ...byEmail.patient, email: "m@example.com" } };
    expect(next(reached)).toBe("provider.office");
    const sent: Intake = { ...reached, provider: { ...reached.provider, fax: "303-555-0100" } };
    expect(next(sent)).toBeUndefined();
    // Passed over once ("not sure"), a detail is not asked again: the next one is.
    const passed: AskState = { asked: new Map([["letter.delivery", 1]]), skipped: new Set() };
    expect(next(named, passed)).toBe("letter.contact");
    // Records the patient passed over while choosing the path come last.
    const vague: Intake = { ...sent, records: {} };
    expect(next(vague)).toBe("letter.records");
  });

  it("asks them among the letter's questions by text message, never before the review on the web", () => {
    expect(nextLetterQuestion("access_request", both, fresh, place, "with")).toBe("letter.delivery");
    expect(nextLetterQuestion("access_request", both, fresh, place, "without")).toBeUndefined();
    expect(nextLetterQuestion("access_request", {}, fresh, place, "only")).toBe("letter.delivery");
  });

  it("asks no office address on a clinic's page whose records office is published", () => {
    const clinic = { ...place, clinicName: "Riverbend Family Medicine" };
    const here: Intake = {
      ...patient,
      records: { kinds: ["full_chart"] },
      provider: { name: "Riverbend Family Medicine" },
      delivery: "portal",
      format: "electronic",
      patient: { ...patient.patient, phone: "303-555-0134" },
    };
    const published = { ...clinic, clinicOffice: { fax: "555-0100", address: "1 Clinic Way, Denver, CO 80202" } };
    expect(nextLetterQuestion("access_request", here, fresh, published, "only")).toBeUndefined();
    // A clinic that published no office: the patient is asked where the letter goes.
    expect(nextLetterQuestion("access_request", here, fresh, clinic, "only")).toBe("provider.office");
  });
});

describe("nextAdviceQuestion counts each asking", () => {
  it("recommends after three questions asked, a question asked again counting twice", () => {
    const intake: Intake = { requester: "self", provider: { name: "Sunrise Clinic" } };
    const today = "2026-11-26";
    // Records and state each asked twice and never answered: no extra question before the advice.
    const twice: AskState = {
      asked: new Map([
        ["records.kinds", 2],
        ["state", 2],
      ]),
      skipped: new Set(),
    };
    expect(nextAdviceQuestion(intake, today, twice)).toBeUndefined();
    // The same two asked once each: there is room for one more.
    const once: AskState = {
      asked: new Map([
        ["records.kinds", 1],
        ["state", 1],
      ]),
      skipped: new Set(),
    };
    expect(nextAdviceQuestion(intake, today, once)).toBeDefined();
  });
});

describe("nextAdviceQuestion asks only what changes the advice for this story", () => {
  const today = "2026-11-26";
  const asked = (intake: Intake) => {
    const topics: string[] = [];
    const state: AskState = { asked: new Map(), skipped: new Set() };
    for (
      let topic = nextAdviceQuestion(intake, today, state);
      topic;
      topic = nextAdviceQuestion(intake, today, state)
    ) {
      topics.push(topic);
      (state.asked as Map<string, number>).set(topic, 2);
    }
    return topics;
  };

  it("asks a doctor's office whether it is still open, but not a hospital, an office that answered, or a health plan", () => {
    const base: Intake = { requester: "self", state: "OH", records: { kinds: ["full_chart"] } };
    expect(asked({ ...base, provider: { type: "physician_practice" } })).toContain("provider.status");
    expect(asked({ ...base, provider: { type: "hospital" } })).not.toContain("provider.status");
    expect(asked({ ...base, priorRequest: { outcome: "denied" } })).not.toContain("provider.status");
    expect(asked({ ...base, records: { kinds: ["claims"] } })).not.toContain("provider.status");
  });

  it("does not ask a closed office's patient about insurance unless claims are wanted", () => {
    const closed: Intake = { requester: "self", state: "NV", provider: { type: "dental", status: "closed" } };
    expect(asked({ ...closed, records: { kinds: ["imaging"] } })).not.toContain("insurer.plan");
    expect(asked({ ...closed, records: { kinds: ["claims"] } })).toContain("insurer.plan");
  });
});
