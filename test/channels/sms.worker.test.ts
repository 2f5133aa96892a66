// The SMS webhook inside workerd: Web Crypto signature checks and TwiML through the Worker's fetch.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Fetch } from "../support/chat-client.js";
import { numberedOptions, smsClient } from "./sms/twilio-client.js";

const workerFetch: Fetch = (input, init) => exports.default.fetch(new Request(input, init));
let phoneCounter = 0;
const newPhone = (options: { token?: string } = {}) =>
  smsClient(workerFetch, { from: `+1555777${String(++phoneCounter).padStart(4, "0")}`, ...options });

describe("SMS inside the Worker", () => {
  it("answers a signed text with TwiML, numbered options and the privacy notice", async () => {
    const phone = newPhone();
    const res = await phone.send("Hi, I need my medical records");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/xml/);
    expect(res.messages[0]).toMatch(/not encrypted/);
    expect(numberedOptions(res.messages).length).toBeGreaterThan(1);
    const next = await phone.send("1");
    expect(next.messages.length).toBeGreaterThan(0);
    expect(next.messages.join("\n")).not.toMatch(/not encrypted/);
  });

  it("refuses a signature made with another token", async () => {
    const res = await newPhone({ token: "not-the-configured-token" }).send("hello");
    expect(res.status).toBe(403);
    expect(JSON.parse(res.xml)).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  });

  it("STOP silences the phone and DELETE starts it over", async () => {
    const phone = newPhone();
    await phone.send("I need my records");
    expect((await phone.send("DELETE")).messages[0]).toMatch(/erased/);
    expect((await phone.send("I need my records")).messages[0]).toMatch(/not encrypted/);
    expect((await phone.send("STOP")).xml).toMatch(/<Response\/>$/);
    expect((await phone.send("hello")).messages).toEqual([]);
  });
});
