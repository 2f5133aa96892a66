// LLM mode end to end: the real @ai-sdk/openai provider, pointed at a scripted OpenAI-compatible
// server, drives the same loop and tools as the guide.
import { afterEach, describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";
import { chatClient } from "../support/chat-client.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { reviewIn } from "../support/quick-replies.js";
import { CONFIRM_TURN, DRAFT_TURN, FIRST_TURN, PATIENT } from "./llm-script.js";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const newId = () => `llm-${crypto.randomUUID().replaceAll("-", "")}`;

describe("a conversation driven by an OpenAI-compatible model", () => {
  it("records facts, recommends a path, shows the letter's review and drafts it once confirmed, all answered by openai", async () => {
    server = await startScriptedServer([...FIRST_TURN, ...DRAFT_TURN, ...CONFIRM_TURN]);
    const { fetch, store } = await testApp({}, scriptedEnv(server));
    const chat = chatClient(fetch);
    const id = newId();

    const health = (await (await fetch("http://recordpath.test/healthz")).json()) as { model: string };
    expect(health.model).toBe("openai");

    const first = await chat.send(id, PATIENT.first);
    expect(first.message.metadata?.model).toBe("openai");
    expect(first.toolNames).toEqual(["updateIntake", "recommendPath", "offerChoices"]);
    expect(first.text).toMatch(/records office/);
    const recommendation = first.message.parts.find((p) => p.type === "tool-recommendPath") as {
      output: { paths: Array<{ path: string }> };
    };
    expect(recommendation.output.paths[0]?.path).toBe("provider");
    expect(first.choices.map((c) => c.label)).toEqual(["Draft my letter", "Not now"]);

    const second = await chat.send(id, PATIENT.draft);
    expect(second.message.metadata?.model).toBe("openai");
    expect(second.toolNames).toEqual(["updateIntake", "showReview"]);
    const review = reviewIn(second.message);
    expect(review?.kind).toBe("access_request");
    expect(review?.items.map((i) => [i.label, i.value])).toEqual(
      expect.arrayContaining([
        ["Provider", "Dallas General Hospital"],
        ["Patient", "Maria Lopez"],
        ["Date of birth", "April 2, 1980"],
        ["Records", "imaging, full chart"],
      ]),
    );
    expect(second.message.parts.some((p) => p.type === "data-document")).toBe(false);

    const third = await chat.send(id, PATIENT.confirm);
    expect(third.message.metadata?.model).toBe("openai");
    expect(third.toolNames).toEqual(["draftRequest"]);
    const doc = third.message.parts.find((p) => p.type === "data-document") as
      | { data: { kind: string; url: string } }
      | undefined;
    expect(doc?.data.kind).toBe("access_request");

    const letter = await fetch(doc!.data.url);
    expect(letter.status).toBe(200);

    const session = await store.load(id);
    expect(session?.intake).toEqual({
      requester: "self",
      state: "TX",
      provider: { name: "Dallas General Hospital", type: "hospital" },
      records: { kinds: ["imaging", "full_chart"] },
      patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" },
    });
    expect(session?.turns.map((t) => t.model)).toEqual(["openai", "openai", "openai"]);
    expect(session?.documents.map((d) => d.kind)).toEqual(["access_request"]);
    expect(session?.messages).toHaveLength(6);
  });
});
