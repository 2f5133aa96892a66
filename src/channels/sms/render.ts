// One assistant turn (a UI message) as SMS texts: plain text without markdown, choices as numbered
// options, a letter's review as a numbered summary, documents as links, split at sentence boundaries
// into at most three messages that stay within two segments each whenever the answer allows.
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import { messageLanguage } from "../../i18n/detect.js";
import type { Lang } from "../../i18n/langs.js";
import type { ChatMessage, Choices, DocumentCard, LetterReview } from "../../sessions/session.js";
import { normalizeForSms, segmentCount } from "./gsm.js";

/** Messages one reply may use; more would arrive out of order on some carriers and cost too much. */
export const MAX_MESSAGES = 3;
/** Segments per message we aim for; a long answer may use more rather than be cut. */
const TARGET_SEGMENTS = 2;
/** Twilio refuses a message body over 1,600 characters (about 10 GSM-7 segments). */
const MAX_SEGMENTS = 10;

/** A piece of a reply: `join` is what separates it from the piece before it in the same message. */
interface Unit {
  text: string;
  join: " " | "\n" | "";
  /** Starts a new message (a document's links read best on their own). */
  alone?: boolean;
  /** Body text may be dropped, as a last resort, to keep links and choices. */
  body?: boolean;
}

/** Markdown a model may write, reduced to what reads well as plain text on a phone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/gi, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_, label: string, url: string) => (label === url ? url : `${label}: ${url}`))
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=[\s).,;:!?]|$)/gm, "$1$2")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[*+\u2022]\s+/gm, "- ")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** "Reply 1, 2 or 3." in the conversation's language, for `count` options. */
export function replyPrompt(count: number, language: Lang): string {
  const t = CATALOGS[language].sms;
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  const list = numbers.length === 1 ? numbers[0]! : `${numbers.slice(0, -1).join(", ")} ${t.or} ${numbers.at(-1)}`;
  return fill(t.replyPrompt, { list });
}

/** Numbered options and the prompt to answer with a number. */
export function renderChoices(choices: Choices, language: Lang): string {
  const lines = choices.options.map((o, i) => `${i + 1}) ${o.label}`);
  return [...lines, replyPrompt(choices.options.length, language)].join("\n");
}

/**
 * A letter's review as numbered lines ("2) Patient: Maria Lopez") and how to answer it: YES drafts,
 * a number asks for that item again.
 */
export function reviewLines(review: LetterReview, language: Lang): string[] {
  const t = CATALOGS[language].sms;
  const lines = review.items.map((item, i) => {
    const label = t.reviewLabels[item.path] ?? item.label;
    return `${i + 1}) ${label}: ${item.missing ? t.reviewBlank : item.value}`;
  });
  return [...lines, t.reviewPrompt];
}

/**
 * A document as its two links; the reply's text already names it. The letter's link is its PDF when
 * offered (a phone opens a PDF; a .docx is a dead end for many), else the .docx. Two signed links take
 * most of two segments, so the labels shrink (the letter link's first) when they would push it into a third.
 */
export function renderDocument(card: DocumentCard, language: Lang): string {
  const { letterLink: letter, textLink: text } = CATALOGS[language].sms;
  const url = card.formats?.find((f) => f.format === "pdf")?.url ?? card.url;
  const forms = [
    `${letter}${url}\n${text}${card.textUrl}`,
    `${url}\n${text}${card.textUrl}`,
    `${url}\n${card.textUrl}`,
  ];
  return forms.find((f) => segmentCount(f) <= TARGET_SEGMENTS) ?? forms[0]!;
}

// A full stop that ends a list number ("2.") or a common abbreviation does not end a sentence.
const NOT_AN_END = /(?:^|\s)(?:\d{1,2}|e\.g|i\.e|Dr|Mr|Mrs|Ms|St|No|vs|approx|U\.S)\.$/i;

/** Sentences of a paragraph: split after . ! ? (before a space) and after CJK full stops. */
function sentences(paragraph: string): string[] {
  const pieces = paragraph
    .split(/(?<=[.!?)])\s+(?=[^\s])|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && NOT_AN_END.test(out.at(-1)!)) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** The units of a text: every sentence, joined by a space within a paragraph and a newline across. */
function textUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const paragraph of text.split(/\n+/)) {
    sentences(paragraph).forEach((s, i, all) => {
      // CJK sentences follow each other without a space.
      const join = i === 0 ? "\n" : /[。！？]$/u.test(all[i - 1]!) ? "" : " ";
      units.push({ text: s, join, body: true });
    });
  }
  return units;
}

export interface RenderOptions {
  /** Adds the one-line privacy notice (the first reply of a conversation). */
  notice?: boolean;
}

/**
 * Renders an assistant message into at most three SMS texts, its fixed phrases in the language the
 * turn carries in its metadata (a message stored before turns carried one: the language of its text).
 */
export function renderReply(message: Pick<ChatMessage, "parts" | "metadata">, options: RenderOptions = {}): string[] {
  const text = message.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n\n");
  const body = normalizeForSms(plainText(text));
  const language = message.metadata?.language ?? messageLanguage(body);
  const units: Unit[] = [];
  if (options.notice) units.push({ text: CATALOGS[language].sms.notice, join: "\n" });
  units.push(...textUnits(body));
  for (const part of message.parts) {
    if (part.type === "data-document")
      units.push({ text: renderDocument(part.data, language), join: "\n", alone: true });
    // One unit a line, so a long review breaks between items rather than inside one.
    if (part.type === "data-review")
      for (const line of reviewLines(part.data, language)) units.push({ text: normalizeForSms(line), join: "\n" });
  }
  const choices = message.parts.findLast((p) => p.type === "data-choices");
  if (choices?.type === "data-choices" && choices.data.options.length > 0) {
    units.push({ text: normalizeForSms(renderChoices(choices.data, language)), join: "\n" });
  }
  return fitMessages(units);
}

/** Splits fixed text (no choices or documents) into SMS texts the same way. */
export function renderText(text: string): string[] {
  return fitMessages(textUnits(normalizeForSms(plainText(text))));
}

/**
 * Packs units into at most MAX_MESSAGES texts, allowing TARGET_SEGMENTS per text and more only when
 * the answer cannot fit otherwise. Past Twilio's limit, trailing body sentences give way so the
 * links and choices still arrive.
 */
function fitMessages(units: Unit[]): string[] {
  let current = units;
  for (;;) {
    for (let segments = TARGET_SEGMENTS; segments <= MAX_SEGMENTS; segments++) {
      const messages = pack(current, segments);
      if (messages.length <= MAX_MESSAGES) return messages;
    }
    const last = current.findLastIndex((u) => u.body);
    if (last < 0) return pack(current, MAX_SEGMENTS).slice(0, MAX_MESSAGES);
    current = current.filter((_, i) => i !== last);
  }
}

/** Greedy packing: each unit joins the current text while it stays within `segments`. */
function pack(units: Unit[], segments: number): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    if (current) out.push(current);
    current = "";
  };
  for (const unit of units) {
    if (unit.alone) flush();
    const candidate = current ? current + unit.join + unit.text : unit.text;
    if (segmentCount(candidate) <= segments) {
      current = candidate;
      continue;
    }
    if (segmentCount(unit.text) <= segments) {
      flush();
      current = unit.text;
      continue;
    }
    // A sentence longer than a message: it fills up the current message and goes on in the next,
    // broken after a clause (":", ";", ",") where possible, else between words.
    let glue: string = current ? unit.join : "";
    for (const piece of breakApart(unit.text, segments)) {
      if (current && segmentCount(current + glue + piece.trimEnd()) > segments) {
        flush();
        glue = "";
      }
      current += current ? glue + piece : piece.trimStart();
      glue = "";
    }
    current = current.trimEnd();
  }
  flush();
  return out.map((m) => m.trim()).filter(Boolean);
}

/** Pieces of an overlong sentence, each within `segments`: clauses where they fit, words otherwise. */
function breakApart(sentence: string, segments: number): string[] {
  const clauses = sentence.split(/(?<=[:;,]\s)/);
  return clauses.flatMap((clause) => (segmentCount(clause) <= segments ? [clause] : clause.split(/(?<=\s)/)));
}
