// Rendering a turn for SMS: plain text, numbered choices, a letter's review as a numbered summary,
// document links and sentence-boundary splits.
import { describe, expect, it } from "vitest";
import { segmentCount } from "../../../src/channels/sms/gsm.js";
import { MAX_MESSAGES, plainText, renderReply, renderText, replyPrompt } from "../../../src/channels/sms/render.js";
import type { IntakePath } from "../../../src/domain/intake.js";
import type { ChatMessage } from "../../../src/sessions/session.js";

type Parts = ChatMessage["parts"];
const text = (t: string): Parts[number] => ({ type: "text", text: t });
const choices = (labels: string[]): Parts[number] => ({
  type: "data-choices",
  data: { topic: "t", options: labels.map((label) => ({ label, value: label.toLowerCase() })) },
});
const doc: Parts[number] = {
  type: "data-document",
  data: {
    id: "doc12345",
    kind: "access_request",
    title: "Request for access to health records (45 CFR 164.524)",
    url: `https://recordpath.example/api/documents/${"x".repeat(48)}.${"y".repeat(43)}`,
    textUrl: `https://recordpath.example/api/documents/${"x".repeat(48)}.${"y".repeat(43)}?format=txt`,
    expiresAt: "2026-11-27T15:00:00.000Z",
    formats: [],
  },
};

describe("plain text", () => {
  it("removes markdown a model may write", () => {
    expect(
      plainText(
        "## Next steps\n**Call** the *records office*.\n* one\n- two\n> quoted\nSee [the form](https://x.test/f) and `code`.",
      ),
    ).toBe("Next steps\nCall the records office.\n- one\n- two\nquoted\nSee the form: https://x.test/f and code.");
  });

  it("leaves underscores and asterisks that are not emphasis alone", () => {
    expect(plainText("https://x.test/api/documents/a_b_c 2 * 3 = 6")).toBe(
      "https://x.test/api/documents/a_b_c 2 * 3 = 6",
    );
  });
});

/** A review as the guide shows it (src/conversation/review.ts builds the real ones). */
const review = (items: Array<[path: string, label: string, value: string, missing?: boolean]>): Parts[number] => ({
  type: "data-review",
  data: {
    kind: "access_request",
    items: items.map(([path, label, value, missing]) => ({
      path: path as IntakePath,
      label,
      value,
      editable: true,
      ...(missing ? { missing } : {}),
    })),
    draftLabel: "Draft my letter",
    draftValue: "Yes, draft my letter",
    hash: "0".repeat(64),
  },
});

describe("the review before drafting", () => {
  it("numbers each item, shortens labels and blanks, and ends with how to confirm or change one", () => {
    const [message] = renderReply({
      parts: [
        text("Here is what your letter will say:"),
        review([
          ["provider.name", "Provider", "Mercy General Hospital"],
          ["provider.address", "Records office", "blank (you fill it in)", true],
          ["patient.dateOfBirth", "Date of birth", "March 4, 1980"],
        ]),
      ],
      metadata: { language: "en" },
    });
    expect(message).toBe(
      "Here is what your letter will say:\n1) Provider: Mercy General Hospital\n2) Office: blank\n3) Born: March 4, 1980\nReply YES to draft, or send the number to change.",
    );
  });

  it("keeps a Spanish review (accented names, a parent asking) within three messages of two segments", () => {
    const messages = renderReply({
      parts: [
        text("Gracias, entendido.\n\nDatos de su carta:"),
        review([
          ["provider.name", "Proveedor", "Hospital San José"],
          ["provider.address", "Oficina de expedientes", "en blanco (lo completa usted)", true],
          ["patient.name", "Paciente", "María Fernanda López García"],
          ["patient.dateOfBirth", "Fecha de nacimiento", "4 de marzo de 1980"],
          ["records.kinds", "Expedientes", "resultados de análisis"],
          ["records.from", "Fechas", "de 2019 a 2021"],
          ["delivery", "Enviar a", "usted"],
          ["requester", "Quién lo pide", "Padre o madre"],
          ["representative.name", "Su nombre", "José Ramírez"],
        ]),
      ],
      metadata: { language: "es" },
    });
    expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
    for (const m of messages) expect(segmentCount(m)).toBeLessThanOrEqual(2);
    const all = messages.join("\n");
    expect(all).toMatch(/^2\) Oficina: en blanco$/m);
    expect(all).toMatch(/^9\) Su nombre: José Ramírez$/m);
    expect(all).toMatch(/Responda SÍ para redactarla, o envíe el número para cambiarlo\.$/);
    // Lines break between items, never inside one.
    for (const m of messages) expect(m.split("\n").every((l) => !/^\d\) \S+:$/.test(l))).toBe(true);
  });
});

