import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { hashSecret, newSecret, noSuchConversation } from "../../src/sessions/credential.js";
import { MemoryStore } from "../../src/sessions/memory-store.js";
import { type ChatMessage, newSession, type Session } from "../../src/sessions/session.js";
import { abandonLease, beginTurn, endTurn, retryEndTurn, saveTurn } from "../../src/sessions/turns.js";
import { testApp } from "../support/app.js";

const msg = (text: string): ChatMessage => ({ id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] });
const store = () => new MemoryStore({ sessionSeconds: 3600, documentSeconds: 600 });
const ID = "turns-test-session-0001";
const NEW = { web: { secret: undefined } };
/** Below the web layer, without a credential: how the lease tests open a session. */
const PHONE = { phone: true } as const;
/** A later web turn: it carries the secret the first turn handed out. */
const carrying = (secret: string | undefined) => ({ web: { secret } });

describe("turn bracketing", () => {
  it("refuses a second turn with a 409 and Retry-After while the first is being answered", async () => {
    const s = store();
    const now = new Date();
    const { secret } = await beginTurn({ store: s, id: ID, channel: "web", message: msg("first"), now, access: NEW });
    const second = beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("second"),
      now,
      access: carrying(secret),
    });
    await expect(second).rejects.toMatchObject({ status: 409, headers: { "Retry-After": "2" } });
    await expect(second).rejects.toBeInstanceOf(AppError);
  });

  it("words the 409 in the conversation's language, or leaves it to Accept-Language when none shows yet", async () => {
    const refusal = async (first: string) => {
      const s = store();
      const now = new Date();
      await beginTurn({ store: s, id: ID, channel: "web", message: msg(first), now, access: PHONE });
      const second = beginTurn({ store: s, id: ID, channel: "web", message: msg("3"), now, access: PHONE });
      return (await second.catch((e: unknown) => e)) as AppError;
    };
    expect((await refusal("Necesito mis expedientes médicos")).say).toMatchObject({ lang: "es" });
    expect((await refusal("2")).say?.lang).toBeUndefined();
  });

  it("keeps both turns in order when the second arrives after the first is saved", async () => {
    const s = store();
    const now = new Date();
    const { session: first, secret } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: NEW,
    });
    await endTurn(
      s,
      first,
      {
        messages: first.messages,
        intake: { state: "CA" },
        documents: [],
        answeredBy: { at: now.toISOString(), model: "guide" },
      },
      now,
    );
    const { session: second } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("second"),
      now,
      access: carrying(secret),
    });
    expect(second.messages.map((m) => (m.parts[0] as { text: string }).text)).toEqual(["first", "second"]);
    expect(second.intake).toEqual({ state: "CA" });
  });

  it("takes over a lease that expired (a crashed turn does not block the conversation)", async () => {
    const s = store();
    const { secret } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now: new Date("2026-11-26T10:00:00Z"),
      access: NEW,
    });
    const { session: later } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("again"),
      now: new Date("2026-11-26T10:05:00Z"),
      access: carrying(secret),
    });
    expect(later.messages).toHaveLength(2);
  });

  it("does not resurrect a conversation deleted while its reply was being written", async () => {
    const s = store();
    const now = new Date();
    const { session: turn } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: NEW,
    });
    await s.delete(ID);
    await expect(
      endTurn(
        s,
        turn,
        { messages: turn.messages, intake: {}, documents: [], answeredBy: { at: now.toISOString(), model: "guide" } },
        now,
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(await s.load(ID)).toBeNull();
  });
});

