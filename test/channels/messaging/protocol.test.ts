// The Twilio protocol pieces: request signatures, keywords and TwiML.
import { createHmac } from "node:crypto";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { isOptInWhileStopped, keywordOf } from "../../../src/channels/messaging/keywords.js";
import { formParams, signedUrl, verifyTwilioSignature } from "../../../src/channels/messaging/signature.js";
import { escapeXml, twiml } from "../../../src/channels/messaging/twiml.js";

describe("X-Twilio-Signature", () => {
  const authToken = "12345";
  const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
  const params = {
    CallSid: "CA1234567890ABCDE",
    Caller: "+12349013030",
    Digits: "1234",
    From: "+12349013030",
    To: "+18005551212",
  };

  it("accepts what the twilio library signs", async () => {
    const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
    // Spelled out once by hand: URL, then each sorted key followed by its value.
    const byHand = `${url}CallSidCA1234567890ABCDECaller+12349013030Digits1234From+12349013030To+18005551212`;
    expect(signature).toBe(createHmac("sha1", authToken).update(byHand).digest("base64"));
    expect(await verifyTwilioSignature({ authToken, url, params, signature })).toBe(true);
  });

  it("rejects another URL, another parameter value, another token and malformed signatures", async () => {
    const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
    expect(await verifyTwilioSignature({ authToken, url: `${url}&x=1`, params, signature })).toBe(false);
    expect(await verifyTwilioSignature({ authToken, url, params: { ...params, Digits: "1235" }, signature })).toBe(
      false,
    );
    expect(await verifyTwilioSignature({ authToken: "54321", url, params, signature })).toBe(false);
    for (const bad of ["", "not base64!", "AAAA", `${signature}AAAA`]) {
      expect(await verifyTwilioSignature({ authToken, url, params, signature: bad })).toBe(false);
    }
  });

  it("signs repeated keys like the library: values deduplicated and sorted", async () => {
    const form = new URLSearchParams("b=2&a=x&a=c&a=x&Body=%F0%9F%99%8F");
    const parsed = formParams(form);
    expect(parsed).toEqual({ b: "2", a: ["x", "c", "x"], Body: "🙏" });
    const signature = twilio.getExpectedTwilioSignature(authToken, url, { b: "2", a: ["x", "c"], Body: "🙏" });
    expect(await verifyTwilioSignature({ authToken, url, params: parsed, signature })).toBe(true);
  });

  it("uses PUBLIC_BASE_URL in place of the request's origin when set", () => {
    expect(signedUrl("http://10.0.0.7:8787/sms/twilio?clinic=a", undefined)).toBe(
      "http://10.0.0.7:8787/sms/twilio?clinic=a",
    );
    expect(signedUrl("http://10.0.0.7:8787/sms/twilio?clinic=a", "https://sms.example.org/")).toBe(
      "https://sms.example.org/sms/twilio?clinic=a",
    );
  });
});

describe("keywords", () => {
  it.each([
    ["STOP", "stop"],
    ["stop", "stop"],
    [" Stop. ", "stop"],
    ["STOPALL", "stop"],
    ["unsubscribe", "stop"],
    ["Cancel", "stop"],
    ["END", "stop"],
    ["quit!", "stop"],
    ["START", "start"],
    ["unstop", "start"],
    ["HELP", "help"],
    ["info", "help"],
    ["DELETE", "delete"],
    ["borrar", "delete"],
  ])("%j is %s", (body, keyword) => {
    expect(keywordOf(body)).toBe(keyword);
  });

  it("only counts a keyword that is the whole message", () => {
    for (const body of [
      "please stop",
      "stop it",
      "I want to delete my data",
      "help me get records",
      "end of year",
      "",
      "1",
    ]) {
      expect(keywordOf(body)).toBeNull();
    }
  });

  it("accepts YES as an opt-in only from a phone that opted out", () => {
    expect(keywordOf("yes")).toBeNull();
    expect(isOptInWhileStopped("Yes")).toBe(true);
    expect(isOptInWhileStopped("start")).toBe(true);
    expect(isOptInWhileStopped("hello")).toBe(false);
  });
});

describe("TwiML", () => {
  it("sends one <Message> per text, escaped", () => {
    expect(twiml(["a < b & \"c\" 'd' > e", "second"])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e</Message><Message>second</Message></Response>',
    );
  });

  it("answers an empty <Response/> when there is nothing to send", () => {
    expect(twiml([])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(twiml(["", "  "])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it("drops control characters XML cannot carry", () => {
    expect(escapeXml("a\u0000b\u0007c\nd")).toBe("abc\nd");
  });
});
