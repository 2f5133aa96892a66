// A reply whose save fails (storage timing out after the reply was written) still ends cleanly: the
// stream closes with an error part telling the patient to send again (SMS: the "send again" text),
// and the conversation's next message is answered instead of refused with 409.
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import type { SessionStore } from "../../src/sessions/store.js";
import { AUTH_TOKEN, SECRET, smsClient } from "../channels/sms/twilio-client.js";
import { testApp } from "../support/app.js";
import { quickReply } from "../support/quick-replies.js";
import { newId, postTurn, tokenHeaders } from "./support.js";

const OPENING = "I need my whole chart from the hospital where I had surgery in Texas";
const SECOND = quickReply("requester", 1);
const THIRD = "Mercy General Hospital in Austin";
const NOT_SAVED = CATALOGS.en.errors.replyNotSaved;

/**
 * A memory store whose reply saves (the writes that release a turn's lease) fail as a timed-out
 * Redis call does while `down` is set; taking a lease still works. `landed` makes the failing save
 * reach storage anyway, as a call whose answer was lost on the way back does.
 */
function flakyStore() {
  const inner = new MemoryStore({ sessionSeconds: 3600, documentSeconds: 600 });
  const control = { down: false, landed: false, failed: 0 };
  const store: SessionStore = Object.assign(Object.create(MemoryStore.prototype) as MemoryStore, inner, {
    save: async (s: Parameters<SessionStore["save"]>[0]) => {
      if (control.down && s.lock === undefined) {
        control.failed++;
        if (control.landed) await inner.save(s);
        throw new AppError("unavailable", "storage timed out");
      }
      return inner.save(s);
    },
  });
  return { store, inner, control };
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function transcript(fetch: Fetch, id: string) {
  const res = await fetch("http://recordpath.test/api/session", { headers: tokenHeaders(id) });
  return (await res.json()) as { messages: Array<{ role: string; parts: Array<{ type: string; text?: string }> }> };
}

/** The chunk types of an SSE body, in order ([DONE] last when the stream ended cleanly). */
function chunkTypes(body: string): string[] {
  return body
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => line.slice(6))
    .map((data) => (data === "[DONE]" ? "[DONE]" : (JSON.parse(data) as { type: string }).type));
}

describe("a reply whose save fails", () => {
  it("ends the stream with an error part that tells the patient to send again, not a cut stream", async () => {
    const { store, control } = flakyStore();
    const { fetch } = await testApp({ store });
    const id = newId();
    expect((await postTurn(fetch, id, OPENING)).status).toBe(200);
    control.down = true;
    const failed = await postTurn(fetch, id, SECOND);
    expect(failed.status).toBe(200);
    const types = chunkTypes(failed.body);
    expect(types.slice(-3)).toEqual(["error", "finish", "[DONE]"]);
    expect(failed.body).toContain(JSON.stringify({ type: "error", errorText: NOT_SAVED }));
    // The first attempt and the one inside the response; the background retries keep going after.
    expect(control.failed).toBeGreaterThanOrEqual(2);
    control.down = false;
  });

  it("answers the patient's next message instead of 409 once that reply has ended", async () => {
    const { store, control } = flakyStore();
    const { fetch } = await testApp({ store });
    const id = newId();
    expect((await postTurn(fetch, id, OPENING)).status).toBe(200);
    control.down = true;
    await postTurn(fetch, id, SECOND);
    // Storage is still failing the reply saves: the lease could not be released in storage.
    const next = await postTurn(fetch, id, THIRD);
    expect(next.status).toBe(200);
    control.down = false;
    const again = await postTurn(fetch, id, THIRD);
    expect(again.status).toBe(200);
    expect(chunkTypes(again.body)).not.toContain("error");
    const stored = await transcript(fetch, id);
    expect(stored.messages.at(-1)?.role).toBe("assistant");
  });

  it("keeps the reply, with no error part, when the save that timed out had reached storage", async () => {
    const { store, control } = flakyStore();
    const { fetch } = await testApp({ store });
    const id = newId();
    expect((await postTurn(fetch, id, OPENING)).status).toBe(200);
    control.down = true;
    control.landed = true;
    const turn = await postTurn(fetch, id, SECOND);
    control.down = false;
    expect(chunkTypes(turn.body)).not.toContain("error");
    expect(chunkTypes(turn.body).at(-1)).toBe("[DONE]");
    expect((await transcript(fetch, id)).messages).toHaveLength(4);
  });

  it("is answered on SMS with the text that asks the patient to send the message again", async () => {
    const { store, control } = flakyStore();
    const { fetch } = await testApp({ store }, { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET });
    const phone = smsClient(fetch);
    expect((await phone.send(OPENING)).status).toBe(200);
    control.down = true;
    const reply = await phone.send("2");
    control.down = false;
    expect(reply.status).toBe(200);
    expect(reply.messages.join(" ")).toMatch(/send your message again/i);
  });
});