describe("who may take a turn", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  const later = new Date("2026-11-26T10:05:00Z");

  it("creates a web conversation with a fresh secret and stores only its SHA-256", async () => {
    const s = store();
    const { session, secret } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("hi"),
      now,
      access: NEW,
    });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await s.load(ID);
    expect(stored?.credentialHash).toBe(await hashSecret(secret ?? ""));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(session.credentialHash).toBe(stored?.credentialHash);
  });

  it("refuses a turn carrying the credential of a conversation that expired or was deleted, as an unknown id", async () => {
    const s = store();
    const { secret } = await beginTurn({ store: s, id: ID, channel: "web", message: msg("a"), now, access: NEW });
    await s.delete(ID);
    const turn = beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("b"),
      now: later,
      access: carrying(secret),
    });
    await expect(turn).rejects.toMatchObject({ status: 404 });
    expect(await s.load(ID)).toBeNull();
  });

  it("hands out the secret only on the turn that created the conversation", async () => {
    const s = store();
    const { secret } = await beginTurn({ store: s, id: ID, channel: "web", message: msg("a"), now, access: NEW });
    const second = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("b"),
      now: later,
      access: carrying(secret),
    });
    expect(second.secret).toBeUndefined();
  });

  it("refuses a web turn on an existing conversation without its secret, or with another, as an unknown id", async () => {
    const s = store();
    await beginTurn({ store: s, id: ID, channel: "web", message: msg("a"), now, access: NEW });
    for (const access of [NEW, carrying(newSecret())]) {
      const turn = beginTurn({ store: s, id: ID, channel: "web", message: msg("b"), now: later, access });
      await expect(turn).rejects.toMatchObject({ status: 404, message: noSuchConversation().message });
    }
    expect((await s.load(ID))?.messages).toHaveLength(1);
  });

  it("refuses a web turn naming another clinic, or none, than the conversation was started for", async () => {
    const s = store();
    const { secret } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      clinicId: "clinic-a",
      message: msg("a"),
      now,
      access: NEW,
    });
    for (const clinicId of ["clinic-b", undefined]) {
      const turn = beginTurn({
        store: s,
        id: ID,
        channel: "web",
        ...(clinicId ? { clinicId } : {}),
        message: msg("b"),
        now: later,
        access: carrying(secret),
      });
      await expect(turn).rejects.toMatchObject({ status: 404 });
    }
  });

  it("never opens an SMS conversation from the web, nor a web conversation by phone", async () => {
    const s = store();
    await s.save(newSession("sms_phone_session_0001", "sms", now));
    const web = beginTurn({
      store: s,
      id: "sms_phone_session_0001",
      channel: "web",
      message: msg("a"),
      now,
      access: carrying(newSecret()),
    });
    await expect(web).rejects.toMatchObject({ status: 404 });
    await beginTurn({ store: s, id: ID, channel: "web", message: msg("a"), now, access: NEW });
    const phone = beginTurn({
      store: s,
      id: ID,
      channel: "sms",
      message: msg("b"),
      now: later,
      access: { phone: true },
    });
    await expect(phone).rejects.toMatchObject({ status: 404 });
  });

  it("continues an SMS conversation by phone without any credential", async () => {
    const s = store();
    await s.save(newSession("sms_phone_session_0001", "sms", now));
    const { session, secret } = await beginTurn({
      store: s,
      id: "sms_phone_session_0001",
      channel: "sms",
      message: msg("a"),
      now,
      access: { phone: true },
    });
    expect(session.messages).toHaveLength(1);
    expect(session.credentialHash).toBeUndefined();
    expect(secret).toBeUndefined();
  });
});

describe("retrying a turn's save after storage came back", () => {
  const noWait = async () => {};

  it("keeps retrying while storage is unavailable and stops once the save lands", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => (++calls < 3 ? "unavailable" : "saved"), noWait);
    expect(saved).toBe(true);
    expect(calls).toBe(3);
  });

  it("stops when the save is refused (the conversation was deleted or moved on)", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => {
      calls++;
      return "refused";
    }, noWait);
    expect(saved).toBe(false);
    expect(calls).toBe(1);
  });

  it("gives up after its last attempt", async () => {
    let calls = 0;
    const saved = await retryEndTurn(async () => {
      calls++;
      return "unavailable";
    }, noWait);
    expect(saved).toBe(false);
    expect(calls).toBe(7);
  });
});

describe("saving a turn whatever storage does", () => {
  const reply: ChatMessage = { id: "reply-1", role: "assistant", parts: [{ type: "text", text: "Which state?" }] };
  const commitOf = (turn: Session, now: Date) => ({
    messages: [...turn.messages, reply],
    intake: {},
    documents: [],
    answeredBy: { at: now.toISOString(), model: "guide" },
  });

  it("says saved when an earlier attempt that timed out had landed after all", async () => {
    const s = store();
    const now = new Date();
    const { session: turn } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    // The first attempt reached storage but its answer was lost: the retry now meets a newer version.
    await endTurn(s, turn, commitOf(turn, now), now);
    expect(await saveTurn(s, turn, commitOf(turn, now), now)).toBe("saved");
  });

  it("says refused when the conversation was deleted while the reply was written", async () => {
    const s = store();
    const now = new Date();
    const { session: turn } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    await s.delete(ID);
    expect(await saveTurn(s, turn, commitOf(turn, now), now)).toBe("refused");
  });

  it("says unavailable, without throwing, when storage does not answer", async () => {
    const s = store();
    const now = new Date();
    const { session: turn } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    const down = Object.assign(Object.create(MemoryStore.prototype) as MemoryStore, s, {
      save: async () => {
        throw new AppError("unavailable", "storage down");
      },
    });
    expect(await saveTurn(down, turn, commitOf(turn, now), now)).toBe("unavailable");
  });
});

