// The turn's language, end to end: computed from the patient's messages, it words the guide's reply
// (the review of the letter's contents too) and travels in the reply's metadata; a provider's name in
// the other language does not switch it.
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { reviewIn } from "../support/quick-replies.js";

async function conversation(messages: string[]): Promise<Reply[]> {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `lang-${crypto.randomUUID().replaceAll("-", "")}`;
  const replies: Reply[] = [];
  for (const text of messages) replies.push(await chat.send(id, text));
  return replies;
}

describe("the conversation's language", () => {
  it("stays English when the patient names a Spanish clinic", async () => {
    const replies = await conversation([
      "I need my own whole chart from a hospital in Texas",
      "Please draft my letter",
      "Maria Lopez, March 4, 1980",
      "Clínica San José",
      "yes",
    ]);
    const review = reviewIn(replies.at(-2)!.message);
    expect(replies.at(-2)!.text).toMatch(/^Got it: Clínica San José\.\n\nBefore I draft your letter/);
    expect(review?.items.find((i) => i.path === "provider.name")).toMatchObject({
      label: "Provider",
      value: "Clínica San José",
    });
    expect(review?.items.find((i) => i.path === "patient.dateOfBirth")?.value).toBe("March 4, 1980");
    const last = replies.at(-1)!;
    expect(last.message.parts.some((p) => p.type === "data-document")).toBe(true);
    expect(last.text).toMatch(/Your letter is ready/);
    for (const reply of replies) expect(reply.message.metadata?.language).toBe("en");
  });

  it("stays Spanish when the patient names an English hospital", async () => {
    const replies = await conversation([
      "Necesito todo mi expediente del hospital en Texas, son míos",
      "Por favor prepare mi carta",
      "María López, 4 de marzo de 1980",
      "Mercy General Hospital",
      "sí",
    ]);
    const review = reviewIn(replies.at(-2)!.message);
    expect(replies.at(-2)!.text).toMatch(/Antes de preparar su carta/);
    expect(review?.items.find((i) => i.path === "provider.name")).toMatchObject({
      label: "Proveedor",
      value: "Mercy General Hospital",
    });
    expect(review?.items.find((i) => i.path === "patient.dateOfBirth")?.value).toBe("4 de marzo de 1980");
    expect(review?.draftLabel).toBe("Preparar mi carta");
    const last = replies.at(-1)!;
    expect(last.message.parts.some((p) => p.type === "data-document")).toBe(true);
    expect(last.text).toMatch(/Su carta está lista/);
    for (const reply of replies) expect(reply.message.metadata?.language).toBe("es");
  });
});
