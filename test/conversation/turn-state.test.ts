// TurnState: a run's effects start from the session, accumulate in order and never touch the session;
// a letter counts as confirmed only against a review of an earlier turn showing the same facts.
import { describe, expect, it } from "vitest";
import { buildReview } from "../../src/conversation/review.js";
import { TurnState } from "../../src/conversation/turn-state.js";
import type { Intake } from "../../src/domain/intake.js";
import { type ChatMessage, newSession } from "../../src/sessions/session.js";
import { offerChoices } from "../../tools/offer-choices.js";
import { updateIntake } from "../../tools/update-intake.js";
import { callOptions, reviewedTranscript, toolContext } from "../support/tool-context.js";

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

describe("a letter's confirmation", () => {
  const intake: Intake = { state: "TX", requester: "self", patient: { name: "Ana Ruiz" } };
  const session = async (messages: ChatMessage[]) => ({ id: "turn-state-session-0003", intake, messages });

  it("holds when an earlier turn's latest review showed this letter's facts", async () => {
    const turn = new TurnState(await session(await reviewedTranscript("access_request", intake)));
    expect(await turn.confirmed("access_request")).toBe(true);
    expect(await turn.confirmed("follow_up")).toBe(false);
    turn.updateIntake({ patient: { dateOfBirth: "1990-01-02" } });
    expect(await turn.confirmed("access_request")).toBe(false);
  });

  it("reads only the latest review: an older one for the same facts no longer counts", async () => {
    const reviewed = await reviewedTranscript("access_request", intake);
    const other = await reviewedTranscript("third_party_directive", intake);
    expect(await new TurnState(await session([...reviewed, ...other])).confirmed("access_request")).toBe(false);
    expect(await new TurnState(await session([])).confirmed("access_request")).toBe(false);
  });

  it("does not count a review shown in this same run, which the patient has not answered", async () => {
    const turn = new TurnState(await session([]));
    const review = await buildReview("access_request", intake, { lang: "en", clinic: null });
    turn.showReview(review);
    expect(turn.reviews).toEqual([review]);
    expect(await turn.confirmed("access_request")).toBe(false);
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
