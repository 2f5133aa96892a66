// trackRequest (issue 20): the due dates from the turn's Intake only, the data-tracker card, the
// state rule's uncertainty carried where it is not verified, and no text reminder without the
// patient's phone in this turn.
import { describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
import { trackRequest } from "../../tools/track-request.js";
import { callOptions, toolContext } from "../support/tool-context.js";

const sent = (state: Intake["state"], type?: "hospital"): Intake => ({
  state,
  requester: "self",
  records: { kinds: ["full_chart"] },
  ...(type ? { provider: { type } } : {}),
  priorRequest: { sentOn: "2026-11-26", sentVia: "mail", outcome: "pending" },
});

describe("trackRequest", () => {
  it("writes the card with HIPAA's dates and the extension's latest date", async () => {
    const { ctx, written } = await toolContext(sent("WI"));
    const out = await trackRequest(ctx).execute!({}, callOptions);
    expect(written).toEqual([
      {
        type: "data-tracker",
        data: {
          sentOn: "2026-11-26",
          sentVia: "mail",
          dueOn: "2026-12-26",
          extendedDueOn: "2027-01-25",
          governedBy: "hipaa",
          textReminders: false,
        },
      },
    ]);
    // Wisconsin's own deadline is not confirmed: the engine's words for that travel with the date.
    expect(out).toMatchObject({ certain: false, canOfferText: false, rule: expect.stringMatching(/HIPAA/) });
    expect((out as { stateNote?: string }).stateNote).toMatch(/Wisconsin/);
  });

  it("Texas: its verified rule sets the date, with no uncertainty", async () => {
    const { ctx } = await toolContext(sent("TX"));
    const out = await trackRequest(ctx).execute!({}, callOptions);
    expect(out).toMatchObject({ governedBy: "state", dueOn: "2026-12-17", extendedDueOn: "2026-12-17", certain: true });
    expect(out).not.toHaveProperty("stateNote");
  });

  it("an Idaho hospital: HIPAA's date, with the unverified state rule and its uncertainty", async () => {
    const { ctx } = await toolContext(sent("ID", "hospital"));
    const out = (await trackRequest(ctx).execute!({}, callOptions)) as { certain: boolean; stateNote?: string };
    expect(out.certain).toBe(false);
    expect(out.stateNote).toMatch(/Idaho/);
  });

  it("refuses without a sent day, and schedules nothing without the patient's phone", async () => {
    const { ctx, written } = await toolContext({ state: "WI" });
    expect(await trackRequest(ctx).execute!({}, callOptions)).toHaveProperty("error");
    expect(written).toEqual([]);
    const withTracking = await toolContext(sent("WI"));
    const out = await trackRequest({
      ...withTracking.ctx,
      tracking: { deps: withTracking.deps, channel: "sms" },
    }).execute!({ textReminder: true }, callOptions);
    expect(out).toMatchObject({ reminder: "no_phone" });
    expect(await withTracking.deps.reminders.dueReminders(new Date("2028-01-01T00:00:00Z"), 10)).toEqual([]);
  });
});
