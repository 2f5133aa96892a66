// The whole path from a patient's message to a reply, through the Worker's fetch inside workerd.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { chatClient, type Fetch } from "../support/chat-client.js";
import { confirmReviewReply, quickReply, reviewIn } from "../support/quick-replies.js";

const workerFetch: Fetch = (input, init) => exports.default.fetch(new Request(input, init));
const newId = () => `web-${crypto.randomUUID().replaceAll("-", "")}`;

async function post(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  const res = await workerFetch("http://recordpath.test/api/chat", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { error: { code: string; message: string } } };
}

describe("a conversation on the built-in guide", () => {
  it("asks what changes the advice, records the answers, recommends a path, shows the letter's review and drafts it", async () => {
    const chat = chatClient(workerFetch);
    const id = newId();
    const answers: Record<string, string> = {
      requester: quickReply("requester", 1),
      state: "Texas",
      "records.kinds": "my x-rays and the whole chart",
      "patient.name": "Maria Lopez, March 4, 1980",
      "provider.name": "Hill Country Hospital",
    };

    const first = await chat.send(id, "Hi, I need my medical records");
    // The panel greets before the first message; the guide does not greet a second time.
    expect(first.text).not.toMatch(/I'm recordpath/);
    expect(first.toolNames).toContain("offerChoices");
    expect(first.choices.length).toBeGreaterThan(1);
    expect(first.message.metadata?.model).toBe("guide");

    let reply = first;
    let recommendedAt = 0;
    let documentUrl: string | undefined;
    // One more turn than before issue 15: the patient confirms the review of the letter's contents.
    for (let turn = 2; turn <= 9 && !documentUrl; turn++) {
      if (reviewIn(reply.message)) {
        reply = await chat.send(id, confirmReviewReply(reply.message));
      } else {
        const topic = (
          reply.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined
        )?.data.topic;
        expect(topic, reply.text).toBeDefined();
        reply = await chat.send(id, answers[topic!] ?? "I don't know");
      }
      expect(reply.text).not.toMatch(/I'm recordpath/);
      if (reply.toolNames.includes("recommendPath") && !recommendedAt) {
        recommendedAt = turn;
        expect(reply.text).toMatch(/Here is what I suggest/);
      }
      documentUrl = (
        reply.message.parts.find((p) => p.type === "data-document") as { data: { url: string } } | undefined
      )?.data.url;
    }
    expect(recommendedAt).toBeGreaterThan(0);
    expect(recommendedAt).toBeLessThanOrEqual(4);
    expect(documentUrl).toMatch(/\/api\/documents\//);
    const doc = await workerFetch(documentUrl!);
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toMatch(/wordprocessingml/);
    expect(new Uint8Array(await doc.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    const res = await chat.session(id);
    expect(res.status).toBe(200);
    const session = (await res.json()) as { intake: Record<string, unknown>; documents: unknown[] };
    expect(session.intake).toMatchObject({
      requester: "self",
      state: "TX",
      patient: { name: "Maria Lopez", dateOfBirth: "1980-03-04" },
      records: { kinds: expect.arrayContaining(["imaging", "full_chart"]) },
    });
    expect(session.documents).toHaveLength(1);
  });

  it("continues a conversation through DefaultChatTransport, which sends the token its first turn was given", async () => {
    const chat = chatClient(workerFetch);
    const id = newId();
    await chat.send(id, "Hi, I need my medical records");
    expect(chat.token(id)).toMatch(new RegExp(`^${id}\\.[A-Za-z0-9_-]{43}$`));
    await chat.send(id, "Texas");
    const session = await chat.load(id);
    expect(session.messages.filter((m) => m.role === "user")).toHaveLength(2);
  });

  it("erases the conversation on DELETE so nothing can be read back", async () => {
    const chat = chatClient(workerFetch);
    const id = newId();
    await chat.send(id, "My records are from a hospital in Ohio");
    expect((await chat.session(id)).status).toBe(200);
    const del = await chat.remove(id);
    expect(del.status).toBe(204);
    const after = await chat.session(id);
    expect(after.status).toBe(404);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("bad input gets a 4xx in the error envelope that says what to fix", () => {
  const ok = { id: newId(), message: { role: "user", parts: [{ type: "text", text: "hello" }] } };

  it("malformed JSON", async () => {
    const r = await post("{ not json");
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({ code: "invalid_json", message: expect.stringMatching(/not valid JSON/) });
  });

  it("missing message", async () => {
    const r = await post({ id: newId() });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/message: is required/);
  });

  it("empty message", async () => {
    const r = await post({ ...ok, message: { role: "user", parts: [{ type: "text", text: "   " }] } });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/must contain some text/);
  });

  it("a message over 4,000 characters", async () => {
    const r = await post({ ...ok, message: { role: "user", parts: [{ type: "text", text: "a".repeat(4001) }] } });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/at most 4,000 characters/);
    expect(r.json.error.message).not.toMatch(/aaaa/);
  });

  it("a bad session id", async () => {
    const r = await post({ ...ok, id: "short" });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/id: must be 16–64 characters/);
  });

  it("a wrong content type", async () => {
    const r = await post(JSON.stringify(ok), { "content-type": "text/plain" });
    expect(r.status).toBe(415);
    expect(r.json.error.message).toMatch(/Content-Type: application\/json/);
  });

  it("an unknown route", async () => {
    const res = await workerFetch("http://recordpath.test/api/nope");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("a body over 64 KB", async () => {
    const r = await post({ ...ok, padding: "x".repeat(70_000) });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe("payload_too_large");
  });
});

describe("service basics", () => {
  it("reports the model and store on /healthz", async () => {
    const res = await workerFetch("http://recordpath.test/healthz");
    expect(await res.json()).toEqual({ ok: true, model: "guide", store: "memory" });
  });

  it("sends security headers and a demo help page that embeds the widget", async () => {
    const res = await workerFetch("http://recordpath.test/");
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await res.text()).toMatch(/<script src="[^"]*\/widget\.js" data-clinic="[^"]+"[^>]* async><\/script>/);
  });
});
