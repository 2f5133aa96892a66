// TwiML replies: one <Message> per text (SMS or WhatsApp), or an empty <Response/> when nothing must be sent.

// XML 1.0 forbids most control characters even when escaped; Twilio would reject the whole reply.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for an XML element body or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A TwiML document sending each non-empty text as its own message; none at all → `<Response/>`. */
export function twiml(messages: readonly string[]): string {
  const body = messages
    .filter((m) => m.trim().length > 0)
    .map((m) => `<Message>${escapeXml(m)}</Message>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>${body ? `<Response>${body}</Response>` : "<Response/>"}`;
}
