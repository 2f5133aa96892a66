// The text-message channels' style: every reply must fit in about two text messages (SMS), and
// WhatsApp, read on the same phone, gets the same brevity.

/** SMS-only rules, appended to the shared ones. */
export const SMS_STYLE =
  "SMS: at most 300 characters of plain text; no markdown, emoji or lists. Choices and a review's items are sent as numbered replies and letter links are sent for you.";

/** WhatsApp rules: as brief as SMS, without SMS's alphabet limits. */
export const WHATSAPP_STYLE =
  "WhatsApp: at most 300 characters of plain text; no markdown, tables or lists. Choices and a review's items are sent as numbered replies and letter links are sent for you.";
