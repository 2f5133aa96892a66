// Corrections from the panel's "What I know so far" (issue 17, point 6): the panel sends "Label: new
// value" as the patient's message at any point of the conversation, and the guide reads it like a
// typed answer to that fact's question (a correction replaces the fact), in either language's labels;
// what does not read as the fact is said so, and the fact's question is asked again.
import { describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";
import { quickReplies } from "../support/quick-replies.js";

async function conversation() {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `facts-${crypto.randomUUID().replaceAll("-", "")}`;
  return {
    send: (text: string) => chat.send(id, text),
    intake: async () => (await chat.load(id)).intake as Intake,
  };
}

describe("a fact corrected from What I know so far", () => {
  it("replaces the fact before any letter's review, read as a typed answer to its question", async () => {
    const c = await conversation();
    await c.send("I need my own full chart from Mercy General Hospital in Texas");
    await c.send("Records: test results");
    expect((await c.intake()).records?.kinds).toEqual(["test_results"]);
    await c.send("Patient: Sam Doe");
    expect((await c.intake()).patient?.name).toBe("Sam Doe");
    await c.send("Date of birth: March 5, 1980");
    expect((await c.intake()).patient?.dateOfBirth).toBe("1980-03-05");
  });

  it("reads the Spanish labels too", async () => {
    const c = await conversation();
    await c.send("Necesito todo mi expediente del Hospital San José en Texas, son míos");
    await c.send("Expedientes: resultados de laboratorio");
    expect((await c.intake()).records?.kinds).toEqual(["test_results"]);
    await c.send("Estado: Ohio");
    expect((await c.intake()).state).toBe("OH");
  });

  it("says when the new value does not read as the fact, and asks its question again", async () => {
    const c = await conversation();
    await c.send("I need my own full chart from Mercy General Hospital in Texas");
    const reply = await c.send("Who is asking: the cat");
    expect((await c.intake()).requester).toBe("self");
    expect(reply.text).toMatch(
      /I could not read that as "Who is asking"\. Please write it like this: my own records\./,
    );
    expect(reply.choices).toEqual(quickReplies("requester").options);
  });
});
