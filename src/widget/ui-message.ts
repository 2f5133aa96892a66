// The assistant's message as the panel keeps it: the same part shapes as the AI SDK's UIMessage
// (so stored history from GET /api/session renders with the same code), built up from
// streamed chunks by a pure reducer. Data parts carry the server's own types (DataParts).
import type { DataParts } from "../sessions/session.js";

export interface TextPart {
  type: "text";
  text: string;
  id?: string;
}
/** A data part as the server writes it: quick replies (data-choices) or a document card (data-document). */
type DataPart = {
  [K in keyof DataParts]: { type: `data-${K}`; id?: string; data: DataParts[K] };
}[keyof DataParts];
export interface ToolPart {
  type: `tool-${string}`;
  toolCallId: string;
  input?: unknown;
  output?: unknown;
}
interface ErrorPart {
  type: "error";
  text: string;
}
export type Part = TextPart | DataPart | ToolPart | ErrorPart | { type: "step-start" };

export interface ViewMessage {
  id: string;
  role: "user" | "assistant";
  parts: Part[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Applies one UI-message-stream chunk to the message, in place. Unknown chunks are ignored. */
export function applyChunk(message: ViewMessage, chunk: unknown): void {
  if (!isRecord(chunk)) return;
  const type = str(chunk.type);
  const parts = message.parts;
  if (type === "start" && typeof chunk.messageId === "string") message.id = chunk.messageId;
  // A failed LLM attempt's partial reply is withdrawn; the guide's answer follows (README, "the stream").
  else if (type === "data-withdraw") parts.length = 0;
  else if (type === "text-start") parts.push({ type: "text", text: "", id: str(chunk.id) });
  else if (type === "text-delta") {
    const part = parts.findLast((p): p is TextPart => p.type === "text" && p.id === str(chunk.id));
    if (part) part.text += str(chunk.delta);
    else parts.push({ type: "text", text: str(chunk.delta), id: str(chunk.id) });
  } else if (type.startsWith("data-")) {
    const id = typeof chunk.id === "string" ? chunk.id : undefined;
    const existing = id ? parts.find((p): p is DataPart => p.type === type && "id" in p && p.id === id) : undefined;
    // The stream is the server's own: its data parts have the server's shapes.
    if (existing) existing.data = chunk.data as DataPart["data"];
    else parts.push({ type, ...(id ? { id } : {}), data: chunk.data } as DataPart);
  } else if (type === "tool-input-available" || type === "tool-input-start") {
    const toolCallId = str(chunk.toolCallId);
    if (!parts.some((p) => "toolCallId" in p && p.toolCallId === toolCallId)) {
      parts.push({ type: `tool-${str(chunk.toolName)}`, toolCallId, input: chunk.input });
    }
  } else if (type === "tool-output-available") {
    const part = parts.find((p): p is ToolPart => "toolCallId" in p && p.toolCallId === chunk.toolCallId);
    if (part) part.output = chunk.output;
  } else if (type === "error") parts.push({ type: "error", text: str(chunk.errorText) });
}

/** The outputs of one tool across messages, latest last. */
export function toolOutputs(messages: ViewMessage[], tool: string): unknown[] {
  return messages.flatMap((m) =>
    m.parts.filter((p): p is ToolPart => p.type === `tool-${tool}` && "output" in p).map((p) => p.output),
  );
}

/** The message's text parts joined, for the screen-reader announcement. */
export function plainText(message: ViewMessage): string {
  return message.parts
    .filter((p): p is TextPart => p.type === "text")
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join("\n");
}

/** Reads stored messages (GET /api/session) into view messages, skipping what we cannot show. */
export function fromStored(raw: unknown): ViewMessage[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m): ViewMessage[] => {
    if (!isRecord(m) || (m.role !== "user" && m.role !== "assistant") || !Array.isArray(m.parts)) return [];
    const parts = m.parts.filter((p): p is Part => isRecord(p) && typeof p.type === "string");
    return [{ id: str(m.id), role: m.role, parts }];
  });
}

/** Parts shown as cards (the recommendation once its output arrived, a letter's card, a review). */
const isCard = (p: Part): boolean =>
  p.type === "data-document" ||
  p.type === "data-review" ||
  p.type === "data-tracker" ||
  (p.type === "tool-recommendPath" && "output" in p);

/**
 * How a message reads on screen: its words first, then its cards, then the question that asks
 * for the next step, so the patient meets the advice once and the question last (the guide writes
 * that question as the text's last paragraph). Without a card, or when the text is that question
 * alone, all the words stay before the cards. Errors always come last.
 */
export function messageLayout(message: ViewMessage): { lead: string; cards: Part[]; tail: string; errors: Part[] } {
  const text = message.parts
    .filter((p): p is TextPart => p.type === "text")
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join("\n\n");
  const cards = message.parts.filter(isCard);
  const errors = message.parts.filter((p) => p.type === "error");
  const paragraphs = text.split(/\n{2,}/);
  const last = paragraphs.at(-1) ?? "";
  if (message.role !== "assistant" || cards.length === 0 || paragraphs.length < 2 || !last.includes("?"))
    return { lead: text, cards, tail: "", errors };
  return { lead: paragraphs.slice(0, -1).join("\n\n"), cards, tail: last, errors };
}
