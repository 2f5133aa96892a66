// Issue 14's letter rules, read back from the .docx (mammoth) and the text: the review_request kind,
// one OCR date shared by the engine and the letters, no OCR threat on a state deadline alone, and a
// fee dispute that is never drafted as an overdue request.
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildLetter, renderDocx, renderText } from "../../src/documents/index.js";
import type { Intake } from "../../src/domain/intake.js";
import { recommendPath } from "../../src/domain/recommend.js";
import type { DocumentKind } from "../../src/domain/recommendation.js";
import { FULL_INTAKE } from "../support/intakes.js";

const today = "2026-11-26";

async function both(kind: DocumentKind, intake: Intake, on = today) {
  const letter = buildLetter(kind, intake, { today: on });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(letter)) });
  return { letter, docx: value, text: renderText(letter) };
}

const denied: Intake = {
  ...FULL_INTAKE,
  records: { kinds: ["mental_health"], from: "2024-01-01", to: "2025-12-31" },
  priorRequest: { sentOn: "2026-09-01", answeredOn: "2026-09-20", outcome: "denied" },
};

describe("review_request", () => {
  it("asks for review of a denial by another licensed professional (164.524(a)(3), (a)(4), (d)(4))", async () => {
    const { docx, text, letter } = await both("review_request", denied);
    for (const out of [docx, text]) {
      expect(out).toContain(letter.title);
      expect(out).toContain("45 CFR 164.524(a)(4)");
      expect(out).toContain("164.524(d)(4)");
      expect(out).toContain("164.524(a)(3)");
      expect(out).toMatch(/licensed health care professional/);
      expect(out).toMatch(/did not (?:take part|participate)/);
      expect(out).toContain("Maria Lopez");
      expect(out).toContain("Hill Country Clinic");
      expect(out).toContain("September 1, 2026");
      expect(out).toContain("September 20, 2026");
      expect(out).toContain("Signature:");
    }
  });

  it("leaves the denial's stated reason and an unknown denial date as marked blanks, never invented", async () => {
    const { text, letter } = await both("review_request", {
      ...denied,
      priorRequest: { sentOn: "2026-09-01", outcome: "denied" },
    });
    expect(text).toMatch(/\[fill in: [^\]]*reason[^\]]*\]/);
    expect(text).toMatch(/\[fill in: [^\]]*date[^\]]*denial[^\]]*\]/);
    expect(letter.needs).toContain("priorRequest.answeredOn");
  });

  it("is the letter the engine suggests after a denial on a reviewable ground", () => {
    const r = recommendPath(denied, { today });
    expect(r.escalation?.kind).toBe("review");
    expect(r.suggestedDocument).toBe("review_request");
  });
});

describe("the OCR date", () => {
  it("ocr_complaint counts 180 days from HIPAA's own deadline, the same day the engine gives", async () => {
    // Texas physician, sent 2026-09-01: HIPAA's 30 days end 2026-10-01; + 180 = 2027-03-30 (the state's
    // 15 business days, 2026-09-22, do not start OCR's clock).
    const { docx, text, letter } = await both("ocr_complaint", FULL_INTAKE);
    const r = recommendPath(FULL_INTAKE, { today });
    expect(r.escalation?.ocr?.fileBy).toBe("2027-03-30");
    expect(letter.guidance.join(" ")).toMatch(/180 days[^.]*March 30, 2027/);
    expect(letter.guidance.join(" ")).not.toContain("March 21, 2027");
    for (const out of [docx, text]) expect(out).toContain("October 1, 2026");
  });

  it("follow_up gives the same last day as the engine", async () => {
    const { letter } = await both("follow_up", FULL_INTAKE);
    expect(letter.guidance.join(" ")).toContain("March 30, 2027");
  });

  it("counts from the denial when the patient knows its date", async () => {
    const intake: Intake = {
      ...FULL_INTAKE,
      priorRequest: { sentOn: "2026-09-01", answeredOn: "2026-09-20", outcome: "denied" },
    };
    const { letter } = await both("ocr_complaint", intake);
    // 2026-09-20 + 180 = 2027-03-19.
    expect(letter.guidance.join(" ")).toContain("March 19, 2027");
    expect(recommendPath(intake, { today }).escalation?.ocr?.fileBy).toBe("2027-03-19");
  });

  it("flags a window that has already passed, with what remains", async () => {
    const intake: Intake = { ...FULL_INTAKE, priorRequest: { sentOn: "2025-09-01", outcome: "no_response" } };
    const { letter } = await both("ocr_complaint", intake);
    const notes = letter.guidance.join(" ");
    expect(notes).toMatch(/good cause/);
    expect(notes).toMatch(/attorney general/i);
  });
});

