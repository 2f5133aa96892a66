// How the built-in guide answers (issue 15, points 1, 3, 5, 6 and 7), end to end through /api/chat
// and the SMS webhook, in English and Spanish: the patient's question is answered before the next
// question, what was understood is named, an unreadable answer gets an example and is not asked a
// third time, letter commands draft, nothing dead-ends, the advice follows the story, and the tone
// and cautions fit the person. Frozen before the guide changed; the law behind each answer is cited
// beside its case.
import { describe, expect, it } from "vitest";
import { segmentCount } from "../../src/channels/sms/gsm.js";
import { DEMO_CLINIC_ID } from "../../src/clinics/demo.js";
import type { Recommendation } from "../../src/domain/recommendation.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { reviewIn } from "../support/quick-replies.js";

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;
const hasDocument = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");
const recommendation = (r: Reply): Recommendation | undefined =>
  (r.message.parts.find((p) => p.type === "tool-recommendPath" && "output" in p) as { output?: Recommendation })
    ?.output;
const recommended = (r: Reply) => Array.isArray(recommendation(r)?.paths);
/** The reply's sentences that ask something. */
const questionsIn = (text: string) =>
  text
    .split(/(?<=[?.!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.includes("?"));
/** What a broken turn shows the patient. */
const BROKEN = /TypeError|something went wrong|had trouble with|tuve un problema|algo sali[óo] mal/i;
/** The offer that must not come back once a letter exists (or after the patient asked for one). */
const STALE_OFFER = /I can draft your request letter now|Puedo preparar su carta de solicitud ahora/;
/**
 * Where a reply leads: its quick replies, or the letter's review to confirm (issue 15, point 4: the
 * card's own "Draft my letter" and "Edit" are its next step, so it carries no quick replies).
 */
const nextSteps = (r: Reply) => {
  const review = reviewIn(r.message);
  return [
    ...r.choices.map((o) => o.label),
    ...(review ? [review.draftLabel, ...review.items.map((i) => i.label)] : []),
  ];
};

async function open(options: { clinic?: string } = {}) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch, "http://recordpath.test", options.clinic ? { clinic: options.clinic } : {});
  const id = `ans-${crypto.randomUUID().replaceAll("-", "")}`;
  const replies: Reply[] = [];
  const send = async (text: string) => {
    const reply = await chat.send(id, text);
    replies.push(reply);
    return reply;
  };
  const intake = async () => (await chat.load(id)).intake;
  return { send, intake, replies };
}
type Conversation = Awaited<ReturnType<typeof open>>;

/** Answers "I don't know" (or `filler`) until the guide recommends; fails if it takes more than `max`. */
async function untilRecommended(c: Conversation, first: Reply, filler = "I don't know", max = 4): Promise<Reply> {
  let reply = first;
  for (let i = 0; i < max && !recommended(reply); i++) reply = await c.send(filler);
  expect(recommended(reply), reply.text).toBe(true);
  return reply;
}

/** Answers the letter's questions (by topic) and any review until a document arrives. */
async function untilDocument(c: Conversation, from: Reply, answers: Record<string, string>, yes = "yes") {
  let reply = from;
  for (let i = 0; i < 5 && !hasDocument(reply); i++) {
    const topic = topicOf(reply);
    reply = await c.send((topic && answers[topic]) ?? yes);
  }
  expect(hasDocument(reply), reply.text).toBe(true);
  return reply;
}

/** The answer comes first: `answer` matches, and before the reply's question if it has one. */
function expectAnsweredFirst(reply: Reply, answer: RegExp) {
  const at = reply.text.search(answer);
  expect(at, reply.text).toBeGreaterThanOrEqual(0);
  const question = questionsIn(reply.text).at(-1);
  if (question) expect(at, reply.text).toBeLessThan(reply.text.lastIndexOf(question));
  // …and the conversation goes on: quick replies or a question.
  expect(reply.choices.length > 0 || question !== undefined, reply.text).toBe(true);
}

