// The web chat's style: room for a short explanation, quick replies as buttons.

/** Web-only rules, appended to the shared ones. */
export const WEB_STYLE =
  "Web chat: under 120 words, short paragraphs or lists, no headings. Choices show as buttons and letters as download cards.";
