// A Spanish conversation end to end: the recommendation the panel shows as a card and the guide's
// reply that explains it are both in Spanish (only marked quotes of the state data stay English).
import { describe, expect, it } from "vitest";
import type { Recommendation } from "../../src/domain/recommendation.js";
import { detectLanguage } from "../../src/i18n/detect.js";
import { testApp } from "../support/app.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { englishSentences } from "../support/english.js";

/** Talks until the guide recommends, answering each question with its first quick reply. */
async function untilRecommended(first: string): Promise<{ reply: Reply; rec: Recommendation }> {
  const { fetch } = await testApp();
  const chat = chatClient(fetch);
  const id = `es-advice-${crypto.randomUUID().replaceAll("-", "")}`;
  let text = first;
  for (let turn = 0; turn < 8; turn++) {
    const reply = await chat.send(id, text);
    const part = reply.message.parts.find((p) => p.type === "tool-recommendPath") as
      | { output?: Recommendation }
      | undefined;
    if (part?.output?.paths) return { reply, rec: part.output };
    text = reply.choices[0]?.value ?? "No sé";
  }
  throw new Error("the guide never recommended");
}

describe("a Spanish conversation's recommendation", () => {
  it("shows a Spanish card and a Spanish reply for a closed practice in Texas", async () => {
    const { reply, rec } = await untilRecommended(
      "Hola, necesito mis expedientes médicos. El consultorio de mi doctora en Texas cerró y son míos.",
    );
    expect(reply.message.metadata?.language).toBe("es");
    const best = rec.paths[0]!;
    for (const text of [
      best.title,
      ...best.reasons.map((r) => r.text),
      ...best.steps,
      best.timeline.text,
      best.cost.text,
    ])
      expect(englishSentences(text), text).toEqual([]);
    expect(detectLanguage(best.title)).toBe("es");
    expect(englishSentences(reply.text), reply.text).toEqual([]);
  });

  it("keeps the card's citations as written", async () => {
    const { rec } = await untilRecommended(
      "Necesito los resultados de laboratorio de mi hijo de 10 años, estamos en Ohio.",
    );
    const cites = rec.paths.flatMap((p) => p.reasons.map((r) => r.cite)).filter(Boolean);
    expect(cites.some((c) => c?.startsWith("45 CFR 164."))).toBe(true);
  });
});