describe("a turn whose reply ended unsaved", () => {
  it("gives its lease up, so the next message starts a turn instead of getting 409", async () => {
    const s = store();
    const now = new Date();
    const { session: failed } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    abandonLease(failed, now);
    const { session: next } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("again"),
      now,
      access: PHONE,
    });
    expect(next.messages.map((m) => (m.parts[0] as { text: string }).text)).toEqual(["first", "again"]);
    expect(next.lock?.turnId).not.toBe(failed.lock?.turnId);
  });

  it("does not refuse the patient's retry when taking the lease timed out but landed", async () => {
    const s = store();
    const now = new Date();
    let lost = true;
    const flaky = Object.assign(Object.create(MemoryStore.prototype) as MemoryStore, s, {
      save: async (session: Session) => {
        const saved = await s.save(session);
        if (lost) {
          lost = false;
          throw new AppError("unavailable", "storage timed out");
        }
        return saved;
      },
    });
    await expect(
      beginTurn({ store: flaky, id: ID, channel: "web", message: msg("first"), now, access: PHONE }),
    ).rejects.toMatchObject({ status: 503 });
    const { session: retry } = await beginTurn({
      store: flaky,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    expect(retry.lock).toBeDefined();
  });

  it("keeps refusing a second message while another turn's lease is held", async () => {
    const s = store();
    const now = new Date();
    const { session: other } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("first"),
      now,
      access: PHONE,
    });
    abandonLease({ ...other, lock: { turnId: "some-other-turn", until: now.getTime() + 60_000 } }, now);
    await expect(
      beginTurn({ store: s, id: ID, channel: "web", message: msg("second"), now, access: PHONE }),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe("a message sent again after its reply failed", () => {
  const commitOf = (turn: Session, now: Date) => ({
    messages: turn.messages,
    intake: {},
    documents: [],
    answeredBy: { at: now.toISOString(), model: "guide" },
  });
  const texts = (session: Session) => session.messages.map((m) => `${m.role}:${(m.parts[0] as { text: string }).text}`);

  it("keeps the message once when it comes back with its id after an unsaved reply", async () => {
    const s = store();
    const now = new Date();
    const first = msg("first");
    const { session: failed } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: first,
      now,
      access: PHONE,
    });
    abandonLease(failed, now);
    const { session: again } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: first,
      now,
      access: PHONE,
    });
    expect(texts(again)).toEqual(["user:first"]);
    expect(again.lock?.turnId).not.toBe(failed.lock?.turnId);
  });

  it("replaces the message and the reply that followed it when that reply was saved but never reached the patient", async () => {
    const s = store();
    const now = new Date();
    const hello = msg("hello");
    const { session: answered } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: hello,
      now,
      access: PHONE,
    });
    const reply: ChatMessage = { id: "r1", role: "assistant", parts: [{ type: "text", text: "Which state?" }] };
    await endTurn(s, answered, { ...commitOf(answered, now), messages: [...answered.messages, reply] }, now);
    const second = msg("Ohio");
    const { session: cut } = await beginTurn({ store: s, id: ID, channel: "web", message: second, now, access: PHONE });
    const cutReply: ChatMessage = { id: "r2", role: "assistant", parts: [{ type: "text", text: "Thanks, Oh" }] };
    await endTurn(s, cut, { ...commitOf(cut, now), messages: [...cut.messages, cutReply] }, now);

    const { session: retried } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: second,
      now,
      access: PHONE,
    });
    expect(texts(retried)).toEqual(["user:hello", "assistant:Which state?", "user:Ohio"]);
  });

  it("adds a message whose id is an earlier one's, or a new one's, after the transcript", async () => {
    const s = store();
    const now = new Date();
    const hello = msg("hello");
    const { session: answered } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: hello,
      now,
      access: PHONE,
    });
    const reply: ChatMessage = { id: "r1", role: "assistant", parts: [{ type: "text", text: "Which state?" }] };
    await endTurn(s, answered, { ...commitOf(answered, now), messages: [...answered.messages, reply] }, now);
    const { session: next } = await beginTurn({
      store: s,
      id: ID,
      channel: "web",
      message: msg("Ohio"),
      now,
      access: PHONE,
    });
    abandonLease(next, now);
    const { session: old } = await beginTurn({ store: s, id: ID, channel: "web", message: hello, now, access: PHONE });
    expect(texts(old)).toEqual(["user:hello", "assistant:Which state?", "user:Ohio", "user:hello"]);
  });

  it("answers the resent message once over the web: the transcript holds it and one reply", async () => {
    const { fetch, store: s } = await testApp();
    const id = "resent-message-web-0001";
    const body = JSON.stringify({
      id,
      message: { id: "patient-m1", role: "user", parts: [{ type: "text", text: "I need my medical records" }] },
    });
    const first = await fetch("http://recordpath.test/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    await first.text();
    const token = first.headers.get("X-Session-Token") ?? "";
    const again = await fetch("http://recordpath.test/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
    });
    expect(again.status).toBe(200);
    await again.text();
    expect((await s.load(id))?.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
  });
});
