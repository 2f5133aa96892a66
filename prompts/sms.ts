// The SMS channel's style: every reply must fit in about two text messages.

/** SMS-only rules, appended to the shared ones. */
export const SMS_STYLE =
  "This is an SMS conversation. Reply in at most 300 characters of plain text: no markdown, no emoji, no lists. `offerChoices` options are sent as numbered replies, so do not number them yourself. Document links from `draftRequest` are sent for you.";
