// Confirm before drafting (issue 15, point 4): the patient sees what the letter will say and confirms
// or corrects it before it is drafted, on the web, by SMS and in LLM mode, in English and Spanish.
// Nothing reaches a letter unconfirmed: any change after a review needs a new review.
import { afterEach, describe, expect, it } from "vitest";
import type { LetterReview } from "../../src/sessions/session.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { reviewIn } from "../support/quick-replies.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const newId = () => `confirm-${crypto.randomUUID().replaceAll("-", "")}`;
const hasLetter = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");
const itemValue = (review: LetterReview | undefined, path: string) => review?.items.find((i) => i.path === path)?.value;

async function conversation() {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = newId();
  const replies: Reply[] = [];
  const send = async (text: string) => {
    const reply = await chat.send(id, text);
    replies.push(reply);
    return reply;
  };
  /** The text of the letter drafted in `reply`, through its signed link. */
  const letter = async (reply: Reply) => {
    const card = reply.message.parts.find((p) => p.type === "data-document") as
      | { data: { textUrl: string } }
      | undefined;
    if (!card) throw new Error(`no letter was drafted:\n${replies.map((r) => r.text).join("\n---\n")}`);
    return (await fetch(card.data.textUrl)).text();
  };
  const intake = async () => (await chat.load(id)).intake;
  return { send, letter, intake, replies };
}

/** A patient who has told everything the letter needs and asked for it: the next reply is the review. */
async function atReview(lang: "en" | "es" = "en") {
  const c = await conversation();
  if (lang === "en") {
    await c.send("I need my own full chart from Mercy General Hospital in Texas");
    await c.send("Please draft my letter");
    await c.send("Maria Lopez, March 4, 1980");
  } else {
    await c.send("Necesito todo mi expediente del Hospital San José en Texas, son míos");
    await c.send("Por favor prepare mi carta");
    await c.send("María López, 4 de marzo de 1980");
  }
  const review = c.replies.at(-1)!;
  return { ...c, review };
}

