// The WhatsApp webhook inside workerd: the route is mounted, Web Crypto checks the signature, TwiML
// comes back through the Worker's fetch.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Fetch } from "../support/chat-client.js";
import { numberedOptions, whatsappClient } from "./sms/twilio-client.js";

const workerFetch: Fetch = (input, init) => exports.default.fetch(new Request(input, init));
let phoneCounter = 0;
const newPhone = (options: { token?: string } = {}) =>
  whatsappClient(workerFetch, { from: `whatsapp:+1555888${String(++phoneCounter).padStart(4, "0")}`, ...options });

describe("WhatsApp inside the Worker", () => {
  it("answers a signed message with one TwiML message, numbered options and the WhatsApp notice", async () => {
    const phone = newPhone();
    const res = await phone.send("Hi, I need my medical records");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/xml/);
    expect(res.messages).toHaveLength(1);
    expect(res.messages[0]).toMatch(/^This chat reaches us through Meta and Twilio/);
    expect(numberedOptions(res.messages).length).toBeGreaterThan(1);
    expect((await phone.send("DELETE")).messages[0]).toMatch(/erased/);
  });

  it("refuses a signature made with another token", async () => {
    const res = await newPhone({ token: "not-the-configured-token" }).send("hello");
    expect(res.status).toBe(403);
    expect(JSON.parse(res.xml)).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  });
});
