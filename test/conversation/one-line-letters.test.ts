// A letter drafted through the guide holds each one-line Intake field on one line, however the
// patient broke the lines of a name, a provider or an address in their messages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";

/** What a patient may put between two words: a line break of any kind, a tab, or a plain space. */
const BREAK = fc.constantFrom("\n", "\r\n", "\u2028", "\u2029", "\t", " \n ", " ");

type Intake = { patient?: { name?: string }; provider?: { name?: string; address?: string } };

async function draftThroughGuide(provider: string, name: string, address: string) {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `one-line-${crypto.randomUUID().replaceAll("-", "")}`;
  const replies: Reply[] = [];
  for (const text of [
    `I need my own full chart from ${provider} in Texas`,
    "Please draft my letter",
    `${name}, March 4, 1980`,
    "2", // the review's "Records office" item
    address,
    "yes",
  ])
    replies.push(await chat.send(id, text));
  const card = replies.at(-1)?.message.parts.find((p) => p.type === "data-document") as
    | { data: { textUrl: string } }
    | undefined;
  if (!card) throw new Error(`no letter was drafted:\n${replies.map((r) => r.text).join("\n---\n")}`);
  const letter = await (await fetch(card.data.textUrl)).text();
  const { intake } = await chat.load<{ intake: Intake }>(id);
  return { letter, intake };
}

describe("letters drafted through the guide", () => {
  it("keep the patient's name, the provider and its address each on one line", async () => {
    await fc.assert(
      fc.asyncProperty(BREAK, BREAK, BREAK, BREAK, async (inName, inProvider, inStreet, inCity) => {
        const { letter, intake } = await draftThroughGuide(
          `Mercy General${inProvider}Hospital`,
          `Maria${inName}Lopez`,
          `12 Main St,${inStreet}Suite 4${inCity}Dallas, TX 75201`,
        );
        expect(intake.patient?.name).toBe("Maria Lopez");
        expect(intake.provider?.name).toBe("Mercy General Hospital");
        // An address's lines are joined with commas, the way it is written on one line.
        expect(intake.provider?.address).toMatch(/^12 Main St, Suite 4[ ,]+Dallas, TX 75201$/);
        const lines = letter.split("\n");
        for (const value of [intake.patient?.name, intake.provider?.name, intake.provider?.address])
          expect(lines.some((line) => line.includes(value!))).toBe(true);
      }),
      { numRuns: 6, seed: 16 },
    );
  });
});
