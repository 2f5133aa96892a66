// TurnState: a run's effects start from the session, accumulate in order and never touch the session.
import { describe, expect, it } from "vitest";
import { TurnState } from "../../src/conversation/turn-state.js";
import { newSession } from "../../src/sessions/session.js";
import { offerChoices } from "../../tools/offer-choices.js";
import { updateIntake } from "../../tools/update-intake.js";
import { callOptions, toolContext } from "../support/tool-context.js";

describe("TurnState", () => {
  it("reads the session's Intake, applies this run's updates and leaves the session as it was", () => {
    const session = newSession("turn-state-session-0001", "web", new Date());
    session.intake = { state: "TX", patient: { name: "Maria Lopez" } };
    const before = structuredClone(session);
    const turn = new TurnState(session);
    expect(turn.intake).toEqual({ state: "TX", patient: { name: "Maria Lopez" } });
    expect(turn.updateIntake({ state: "OH", patient: { dateOfBirth: "1980-04-02" } })).toEqual({
      state: "OH",
      patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" },
    });
    expect(turn.updateIntake({ state: null })).toEqual({ patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" } });
    expect(session).toEqual(before);
  });

  it("keeps two runs over the same session apart (a discarded attempt and the guide's answer)", () => {
    const session = newSession("turn-state-session-0002", "web", new Date());
    const attempt = new TurnState(session);
    const guided = new TurnState(session);
    attempt.updateIntake({ state: "CA" });
    attempt.offerChoices({ topic: "state", options: [{ label: "Ohio", value: "Ohio" }] });
    expect(guided.intake).toEqual({});
    expect(guided.choices).toEqual([]);
    expect(guided.documents).toEqual([]);
  });
});

describe("the tools record into the turn", () => {
  it("updateIntake returns the whole Intake and the changed keys, as before", async () => {
    const { ctx } = await toolContext({ state: "TX" });
    const out = await updateIntake(ctx).execute!({ requester: "self" }, callOptions);
    expect(out).toEqual({ intake: { state: "TX", requester: "self" }, changed: ["requester"] });
    expect(ctx.turn.intake).toEqual({ state: "TX", requester: "self" });
  });

  it("offerChoices records the choices and shows them", async () => {
    const { ctx, written } = await toolContext();
    const choices = { topic: "state", options: [{ label: "Texas", value: "Texas" }] };
    expect(await offerChoices(ctx).execute!(choices, callOptions)).toEqual({ shown: 1 });
    expect(ctx.turn.choices).toEqual([choices]);
    expect(written).toEqual([{ type: "data-choices", data: choices }]);
  });
});
