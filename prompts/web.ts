// The web chat's style: room for a short explanation, quick replies as buttons.

/** Web-only rules, appended to the shared ones. */
export const WEB_STYLE =
  "This is a web chat. Keep replies under about 120 words: short paragraphs or a short list, no headings. Quick replies from `offerChoices` show as buttons; download cards from `draftRequest` show by themselves.";
