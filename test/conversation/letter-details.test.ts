// Fewer blanks (issue 18, point 3): how the copy should come, where the office reaches the patient and
// where the letter goes are asked before drafting, one tap or one line each, so a letter from a full
// conversation has no blank the patient could have filled. The stories were written, in the patients'
// own words, before the guide asked any of it; they are frozen: fix a mistake in one, never tune one.
// Each answers what the assistant asks (first matching rule), confirms the review, and reads its letter.
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { reviewIn } from "../support/quick-replies.js";

interface Story {
  id: string;
  opening: string;
  /**
   * What the patient says to the assistant's question, by what it asks (the first match answers), and
   * what the letter must then say: a fact counts only once the patient said it.
   */
  answers: ReadonlyArray<[RegExp, string, ...RegExp[]]>;
  /** Said at the review (and any later review). */
  confirm: string;
  /** What the letter must say from the opening, as the patient said it. */
  says: readonly RegExp[];
  /** Blanks the story expected to remain when it was written (what the patient could not fill). */
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
      [NAME, "Jenna Ruiz 4/2/1988", /Jenna Ruiz/, /April 2, 1988/],
      [HOW, "email is fine", /electronic/i],
      [OFFICE, "their fax is 303-555-0190", /303-555-0190/],
      [CONTACT, "jruiz88@gmail.com and my cell is 720 555 0134", /jruiz88@gmail\.com/, /720-555-0134/],
    ],
    confirm: "yes looks good",
    says: [],
    blanksAllowed: 1,
  },
  {
    id: "mail-with-address",
    opening: "Need my medical records from Banner Health in Phoenix AZ, for myself. Can they mail them to me?",
    answers: [
      [NAME, "Tomas Reyes, January 5 1975", /Tomas Reyes/],
      [OFFICE, "idk"],
      [
        CONTACT,
        "1420 W Elm St, Phoenix AZ 85015. phone 602-555-0111",
        /1420 W Elm St, Phoenix AZ 85015/,
        /602-555-0111/,
      ],
      [HOW, "mail", /mail the copy/i],
    ],
    confirm: "yes",
    says: [/mail the copy/i],
    blanksAllowed: 2,
  },
  {
    id: "portal-tap",
    opening: "I want my test results from Lakeside Family Medicine in Ohio. They're my own",
    answers: [
      [NAME, "Priya Shah 11/23/1990", /Priya Shah/],
      [HOW, "In the patient portal", /portal/i],
      [OFFICE, "records@lakesidefm.com", /records@lakesidefm\.com/],
      [CONTACT, "614-555-0177", /614-555-0177/],
    ],
    confirm: "Looks right",
    says: [],
    blanksAllowed: 1,
  },
  {
    id: "pickup-spanish",
    opening: "necesito mis records del Hospital San José en Houston Texas, son míos",
    answers: [
      [NAME, "María López 4 de marzo de 1980", /María López/, /March 4, 1980/],
      [HOW, "los recojo en persona", /pick up/i],
      [OFFICE, "no sé"],
      [CONTACT, "mi cel es 832-555-0101", /832-555-0101/],
    ],
    confirm: "sí, está bien",
    says: [],
    blanksAllowed: 2,
  },
  {
    id: "email-in-opening-spanglish",
    opening:
      "hola, quiero mis records del Dr. Pérez en Miami Florida, son mios. me los pueden mandar por email a luisa.p@hotmail.com",
    answers: [
      [NAME, "Luisa Pérez 12/1/1985", /Luisa Pérez/],
      [OFFICE, "fax 305-555-0142", /305-555-0142/],
      [CONTACT, "305 555 0199", /305-555-0199/],
      [HOW, "por email", /by email/],
    ],
    confirm: "si",
    says: [/luisa\.p@hotmail\.com/],
    blanksAllowed: 1,
  },
  {
    id: "knows-nothing",
    opening: "i need my records from my old dentist in oregon, for me",
    answers: [
      [NAME, "Sam Ortiz 3/3/1970", /Sam Ortiz/, /March 3, 1970/],
      [/name of the|office called/i, "Bright Smiles Dental", /Bright Smiles Dental/],
      [HOW, "not sure"],
      [OFFICE, "no idea"],
      [CONTACT, "idk"],
    ],
    confirm: "ok",
    says: [],
    blanksAllowed: 8,
  },
];

const BLANK = /\[fill in: [^\]]*\]/g;

async function run(story: Story) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `details-${crypto.randomUUID().replaceAll("-", "")}`;
  const transcript: string[] = [];
  const said: RegExp[] = [...story.says];
  let reply: Reply = await chat.send(id, story.opening);
  transcript.push(`> ${story.opening}`, reply.text);
  await chat.send(id, "please write the letter").then((r) => {
    reply = r;
    transcript.push("> please write the letter", r.text);
  });
  for (let turn = 0; turn < 12; turn++) {
    if (reply.message.parts.some((p) => p.type === "data-document")) break;
    const question = reply.text
      .split(/\n+/)
      .filter((l) => l.includes("?") || l.includes("¿"))
      .join(" ");
    const rule = story.answers.find(([ask]) => ask.test(question));
    const review = reviewIn(reply.message) !== undefined;
    // Offered the letter again, the patient who asked for it says yes.
    const offered = /draft your letter|prepare su carta/i.test(question);
    const text = rule?.[1] ?? (review ? story.confirm : offered ? "yes" : "not sure");
    if (rule) said.push(...(rule.slice(2) as RegExp[]));
    reply = await chat.send(id, text);
    transcript.push(`> ${text}`, reply.text);
  }
  const card = reply.message.parts.find((p) => p.type === "data-document") as { data: { textUrl: string } } | undefined;
  if (!card) throw new Error(`no letter:\n${transcript.join("\n")}`);
  const letter = await (await fetch(card.data.textUrl)).text();
  const sendable = letter.split(/NOTES FOR YOU|Notes for you/)[0] ?? letter;
  return { letter: sendable, blanks: sendable.match(BLANK) ?? [], transcript, said };
}

// Every fact a patient gave is in the letter (asserted); the blanks left are measured against what
// the story expected when it was written (printed, and reported in issue 18's closing note: a story's
// patient who passes over a question keeps its blank, which is right).
describe("a letter from a full conversation has no blank the patient could have filled", () => {
  const counts: string[] = [];
  afterAll(() => {
    console.log(`letter details: blanks left per story (expected when written)\n${counts.join("\n")}`);
  });
  for (const story of STORIES) {
    it(story.id, async () => {
      const { letter, blanks, transcript, said } = await run(story);
      const why = `${blanks.join("\n")}\n---\n${transcript.join("\n")}`;
      for (const fact of said) expect(letter, why).toMatch(fact);
      counts.push(`  ${story.id}: ${blanks.length} (${story.blanksAllowed})`);
    });
  }
});