describe("follow_up on a state deadline alone", () => {
  // Texas physician, sent Mon 2026-11-02: 15 business days end 2026-11-23 (passed on 2026-11-26);
  // HIPAA's 30 days end 2026-12-02 (not yet). OCR enforces HIPAA, so the letter names the state board.
  const intake: Intake = { ...FULL_INTAKE, priorRequest: { sentOn: "2026-11-02", outcome: "no_response" } };

  it("names the state licensing board, not OCR", async () => {
    const { docx, text } = await both("follow_up", intake);
    for (const out of [docx, text]) {
      expect(out).toContain("November 23, 2026");
      expect(out).not.toMatch(/Office for Civil Rights/);
      expect(out).toMatch(/Texas Medical Board|medical board/i);
    }
  });
});

describe("follow_up for a fee dispute", () => {
  const intake: Intake = { ...FULL_INTAKE, priorRequest: { sentOn: "2026-11-02", outcome: "fee_dispute" } };

  it("challenges the fee and never calls the request overdue", async () => {
    const { docx, text, letter } = await both("follow_up", intake);
    expect(letter.title).not.toMatch(/[Oo]verdue/);
    for (const out of [docx, text]) {
      expect(out).not.toMatch(/[Oo]verdue/);
      expect(out).not.toMatch(/required you to act/);
      expect(out).toContain("164.524(c)(4)");
      expect(out).toMatch(/itemi[sz]ed/);
    }
  });

  it("asks for the patient's own copy at the patient rate when the copies were going to someone else", async () => {
    const { text } = await both("follow_up", { ...intake, delivery: "third_party" });
    expect(text).not.toMatch(/[Oo]verdue/);
    expect(text).toMatch(/send (?:the|a) copy to me|my own copy/i);
  });
});

describe("state free copies and third-party fees in letters", () => {
  it("access_request states Kentucky's free first copy with its citation (KRS 422.317(1))", async () => {
    const { docx, text } = await both("access_request", { ...FULL_INTAKE, state: "KY" });
    for (const out of [docx, text]) {
      expect(out).toMatch(/first copy[^.]*free/);
      expect(out).toContain("KRS 422.317(1)");
    }
    const tx = await both("access_request", FULL_INTAKE);
    expect(tx.text).not.toContain("KRS 422.317");
  });

  it("ocr_complaint says OCR is not the place for a fee on copies sent to someone else (Ciox)", async () => {
    const intake: Intake = {
      ...FULL_INTAKE,
      delivery: "third_party",
      priorRequest: { sentOn: "2026-11-02", outcome: "fee_dispute" },
    };
    const { letter } = await both("ocr_complaint", intake);
    const notes = letter.guidance.join(" ");
    expect(notes).toMatch(/does not cover copies sent straight to someone else/);
    expect(notes).toMatch(/own copy/);
    expect(notes).not.toMatch(/within 180 days/);
  });
});

describe("follow_up before any deadline has passed", () => {
  it("mentions OCR only as what follows if HIPAA's own deadline passes", async () => {
    // Ohio (no shorter state rule), sent 2026-11-10: HIPAA's 30 days end 2026-12-10, after 2026-11-26.
    const intake: Intake = { ...FULL_INTAKE, state: "OH", priorRequest: { sentOn: "2026-11-10", outcome: "pending" } };
    const { text } = await both("follow_up", intake);
    expect(text).toMatch(/if HIPAA's deadline of December 10, 2026 passes without an answer, to file a complaint/);
  });
});
