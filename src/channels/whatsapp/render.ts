// One assistant turn as WhatsApp messages: plain text with every Unicode letter kept (no GSM-7, no
// segments), choices as numbered options, a letter's review as a numbered summary, documents as
// links, all in one message unless Twilio's per-message limit forces a split, and then at line,
// sentence or word boundaries.

import { CATALOGS } from "../../i18n/catalogs/index.js";
import { messageLanguage } from "../../i18n/detect.js";
import type { ChatMessage } from "../../sessions/session.js";
import { plainText, renderChoices, renderDocument, reviewLines } from "../sms/render.js";

/** Twilio refuses a message body over 1,600 characters on every channel; WhatsApp's own cap (4,096) is looser. */
export const WHATSAPP_MAX_CHARS = 1600;
/** Messages one reply may use; only an answer far beyond the brief style needs a second. */
export const WHATSAPP_MAX_MESSAGES = 3;

/** A piece of a reply; body pieces may be dropped, as a last resort, to keep links and choices. */
interface Block {
  text: string;
  body?: boolean;
}

// Where an overlong text may break, best first: after a line, after a sentence, between words.
const BREAKS = [/(?<=\n)/, /(?<=[.!?。！？])(?=\s)/u, /(?=\s)/];

/** `text` in pieces of at most `max` UTF-16 units (a conservative count of Twilio's characters). */
export function splitText(text: string, max: number, level = 0): string[] {
  if (text.length <= max) return [text];
  const breaks = BREAKS[level];
  if (!breaks) return cut(text, max);
  const out: string[] = [];
  let current = "";
  for (const part of text.split(breaks)) {
    if (current.length + part.length <= max) {
      current += part;
      continue;
    }
    if (current) out.push(current);
    const pieces = splitText(part, max, level + 1);
    out.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? "";
  }
  if (current) out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}

/** A text without any break, cut between code points so no surrogate pair is split. */
function cut(text: string, max: number): string[] {
  const out = [""];
  for (const c of text) {
    if (out.at(-1)!.length + c.length > max) out.push("");
    out[out.length - 1] += c;
  }
  return out;
}

function bodyBlocks(text: string): Block[] {
  return splitText(text, WHATSAPP_MAX_CHARS).map((piece) => ({ text: piece, body: true }));
}

/** Blocks in as few messages as fit, a blank line between blocks. */
function pack(blocks: Block[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const block of blocks) {
    const candidate = current ? `${current}\n\n${block.text}` : block.text;
    if (candidate.length <= WHATSAPP_MAX_CHARS) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = block.text;
  }
  if (current) out.push(current);
  return out;
}

/** At most WHATSAPP_MAX_MESSAGES messages: trailing body pieces give way to links and choices. */
function fitMessages(blocks: Block[]): string[] {
  let current = blocks;
  for (;;) {
    const messages = pack(current);
    if (messages.length <= WHATSAPP_MAX_MESSAGES) return messages;
    const last = current.findLastIndex((b) => b.body);
    if (last < 0) return messages.slice(0, WHATSAPP_MAX_MESSAGES);
    current = current.filter((_, i) => i !== last);
  }
}

/** Renders an assistant message into WhatsApp messages (usually one). */
export function renderWhatsAppReply(
  message: Pick<ChatMessage, "parts" | "metadata">,
  options: { notice?: boolean } = {},
): string[] {
  const body = plainText(message.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n\n"));
  // The turn carries its language; a message stored before turns did: the language of its text.
  const language = message.metadata?.language ?? messageLanguage(body);
  const blocks: Block[] = [];
  if (options.notice) blocks.push({ text: CATALOGS[language].sms.whatsappNotice });
  blocks.push(...bodyBlocks(body));
  for (const part of message.parts) {
    if (part.type === "data-document") blocks.push({ text: renderDocument(part.data, language) });
    if (part.type === "data-review") blocks.push({ text: reviewLines(part.data, language).join("\n") });
  }
  const choices = message.parts.findLast((p) => p.type === "data-choices");
  if (choices?.type === "data-choices" && choices.data.options.length > 0) {
    blocks.push({ text: renderChoices(choices.data, language) });
  }
  return fitMessages(blocks);
}

/** Fixed text (no choices or documents) as WhatsApp messages. */
export function renderWhatsAppText(text: string): string[] {
  return fitMessages(bodyBlocks(plainText(text)));
}
