// Keywords for SMS and WhatsApp: the carrier opt-out and opt-in words, HELP, and our own DELETE. A
// keyword is the whole message (any case, surrounding spaces and a trailing full stop or "!"
// ignored), so a sentence that merely contains "stop" is still a conversation.

export type Keyword = "stop" | "start" | "help" | "delete";

const WORDS: Record<string, Keyword> = {
  STOP: "stop",
  STOPALL: "stop",
  UNSUBSCRIBE: "stop",
  CANCEL: "stop",
  END: "stop",
  QUIT: "stop",
  OPTOUT: "stop",
  REVOKE: "stop",
  START: "start",
  UNSTOP: "start",
  HELP: "help",
  INFO: "help",
  AYUDA: "help",
  DELETE: "delete",
  BORRAR: "delete",
};

/** The keyword this whole message is, or null for an ordinary message. */
export function keywordOf(body: string): Keyword | null {
  const word = body
    .trim()
    .replace(/[.!]+$/, "")
    .toUpperCase();
  return WORDS[word] ?? null;
}

/**
 * Twilio also treats YES as an opt-in. We only honour it from a phone that opted out: inside a
 * conversation "yes" is an answer.
 */
export function isOptInWhileStopped(body: string): boolean {
  return keywordOf(body) === "start" || /^\s*yes[.!]*\s*$/i.test(body);
}
