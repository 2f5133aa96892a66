// Faults in Redis (the Upstash store over the real Redis, through a link that can be cut, restored
// and slowed): 503 with Retry-After while it is down, and after recovery a transcript holding
// exactly the turns that succeeded; a slow Redis while the LLM fails still gets the guide's answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionStore } from "../../src/sessions/store.js";
import { type ScriptedServer, scriptedEnv, startScriptedServer } from "../support/openai-server.js";
import { quickReply } from "../support/quick-replies.js";
import { type Gateway, startGateway } from "../support/upstash-gateway.js";
import {
  conversationKeys,
  dropPrefix,
  type Link,
  newId,
  startLink,
  type TurnClient,
  upstashApp,
  userTexts,
} from "./support.js";

let gateway: Gateway;
let link: Link;
const prefixes: string[] = [];

beforeAll(async () => {
  gateway = await startGateway({ token: "fault-gateway-token-0123456789" });
  link = await startLink(new URL(gateway.url));
});

afterAll(async () => {
  await link.close();
  for (const prefix of prefixes) await dropPrefix(gateway, prefix);
  await gateway.stop();
});

async function app(env: Record<string, string> = {}, store?: (inner: SessionStore) => SessionStore) {
  const made = await upstashApp(gateway, link.url, env);
  prefixes.push(made.prefix);
  if (!store) return made;
  const again = await upstashApp(
    gateway,
    link.url,
    { REDIS_KEY_PREFIX: made.prefix, ...env },
    { store: store(made.deps.store) },
  );
  return again;
}

const OPENING = "I need my whole chart from the hospital where I had surgery in Texas";
const SECOND = quickReply("requester", 1);
const THIRD = "Mercy General Hospital in Austin";

type Session = { messages: Array<{ role: string; parts: Array<{ type: string; text?: string }> }> };

async function transcript(turns: TurnClient, id: string): Promise<Session> {
  const res = await turns.session(id);
  expect(res.status).toBe(200);
  return (await res.json()) as Session;
}

function expectAlternating(session: Session) {
  session.messages.forEach((m, i) => {
    expect(m.role).toBe(i % 2 === 0 ? "user" : "assistant");
  });
}

describe("Redis down mid-conversation", () => {
  it("answers 503 with Retry-After while the link is cut, then resumes with exactly the turns that succeeded", async () => {
    const { turns } = await app();
    const id = newId();
    expect((await turns.post(id, OPENING)).status).toBe(200);
    await link.cut();
    try {
      const down = await turns.post(id, SECOND);
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toBe("5");
      expect(JSON.parse(down.body)).toEqual({
        error: { code: "unavailable", message: expect.stringMatching(/try again/) },
      });
      // Reading and erasing are refused the same way, never answered from a guess.
      const read = await turns.session(id);
      expect(read.status).toBe(503);
      expect((await turns.session(id, "DELETE")).status).toBe(503);
    } finally {
      await link.restore();
    }
    expect((await turns.post(id, THIRD)).status).toBe(200);
    const session = await transcript(turns, id);
    expect(userTexts(session)).toEqual([OPENING, THIRD]);
    expect(session.messages).toHaveLength(4);
    expectAlternating(session);
  });

  it("answers 503 (not a hang) when Redis stops answering, and nothing of that turn is kept", async () => {
    const { turns } = await app({ REDIS_TIMEOUT_MS: "300" });
    const id = newId();
    expect((await turns.post(id, OPENING)).status).toBe(200);
    gateway.pause();
    try {
      const down = await turns.post(id, SECOND);
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toBe("5");
    } finally {
      gateway.resume();
    }
    expect((await turns.post(id, THIRD)).status).toBe(200);
    expect(userTexts(await transcript(turns, id))).toEqual([OPENING, THIRD]);
  });

  it("keeps every turn when Redis is slow but within its timeout", async () => {
    const { turns } = await app({ REDIS_TIMEOUT_MS: "2000" });
    const id = newId();
    link.slow(40);
    try {
      for (const text of [OPENING, SECOND, THIRD]) expect((await turns.post(id, text)).status).toBe(200);
    } finally {
      link.slow(0);
    }
    const session = await transcript(turns, id);
    expect(userTexts(session)).toEqual([OPENING, SECOND, THIRD]);
    expectAlternating(session);
  });

  // When Redis dies after the turn's lease is taken and before its reply is saved, the turn keeps
  // retrying its save in the background: once Redis is back the reply is kept and the lease released.
  it("keeps the reply and lets the patient go on once Redis is back, after it died between the lease and the saved reply", async () => {
    let saves = 0;
    let cutAt = Number.POSITIVE_INFINITY;
    const { turns } = await app({}, (inner) =>
      Object.assign(Object.create(Object.getPrototypeOf(inner) as object) as SessionStore, inner, {
        save: async (s: Parameters<SessionStore["save"]>[0]) => {
          if (++saves === cutAt) await link.cut();
          return inner.save(s);
        },
      }),
    );
    const id = newId();
    expect((await turns.post(id, OPENING)).status).toBe(200);
    cutAt = saves + 2; // beginTurn's save passes; endTurn's save finds Redis gone.
    await turns.post(id, SECOND).catch(() => undefined);
    await link.restore();
    // The background retry saves the second turn within a few hundred milliseconds.
    for (let i = 0; i < 40 && (await transcript(turns, id)).messages.length < 4; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await transcript(turns, id)).messages).toHaveLength(4);
    const next = await turns.post(id, THIRD);
    expect(next.status).toBe(200);
    const session = await transcript(turns, id);
    expect(userTexts(session)).toEqual([OPENING, SECOND, THIRD]);
    expectAlternating(session);
  });
});

describe("the LLM fails while Redis is slow", () => {
  let server: ScriptedServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it("answers with the guide when the LLM errors, and saves the turn through the slow store", async () => {
    server = await startScriptedServer([{ status: 500 }, { hang: true }]);
    const { chat } = await app({ ...scriptedEnv(server), LLM_TIMEOUT_MS: "400", REDIS_TIMEOUT_MS: "2000" });
    const id = newId();
    link.slow(60);
    try {
      const failed = await chat.send(id, OPENING);
      expect(failed.message.metadata?.model).toBe("guide");
      const hung = await chat.send(id, SECOND);
      expect(hung.message.metadata?.model).toBe("guide");
      expect(hung.text.length).toBeGreaterThan(0);
    } finally {
      link.slow(0);
    }
    const session = await chat.load<Session>(id);
    expect(userTexts(session)).toEqual([OPENING, SECOND]);
    expectAlternating(session);
  });

  it("answers 503, not a guide reply it cannot save, when Redis is down and the LLM too", async () => {
    await server?.close();
    server = await startScriptedServer([]);
    const { turns } = await app({ ...scriptedEnv(server), LLM_TIMEOUT_MS: "400" });
    const id = newId();
    await link.cut();
    try {
      const res = await turns.post(id, OPENING);
      expect(res.status).toBe(503);
      expect(server.calls()).toBe(0);
    } finally {
      await link.restore();
    }
    expect(await conversationKeys(gateway, prefixes.at(-1) ?? "none")).toEqual([]);
  });
});
