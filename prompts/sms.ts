// The SMS channel's style: every reply must fit in about two text messages.

/** SMS-only rules, appended to the shared ones. */
export const SMS_STYLE =
  "SMS: at most 300 characters of plain text; no markdown, emoji or lists. Choices are sent as numbered replies and letter links are sent for you.";