describe("the guide shows the letter's contents before drafting it", () => {
  it("reaches a review before any letter, and drafts when the patient says yes", async () => {
    const c = await atReview();
    expect(c.replies.some(hasLetter)).toBe(false);
    expect(c.replies.flatMap((r) => r.toolNames)).not.toContain("draftRequest");
    expect(c.review.toolNames).toContain("showReview");
    expect(c.review.text).toMatch(/Before I draft your letter, please check what will go in it/);
    const review = reviewIn(c.review.message);
    expect(review?.items.map((i) => i.label)).toEqual([
      "Provider",
      "Records office",
      "Patient",
      "Date of birth",
      "Records",
      "Dates",
      "Send to",
      "Who is asking",
    ]);
    expect(itemValue(review, "provider.name")).toBe("Mercy General Hospital");
    expect(itemValue(review, "patient.dateOfBirth")).toBe("March 4, 1980");

    const yes = await c.send("yes");
    // The letter comes with its next steps (how to send it, the due date, another letter) to tap.
    expect(yes.toolNames).toEqual(["draftRequest", "offerChoices"]);
    const text = await c.letter(yes);
    expect(text).toContain("To: Mercy General Hospital");
    expect(text).toContain("Maria Lopez");
  });

  it.each(["Yes, draft my letter", "looks good", "that's right, go ahead", "ok"])("drafts on %j", async (answer) => {
    const c = await atReview();
    expect(hasLetter(await c.send(answer))).toBe(true);
  });

  it("a number asks for that item again, and the answer changes the letter after another review", async () => {
    const c = await atReview();
    const asked = await c.send("1");
    expect(asked.text).toBe('What should the letter say for "Provider"? Now: Mercy General Hospital.');
    expect(asked.choices.map((o) => o.label)).toEqual(["Keep it as it is"]);
    const again = await c.send("St. Joseph's Hospital");
    expect(hasLetter(again)).toBe(false);
    expect(itemValue(reviewIn(again.message), "provider.name")).toBe("St. Joseph's Hospital");
    const text = await c.letter(await c.send("yes"));
    expect(text).toContain("To: St. Joseph's Hospital");
    expect(text).not.toContain("Mercy General");
  });

  it("keeps an item as it is when the patient taps 'Keep it as it is' or says yes to its question", async () => {
    for (const keep of ["Keep it as it is", "yes"]) {
      const c = await atReview();
      await c.send("4");
      const kept = await c.send(keep);
      expect(kept.text).toMatch(/^Okay, I left it as it is\./);
      expect(itemValue(reviewIn(kept.message), "patient.dateOfBirth")).toBe("March 4, 1980");
      expect(hasLetter(kept)).toBe(false);
    }
  });

  it("reads a labelled correction (what the card's Edit sends) like a typed answer to that item", async () => {
    const c = await atReview();
    const corrected = await c.send("Date of birth: March 5, 1980");
    // The review comes back, with the letter's next detail asked beside it.
    expect(corrected.toolNames).toEqual(["updateIntake", "showReview", "offerChoices"]);
    expect(itemValue(reviewIn(corrected.message), "patient.dateOfBirth")).toBe("March 5, 1980");
    const office = await c.send("Records office: 1500 Main St, Dallas, TX 75201");
    expect(itemValue(reviewIn(office.message), "provider.address")).toBe("1500 Main St, Dallas, TX 75201");
    const records = await c.send("Records: only the lab results");
    expect(itemValue(reviewIn(records.message), "records.kinds")).toBe("test results");
    const text = await c.letter(await c.send("yes"));
    expect(text).toContain("March 5, 1980");
    expect(text).toContain("1500 Main St, Dallas, TX 75201");
    expect(text).not.toMatch(/complete designated record set/);
  });

  it("explains an unreadable correction with an example instead of recording it, and moves on after two", async () => {
    const c = await atReview();
    const before = await c.intake();
    const unreadable = await c.send("Date of birth: soon");
    expect(unreadable.text).toBe(
      'I could not read that as "Date of birth". Please write it like this: March 4, 1980.\n\nWhat should the letter say for "Date of birth"?',
    );
    expect(await c.intake()).toEqual(before);
    const second = await c.send("whenever");
    expect(second.text).toMatch(/I could not read that as "Date of birth"/);
    const third = await c.send("dunno");
    expect(reviewIn(third.message)).toBeDefined();
    expect(await c.intake()).toEqual(before);
  });

  it("takes new facts given instead of a yes, and shows the review again before any letter", async () => {
    const c = await atReview();
    const changed = await c.send("yes, but it's for my new doctor's records, I mean only my x-rays");
    expect(hasLetter(changed)).toBe(false);
    expect(itemValue(reviewIn(changed.message), "records.kinds")).toBe("imaging");
    expect(hasLetter(await c.send("yes"))).toBe(true);
  });

  it("asks what to change after a plain no, and keeps the review open", async () => {
    const c = await atReview();
    const no = await c.send("no");
    expect(no.text).toMatch(/^Tell me what to change: tap "Edit" next to it, or send the right value\./);
    expect(reviewIn(no.message)).toBeDefined();
    expect(hasLetter(no)).toBe(false);
  });

  it("answers a question asked at the review, shows the review again, and drafts on the next yes", async () => {
    const c = await atReview();
    const fees = await c.send("What fees can they charge?");
    // The answer first, then the same review (a question is not a correction: no "tell me what to change").
    expect(fees.toolNames).toEqual(["explainRights", "showReview", "offerChoices"]);
    expect(fees.text).toMatch(
      /^For your own copy, they may charge only a reasonable, cost-based fee[\s\S]*\n\nBefore I draft your letter, please check what will go in it\./,
    );
    expect(fees.text).not.toMatch(/Tell me what to change/);
    expect(hasLetter(fees)).toBe(false);
    expect(reviewIn(fees.message)).toBeDefined();
    const draft = await c.send("Please draft my letter");
    expect(draft.toolNames).toEqual(["draftRequest", "offerChoices"]);
    expect(hasLetter(draft)).toBe(true);
  });

  it("Spanish: the review in Spanish, a number asks in Spanish, and 'sí' drafts", async () => {
    const c = await atReview("es");
    expect(c.review.text).toMatch(/Antes de preparar su carta, revise lo que va a decir/);
    const review = reviewIn(c.review.message);
    expect(review?.items.map((i) => i.label)).toContain("Fecha de nacimiento");
    expect(itemValue(review, "patient.dateOfBirth")).toBe("4 de marzo de 1980");
    expect(itemValue(review, "records.kinds")).toBe("expediente completo");
    expect(review?.draftLabel).toBe("Preparar mi carta");
    const asked = await c.send("3");
    expect(asked.text).toBe('¿Qué debe decir la carta en "Paciente"? Ahora: María López.');
    const again = await c.send("María Fernanda López");
    expect(itemValue(reviewIn(again.message), "patient.name")).toBe("María Fernanda López");
    const corrected = await c.send("Fecha de nacimiento: 5 de marzo de 1980");
    expect(itemValue(reviewIn(corrected.message), "patient.dateOfBirth")).toBe("5 de marzo de 1980");
    const yes = await c.send("sí");
    expect(yes.text).toMatch(/Su carta está lista/);
    const text = await c.letter(yes);
    expect(text).toContain("María Fernanda López");
    expect(text).toContain("March 5, 1980");
  });

  it("Spanish: 'todo bien' and the card's button confirm", async () => {
    for (const answer of ["todo bien", "Sí, prepare mi carta"]) {
      const c = await atReview("es");
      expect(hasLetter(await c.send(answer))).toBe(true);
    }
  });
});

