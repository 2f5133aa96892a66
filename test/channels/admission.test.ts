// Load shedding at the door: with MAX_CONCURRENT_TURNS turns being answered, another POST /api/chat
// (or an SMS) is refused before any work, with 503 and Retry-After (SMS: a "send again" text), and
// the slot comes back once the reply stream has been read to its end.
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { createGuideModel } from "../../src/conversation/guide/model.js";
import { CATALOGS } from "../../src/i18n/catalogs/index.js";
import { turnGate } from "../../src/sessions/admission.js";
import { testApp } from "../support/app.js";
import { AUTH_TOKEN, SECRET, smsClient } from "./sms/twilio-client.js";

/** The guide, but each call waits until `open()` is called: a turn that is still being answered. */
function heldGuide() {
  const inner = createGuideModel();
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const model: LanguageModelV4 = {
    ...inner,
    async doGenerate(options) {
      await opened;
      return inner.doGenerate(options);
    },
    async doStream(options) {
      await opened;
      return inner.doStream(options);
    },
  };
  return { model, open };
}

const send = (fetch: (input: string, init?: RequestInit) => Promise<Response>, id: string, text: string) =>
  fetch("http://recordpath.test/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id, message: { role: "user", parts: [{ type: "text", text }] } }),
  });

describe("a turn over MAX_CONCURRENT_TURNS", () => {
  it("is refused with 503, Retry-After and a message saying to send again, until the turn in flight has ended", async () => {
    const held = heldGuide();
    const { fetch, deps } = await testApp(
      { model: { name: "guide", model: held.model } },
      { MAX_CONCURRENT_TURNS: "1" },
    );
    const first = await send(fetch, "admission-first-0000001", "I need my chart from a hospital in Texas");
    expect(first.status).toBe(200);
    const refused = await send(fetch, "admission-other-0000002", "I need my records");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^[1-3]$/);
    expect(await refused.json()).toEqual({
      error: { code: "unavailable", message: CATALOGS.en.errors.overloaded },
    });
    held.open();
    expect((await first.text()).trimEnd().endsWith("data: [DONE]")).toBe(true);
    expect(turnGate(deps).inFlight).toBe(0);
    const later = await send(fetch, "admission-other-0000002", "I need my records");
    expect(later.status).toBe(200);
    await later.text();
  });

  it("gives the slot back when the turn is refused for another reason (a 4xx answer)", async () => {
    const { fetch, deps } = await testApp({}, { MAX_CONCURRENT_TURNS: "1" });
    const bad = await send(fetch, "admission-bad-000000003", "");
    expect(bad.status).toBe(400);
    expect(turnGate(deps).inFlight).toBe(0);
  });

  it("answers an SMS with the 'send again in a few seconds' text instead of starting a turn", async () => {
    const held = heldGuide();
    const { fetch } = await testApp(
      { model: { name: "guide", model: held.model } },
      { MAX_CONCURRENT_TURNS: "1", TWILIO_AUTH_TOKEN: AUTH_TOKEN, SESSION_SECRET: SECRET },
    );
    const web = await send(fetch, "admission-web-000000004", "I need my chart from a hospital in Texas");
    const sms = await smsClient(fetch).send("I need my records from my doctor");
    expect(sms.status).toBe(200);
    expect(sms.messages).toEqual([CATALOGS.en.errors.overloaded]);
    held.open();
    await web.text();
  });
});
