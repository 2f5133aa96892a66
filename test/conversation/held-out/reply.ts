// What the patient can read in one assistant reply: its text, its questions, its quick replies, and
// whether it recommends, drafts a letter, or asks to confirm the letter's contents first.
import type { ChatMessage } from "../../../src/sessions/session.js";

export interface ReadReply {
  /** What the patient reads (web: the text parts; SMS: the texts sent back). */
  text: string;
  /** Its sentences with a question mark (numbered options left out). */
  questions: string[];
  /** What the patient answers: its questions, or when quick replies come without one, its last line. */
  prompt: string[];
  /** Quick-reply labels (web) or numbered options (SMS). */
  choices: string[];
  /** A recommendPath result with ranked paths is in the reply. */
  recommended: boolean;
  /** A tool call in the reply failed (an error output or an error result). */
  toolFailed: boolean;
  /** A drafted document (a data-document part) is in the reply. */
  document: boolean;
  /** The reply asks the patient to review or confirm what will go into the letter. */
  review: boolean;
  /** The turn failed: an HTTP error, a stream error, or an error text shown to the patient. */
  error?: string;
}

/**
 * A review before drafting, as text (until it exists as its own part): "before I draft", "does this
 * look right", "¿está todo bien?"…
 */
const REVIEW_PROMPT =
  /before I (draft|write|prepare)|here is what (will go|goes) in|(look|looks) right\??|is (this|that|everything|all of this) (right|correct)|anything to (change|correct|fix)|antes de (redactar|preparar|escribir)|¿(est[áa]|es) (todo )?(bien|correcto)|revise (los datos|la informaci[óo]n)/i;
/** What a reply says when its turn broke: a stack-trace word or an apology for a failed step. */
const ERROR_TEXT =
  /TypeError|ReferenceError|something went wrong|internal error|had trouble with|algo sali[óo] mal|tuve un problema/i;
/** A numbered quick reply as SMS shows it ("2) Texas"). */
const OPTION_LINE = /^\d+\) /;

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[?.!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !OPTION_LINE.test(s));

/** The sentences of `text` that ask something. */
function questionsIn(text: string): string[] {
  return sentencesOf(text).filter((s) => s.includes("?") || s.includes("¿"));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Reads a web reply from its assembled UI message. */
export function readMessage(message: ChatMessage | undefined, text: string, choices: string[]): ReadReply {
  const parts = message?.parts ?? [];
  const output = (p: (typeof parts)[number]) => ("output" in p && isRecord(p.output) ? p.output : undefined);
  const recommended = parts.some((p) => p.type === "tool-recommendPath" && Array.isArray(output(p)?.paths));
  const toolFailed = parts.some(
    (p) =>
      p.type.startsWith("tool-") && (("state" in p && p.state === "output-error") || output(p)?.error !== undefined),
  );
  const document = parts.some((p) => p.type === "data-document");
  const reviewPart = parts.some((p) => /^data-.*(review|confirm)/i.test(p.type));
  const questions = questionsIn(text);
  const last = sentencesOf(text).at(-1);
  const reply: ReadReply = {
    text,
    questions,
    prompt: questions.length > 0 || choices.length === 0 || !last ? questions : [last],
    choices,
    recommended,
    toolFailed,
    document,
    review: !document && (reviewPart || REVIEW_PROMPT.test(text)),
  };
  if (ERROR_TEXT.test(text)) reply.error = "error text in the reply";
  return reply;
}

/** The reply of a turn that failed before the patient could read anything. */
export function failedReply(error: string): ReadReply {
  return {
    text: "",
    questions: [],
    prompt: [],
    choices: [],
    recommended: false,
    toolFailed: false,
    document: false,
    review: false,
    error,
  };
}
