// What one conversation keeps: its Intake, its transcript (AI SDK UI messages), its documents and
// which model answered each turn. Stored encrypted by the Upstash store; the memory store keeps it
// in the isolate only.
import type { UIMessage } from "ai";
import { z } from "zod";
import type { Intake } from "../domain/intake.js";
import type { Lang } from "../i18n/langs.js";

export const SESSION_ID = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16–64 characters of letters, digits, '_' or '-'");

export type Channel = "web" | "sms" | "api";

/** A quick-reply question: `value` is what is sent back when the patient picks `label`. */
export interface Choices {
  topic: string;
  options: Array<{ label: string; value: string }>;
}

/** A drafted document as the conversation shows it (a download card). */
export interface DocumentCard {
  id: string;
  kind: string;
  title: string;
  url: string;
  textUrl: string;
  expiresAt: string;
}

export type DataParts = { choices: Choices; document: DocumentCard };
export type ChatMessage = UIMessage<{ model?: string; createdAt?: string; language?: Lang }, DataParts>;

export interface SessionDocument {
  id: string;
  kind: string;
  title: string;
  createdAt: string;
  expiresAt: string;
}

export interface Session {
  id: string;
  /** Store-managed write version; 0 means "not stored yet". */
  version: number;
  createdAt: string;
  updatedAt: string;
  channel: Channel;
  clinicId?: string;
  intake: Intake;
  messages: ChatMessage[];
  documents: SessionDocument[];
  /** Aliases (e.g. an SMS phone pair) that point at this session; erased with it. */
  aliases?: string[];
  /** Which model answered each turn, in order ("guide", "openai", …). */
  turns: Array<{ at: string; model: string }>;
  /** Held while a turn is being answered, so a concurrent turn is refused instead of lost. */
  lock?: { turnId: string; until: number };
}

export function newSession(id: string, channel: Channel, now: Date, clinicId?: string): Session {
  const at = now.toISOString();
  return {
    id,
    version: 0,
    createdAt: at,
    updatedAt: at,
    channel,
    ...(clinicId ? { clinicId } : {}),
    intake: {},
    messages: [],
    documents: [],
    turns: [],
  };
}

/** The public view of a session (GET /api/sessions/:id). */
export function publicSession(s: Session) {
  return { id: s.id, intake: s.intake, messages: s.messages, documents: s.documents };
}
