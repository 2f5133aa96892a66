// Rendering a turn for WhatsApp: Unicode kept, numbered choices, document links, one message unless
// Twilio's 1,600-character limit forces a split at a line, sentence or word.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/channels/sms/render.js";
import {
  renderWhatsAppReply,
  renderWhatsAppText,
  splitText,
  WHATSAPP_MAX_CHARS,
  WHATSAPP_MAX_MESSAGES,
} from "../../../src/channels/whatsapp/render.js";
import type { ChatMessage } from "../../../src/sessions/session.js";

type Parts = ChatMessage["parts"];
const text = (t: string): Parts[number] => ({ type: "text", text: t });
const choices = (labels: string[]): Parts[number] => ({
  type: "data-choices",
  data: { topic: "t", options: labels.map((label) => ({ label, value: label.toLowerCase() })) },
});
const card = {
  id: "doc12345",
  kind: "access_request",
  title: "Request for access to health records (45 CFR 164.524)",
  url: `https://recordpath.example/api/documents/${"x".repeat(48)}.${"y".repeat(43)}`,
  textUrl: `https://recordpath.example/api/documents/${"x".repeat(48)}.${"y".repeat(43)}?format=txt`,
  expiresAt: "2026-11-27T15:00:00.000Z",
  formats: [],
};
const doc: Parts[number] = { type: "data-document", data: card };
const review: Parts[number] = {
  type: "data-review",
  data: {
    kind: "access_request",
    items: [
      { path: "provider.name", label: "Proveedor", value: "Clínica San José", editable: true },
      { path: "patient.name", label: "Paciente", value: "María López", editable: true },
    ],
    draftLabel: "Preparar mi carta",
    draftValue: "Sí, prepare mi carta",
    hash: "0".repeat(64),
  },
};

describe("the review before drafting", () => {
  it("comes as a numbered summary in the same message, accents kept, with how to answer", () => {
    expect(renderWhatsAppReply({ parts: [text("Datos de su carta:"), review], metadata: { language: "es" } })).toEqual([
      "Datos de su carta:\n\n1) Proveedor: Clínica San José\n2) Paciente: María López\nResponda SÍ para redactarla, o envíe el número para cambiarlo.",
    ]);
  });
});

describe("a WhatsApp reply", () => {
  it("is one message: notice, plain text with its Unicode, the links and numbered choices", () => {
    const message = {
      parts: [
        text("**Good news:** your clinic’s office — the one on 5th — answers within 15 days 🙂"),
        doc,
        choices(["Fees", "Deadlines", "Start over"]),
      ],
    };
    const [only, ...rest] = renderWhatsAppReply(message, { notice: true });
    expect(rest).toEqual([]);
    expect(only).toBe(
      [
        "This chat reaches us through Meta and Twilio. Reply DELETE anytime to erase it.",
        "Good news: your clinic’s office — the one on 5th — answers within 15 days 🙂",
        `Letter: ${card.url}\nText: ${card.textUrl}`,
        "1) Fees\n2) Deadlines\n3) Start over\nReply 1, 2 or 3.",
      ].join("\n\n"),
    );
  });

  it("gives the notice in Spanish to a Spanish reply", () => {
    const [only] = renderWhatsAppReply({ parts: [text("¿Qué registros necesita?")] }, { notice: true });
    expect(only).toMatch(/^Este chat nos llega a través de Meta y Twilio\. Envíe BORRAR/);
  });

  it("keeps a 1,200-character answer whole where SMS splits it into several texts", () => {
    const answer = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} explains one more step of the request.`)
      .join(" ")
      .repeat(2);
    expect(answer.length).toBeGreaterThan(1200);
    expect(answer.length).toBeLessThan(WHATSAPP_MAX_CHARS);
    expect(renderWhatsAppReply({ parts: [text(answer)] })).toEqual([answer]);
    expect(renderReply({ parts: [text(answer)] }).length).toBeGreaterThan(1);
  });

  it("splits an answer over 1,600 characters between sentences and keeps links and choices", () => {
    const sentence = "Each provider has its own deadline, so keep a list of where you sent each request. ";
    const answer = sentence.repeat(100).trim();
    const messages = renderWhatsAppReply({ parts: [text(answer), doc, choices(["Yes", "No"])] });
    expect(messages.length).toBeLessThanOrEqual(WHATSAPP_MAX_MESSAGES);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
      expect(m).toMatch(/^Each provider|^Letter:/);
    }
    const last = messages.at(-1)!;
    expect(last).toContain("?format=txt");
    expect(last).toMatch(/1\) Yes\n2\) No\nReply 1 or 2\.$/);
    // Only whole sentences were dropped to make room.
    expect(messages.slice(0, -1).join(" ")).toMatch(/request\.$/);
  });

  it("renders fixed text the same way", () => {
    expect(renderWhatsAppText("## Help\nText **DELETE** to erase.")).toEqual(["Help\nText DELETE to erase."]);
  });
});

describe("splitText", () => {
  it("prefers line breaks, then sentence ends, then spaces", () => {
    expect(splitText("aaaa\nbbbb", 6)).toEqual(["aaaa", "bbbb"]);
    expect(splitText("Aa aa. Bb bb.", 8)).toEqual(["Aa aa.", "Bb bb."]);
    expect(splitText("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
  });

  it("never exceeds the limit, never splits a surrogate pair and loses nothing but spaces", () => {
    const word = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom(". ", "\n", " ", "🙂"));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (words, max) => {
        const input = words.join("");
        const pieces = splitText(input, max);
        for (const p of pieces) {
          expect(p.length).toBeLessThanOrEqual(max);
          expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
        }
        expect(pieces.join("").replace(/\s/g, "")).toBe(input.replace(/\s/g, ""));
      }),
    );
  });
});
