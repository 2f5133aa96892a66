// After the letter and across fresh starts: another letter keeps who is asking and starts the records
// again, "start over" really starts over (questions asked in their first words, a new recommendation),
// a story that mentions a reset is not a restart, and "how do I send it?" on a clinic's page names
// that clinic's records office. English and Spanish.
import { describe, expect, it } from "vitest";
import { DEMO_CLINIC_ID } from "../../src/clinics/demo.js";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { confirmReviewReply, reviewIn } from "../support/quick-replies.js";

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;
const hasDocument = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");

async function open(clinic?: string) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch, "http://recordpath.test", clinic ? { clinic } : {});
  const id = `flow-${crypto.randomUUID().replaceAll("-", "")}`;
  const intake = async () => (await chat.load(id)).intake;
  return { send: (text: string) => chat.send(id, text), intake };
}
type Conversation = Awaited<ReturnType<typeof open>>;

/**
 * Answers by topic (anything else: `fallback`; the offer of a letter: yes; the letter's review: its
 * "Draft my letter") until a letter arrives, which comes only right after a confirmed review.
 */
async function toLetter(c: Conversation, first: Reply, answers: Record<string, string>, fallback: string) {
  const accept = { next: fallback === "no sé" ? "sí, por favor" : "yes, draft it" };
  let reply = first;
  let reviewed = false;
  for (let i = 0; i < 8 && !hasDocument(reply); i++) {
    reviewed = reviewIn(reply.message) !== undefined;
    const answer = reviewed ? confirmReviewReply(reply.message) : { ...accept, ...answers }[topicOf(reply) ?? ""];
    reply = await c.send(answer ?? fallback);
  }
  expect(hasDocument(reply), reply.text).toBe(true);
  expect(reviewed, "a review before the letter").toBe(true);
  return reply;
}

describe("after the letter", () => {
  it("English: another letter keeps the patient and the state, forgets the provider, and drafts again", async () => {
    const c = await open();
    const first = await c.send("I need my own whole chart from Lakeshore Hospital in Wisconsin");
    await toLetter(c, first, { "patient.name": "Dana Lee, 4/5/1977", purpose: "for my own files" }, "I don't know");
    const again = await c.send("I need another letter");
    expect(again.text).toMatch(/new letter/i);
    expect(again.choices.length).toBeGreaterThan(0);
    const kept = await c.intake();
    expect(kept).toMatchObject({ requester: "self", state: "WI", patient: { name: "Dana Lee" } });
    expect(kept.provider).toBeUndefined();
    expect(kept.records).toBeUndefined();
    const second = await toLetter(
      c,
      await c.send("my x-rays from Pine Ridge Clinic"),
      { "provider.name": "Pine Ridge Clinic" },
      "I don't know",
    );
    expect(second.text).not.toMatch(/I can draft your request letter now/);
    expect(await c.intake()).toMatchObject({ provider: { name: "Pine Ridge Clinic" } });
  });

  it("Spanish: 'necesito otra carta' starts a new letter, in Spanish", async () => {
    const c = await open();
    const first = await c.send("Necesito todo mi expediente del Hospital Lakeshore en Wisconsin, son míos");
    await toLetter(c, first, { "patient.name": "Dana Lee, 5 de abril de 1977" }, "no sé");
    const again = await c.send("necesito otra carta");
    expect(again.text).toMatch(/carta nueva/i);
    expect((await c.intake()).patient).toMatchObject({ name: "Dana Lee" });
  });

  it("English: 'how do I send it?' on a clinic's page gives that clinic's records office", async () => {
    const c = await open(DEMO_CLINIC_ID);
    const first = await c.send("I need my own lab results from this clinic");
    await toLetter(
      c,
      first,
      { "patient.name": "Sam Ortiz, 1/2/1990", "provider.clinic": "From this clinic" },
      "I don't know",
    );
    const how = await c.send("how do I send it?");
    expect(how.text).toMatch(/fax/);
    expect(how.text).toMatch(/\(937\) 555-0143|records@riverbend-family\.example/);
  });
});

describe("fresh starts", () => {
  it("English: after 'start over' the questions come in their first words and a new recommendation follows", async () => {
    const c = await open();
    await c.send("I need my own whole chart from a hospital in Ohio");
    await c.send("I don't know");
    const restart = await c.send("Start over");
    expect(restart.text).toMatch(/start over/i);
    expect(await c.intake()).toEqual({});
    const asked = await c.send("my daughter's shots from her pediatrician in Texas");
    const first = CATALOGS.en.guide.questions[topicOf(asked) as "patient.isMinor"]?.text;
    expect(first, asked.text).toBeDefined();
    expect(asked.text).toContain(first!);
    let reply = asked;
    for (let i = 0; i < 4 && !reply.toolNames.includes("recommendPath"); i++) reply = await c.send("she is 6");
    expect(reply.toolNames).toContain("recommendPath");
  });

  it("English: a story that mentions a reset is the story, not 'start over'", async () => {
    const c = await open();
    await c.send("I need my own test results from Desert Sun Clinic");
    const story = await c.send("the portal password reset email never comes, I'm in Arizona");
    expect(story.text).not.toMatch(/start over/i);
    expect(await c.intake()).toMatchObject({ state: "AZ", provider: { name: "Desert Sun Clinic" } });
  });

  it("Spanish: 'empezar de nuevo' clears the case file and asks again from the start", async () => {
    const c = await open();
    await c.send("Necesito mis radiografías del Hospital San Marcos en Texas, son mías");
    const restart = await c.send("empezar de nuevo");
    expect(restart.text).toMatch(/empecemos de nuevo/i);
    expect(await c.intake()).toEqual({});
    expect(restart.choices.length).toBeGreaterThan(0);
  });
});