describe("answer first, then ask", () => {
  // OCR, HIPAA right of access guidance: a provider may not withhold access because the patient has
  // not paid for care; fees for copies only as 45 CFR 164.524(c)(4) allows.
  it("English: 'can they refuse because I owe money?' gets a cited no, then the next question", async () => {
    const c = await open();
    await c.send("I need my own whole chart from Brookside Medical Center in Kansas");
    const reply = await c.send("Can they refuse to give them to me because I still owe them money from last year?");
    expectAnsweredFirst(
      reply,
      /\b(?:may not|can ?not|can't|are not allowed to)\b[^.]{0,80}\b(?:hold|refuse|withh|den)/i,
    );
    expect(reply.text).toMatch(/OCR|Office for Civil Rights|164\.524/);
  });

  it("Spanish: '¿me los pueden negar porque debo dinero?' gets a cited no, in Spanish", async () => {
    const c = await open();
    await c.send("Necesito mi expediente completo del Hospital Las Palmas en Texas, son míos");
    const reply = await c.send("¿Me pueden negar mis papeles porque les debo dinero?");
    expectAnsweredFirst(reply, /\bno (?:pueden|puede|se puede)\b[^.]{0,80}(?:negar|retener|negarse)/i);
    expect(reply.text).toMatch(/OCR|Derechos Civiles|164\.524/);
    expect(reply.text).not.toMatch(/\bmay not\b|\bcannot\b/);
  });

  // 45 CFR 164.524(c)(4): a reasonable, cost-based fee for the patient's own copy.
  it("English: a cost question in the middle of the questions is answered, with its rule, before the next one", async () => {
    const c = await open();
    await c.send("I need my own lab results from a clinic in Oregon");
    const reply = await c.send("how much is this going to cost me?");
    expectAnsweredFirst(reply, /cost-based|\$6\.50|\bfree\b/i);
    expect(reply.text).toMatch(/164\.524\(c\)\(4\)/);
    expect(questionsIn(reply.text).length, reply.text).toBeGreaterThan(0);
  });

  it("Spanish: '¿cuánto me va a costar?' is answered in Spanish, then the next question", async () => {
    const c = await open();
    await c.send("Necesito mis resultados de laboratorio de una clínica en Oregon, son míos");
    const reply = await c.send("¿cuánto me va a costar?");
    expectAnsweredFirst(reply, /basad[oa] en (?:el )?costo|razonable|gratis/i);
    expect(reply.text).toMatch(/164\.524\(c\)\(4\)/);
    expect(questionsIn(reply.text).length, reply.text).toBeGreaterThan(0);
  });

  // 45 CFR 164.524(b)(2): 30 calendar days, one 30-day extension with written notice.
  it("English: 'how long does this take?' gets the deadline and the conversation goes on", async () => {
    const c = await open();
    await c.send("My own x-rays from a hospital in Michigan");
    const reply = await c.send("how long does this usually take?");
    expectAnsweredFirst(reply, /\b30 (?:calendar )?days\b/i);
    expect(reply.text).toMatch(/164\.524\(b\)\(2\)/);
  });

  it("Spanish: '¿cuánto tiempo se tardan?' gets the deadline in Spanish", async () => {
    const c = await open();
    await c.send("Mis radiografías de un hospital en Michigan, son mías");
    const reply = await c.send("¿cuánto tiempo se tardan en mandarlos?");
    expectAnsweredFirst(reply, /\b30 días\b/i);
    expect(reply.text).toMatch(/164\.524\(b\)\(2\)/);
  });

  it("English: 'are you a real person?' on a clinic's page: automated, and how to reach that clinic's records office", async () => {
    const c = await open({ clinic: DEMO_CLINIC_ID });
    const reply = await c.send("hi, am I talking to a real person or a bot?");
    expectAnsweredFirst(reply, /automated/i);
    expect(reply.text).toMatch(/Riverbend Family Medicine/);
    expect(reply.text).toMatch(/\(937\) 555-0142/);
  });

  it("English: 'are you a real person?' without a clinic: automated, and ask the provider's records office", async () => {
    const c = await open();
    await c.send("I need my son's vaccine records from his pediatrician in Ohio, he's 7");
    const reply = await c.send("wait, is this a real person?");
    expectAnsweredFirst(reply, /automated/i);
    expect(reply.text).toMatch(/records office/i);
  });

  it("Spanish: '¿es una persona de verdad?' is answered in Spanish", async () => {
    const c = await open();
    await c.send("Necesito los resultados de laboratorio de mi hija de 10 años de la Clínica Sol en Arizona");
    const reply = await c.send("¿estoy hablando con una persona de verdad?");
    expectAnsweredFirst(reply, /autom[áa]tic|automatizad/i);
    expect(reply.text).toMatch(/oficina de expedientes/i);
  });

  // 45 CFR 164.514(h): the provider verifies the identity of the person asking.
  it("English: 'why do you need my date of birth?' is explained, and the question is not repeated word for word", async () => {
    const c = await open();
    const first = await c.send("I need my own whole chart from Cedar Hills Hospital in Ohio");
    let reply = await untilRecommended(c, first);
    if (topicOf(reply) !== "patient.name") reply = await c.send("Please draft my letter");
    expect(topicOf(reply), reply.text).toBe("patient.name");
    const asked = questionsIn(reply.text);
    const why = await c.send("why do you need my birthday?");
    expectAnsweredFirst(why, /\b(?:find|match|identify|confirm)\b/i);
    for (const q of questionsIn(why.text)) expect(asked).not.toContain(q);
  });

  it("Spanish: '¿para qué quieren mi fecha de nacimiento?' is explained in Spanish", async () => {
    const c = await open();
    const first = await c.send("Necesito todo mi expediente del Hospital San Marcos en Texas, son míos");
    let reply = await untilRecommended(c, first, "no sé");
    if (topicOf(reply) !== "patient.name") reply = await c.send("Por favor prepare mi carta");
    expect(topicOf(reply), reply.text).toBe("patient.name");
    const why = await c.send("¿para qué quieren mi fecha de nacimiento?");
    expectAnsweredFirst(why, /identific|encontrar|confirmar/i);
  });

  it("English and Spanish: 'is this safe?' says what happens to their information", async () => {
    const en = await open();
    await en.send("I need my own MRI from Valley Imaging in Idaho");
    expectAnsweredFirst(await en.send("is it safe to type my info in here?"), /private|delete|encrypt/i);
    const es = await open();
    await es.send("Necesito mi resonancia de Valley Imaging en Idaho, es mía");
    expectAnsweredFirst(await es.send("¿es seguro escribir mis datos aquí?"), /privad|borrar|cifrad/i);
  });

  it("English and Spanish: 'is it cancer?' gets a kind redirect to the care team, and the records help goes on", async () => {
    const en = await open();
    await en.send("I need my own biopsy results from Lakeshore Hospital in Wisconsin");
    const reply = await en.send("the biopsy came back weird, do you think it's cancer?");
    expectAnsweredFirst(reply, /\b(?:your|the) (?:doctor|care team|nurse)\b/i);
    expect(reply.text).not.toMatch(/\bit(?:'s| is) (?:not )?cancer\b/i);
    const es = await open();
    await es.send("Necesito los resultados de mi biopsia del Hospital Lakeshore en Wisconsin, son míos");
    expectAnsweredFirst(await es.send("¿usted cree que es cáncer?"), /su (?:médico|doctor|equipo)/i);
  });

  // 45 CFR 160.306: complaints to HHS OCR within 180 days.
  it("English and Spanish: 'how do I complain about them?' names OCR", async () => {
    const en = await open();
    await en.send("I need my own whole chart from Fairview Clinic in Minnesota");
    const reply = await en.send("how do I file a complaint about them?");
    expectAnsweredFirst(reply, /Office for Civil Rights|\bOCR\b/);
    expect(reply.text).toMatch(/160\.306|ocrportal\.hhs\.gov/);
    const es = await open();
    await es.send("Necesito todo mi expediente de la Clínica Fairview en Minnesota, son míos");
    expectAnsweredFirst(await es.send("¿cómo pongo una queja contra ellos?"), /Oficina de Derechos Civiles|\bOCR\b/);
  });

  // An adult's records are their own (45 CFR 164.502(g)); a plan's statements (EOBs) go to the policyholder.
  it("English and Spanish: an adult on their parents' plan asking 'can my parents see this?' hears about permission and the plan's statements", async () => {
    const en = await open();
    await en.send("I need my own prescription history from Rx Corner Pharmacy in Nevada");
    const reply = await en.send("I'm 24 and still on my parents' insurance. Can my parents see my records?");
    expectAnsweredFirst(reply, /permission|authoriz|EOB|explanation of benefits/i);
    const es = await open();
    await es.send("Necesito mi historial de recetas de la farmacia Rx Corner en Nevada, es mío");
    expectAnsweredFirst(
      await es.send("Tengo 23 años y estoy en el seguro de mis papás, ¿ellos pueden ver mis expedientes?"),
      /permiso|autoriz|explicación de beneficios/i,
    );
  });
});

describe("saying what was understood", () => {
  it("English: names what it recorded, and says nothing of the kind when nothing was", async () => {
    const c = await open();
    await c.send("hello, I need some records");
    const got = await c.send("my lab results from Banner Health in Arizona");
    expect(got.text).toMatch(/Got it\b[^\n]*Banner Health/);
    const nothing = await c.send("what's the weather like in Phoenix today?");
    expect(nothing.text).not.toMatch(/Got it|Thanks, got it/);
  });

  it("Spanish: names what it recorded", async () => {
    const c = await open();
    await c.send("hola, necesito unos expedientes");
    const got = await c.send("mis resultados de laboratorio de Banner Health en Arizona");
    expect(got.text).toMatch(/(?:Entendido|Anoté)\b[^\n]*Banner Health/);
  });

  it("English: an unreadable answer gets an example, a second one leaves a blank and moves on, never a third ask", async () => {
    const c = await open();
    const first = await c.send("I need my own records from Lakeview Hospital");
    const topic = topicOf(first);
    expect(topic).toBeDefined();
    const again = await c.send("purple");
    expect(topicOf(again)).toBe(topic);
    expect(again.text).toMatch(/for example|e\.g\./i);
    for (const q of questionsIn(again.text)) expect(questionsIn(first.text)).not.toContain(q);
    const moved = await c.send("purple");
    expect(topicOf(moved)).not.toBe(topic);
    const later = [await c.send("I don't know"), await c.send("I don't know")];
    for (const r of later) expect(topicOf(r)).not.toBe(topic);
  });

  it("Spanish: an unreadable answer gets an example in Spanish, then the topic is left blank", async () => {
    const c = await open();
    const first = await c.send("Necesito mis expedientes del Hospital Lakeview, son míos");
    const topic = topicOf(first);
    const again = await c.send("morado");
    expect(topicOf(again)).toBe(topic);
    expect(again.text).toMatch(/por ejemplo/i);
    const moved = await c.send("morado");
    expect(topicOf(moved)).not.toBe(topic);
  });
});

describe("never a dead end", () => {
  it("English: 'letter pls' drafts, and after the letter the next steps are offered, never the stale offer", async () => {
    const c = await open();
    const first = await c.send("I need my own whole chart from Maple Grove Hospital in Iowa");
    await untilRecommended(c, first);
    const asked = await c.send("letter pls");
    expect(asked.text).not.toMatch(STALE_OFFER);
    await untilDocument(c, asked, { "patient.name": "Jordan Reyes, 2/3/1985" });
    const after = await c.send("thanks!");
    expect(after.text).not.toMatch(STALE_OFFER);
    expect(after.choices.length).toBeGreaterThan(0);
    expect(`${after.text} ${after.choices.map((o) => o.label).join(" ")}`).toMatch(/send|due|another letter/i);
    const how = await c.send("how do I send it?");
    expect(how.text).toMatch(/\b(?:fax|mail|email)\b/i);
    expect(how.choices.length).toBeGreaterThan(0);
    for (const r of c.replies) expect(r.text).not.toMatch(BROKEN);
  });

  it("English: 'write it' and 'yes do it' draft the letter", async () => {
    for (const command of ["write it", "yes do it"]) {
      const c = await open();
      const first = await c.send("I need my own lab results from Sunrise Clinic in Nevada, I can log in to the portal");
      await untilRecommended(c, first);
      // An offer of the letter first, so "yes do it" has something to agree to.
      const offer = await c.send("ok");
      expect(offer.choices.length, offer.text).toBeGreaterThan(0);
      const asked = await c.send(command);
      expect(asked.text, command).not.toMatch(STALE_OFFER);
      await untilDocument(c, asked, { "patient.name": "Casey Moreno, 7/19/1979" });
    }
  });

  it("Spanish: 'hazme la carta', 'quiero la carta' and 'sí, por favor' draft the letter, then the next steps in Spanish", async () => {
    for (const command of ["hazme la carta", "quiero la carta", "sí, por favor"]) {
      const c = await open();
      const first = await c.send("Necesito mis resultados de laboratorio de la Clínica Sunrise en Nevada, son míos");
      await untilRecommended(c, first, "no sé");
      const offer = await c.send("ok");
      expect(offer.choices.length, offer.text).toBeGreaterThan(0);
      const asked = await c.send(command);
      expect(asked.text, command).not.toMatch(STALE_OFFER);
      await untilDocument(c, asked, { "patient.name": "Lucía Ortega, 19 de julio de 1979" }, "sí");
      const after = await c.send("gracias");
      expect(after.text).not.toMatch(STALE_OFFER);
      expect(`${after.text} ${after.choices.map((o) => o.label).join(" ")}`).toMatch(/enviar|envío|fecha|otra carta/i);
    }
  });

  it("English: a dozen unrelated messages never break a turn, and every reply leads somewhere", async () => {
    const c = await open();
    await c.send("hi i need my medical records");
    const offTopic = [
      "what's the weather tomorrow",
      "lol",
      "do you like pizza",
      "who won the game",
      "tell me a joke",
      "asdfghjkl",
      "what's 2+2",
      "can you order me a taxi",
      "im bored",
      "sing me a song",
      "what's your favorite color",
      "ok",
    ];
    for (const text of offTopic) {
      const reply = await c.send(text);
      expect(reply.text, text).not.toMatch(BROKEN);
      expect(nextSteps(reply).length, `${text} → ${reply.text}`).toBeGreaterThan(0);
    }
  });

  it("English: ten unrelated messages from the very first one never break a turn (the seventh included)", async () => {
    const c = await open();
    const offTopic = [
      "hello",
      "lol",
      "do you like pizza",
      "who won the game",
      "tell me a joke",
      "asdfghjkl",
      "what's 2+2",
      "can you order me a taxi",
      "im bored",
      "sing me a song",
    ];
    for (const text of offTopic) {
      // The chat client fails on any status but 200, on an error part and on a stream cut short.
      const reply = await c.send(text);
      expect(reply.text, text).not.toMatch(BROKEN);
      expect(nextSteps(reply).length, `${text} → ${reply.text}`).toBeGreaterThan(0);
    }
  });

  it("Spanish: unrelated messages never break a turn either", async () => {
    const c = await open();
    await c.send("hola, necesito mis expedientes médicos");
    for (const text of [
      "¿qué tiempo hará mañana?",
      "jaja",
      "cuéntame un chiste",
      "¿te gusta la pizza?",
      "asdf",
      "¿cuánto es 2+2?",
      "estoy aburrido",
      "ok",
    ]) {
      const reply = await c.send(text);
      expect(reply.text, text).not.toMatch(BROKEN);
      expect(nextSteps(reply).length, `${text} → ${reply.text}`).toBeGreaterThan(0);
    }
  });
});

describe("advice that follows the story", () => {
  // 45 CFR 164.524(b)(2): the answer was due 30 days after the request; past it, the follow-up leads.
  it("English: an overdue earlier request leads with the follow-up, not a fresh request", async () => {
    const c = await open();
    const first = await c.send(
      "I need my own whole chart from Lakewood General Hospital in Ohio. I sent a request on August 3 and they never answered.",
    );
    const rec = await untilRecommended(c, first);
    expect(recommendation(rec)?.suggestedDocument).toBe("follow_up");
    const lead = rec.text.search(/follow-up|overdue|\blate\b|was due/i);
    expect(lead, rec.text).toBeGreaterThanOrEqual(0);
    const fresh = rec.text.search(/Here is what I suggest|ask the records office in writing/i);
    if (fresh >= 0) expect(lead, rec.text).toBeLessThan(fresh);
  });

  it("Spanish: an overdue earlier request leads with the follow-up, in Spanish", async () => {
    const c = await open();
    const first = await c.send(
      "Mandé una solicitud al Hospital San Lucas en Ohio el 3 de agosto y nunca me contestaron. Necesito todo mi expediente, es mío.",
    );
    const rec = await untilRecommended(c, first, "no sé");
    expect(recommendation(rec)?.suggestedDocument).toBe("follow_up");
    expect(rec.text).toMatch(/seguimiento|plazo|venci/i);
  });

  // 45 CFR 164.524(c)(4): a fee quote is answered with the fee rules, not an overdue letter.
  it("English: a fee quote leads with the fee rules, and says nothing about being overdue", async () => {
    const c = await open();
    const first = await c.send(
      "Pinecrest Imaging in Utah wants to charge me $95 for a CD of my own MRI. Is that allowed?",
    );
    const replies = [first];
    if (!recommended(first)) replies.push(await untilRecommended(c, first));
    const all = replies.map((r) => r.text).join("\n");
    expect(first.text).toMatch(/cost-based|\$6\.50|reasonable/i);
    expect(all).not.toMatch(/overdue|deadline (?:has )?passed/i);
  });

  it("English: a portal lockout does not put the portal first", async () => {
    const c = await open();
    const first = await c.send(
      "I'm locked out of my patient portal at Desert Sun Clinic in Arizona. I need my own lab results.",
    );
    const rec = await untilRecommended(c, first);
    expect(recommendation(rec)?.paths[0]?.path).not.toBe("portal");
    expect(rec.text.split(/(?<=[.!?])\s/)[0]).not.toMatch(/portal/i);
  });

  it("English: many providers bring up the retrieval service", async () => {
    const c = await open();
    const first = await c.send("I need my own records from 6 different doctors in Florida for my disability claim");
    await untilRecommended(c, first);
    expect(c.replies.map((r) => r.text).join("\n")).toMatch(/retrieval service/i);
  });

  it("English: an urgent need leads with what works in days", async () => {
    const c = await open();
    const first = await c.send("I need my own surgery notes from Northgate Hospital in Georgia by next Tuesday");
    const rec = await untilRecommended(c, first);
    const opening = rec.text
      .split(/(?<=[.!?])\s+/)
      .slice(0, 3)
      .join(" ");
    expect(opening).toMatch(/\bcall\b|\btoday\b|in days/i);
  });

  it("English: asks only what changes the advice for this story", async () => {
    const insurer = await open();
    const a = await insurer.send("I need my own claims history from my health plan, Blue Cross of Idaho");
    await untilRecommended(insurer, a);
    expect(insurer.replies.map(topicOf)).not.toContain("provider.status");
    const dentist = await open();
    const b = await dentist.send("My dentist in Reno closed last year, I need my own dental x-rays");
    await untilRecommended(dentist, b);
    expect(dentist.replies.map(topicOf)).not.toContain("insurer.plan");
  });
});

describe("tone", () => {
  it("English and Spanish: condolences when a death is mentioned", async () => {
    const en = await open();
    const reply = await en.send(
      "My mom died in October. I'm the executor of her estate and I need her whole chart from Holy Cross Hospital in Maryland.",
    );
    expect(reply.text).toMatch(/sorry for your loss|I'm so sorry|condolences/i);
    const es = await open();
    const respuesta = await es.send(
      "Mi papá falleció y soy el albacea. Necesito todo su expediente del Hospital Santa Rosa en Texas",
    );
    expect(respuesta.text).toMatch(/lamento|lo siento|pésame/i);
  });

  it("English and Spanish: introduces itself once: by SMS to a bare hello, never after the story, never twice on the web", async () => {
    const { fetch } = await testApp({}, { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET });
    expect((await smsClient(fetch).send("hello")).messages.join("\n")).toMatch(/I'm recordpath/);
    // The web panel has already greeted before the first message: the guide goes straight to a question.
    const bare = await open();
    const hello = await bare.send("hello");
    expect(hello.text).not.toMatch(/I'm recordpath/);
    expect(hello.choices.length).toBeGreaterThan(0);
    const story = await open();
    const reply = await story.send("I need my own x-rays from St. Anne's Hospital in Maine, I broke my wrist in June");
    expect(reply.text).not.toMatch(/I'm recordpath|I'm not a lawyer/);
    expect(reply.choices.length > 0 || recommended(reply)).toBe(true);
    const historia = await open();
    const respuesta = await historia.send("Necesito mis radiografías del Hospital St. Anne en Maine, son mías");
    expect(respuesta.text).not.toMatch(/soy recordpath/);
  });

  it("English: an angry patient gets a calm, short reply", async () => {
    const c = await open();
    const reply = await c.send(
      "This is RIDICULOUS. I have asked THREE times for my records from Summit Hospital in Colorado and nobody helps!!",
    );
    expect(reply.text).not.toMatch(/I'm recordpath|!/);
    expect(reply.text.length, reply.text).toBeLessThan(400);
    expect(reply.choices.length).toBeGreaterThan(0);
  });

  it("English: the recommendation reads on a phone: a short summary, the details in the card", async () => {
    const c = await open();
    const first = await c.send("I need my own whole chart from Greenway Hospital in Texas");
    const rec = await untilRecommended(c, first);
    expect(rec.text).toMatch(/Here is what I suggest/);
    expect(rec.text).not.toMatch(/What to do:/);
    expect(recommendation(rec)?.paths[0]?.steps.length).toBeGreaterThan(0);
    const summary = rec.text.slice(rec.text.search(/Here is what I suggest/)).split("\n\n")[0]!;
    expect(summary.split(/(?<=[.!?])\s+/).length, summary).toBeLessThanOrEqual(2);
  });

  // 45 CFR 164.502(g)(4): an executor acts for the deceased and shows the court's letters.
  it("English and Spanish: an executor hears what proof to bring in the reply itself", async () => {
    const en = await open();
    const first = await en.send(
      "My mom died in October. I'm the executor of her estate and I need her whole chart from Holy Cross Hospital in Maryland.",
    );
    const rec = await untilRecommended(en, first);
    expect(rec.text).toMatch(/letters testamentary/i);
    const es = await open();
    const primero = await es.send(
      "Mi papá falleció y soy el albacea. Necesito todo su expediente del Hospital Santa Rosa en Texas",
    );
    const recomendacion = await untilRecommended(es, primero, "no sé");
    expect(recomendacion.text).toMatch(/cartas testamentarias/i);
  });

  // 45 CFR 164.524(a)(1)(i): psychotherapy notes are outside the right of access.
  it("English: psychotherapy notes need their own request, said in the reply", async () => {
    const c = await open();
    const first = await c.send("I need my own psychotherapy notes from my therapist in Vermont");
    const rec = await untilRecommended(c, first);
    expect(rec.text).toMatch(/psychotherapy notes/i);
    expect(rec.text).toMatch(/separate|own request|not (?:part of|covered)/i);
  });

  // 42 CFR 2.31: sending Part 2 records to anyone else needs a written Part 2 consent.
  it("English, on SMS: Part 2 consent is said in the texts themselves, within two segments each", async () => {
    const { fetch } = await testApp({}, { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET });
    const phone = smsClient(fetch);
    let reply = await phone.send(
      "I was in a methadone program at Harbor Recovery in Maine and I need my own treatment records",
    );
    const all: string[] = [...reply.messages];
    for (let i = 0; i < 4 && !/Part 2/.test(all.join("\n")); i++) {
      reply = await phone.send("I don't know");
      all.push(...reply.messages);
    }
    expect(all.join("\n")).toMatch(/Part 2/);
    expect(all.join("\n")).toMatch(/consent/i);
    for (const m of reply.messages) expect(segmentCount(m), m).toBeLessThanOrEqual(2);
  });
});
