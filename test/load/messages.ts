// One patient's ten messages, shared by the load and overload runs: facts, questions about rights,
// the letter's review, then its yes (a drafted letter).
import { draftLetterReply, draftReviewedReply, quickReply } from "../support/quick-replies.js";

export const MESSAGES = [
  "I need my whole chart from the hospital where I had surgery in Texas",
  quickReply("requester", 1),
  "Mercy General Hospital in Austin",
  "Maria Lopez, March 4, 1980",
  "It is for a second opinion",
  "Electronic copies by email please",
  "How much can they charge me?",
  "How long do they have to answer?",
  draftLetterReply(),
  draftReviewedReply(),
] as const;
