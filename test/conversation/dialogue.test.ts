// Dialogue policy of the built-in guide: never re-ask what is known, move on after "I don't know"
// or off-topic messages, accept corrections, restart cleanly, always offer quick replies.
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;

async function conversation() {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `dlg-${crypto.randomUUID().replaceAll("-", "")}`;
  const intake = async () => (await chat.load(id)).intake;
  return { send: (text: string) => chat.send(id, text), intake };
}

describe("the guide's dialogue", () => {
  it("never asks about something the patient already said", async () => {
    const c = await conversation();
    const first = await c.send("I need my own x-rays from a hospital in Texas");
    const asked: string[] = [topicOf(first)!];
    let reply = first;
    for (let i = 0; i < 3 && !reply.toolNames.includes("recommendPath"); i++) {
      reply = await c.send("I don't know");
      asked.push(topicOf(reply)!);
    }
    expect(asked).not.toContain("state");
    expect(asked).not.toContain("records.kinds");
    expect(asked).not.toContain("requester");
    expect(reply.toolNames).toContain("recommendPath");
  });

  it("moves on after 'I don't know' instead of asking the same question again", async () => {
    const c = await conversation();
    const first = await c.send("hello");
    const topic = topicOf(first);
    const second = await c.send("I don't know");
    expect(second.text).toMatch(/That's okay/);
    expect(topicOf(second)).not.toBe(topic);
  });

  it("answers an off-topic message kindly, then keeps going without looping", async () => {
    const c = await conversation();
    await c.send("I need my medical records");
    const off1 = await c.send("what's the weather like today?");
    expect(off1.text).toMatch(/only help with getting medical records/);
    expect(off1.choices.length).toBeGreaterThan(0);
    const off2 = await c.send("tell me a joke");
    const off3 = await c.send("who won the game last night");
    const topics = [off1, off2, off3].map(topicOf);
    // The same question is offered at most twice in a row.
    expect(new Set(topics).size).toBeGreaterThan(1);
  });

  it("accepts a correction", async () => {
    const c = await conversation();
    await c.send("I need my whole chart from Kentucky, they're my own records");
    expect(await c.intake()).toMatchObject({ state: "KY" });
    await c.send("actually it's Ohio");
    expect(await c.intake()).toMatchObject({ state: "OH" });
  });

  it("starts over cleanly", async () => {
    const c = await conversation();
    await c.send("I need my whole chart from Kentucky, they're my own records");
    const restart = await c.send("Start over");
    expect(restart.text).toMatch(/start over/i);
    expect(await c.intake()).toEqual({});
    expect(restart.choices.length).toBeGreaterThan(0);
  });

  it("offers quick replies with every question and never claims to be a lawyer or doctor", async () => {
    const c = await conversation();
    for (const text of ["hi", "my daughter's records", "Florida", "vaccines for school"]) {
      const r = await c.send(text);
      expect(r.choices.length, r.text).toBeGreaterThan(0);
      expect(r.text).not.toMatch(/\bI am a (lawyer|doctor|attorney)\b/i);
    }
  });

  it("answers questions about fees and deadlines with cited rules", async () => {
    const c = await conversation();
    await c.send("I need my own whole chart from a doctor's office in Texas");
    const fees = await c.send("What fees can they charge?");
    expect(fees.toolNames).toContain("explainRights");
    expect(fees.text).toMatch(/cost-based|fee/i);
    const deadline = await c.send("How long do they have to answer?");
    expect(deadline.text).toMatch(/15 business days|30 days/);
  });

  // 45 CFR 164.524(c)(4): a reasonable, cost-based fee for the patient's own copy.
  it.each([
    ["en", "Sunrise Imaging in Denver, Colorado wants $95 for a disc of my own MRI. Is that allowed?"],
    ["es", "La Clínica del Sol en Phoenix, Arizona me cobra $120 por una copia de mis propios análisis. ¿Es legal?"],
  ])("%s: a quoted fee gets the fee rule and its next step once, not twice in other words", async (_l, text) => {
    const c = await conversation();
    const reply = await c.send(text!);
    expect(reply.text.match(/164\.524\(c\)\(4\)/g)?.length, reply.text).toBe(1);
  });
});
