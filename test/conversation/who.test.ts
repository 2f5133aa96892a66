// Who may ask, in conversation (issue 14, points 1–2), in English and Spanish: a parent is asked the
// patient's age before any advice (45 CFR 164.502(g)(3)), and a teen asking to get their records
// without their parents finding out gets their state's answer and a letter in their own name with a
// private way to receive it (45 CFR 164.522(b)).
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { confirmReviewReply, reviewIn } from "../support/quick-replies.js";

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;

async function conversation() {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `who-${crypto.randomUUID().replaceAll("-", "")}`;
  const session = async () => await chat.load(id);
  /** The text version of the letter drafted in `reply`, through its signed link. */
  const letter = async (reply: Reply) => {
    const card = reply.message.parts.find((p) => p.type === "data-document") as
      | { data: { textUrl: string } }
      | undefined;
    if (!card) throw new Error("no letter was drafted");
    return (await fetch(card.data.textUrl)).text();
  };
  return { send: (text: string) => chat.send(id, text), session, letter };
}

/** Answers "I don't know" (or "No sé") until the guide recommends; returns the recommending reply. */
async function untilRecommended(c: Awaited<ReturnType<typeof conversation>>, first: Reply, unsure = "I don't know") {
  let reply = first;
  for (let i = 0; i < 4 && !reply.toolNames.includes("recommendPath"); i++) reply = await c.send(unsure);
  expect(reply.toolNames).toContain("recommendPath");
  return reply;
}

