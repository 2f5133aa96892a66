// Fewer blanks (issue 18, point 3): how the copy should come, where the office reaches the patient and
// where the letter goes are asked before drafting, one tap or one line each, so a letter from a full
// conversation has no blank the patient could have filled. The stories were written, in the patients'
// own words, before the guide asked any of it; they are frozen: fix a mistake in one, never tune one.
// Each answers what the assistant asks (first matching rule), confirms the review, and reads its letter.
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { reviewIn } from "../support/quick-replies.js";

interface Story {
  id: string;
  opening: string;
  /** What the patient says to the assistant's question, by what it asks (the first match answers). */
  answers: ReadonlyArray<[RegExp, string]>;
  /** Said at the review (and any later review). */
  confirm: string;
  /** What the letter must say, as the patient said it. */
  says: readonly RegExp[];
  /** Blanks the patient could not fill (they said they did not know): the only ones allowed. */
  blanksAllowed: number;
}

const NAME = /full (legal )?name|date of birth|nombre|fecha de nacimiento/i;
const HOW = /how (would|should|do) you (like|want)|c[óo]mo (quiere|prefiere|le gustar)/i;
const OFFICE = /records office|oficina de (expedientes|archivos|registros)/i;
const CONTACT = /address|phone|e-?mail|direcci[óo]n|tel[ée]fono|correo/i;

const STORIES: readonly Story[] = [
  {
    id: "email-and-fax",
    opening: "hi i need all my records from dr kims office in denver colorado. theyre mine",
    answers: [
      [NAME, "Jenna Ruiz 4/2/1988"],
      [HOW, "email is fine"],
      [OFFICE, "their fax is 303-555-0190"],
      [CONTACT, "jruiz88@gmail.com and my cell is 720 555 0134"],
    ],
    confirm: "yes looks good",
    says: [/jruiz88@gmail\.com/, /720-555-0134/, /303-555-0190/, /electronic/i],
    blanksAllowed: 1,
  },
  {
    id: "mail-with-address",
    opening: "Need my medical records from Banner Health in Phoenix AZ, for myself. Can they mail them to me?",
    answers: [
      [NAME, "Tomas Reyes, January 5 1975"],
      [OFFICE, "idk"],
      [CONTACT, "1420 W Elm St, Phoenix AZ 85015. phone 602-555-0111"],
      [HOW, "mail"],
    ],
    confirm: "yes",
    says: [/1420 W Elm St, Phoenix AZ 85015/, /602-555-0111/, /mail the copy/i],
    blanksAllowed: 2,
  },
  {
    id: "portal-tap",
    opening: "I want my test results from Lakeside Family Medicine in Ohio. They're my own",
    answers: [
      [NAME, "Priya Shah 11/23/1990"],
      [HOW, "In the patient portal"],
      [OFFICE, "records@lakesidefm.com"],
      [CONTACT, "614-555-0177"],
    ],
    confirm: "Looks right",
    says: [/portal/i, /records@lakesidefm\.com/, /614-555-0177/],
    blanksAllowed: 1,
  },
  {
    id: "pickup-spanish",
    opening: "necesito mis records del Hospital San José en Houston Texas, son míos",
    answers: [
      [NAME, "María López 4 de marzo de 1980"],
      [HOW, "los recojo en persona"],
      [OFFICE, "no sé"],
      [CONTACT, "mi cel es 832-555-0101"],
    ],
    confirm: "sí, está bien",
    says: [/832-555-0101/, /pick up/i],
    blanksAllowed: 2,
  },
  {
    id: "email-in-opening-spanglish",
    opening:
      "hola, quiero mis records del Dr. Pérez en Miami Florida, son mios. me los pueden mandar por email a luisa.p@hotmail.com",
    answers: [
      [NAME, "Luisa Pérez 12/1/1985"],
      [OFFICE, "fax 305-555-0142"],
      [CONTACT, "305 555 0199"],
      [HOW, "por email"],
    ],
    confirm: "si",
    says: [/luisa\.p@hotmail\.com/, /305-555-0142/, /305-555-0199/],
    blanksAllowed: 1,
  },
  {
    id: "knows-nothing",
    opening: "i need my records from my old dentist in oregon, for me",
    answers: [
      [NAME, "Sam Ortiz 3/3/1970"],
      [/dentist|provider|practice|office called|name of/i, "Bright Smiles Dental"],
      [HOW, "not sure"],
      [OFFICE, "no idea"],
      [CONTACT, "idk"],
    ],
    confirm: "ok",
    says: [/Bright Smiles Dental/],
    blanksAllowed: 8,
  },
];

const BLANK = /\[fill in: [^\]]*\]/g;

async function run(story: Story) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `details-${crypto.randomUUID().replaceAll("-", "")}`;
  const transcript: string[] = [];
  let reply: Reply = await chat.send(id, story.opening);
  transcript.push(`> ${story.opening}`, reply.text);
  await chat.send(id, "please write the letter").then((r) => {
    reply = r;
    transcript.push("> please write the letter", r.text);
  });
  for (let turn = 0; turn < 12; turn++) {
    if (reply.message.parts.some((p) => p.type === "data-document")) break;
    const question = reply.text.split(/\n+/).filter((l) => l.includes("?") || l.includes("¿")).join(" ");
    const rule = story.answers.find(([ask]) => ask.test(question));
    const review = reviewIn(reply.message) !== undefined;
    const said = rule?.[1] ?? (review ? story.confirm : "not sure");
    reply = await chat.send(id, said);
    transcript.push(`> ${said}`, reply.text);
  }
  const card = reply.message.parts.find((p) => p.type === "data-document") as { data: { textUrl: string } } | undefined;
  if (!card) throw new Error(`no letter:\n${transcript.join("\n")}`);
  const letter = await (await fetch(card.data.textUrl)).text();
  const sendable = letter.split(/NOTES FOR YOU|Notes for you/)[0] ?? letter;
  return { letter: sendable, blanks: sendable.match(BLANK) ?? [], transcript };
}

describe("a letter from a full conversation has no blank the patient could have filled", () => {
  for (const story of STORIES) {
    it(story.id, async () => {
      const { letter, blanks, transcript } = await run(story);
      const why = `${blanks.join("\n")}\n---\n${transcript.join("\n")}`;
      for (const fact of story.says) expect(letter, why).toMatch(fact);
      expect(blanks.length, why).toBeLessThanOrEqual(story.blanksAllowed);
    });
  }
});
