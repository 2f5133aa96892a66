// A conversation's cap: a turn past MAX_CONVERSATION_MESSAGES or MAX_CONVERSATION_BYTES is refused
// with 422 conversation_full and a message telling the patient to start a new conversation.
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { assertConversationRoom, MAX_CONVERSATION_BYTES, MAX_CONVERSATION_MESSAGES } from "../../src/sessions/caps.js";
import { newSession } from "../../src/sessions/session.js";
import { testApp } from "../support/app.js";
import type { Fetch } from "../support/chat-client.js";
import { fillConversation, textMessage as text, transcript } from "../support/transcripts.js";

const newId = () => `cap-${crypto.randomUUID().replaceAll("-", "")}`;

/** Posts one web turn; sends the conversation's token once the server has issued one. */
function webPatient(fetch: Fetch) {
  let token: string | null = null;
  return async (id: string, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch("http://recordpath.test/api/chat", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ id, message: { role: "user", parts: [{ type: "text", text: body }] } }),
    });
    token = res.headers.get("x-session-token") ?? token;
    return { status: res.status, body: await res.text() };
  };
}

describe("the conversation cap", () => {
  it("lets a turn in while the patient's message and the reply fit under the message cap", () => {
    const session = {
      ...newSession("cap-unit-0000000001", "web", new Date()),
      messages: transcript(MAX_CONVERSATION_MESSAGES - 3),
    };
    expect(() => assertConversationRoom(session, text("user", "one more"))).not.toThrow();
  });

  it("refuses the turn that would take the conversation past its message cap", () => {
    const session = {
      ...newSession("cap-unit-0000000002", "web", new Date()),
      messages: transcript(MAX_CONVERSATION_MESSAGES - 1),
    };
    const refusal = (() => {
      try {
        assertConversationRoom(session, text("user", "one more"));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "conversation_full", status: 422, say: { key: "conversationFull" } });
  });

  it("refuses a turn whose message would take the transcript past its byte cap", () => {
    // 100 messages of 5,000 characters: well under the message cap, about 14 KB under the byte cap.
    const session = { ...newSession("cap-unit-0000000003", "web", new Date()), messages: transcript(100, 5_000) };
    expect(() => assertConversationRoom(session, text("user", "x".repeat(4_000)))).not.toThrow();
    expect(() => assertConversationRoom(session, text("user", "x".repeat(MAX_CONVERSATION_BYTES / 16)))).toThrow(
      expect.objectContaining({ code: "conversation_full" }),
    );
  });

  it("answers a web turn at the cap with 422 conversation_full and says to start a new conversation", async () => {
    const { fetch, store } = await testApp();
    const send = webPatient(fetch);
    const id = newId();
    expect((await send(id, "I need my records")).status).toBe(200);
    await fillConversation(store, id, transcript(MAX_CONVERSATION_MESSAGES));
    const full = await send(id, "Are you still there?");
    expect(full.status).toBe(422);
    expect(JSON.parse(full.body)).toEqual({
      error: {
        code: "conversation_full",
        message: expect.stringMatching(/conversation is full.*Start a new conversation/),
      },
    });
    // Nothing was added: the refused message is not in the transcript.
    expect((await store.load(id))?.messages).toHaveLength(MAX_CONVERSATION_MESSAGES);
  });

  it("words the refusal in the conversation's language", async () => {
    const { fetch, store } = await testApp();
    const send = webPatient(fetch);
    const id = newId();
    expect((await send(id, "Necesito mis registros médicos del hospital")).status).toBe(200);
    await fillConversation(store, id, transcript(MAX_CONVERSATION_MESSAGES, 40, "necesito mis registros médicos "));
    const full = await send(id, "¿Sigue ahí?");
    expect(full.status).toBe(422);
    expect(JSON.parse(full.body).error.message).toMatch(/conversación está llena.*conversación nueva/);
  });

  it("answers a new conversation normally after one reached its cap", async () => {
    const { fetch, store } = await testApp();
    const send = webPatient(fetch);
    const id = newId();
    expect((await send(id, "I need my records")).status).toBe(200);
    await fillConversation(store, id, transcript(MAX_CONVERSATION_MESSAGES));
    expect((await send(id, "hello")).status).toBe(422);
    // The widget's "Start a new conversation": a new id, and a new token with it.
    const again = webPatient(fetch);
    const fresh = newId();
    expect((await again(fresh, "I need my records")).status).toBe(200);
    expect((await again(fresh, "Texas")).status).toBe(200);
    expect((await store.load(fresh))?.messages).toHaveLength(4);
  });
});