describe("a parent asking: the patient's age comes before any advice", () => {
  it("asks the age, recommends nothing before it, and tells the parent of a 20-year-old what they need", async () => {
    const c = await conversation();
    let reply = await c.send("I need my son's whole chart from his doctor in Texas");
    const asked: string[] = [];
    for (let i = 0; i < 4 && topicOf(reply) !== "patient.isMinor"; i++) {
      expect(reply.toolNames).not.toContain("recommendPath");
      asked.push(topicOf(reply) ?? "");
      reply = await c.send("I don't know");
    }
    expect(topicOf(reply), `asked: ${asked.join(", ")}`).toBe("patient.isMinor");
    expect(reply.text).toMatch(/How old is the patient\?.*date of birth/);
    expect(reply.choices.map((o) => o.label)).toEqual(["Under 18", "18 or older"]);
    expect(reply.toolNames).not.toContain("recommendPath");

    const answered = await c.send("He is 20");
    expect((await c.session()).intake).toMatchObject({ requester: "parent", patient: { age: 20, isMinor: false } });
    const advice = await untilRecommended(c, answered);
    expect(advice.text).toMatch(/your child is an adult/);
    expect(advice.text).toMatch(/power of attorney that is in effect/);
    expect(advice.text).toMatch(/guardianship/);
    expect(advice.text).not.toMatch(/stands? in the patient's shoes/);
  });

  it("takes a date of birth as the answer and treats a 14-year-old as a minor", async () => {
    const c = await conversation();
    let reply = await c.send("I need my daughter's vaccine records from her pediatrician in New York");
    for (let i = 0; i < 4 && topicOf(reply) !== "patient.isMinor"; i++) reply = await c.send("I don't know");
    expect(topicOf(reply)).toBe("patient.isMinor");
    const answered = await c.send("March 3, 2012");
    expect((await c.session()).intake).toMatchObject({ patient: { dateOfBirth: "2012-03-03" } });
    const advice = await untilRecommended(c, answered);
    expect(advice.text).toMatch(/As the parent of a minor/);
  });

  it("asks the age in Spanish, and tells the parent of an adult the same in Spanish", async () => {
    const c = await conversation();
    let reply = await c.send("Necesito todo el expediente de mi hijo, de su doctor en California");
    for (let i = 0; i < 4 && topicOf(reply) !== "patient.isMinor"; i++) reply = await c.send("No sé");
    expect(topicOf(reply)).toBe("patient.isMinor");
    expect(reply.text).toMatch(/¿Cuántos años tiene el paciente\?/);
    expect(reply.choices.map((o) => o.label)).toEqual(["Menor de 18", "18 o más"]);
    expect(reply.toolNames).not.toContain("recommendPath");
    const answered = await c.send("18 o más");
    expect((await c.session()).intake).toMatchObject({ patient: { isMinor: false } });
    const advice = await untilRecommended(c, answered, "No sé");
    expect(advice.text).toMatch(/mayor de edad/);
    expect(advice.text).toMatch(/poder médico que esté vigente/);
    expect(advice.text).toMatch(/tutela/);
  });
});

describe("a teen asking to get their records without their parents finding out", () => {
  it("answers for the teen's state and drafts a letter in their own name, picked up in person (English)", async () => {
    const c = await conversation();
    const first = await c.send("Can I get my records without my parents finding out? I'm 16");
    expect(topicOf(first)).toBe("state");
    expect(first.text).toMatch(/depends on your state's law/);
    expect((await c.session()).intake).toMatchObject({
      requester: "self",
      patient: { age: 16, isMinor: true },
      confidential: true,
    });

    const answer = await c.send("California");
    expect(answer.toolNames).toContain("explainRights");
    expect(answer.text).toMatch(/^Got it: California\.\nYes\. In California/);
    expect(answer.text).toMatch(/parents are not entitled to see those records/);
    expect(answer.text).toMatch(/§123115\(a\)\(1\)/);
    expect(answer.text).toMatch(/164\.522\(b\)/);
    expect(topicOf(answer)).toBe("delivery.private");
    expect(answer.choices.map((o) => o.label)).toContain("I'll pick it up");

    let reply = await c.send("I will pick them up");
    expect((await c.session()).intake).toMatchObject({ delivery: "pickup" });
    const replies: Record<string, string> = {
      "records.kinds": "test results",
      "patient.name": "Ana Ruiz, January 5, 2010",
      "provider.name": "Valley Teen Clinic",
    };
    // The patient confirms the review of the letter's contents when it is shown.
    for (let i = 0; i < 8 && !reply.toolNames.includes("draftRequest"); i++)
      reply = await c.send(
        reviewIn(reply.message) ? confirmReviewReply(reply.message) : (replies[topicOf(reply) ?? ""] ?? "I don't know"),
      );
    expect(reply.toolNames).toContain("draftRequest");
    const text = await c.letter(reply);
    expect(text).toContain("Patient's full legal name: Ana Ruiz");
    expect(text).toContain("Printed name: Ana Ruiz");
    expect(text).toContain("Delivery: I will pick up the copy");
    expect(text).toContain("only to me and only by the delivery method above (45 CFR 164.522(b))");
    expect(text).not.toContain("Signing as:");
    expect(text).not.toMatch(/personal representative/);
  });

  it("answers in Spanish for Texas without promising secrecy, and offers private ways to get the copy", async () => {
    const c = await conversation();
    const first = await c.send("¿Puedo pedir mis expedientes sin que mis papás se enteren?");
    expect(topicOf(first)).toBe("state");
    expect(first.text).toMatch(/depende de la ley de su estado/);
    const answer = await c.send("Texas");
    expect(answer.toolNames).toContain("explainRights");
    expect(answer.text).toMatch(/No con seguridad\. En Texas/);
    expect(answer.text).toMatch(/§32\.004\(b\)\(2\)/);
    expect(answer.text).toMatch(/164\.522\(b\)/);
    expect(topicOf(answer)).toBe("delivery.private");
    expect(answer.choices.map((o) => o.label)).toEqual([
      "La recojo yo",
      "A mi correo electrónico",
      "En mi portal",
      "Por correo postal",
    ]);
    await c.send("por correo electrónico");
    expect((await c.session()).intake).toMatchObject({
      requester: "self",
      patient: { isMinor: true },
      confidential: true,
      delivery: "email",
      state: "TX",
    });
  });

  it("does not promise an Illinois teen that a parent cannot see therapy records (740 ILCS 110/4(a)(3))", async () => {
    const c = await conversation();
    const reply = await c.send("I'm 16 and in Illinois. Can I see my therapy records without my parents knowing?");
    expect(reply.toolNames).toContain("explainRights");
    expect(reply.text).toMatch(/Not always\. In Illinois/);
    expect(reply.text).toMatch(/does not find a strong reason to refuse/);
    expect(reply.text).toMatch(/740 ILCS 110\/4/);
  });

  it("answers at once when the first message names the state (Washington, RCW 70.02.130)", async () => {
    const c = await conversation();
    const reply = await c.send(
      "I'm 15 and I live in Washington state. Can I get my counseling records without my parents knowing?",
    );
    expect(reply.toolNames).toEqual(expect.arrayContaining(["updateIntake", "explainRights"]));
    expect(reply.text).toMatch(/RCW 70\.02\.130/);
    expect(topicOf(reply)).toBe("delivery.private");
  });
});