describe("numbered choices", () => {
  it("numbers the options and asks for a number", () => {
    const [message] = renderReply({
      parts: [text("Who are the records for?"), choices(["Me", "My child", "Someone who died"])],
    });
    expect(message).toBe("Who are the records for?\n1) Me\n2) My child\n3) Someone who died\nReply 1, 2 or 3.");
  });

  it("words the prompt for one, two and many options, in Spanish too", () => {
    expect(replyPrompt(1, "en")).toBe("Reply 1.");
    expect(replyPrompt(2, "en")).toBe("Reply 1 or 2.");
    expect(replyPrompt(5, "en")).toBe("Reply 1, 2, 3, 4 or 5.");
    expect(replyPrompt(3, "es")).toBe("Responda 1, 2 o 3.");
    const [message] = renderReply({ parts: [text("¿Para quién son los registros?"), choices(["Yo", "Mi hijo"])] });
    expect(message).toMatch(/Responda 1 o 2\.$/);
  });
});

describe("the turn's language", () => {
  it("words the fixed phrases in the language the turn carries, whatever its text looks like", () => {
    const [es] = renderReply(
      { parts: [text("Texas?"), choices(["Sí", "No"])], metadata: { language: "es" } },
      { notice: true },
    );
    expect(es).toMatch(/^Los SMS no van cifrados\. Envíe BORRAR/);
    expect(es).toMatch(/Responda 1 o 2\.$/);
    const [en] = renderReply({
      parts: [text("¿Para quién son los registros?"), choices(["Yo", "Mi hijo"])],
      metadata: { language: "en" },
    });
    expect(en).toMatch(/Reply 1 or 2\.$/);
  });
});

describe("the privacy notice", () => {
  it("opens the first reply only", () => {
    const first = renderReply({ parts: [text("Hi. Who are the records for?")] }, { notice: true });
    expect(first[0]).toMatch(/^Texts are not encrypted\. Reply DELETE anytime to erase this chat\.\n/);
    expect(renderReply({ parts: [text("Which state?")] })[0]).not.toMatch(/encrypted/);
  });
});

describe("documents", () => {
  it("sends the docx link and the plain-text link in a message of their own, within two segments", () => {
    const messages = renderReply({ parts: [doc, text("Your letter is ready. Download it, sign it, and send it.")] });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe("Your letter is ready. Download it, sign it, and send it.");
    expect(messages[1]).toBe(`Letter: ${doc.data.url}\nText: ${doc.data.textUrl}`);
    expect(segmentCount(messages[1]!)).toBe(2);
  });

  it("links the PDF as the letter when the card offers one, still within two segments", () => {
    const pdfUrl = `${doc.data.url}?format=pdf`;
    const withPdf = { ...doc, data: { ...doc.data, formats: [{ format: "pdf", url: pdfUrl }] } } as Parts[number];
    const messages = renderReply({ parts: [withPdf, text("Your letter is ready.")] });
    expect(messages[1]).toContain(pdfUrl);
    expect(messages[1]).toContain(doc.data.textUrl);
    expect(messages[1]).not.toMatch(new RegExp(`${doc.data.url.replaceAll(".", "\\.")}\\n`));
    expect(segmentCount(messages[1]!)).toBe(2);
  });
});

describe("splitting long answers", () => {
  const sentence = (i: number) => `Sentence number ${i} explains one more useful thing about your records request.`;

  it("keeps a short answer in one message", () => {
    expect(renderText("Thanks, got it. Which state did the care happen in?")).toEqual([
      "Thanks, got it. Which state did the care happen in?",
    ]);
  });

  it("splits at sentence boundaries into messages of at most two segments", () => {
    const body = Array.from({ length: 9 }, (_, i) => sentence(i + 1)).join(" ");
    const messages = renderText(body);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
    for (const m of messages) {
      expect(segmentCount(m)).toBeLessThanOrEqual(2);
      expect(m).toMatch(/^Sentence number \d+ .*\.$/s);
    }
    expect(messages.join(" ")).toBe(body);
  });

  it("uses longer messages rather than more than three when the answer is long", () => {
    const body = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join(" ");
    const messages = renderText(body);
    expect(messages).toHaveLength(3);
    expect(messages.join(" ")).toBe(body);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1600);
  });

  it("keeps links and choices when even ten-segment messages cannot hold the answer", () => {
    const body = Array.from({ length: 80 }, (_, i) => sentence(i + 1)).join(" ");
    const messages = renderReply({ parts: [text(body), doc, choices(["Draft my letter", "Start over"])] });
    expect(messages).toHaveLength(3);
    expect(messages.join("\n")).toContain(doc.data.textUrl);
    expect(messages.at(-1)).toMatch(/Reply 1 or 2\.$/);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1600);
  });

  it("splits a single overlong sentence between words", () => {
    const messages = renderText(`${"word ".repeat(100)}end.`);
    expect(messages.length).toBe(2);
    for (const m of messages) expect(segmentCount(m)).toBeLessThanOrEqual(2);
  });

  it("splits Chinese text after its full stops", () => {
    const body = "我可以帮助您获取病历。".repeat(20);
    const messages = renderText(body);
    for (const m of messages) expect(m.endsWith("。")).toBe(true);
    expect(messages.join("")).toBe(body);
  });
});