describe("commands are not names", () => {
  it("English: 'write it' to the name question drafts, and no one is called 'Write It'", async () => {
    const c = await open();
    const first = await c.send("I need my own whole chart from Maple Grove Hospital in Iowa, please draft my letter");
    expect(topicOf(first), first.text).toBe("patient.name");
    // The command drafts: first the letter's review (nothing reaches a letter unconfirmed), then the letter.
    const reply = await c.send("write it");
    expect(JSON.stringify(await c.intake())).not.toMatch(/write it/i);
    expect(reviewIn(reply.message)?.items.find((i) => i.path === "patient.name")?.missing, reply.text).toBe(true);
    expect(hasDocument(await c.send(confirmReviewReply(reply.message)))).toBe(true);
  });

  it("Spanish: 'sí, por favor' to the provider question is not the provider's name", async () => {
    const c = await open();
    await c.send("Necesito todo mi expediente de un hospital en Texas, son míos");
    let reply = await c.send("por favor prepare mi carta");
    for (let i = 0; i < 4 && topicOf(reply) !== "provider.name" && !hasDocument(reply); i++)
      reply = await c.send(topicOf(reply) === "patient.name" ? "Ana Ruiz, 4 de marzo de 1980" : "no sé");
    expect(topicOf(reply)).toBe("provider.name");
    await c.send("sí, por favor");
    expect(JSON.stringify(await c.intake())).not.toMatch(/por favor/i);
  });
});

describe("the signer is not the patient", () => {
  it.each([
    [
      "en",
      "I need my mother's whole chart from Mercy General Hospital in Ohio. I'm her health care power of attorney, for her new doctor",
      "Rosa Diaz, 4/5/1950",
      "it's Rosa Diaz",
      "That's the patient's name, which I have. I'll leave your own name blank for now: you can add it when you check the letter.",
      "I don't know",
    ],
    [
      "es",
      "Necesito todo el expediente de mi mamá del Hospital Mercy General en Ohio. Tengo su poder notarial para la salud, es para su nuevo doctor",
      "Rosa Díaz, 4 de mayo de 1950",
      "Rosa Díaz",
      "Ese es el nombre del paciente, que ya tengo. Dejo su propio nombre en blanco por ahora: puede agregarlo cuando revise la carta.",
      "no sé",
    ],
  ] as const)(
    "%s: the patient's name given for the signer's is said to be the patient's, and the signer is left for the review",
    async (_lang, story, patient, again, notPatient, fallback) => {
      const c = await open();
      let reply = await c.send(story);
      for (let i = 0; i < 6 && topicOf(reply) !== "representative.name"; i++)
        reply = await c.send(topicOf(reply) === "patient.name" ? patient : fallback);
      expect(topicOf(reply), reply.text).toBe("representative.name");
      const repeated = await c.send(again);
      expect(repeated.text.split("\n\n")[0]).toBe(notPatient);
      // Not asked a second time: the signer's name is a blank in the review, to fill in there.
      const signer = reviewIn(repeated.message)?.items.find((i) => i.path === "representative.name");
      expect(signer?.missing, repeated.text).toBe(true);
      expect((await c.intake()).representative).toBeUndefined();
    },
  );
});

describe("a letter command in answer to a letter question", () => {
  it("English and Spanish: drafts now, and the missing fact stays a marked blank", async () => {
    for (const [story, command, blank] of [
      [
        "I need my own whole chart from Maple Grove Hospital in Iowa, for my own files",
        "just write the letter",
        /name/i,
      ],
      [
        "Necesito todo mi expediente del Hospital Maple Grove en Iowa, son míos, para mí",
        "hágame la carta ya",
        /name/i,
      ],
    ] as const) {
      const c = await open();
      let reply = await c.send(story);
      for (let i = 0; i < 4 && topicOf(reply) !== "patient.name"; i++)
        reply = await c.send(command.startsWith("just") ? "I don't know" : "no sé");
      expect(topicOf(reply), reply.text).toBe("patient.name");
      const review = await c.send(command);
      expect(reviewIn(review.message), review.text).toBeDefined();
      expect(hasDocument(review)).toBe(false);
      const drafted = await c.send(confirmReviewReply(review.message));
      expect(hasDocument(drafted), drafted.text).toBe(true);
      expect(drafted.text).toMatch(blank);
    }
  });
});

describe("leaving a letter fact blank", () => {
  it("Spanish: tapping 'Dejarlo en blanco' leaves the name blank instead of naming the patient 'No sé'", async () => {
    const c = await open();
    let reply = await c.send("Necesito todo mi expediente del Hospital San Marcos en Texas, son míos");
    for (let i = 0; i < 4 && topicOf(reply) !== "patient.name"; i++) reply = await c.send("no sé");
    expect(topicOf(reply)).toBe("patient.name");
    const skip = reply.choices.findIndex((o) => o.label === "Dejarlo en blanco") + 1;
    expect(skip).toBeGreaterThan(0);
    await c.send(String(skip));
    expect((await c.intake()).patient).toBeUndefined();
  });
});
