// Errors a patient reads: in the conversation's language when the error knows it, else the first
// language of Accept-Language we speak, else English; the English text stays the error's message.
import { describe, expect, it } from "vitest";
import { patientError, patientText } from "../../src/i18n/errors.js";
import { acceptedTags, firstOffered } from "../../src/i18n/langs.js";
import { storageUnavailable } from "../../src/sessions/upstash-store.js";
import { testApp } from "../support/app.js";

describe("Accept-Language", () => {
  it("orders tags by quality and matches them on the primary subtag", () => {
    expect(acceptedTags("fr-FR, es-MX;q=0.8, en;q=0.9, *;q=0.1, de;q=0")).toEqual(["fr-FR", "en", "es-MX"]);
    expect(firstOffered(acceptedTags("fr-FR, es-MX;q=0.8, en;q=0.9"))).toBe("en");
    expect(firstOffered(acceptedTags("es-419,fr"))).toBe("es");
    expect(firstOffered(acceptedTags(undefined))).toBeUndefined();
  });
});

describe("patient error messages", () => {
  it("keep the English text as the message and word it per language", () => {
    const error = patientError("rate_limited", "rateLimited", { vars: { seconds: 30 } });
    expect(error.message).toBe("Too many messages. Wait 30 seconds and try again.");
    expect(patientText(error.say!, "es-MX,es;q=0.9")).toBe(
      "Demasiados mensajes. Espere 30 segundos y vuelva a intentarlo.",
    );
    expect(patientText(error.say!, "fr")).toBe(error.message);
  });

  it("prefer the conversation's language to Accept-Language", () => {
    const error = patientError("conflict", "busy", { lang: "es" });
    expect(patientText(error.say!, "en-US")).toMatch(/^Esta conversación está ocupada/);
  });

  it("reach the chat panel in its language, and an integrator in English", async () => {
    const { fetch } = await testApp({}, { RATE_LIMIT_SESSION: "1/60s" });
    let token: string | null = null;
    const send = (lang?: string) =>
      fetch("http://recordpath.test/api/chat", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(lang ? { "accept-language": lang } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({
          id: "errors-language-0001",
          message: { id: "m1", role: "user", parts: [{ type: "text", text: "I need my records" }] },
        }),
      });
    const first = await send();
    expect(first.status).toBe(200);
    token = first.headers.get("X-Session-Token");
    const spanish = await send("es");
    expect(spanish.status).toBe(429);
    expect(((await spanish.json()) as { error: { message: string } }).error.message).toMatch(/^Demasiados mensajes/);
    const plain = await send();
    expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/^Too many messages/);
  });

  it("word storage that is not answering in the panel's language, with the wait it asks for", () => {
    const error = storageUnavailable();
    expect([error.status, error.headers["Retry-After"]]).toEqual([503, "5"]);
    expect(patientText(error.say!, "es")).toMatch(/^Nuestro almacenamiento de conversaciones no responde/);
    expect(patientText(error.say!, undefined)).toBe(error.message);
  });

  it("word an expired letter link for whoever opens it", async () => {
    const { fetch } = await testApp();
    const res = await fetch(`http://recordpath.test/api/documents/${"A".repeat(43)}`, {
      headers: { "accept-language": "es" },
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "not_found",
      message: "Este enlace al documento no es válido. Pida al asistente que prepare el documento de nuevo.",
    });
  });
});
