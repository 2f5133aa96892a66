// The Worker as wrangler bundles it (under `wrangler dev`), in LLM mode against the scripted
// OpenAI-compatible server and on the Upstash store over the real Redis: a whole conversation,
// read from its streams, through the review of the letter's contents to a drafted letter downloaded
// and read back from its .docx.
import { randomBytes } from "node:crypto";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Intake } from "../../src/domain/intake.js";
import type { ChatMessage } from "../../src/sessions/session.js";
import { CONFIRM_TURN, DRAFT_TURN, FIRST_TURN, PATIENT } from "../conversation/llm-script.js";
import { chatClient, type Reply } from "../support/chat-client.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import { startWorker, type Worker } from "./servers.js";

let llm: ScriptedServer;
let gateway: Gateway;
let worker: Worker | undefined;
const prefix = `rpe2e-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  llm = await startScriptedServer([...FIRST_TURN, ...DRAFT_TURN, ...CONFIRM_TURN]);
  gateway = await startGateway({ token: `e2e-${randomBytes(12).toString("hex")}` });
  worker = await startWorker({
    LOG_LEVEL: "warn",
    ...scriptedEnv(llm),
    UPSTASH_REDIS_REST_URL: gateway.url,
    UPSTASH_REDIS_REST_TOKEN: gateway.token,
    SESSION_SECRET: randomBytes(24).toString("hex"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    REDIS_KEY_PREFIX: prefix,
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  if (gateway) {
    await gateway.clear(prefix);
    await gateway.stop();
  }
  // close() also verifies the script; the test itself has already checked it when it got that far.
  await llm?.close().catch(() => undefined);
});

/** The turn's stream ran to its end without an error, and the LLM (not the guide fallback) answered it. */
function expectAnsweredByLlm(reply: Reply): void {
  expect(reply.chunks.some((c) => c.type === "error")).toBe(false);
  expect(reply.chunks.at(-1)?.type).toBe("finish");
  expect(reply.message.metadata?.model).toBe("openai");
}

describe("the built Worker in LLM mode on the Upstash store", () => {
  it("takes a conversation to a drafted letter, answered by the LLM and kept in Redis", async () => {
    const origin = (worker as Worker).origin;
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ ok: true, model: "openai", store: "upstash" });

    const chat = chatClient(fetch, origin);
    const id = `e2e-${randomBytes(12).toString("hex")}`;

    const first = await chat.send(id, PATIENT.first);
    expectAnsweredByLlm(first);
    expect(first.toolNames).toEqual(["updateIntake", "recommendPath", "offerChoices"]);
    expect(first.text).toMatch(/records office/);
    expect(first.choices.map((c) => c.label)).toEqual(["Draft my letter", "Not now"]);
    expect(llm.calls()).toBe(FIRST_TURN.length);

    const second = await chat.send(id, PATIENT.draft);
    expectAnsweredByLlm(second);
    expect(second.toolNames).toEqual(["updateIntake", "showReview"]);
    expect(second.message.parts.some((p) => p.type === "data-review")).toBe(true);
    expect(second.message.parts.some((p) => p.type === "data-document")).toBe(false);

    // The review is read back from the stored transcript by the next turn: the patient's yes drafts.
    const third = await chat.send(id, PATIENT.confirm);
    expectAnsweredByLlm(third);
    expect(third.toolNames).toEqual(["draftRequest"]);
    expect(third.text).toMatch(/Your letter is ready/);
    llm.verify();
    // The Worker's provider sent the tools and the key to the scripted server, as it would to OpenAI.
    expect(llm.requests.every((r) => r.headers.authorization === "Bearer sk-test-not-a-real-key")).toBe(true);
    expect(llm.requests[0]?.body.tools?.map((t) => t.function.name)).toContain("draftRequest");

    const card = third.message.parts.find((p) => p.type === "data-document") as
      | { data: { kind: string; url: string } }
      | undefined;
    expect(card?.data.kind).toBe("access_request");
    expect(card?.data.url.startsWith(`${origin}/api/documents/`)).toBe(true);
    const letter = await fetch(card!.data.url);
    expect(letter.status).toBe(200);
    expect(letter.headers.get("content-type")).toMatch(/wordprocessingml/);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await letter.arrayBuffer()) });
    for (const expected of ["Maria Lopez", "April 2, 1980", "Dallas General Hospital", "45 CFR 164.524"])
      expect(text).toContain(expected);

    const saved = await chat.session(id);
    expect(saved.status).toBe(200);
    const session = (await saved.json()) as { intake: Intake; messages: ChatMessage[]; documents: unknown[] };
    expect(session.intake).toEqual({
      requester: "self",
      state: "TX",
      provider: { name: "Dallas General Hospital", type: "hospital" },
      records: { kinds: ["imaging", "full_chart"] },
      patient: { name: "Maria Lopez", dateOfBirth: "1980-04-02" },
    });
    expect(session.messages.map((m) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    expect(session.documents).toHaveLength(1);
    // Kept in the real Redis under this run's prefix, encrypted: no patient text in the raw values.
    expect((await gateway.scan(prefix)).length).toBeGreaterThan(0);
    expect(await gateway.dump(prefix)).not.toContain("Lopez");

    expect((await chat.remove(id)).status).toBe(204);
    expect((await chat.session(id)).status).toBe(404);
  });
});
