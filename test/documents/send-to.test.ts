// The "send it" card's facts: where each letter goes (the same addressee the letter names) and when
// the answer is due if it is sent today, under the rule that governs the request.
import { describe, expect, it } from "vitest";
import { draftDocument } from "../../src/documents/draft.js";
import { dueIfSentToday, sendTo } from "../../src/documents/send-to.js";
import type { Intake } from "../../src/domain/intake.js";
import { testApp } from "../support/app.js";

const clinic = {
  name: "Riverbend Family Medicine",
  recordsOffice: {
    name: "Release of Information",
    address: "1200 River Road, Dayton, OH 45402",
    fax: "(937) 555-0143",
    phone: "(937) 555-0100",
    email: "records@riverbend.example",
  },
};

describe("sendTo", () => {
  it("names the page's clinic's records office only when the patient named that clinic", () => {
    const here: Intake = { provider: { name: "Riverbend" }, state: "OH" };
    expect(sendTo("access_request", here, clinic)).toEqual({
      name: "Riverbend Family Medicine, Release of Information",
      address: "1200 River Road, Dayton, OH 45402",
      fax: "(937) 555-0143",
      phone: "(937) 555-0100",
      email: "records@riverbend.example",
    });
    const elsewhere: Intake = { provider: { name: "Mercy General Hospital", fax: "(614) 555-0199" }, state: "OH" };
    expect(sendTo("access_request", elsewhere, clinic)).toEqual({
      name: "Mercy General Hospital",
      fax: "(614) 555-0199",
    });
  });

  it("sends a plan request to the plan, a complaint to HHS OCR, and knows nothing for an unnamed provider", () => {
    expect(sendTo("insurer_request", { insurer: { name: "Acme Health" } }, null)).toEqual({ name: "Acme Health" });
    expect(sendTo("ocr_complaint", {}, null)).toMatchObject({
      name: "HHS Office for Civil Rights",
      url: "https://ocrportal.hhs.gov/",
    });
    expect(sendTo("access_request", { state: "OH" }, null)).toBeUndefined();
    expect(sendTo("retrieval_authorization", { provider: { name: "Mercy" } }, null)).toBeUndefined();
  });

  it("sends an immunization request to the state's registry", () => {
    expect(sendTo("immunization_request", { state: "TX" }, null)?.name).toMatch(/ImmTrac2/);
  });
});

describe("dueIfSentToday", () => {
  it("counts HIPAA's 30 calendar days, or a shorter state rule that covers the request", () => {
    expect(dueIfSentToday("access_request", { state: "OH" }, "2026-03-02")).toBe("2026-04-01");
    // Texas physicians: 15 business days (Tex. Occ. Code §159.006).
    const texas: Intake = { state: "TX", provider: { name: "Dr. Ruiz", type: "physician_practice" } };
    expect(dueIfSentToday("access_request", texas, "2026-03-02")).toBe("2026-03-23");
    expect(dueIfSentToday("insurer_request", texas, "2026-03-02")).toBe("2026-04-01");
  });

  it("holds a third-party directive to HIPAA's 30 days, the deadline the directive itself cites", () => {
    const texas: Intake = { state: "TX", provider: { name: "Dr. Ruiz", type: "physician_practice" } };
    expect(dueIfSentToday("third_party_directive", texas, "2026-03-02")).toBe("2026-04-01");
  });

  it("gives no date for letters that start no response clock", () => {
    expect(dueIfSentToday("ocr_complaint", { state: "OH" }, "2026-03-02")).toBeUndefined();
    expect(dueIfSentToday("part2_consent", { state: "OH" }, "2026-03-02")).toBeUndefined();
  });
});

describe("the drafted letter's card", () => {
  it("lists every format with its link, where to send it and the due date, keeping url and textUrl", async () => {
    const { deps } = await testApp();
    const { card } = await draftDocument(deps, {
      sessionId: "send-to-test-session-01",
      kind: "access_request",
      intake: { state: "OH", provider: { name: "Riverbend" } },
      clinic,
      baseUrl: "https://rp.example",
      today: "2026-03-02",
    });
    expect(card.formats).toEqual([
      { format: "docx", url: card.url },
      { format: "pdf", url: `${card.url}?format=pdf` },
      { format: "txt", url: card.textUrl },
    ]);
    expect(card.sendTo?.fax).toBe("(937) 555-0143");
    expect(card.dueIfSentToday).toBe("2026-04-01");
  });
});
