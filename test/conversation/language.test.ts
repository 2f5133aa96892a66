// The turn's language, end to end: computed from the patient's messages, it words the guide's reply
// and travels in the reply's metadata; a provider's name in the other language does not switch it.
import { describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";

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
    ]);
    const last = replies.at(-1)!;
    expect(last.message.parts.some((p) => p.type === "data-document")).toBe(true);
    expect(last.text).toMatch(/^Got it: Clínica San José\.[\s\S]*Your letter is ready/);
    for (const reply of replies) expect(reply.message.metadata?.language).toBe("en");
  });

  it("stays Spanish when the patient names an English hospital", async () => {
    const replies = await conversation([
      "Necesito todo mi expediente del hospital en Texas, son míos",
      "Por favor prepare mi carta",
      "María López, 4 de marzo de 1980",
      "Mercy General Hospital",
    ]);
    const last = replies.at(-1)!;
    expect(last.message.parts.some((p) => p.type === "data-document")).toBe(true);
    expect(last.text).toMatch(/Su carta está lista/);
    for (const reply of replies) expect(reply.message.metadata?.language).toBe("es");
  });
});
