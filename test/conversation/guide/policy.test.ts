// The guide's letter questions: it asks for what the letter it would draft leaves blank, in a fixed
// order (the patient, the provider, the recipient, the plan, the earlier request), each once.
import { describe, expect, it } from "vitest";
import { type AskState, nextLetterQuestion } from "../../../src/conversation/guide/policy.js";
import type { Intake } from "../../../src/domain/intake.js";

const fresh: AskState = { asked: new Map(), skipped: new Set() };
const place = { today: "2026-11-26", clinicName: null };
const patient: Intake = { patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" } };
const both: Intake = { ...patient, provider: { name: "Mercy Hospital" } };

describe("nextLetterQuestion", () => {
  it("asks for the patient first, then the provider, then nothing more for an access request", () => {
    expect(nextLetterQuestion("access_request", {}, fresh, place)).toBe("patient.name");
    expect(nextLetterQuestion("access_request", { patient: { name: "Maria Lopez" } }, fresh, place)).toBe(
      "patient.name",
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

  it("never asks a clinic's page for the provider, nor a question asked or skipped before", () => {
    expect(nextLetterQuestion("access_request", patient, fresh, { ...place, clinicName: "Riverbend" })).toBeUndefined();
    const asked: AskState = { asked: new Map([["patient.name", 1]]), skipped: new Set() };
    expect(nextLetterQuestion("access_request", {}, asked, place)).toBe("provider.name");
    const skipped: AskState = { asked: new Map(), skipped: new Set(["patient.name", "provider.name"]) };
    expect(nextLetterQuestion("access_request", {}, skipped, place)).toBeUndefined();
  });
});
