// What one conversation keeps: its Intake, its transcript (AI SDK UI messages), its documents and
// which model answered each turn. Stored encrypted by the Upstash store; the memory store keeps it
// in the isolate only.
import type { InferUIMessageChunk, UIMessage } from "ai";
import { z } from "zod";
import type { Intake, IntakePath } from "../domain/intake.js";
import type { DocumentKind } from "../domain/recommendation.js";
import type { Lang } from "../i18n/langs.js";

export const SESSION_ID = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16–64 characters of letters, digits, '_' or '-'");

/** Channels answered through Twilio's messaging webhook: brief replies inside its 15-second window. */
const MESSAGING_CHANNELS = ["sms", "whatsapp"] as const;
export type MessagingChannel = (typeof MESSAGING_CHANNELS)[number];
const CHANNELS = ["web", "api", ...MESSAGING_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];

/** Whether `value` names a channel (the guide reads it back from the prompt's JSON). */
export function isChannel(value: unknown): value is Channel {
  return CHANNELS.some((c) => c === value);
}

/** True for SMS and WhatsApp, which share the brief style and the shorter LLM deadline. */
export function isMessagingChannel(channel: Channel): channel is MessagingChannel {
  return MESSAGING_CHANNELS.some((c) => c === channel);
}

/**
 * A quick-reply question: `value` is what is sent back when the patient picks `label`. Also the
 * offerChoices tool's input schema, so the descriptions speak to the model.
 */
export const ChoicesSchema = z
  .object({
    topic: z.string().min(1).max(40).describe("Short id of what the question is about, e.g. 'state' or 'records'."),
    options: z
      .array(
        z
          .object({
            label: z.string().min(1).max(60).describe("Button text shown to the patient."),
            value: z.string().min(1).max(200).describe("Text sent back as the patient's answer when picked."),
          })
          .strict(),
      )
      .min(1)
      .max(6)
      .describe("One to six likely answers."),
  })
  .strict();
export type Choices = z.output<typeof ChoicesSchema>;

/** Where a drafted letter goes (the records office, the health plan, OCR), as far as the conversation knows it. */
export interface SendTo {
  name?: string;
  address?: string;
  fax?: string;
  email?: string;
  phone?: string;
  /** Where it can be sent online (OCR's complaint portal, a registry's page). */
  url?: string;
}

/** One way to get the letter: its format ("docx", "txt"; "pdf" with issue 18) and its signed link. */
export interface DocumentFormat {
  format: string;
  url: string;
}

/** A drafted document as the conversation shows it (the "send it" card). */
export interface DocumentCard {
  id: string;
  kind: string;
  title: string;
  /** The .docx link; kept beside `formats` for clients that read only it. */
  url: string;
  /** The plain-text link; kept beside `formats` for clients that read only it. */
  textUrl: string;
  expiresAt: string;
  /** Every format the server offers, in the order to show them (a new format is a new entry). */
  formats: DocumentFormat[];
  /** Where to send it, when the conversation knows (absent for a letter the patient hands to a service). */
  sendTo?: SendTo;
  /** YYYY-MM-DD: when the answer is due if the letter is sent today, under the rule that governs it. */
  dueIfSentToday?: string;
}

/** One fact a letter will carry, as the review before drafting shows it (in the conversation's language). */
export interface ReviewItem {
  /** The Intake fact it shows; a correction of it is read as an answer about this fact. */
  path: IntakePath;
  label: string;
  /** The value as the patient reads it, or the words for a blank the letter leaves to fill in. */
  value: string;
  /** False for what the patient cannot change here (the clinic's own published address). */
  editable: boolean;
  /** The letter has a blank here. */
  missing?: boolean;
}

/**
 * What a letter will say, shown before it is drafted (the data-review part). The patient confirms
 * it or corrects an item; `hash` is the stamp draftRequest checks, so a letter is drafted only from
 * facts the patient saw in a review of an earlier turn.
 */
export interface LetterReview {
  kind: DocumentKind;
  items: ReviewItem[];
  /** The confirm button's text, and the message it sends. */
  draftLabel: string;
  draftValue: string;
  /** SHA-256 (hex) of the kind and the letter's Intake facts when the review was shown. */
  hash: string;
}

/**
 * Sent when an LLM attempt that had already shown part of its reply failed: the client drops every
 * part of the message before this one (they were the failed attempt's), and the guide's answer
 * follows in the same response (src/conversation/withdraw.ts). Never stored.
 */
export interface Withdrawal {
  reason: "llm_failed";
}

/**
 * The request the patient says they sent (issue 20), with the dates the governing rule gives: the
 * widget shows it on the send-it card beside "Add to calendar" and "Text me a reminder".
 */
export interface TrackerCard {
  sentOn: string;
  sentVia?: "mail" | "fax" | "email" | "portal" | "in_person";
  /** YYYY-MM-DD: when the provider's time runs out. */
  dueOn: string;
  /** YYYY-MM-DD: the latest date if it takes the one extension the rule allows (equal to dueOn when none). */
  extendedDueOn: string;
  governedBy: "hipaa" | "state";
  /** True when text reminders can be set up here (Twilio is configured). */
  textReminders: boolean;
}
export type DataParts = {
  choices: Choices;
  document: DocumentCard;
  review: LetterReview;
  withdraw: Withdrawal;
  tracker: TrackerCard;
};
/** What an assistant message carries besides its parts, sent with its first chunk (run-turn's messageMetadata). */
export interface MessageMetadata {
  /** Which model answered ("guide", "openai"). */
  model?: string;
  createdAt?: string;
  /** The turn's language, decided once per turn (src/i18n/detect.ts); channels render fixed texts in it. */
  language?: Lang;
}
export type ChatMessage = UIMessage<MessageMetadata, DataParts>;
/** One chunk of a turn's UI message stream. */
export type ChatChunk = InferUIMessageChunk<ChatMessage>;

interface SessionDocument {
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
  /** The clinic the conversation was started for; a web request naming another (or none) cannot open it. */
  clinicId?: string;
  /**
   * SHA-256 (hex) of the secret handed to the web client that started it (src/sessions/credential.ts).
   * Absent for SMS and WhatsApp conversations, which the web routes therefore never open.
   */
  credentialHash?: string;
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

/** The public view of a session (GET /api/session): never its credential hash, clinic or lock. */
export function publicSession(s: Session) {
  return { id: s.id, intake: s.intake, messages: s.messages, documents: s.documents };
}
