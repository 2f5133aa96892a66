// The check-in text (issue 20): the reminder's language, at most two SMS segments in GSM-7, the
// provider named only when the patient named one, the three answers and how to stop texts.
import { describe, expect, it } from "vitest";
import { isGsm7, segmentInfo } from "../../src/channels/sms/gsm.js";
import type { Intake } from "../../src/domain/intake.js";
import type { Lang } from "../../src/i18n/langs.js";
import { createCheckIn } from "../../src/reminders/check-in.js";
import type { Reminder } from "../../src/reminders/reminder.js";
import { testApp } from "../support/app.js";

function reminder(intake: Intake, language: Lang): Reminder {
  return {
    id: "f".repeat(32),
    kind: "due",
    sessionId: "sms_test",
    sendAt: "2026-12-26T15:00:00.000Z",
    expiresAt: "2027-07-14T15:00:00.000Z",
    channel: "sms",
    to: "+15551230001",
    from: "+15559870000",
    request: { intake, sentOn: "2026-11-26", dueOn: "2026-12-26", extendedDueOn: "2027-01-25", language },
    status: "scheduled",
    attempts: 0,
  };
}

const NAMED: Intake = { state: "WI", provider: { name: "Lakeshore Medical Clinic" }, patient: { name: "Dana Lee" } };

describe("check-in text", () => {
  it("English: the provider the patient named, the date, the three answers and STOP; no patient name", async () => {
    const { deps } = await testApp();
    const text = createCheckIn(deps).text(reminder(NAMED, "en"));
    expect(text).toBe(
      "recordpath: Did you get your records from Lakeshore Medical Clinic? They are due by December 26, 2026. Reply YES, PARTLY or NO. Reply STOP to stop texts.",
    );
    expect(text).not.toContain("Dana");
    expect(isGsm7(text)).toBe(true);
    expect(segmentInfo(text).segments).toBeLessThanOrEqual(2);
  });

  it("Spanish, with no provider named: none is made up, and it stays GSM-7", async () => {
    const { deps } = await testApp();
    const text = createCheckIn(deps).text(reminder({ state: "WI" }, "es"));
    expect(text).toContain("¿Le llegaron sus expedientes?");
    expect(text).toContain("26 de diciembre de 2026");
    expect(text).toMatch(/SI, PARTE o NO/);
    expect(text).toMatch(/STOP/);
    expect(isGsm7(text)).toBe(true);
    expect(segmentInfo(text).segments).toBeLessThanOrEqual(2);
  });

  it("a provider name that would need a third segment is left out, not cut", async () => {
    const { deps } = await testApp();
    const name = `Baylor Scott & White Medical Center ${"Health Information Management ".repeat(6)}`.trim();
    const text = createCheckIn(deps).text(reminder({ provider: { name } }, "en"));
    expect(segmentInfo(text).segments).toBeLessThanOrEqual(2);
    expect(text).toContain("Did you get your records? They are due by");
    const fits = createCheckIn(deps).text(reminder({ provider: { name: "Baylor Scott & White - Temple" } }, "en"));
    expect(fits).toContain("from Baylor Scott & White - Temple?");
  });
});
