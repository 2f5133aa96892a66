// The panel's language button switches the conversation too (issue 17, point 8): once the patient
// picked a language, a reply is in it, unless their message is plainly in another language.
import { describe, expect, it } from "vitest";
import { turnLanguage } from "../../src/i18n/detect.js";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";

const user = (text: string) => ({ role: "user", parts: [{ type: "text", text }] });

describe("turnLanguage", () => {
  it("answers in the picked language unless the newest message plainly speaks another", () => {
    const english = [user("I need my medical records from my old doctor")];
    expect(turnLanguage([...english, user("Ohio")])).toBe("en");
    expect(turnLanguage([...english, user("Ohio")], "es")).toBe("es");
    expect(turnLanguage([...english, user("They are my own records and I need the whole chart")], "es")).toBe("en");
  });
});

describe("a web conversation with a picked language", () => {
  it("replies in Spanish to a short answer once the patient picked Spanish, though it began in English", async () => {
    const { fetch } = await testApp();
    const chat = chatClient(fetch, "http://recordpath.test", { language: "es" });
    const id = `picked-${crypto.randomUUID().replaceAll("-", "")}`;
    const first = await chat.send(id, "I need my own medical records from my old doctor");
    expect(first.message.metadata?.language).toBe("en");
    const next = await chat.send(id, "Ohio");
    expect(next.message.metadata?.language).toBe("es");
    expect(next.text).toMatch(/[¿¡]|expedientes/);
  });

  it("refuses a language it does not speak, naming the field", async () => {
    const { fetch } = await testApp();
    const res = await fetch("http://recordpath.test/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: `picked-${crypto.randomUUID().replaceAll("-", "")}`,
        message: { role: "user", parts: [{ type: "text", text: "hola" }] },
        language: "fr",
      }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/language/);
  });
});