describe("by SMS, the review is a numbered summary", () => {
  it("lists the letter's contents with how to answer, asks for a numbered item again, and YES drafts", async () => {
    const { fetch } = await testApp({}, { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET });
    const phone = smsClient(fetch, { from: "+15550001234" });
    await phone.send("I need my own full chart from Mercy General Hospital in Texas");
    await phone.send("Please draft my letter");
    // By text, the letter's details come as questions before the review: how, contact, where it goes.
    const how = await phone.send("Maria Lopez, March 4, 1980");
    expect(how.messages.join("\n")).toMatch(
      /How would you like to get your copy\?\n1\) By email\n2\) In the patient portal/,
    );
    expect((await phone.send("2")).messages.join("\n")).toMatch(/what phone number can the office reach you at\?/);
    expect((await phone.send("214-555-0134")).messages.join("\n")).toMatch(
      /records office's fax, email or mailing address/,
    );
    const review = await phone.send("I don't know");
    expect(review.messages.join("\n")).toBe(
      [
        "That's okay, we can work without it.",
        "Here is what your letter will say:",
        "1) Provider: Mercy General Hospital",
        "2) Office: blank",
        "3) Patient: Maria Lopez",
        "4) Born: March 4, 1980",
        "5) Records: full chart",
        "6) Dates: all dates",
        "7) Send to: you (electronic copy, through the portal)",
        "8) Asking: you, the patient",
        "Reply YES to draft, or send the number to change.",
      ].join("\n"),
    );
    const asked = await phone.send("3");
    expect(asked.messages.join("\n")).toBe(
      'What should the letter say for "Patient"? Now: Maria Lopez.\n1) Keep it as it is\nReply 1.',
    );
    const again = await phone.send("Maria Elena Lopez");
    expect(again.messages.join("\n")).toMatch(/^3\) Patient: Maria Elena Lopez$/m);
    const drafted = await phone.send("YES");
    expect(drafted.messages.join("\n")).toMatch(/Your letter is ready[\s\S]*\/api\/documents\//);
  });

  it("words the summary and its prompt in Spanish", async () => {
    const { fetch } = await testApp({}, { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET });
    const phone = smsClient(fetch, { from: "+15550005678" });
    await phone.send("Necesito todo mi expediente del Hospital San José en Texas, son míos");
    await phone.send("Por favor prepare mi carta");
    await phone.send("María López, 4 de marzo de 1980");
    await phone.send("1");
    await phone.send("maria.lopez@example.com, 214-555-0134");
    const review = (await phone.send("fax 214-555-0199")).messages.join("\n");
    expect(review).toMatch(/^Datos de su carta:$/m);
    expect(review).toMatch(/^4\) Nacimiento: 4 de marzo de 1980$/m);
    expect(review).toMatch(/Responda SÍ para redactarla, o envíe el número para cambiarlo\.$/);
    const drafted = await phone.send("SÍ");
    expect(drafted.messages.join("\n")).toMatch(/Su carta está lista/);
  });
});

describe("in LLM mode, an unconfirmed draft is refused as data", () => {
  it("refuses draftRequest before a review, and the model recovers by showing the review", async () => {
    server = await startScriptedServer([
      {
        toolCalls: [
          {
            name: "updateIntake",
            arguments: {
              requester: "self",
              state: "TX",
              patient: { name: "Maria Lopez" },
              records: { kinds: ["full_chart"] },
            },
          },
        ],
      },
      { toolCalls: [{ name: "draftRequest", arguments: { kind: "access_request" } }] },
      { toolCalls: [{ name: "showReview", arguments: { kind: "access_request" } }] },
      { text: "Before I draft it, please check what your letter will say." },
    ]);
    const { fetch, store } = await testApp({}, scriptedEnv(server));
    const id = newId();
    const reply = await chatClient(fetch).send(id, "I'm Maria Lopez in Texas, draft my letter for my full chart now");
    expect(reply.message.metadata?.model).toBe("openai");
    expect(reply.toolNames).toEqual(["updateIntake", "draftRequest", "showReview"]);
    const refused = reply.message.parts.find((p) => p.type === "tool-draftRequest") as { output?: { error?: string } };
    expect(refused.output?.error).toMatch(/^Show the review first/);
    // The model was told, in the tool result, what to do instead.
    const toolMessages = server.requests[2]?.body.messages.filter((m) => m.role === "tool") ?? [];
    expect(JSON.stringify(toolMessages)).toContain("Show the review first");
    expect(hasLetter(reply)).toBe(false);
    expect(reviewIn(reply.message)?.kind).toBe("access_request");
    expect((await store.load(id))?.documents).toEqual([]);
  });

  it("makes the guide show the review again when a fact changed after the review it was answering", async () => {
    const facts = {
      requester: "self",
      state: "TX",
      patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" },
      provider: { name: "Mercy General Hospital" },
      records: { kinds: ["full_chart"] },
    };
    server = await startScriptedServer([
      { toolCalls: [{ name: "updateIntake", arguments: facts }] },
      { toolCalls: [{ name: "showReview", arguments: { kind: "access_request" } }] },
      // A fact recorded after the review was shown: the review no longer shows what would be drafted.
      { toolCalls: [{ name: "updateIntake", arguments: { records: { kinds: ["imaging"] } } }] },
      { text: "Please check what your letter will say." },
      { status: 500 },
    ]);
    const { fetch, store } = await testApp({}, scriptedEnv(server));
    const chat = chatClient(fetch);
    const id = newId();
    await chat.send(id, "I'm Maria Lopez, born March 4 1980, I need my records from Mercy General Hospital in Texas");
    const yes = await chat.send(id, "yes");
    expect(yes.message.metadata?.model).toBe("guide");
    expect(yes.toolNames).toEqual(["recommendPath", "draftRequest", "showReview", "offerChoices"]);
    const refused = yes.message.parts.find((p) => p.type === "tool-draftRequest") as { output?: { error?: string } };
    expect(refused.output?.error).toMatch(/^Show the review first/);
    expect(hasLetter(yes)).toBe(false);
    expect(itemValue(reviewIn(yes.message), "records.kinds")).toBe("imaging");
    expect((await store.load(id))?.documents).toEqual([]);
  });

  it("lets the guide draft from a review the LLM showed, when it answers the patient's yes", async () => {
    server = await startScriptedServer([
      {
        toolCalls: [
          {
            name: "updateIntake",
            arguments: {
              requester: "self",
              state: "TX",
              patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" },
              provider: { name: "Mercy General Hospital" },
              records: { kinds: ["full_chart"] },
            },
          },
        ],
      },
      { toolCalls: [{ name: "showReview", arguments: { kind: "access_request" } }] },
      { text: "Please check what your letter will say." },
      { status: 500 },
    ]);
    const { fetch } = await testApp({}, scriptedEnv(server));
    const chat = chatClient(fetch);
    const id = newId();
    const shown = await chat.send(
      id,
      "I'm Maria Lopez, born March 4 1980, I need my full chart from Mercy General Hospital in Texas. Draft my letter",
    );
    expect(reviewIn(shown.message)).toBeDefined();
    const yes = await chat.send(id, "yes");
    expect(yes.message.metadata?.model).toBe("guide");
    expect(hasLetter(yes)).toBe(true);
  });
});
