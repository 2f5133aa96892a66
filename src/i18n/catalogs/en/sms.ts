import type { IntakePath } from "../../../domain/intake.js";

// The SMS channel's own words in English: its fixed replies, the privacy notice, the prompt after
// numbered options and the labels of a letter's links.

export const sms = {
  /** Fixed replies: keywords, limits, timeouts. Each fits in one GSM-7 segment where the language allows. */
  texts: {
    started: "You're subscribed again. Text your question about medical records to continue. Reply STOP to opt out.",
    help: "recordpath helps you request your medical records. Text your question to continue. Reply DELETE to erase this chat, STOP to opt out.",
    deleted: "Done: this conversation and its documents are erased. Text us anytime to start over.",
    noText: "I can only read text, not pictures or files. Please text your question in words.",
    empty: "Your message was empty. Please text your question about medical records.",
    busy: "One moment, I'm still answering your last message.",
    slow: "Sorry, I'm still working on that. Please reply again in a minute.",
    limited: "You're sending messages faster than I can answer. Please wait a minute, then text again.",
    failed: "Sorry, something went wrong on our side. Please send your message again.",
    full: "This chat is full. Save any letter links you need, then reply DELETE to erase it and start a new one.",
  },
  /** Opens the first reply of a conversation. */
  notice: "Texts are not encrypted. Reply DELETE anytime to erase this chat.",
  /** Opens the first WhatsApp reply: WhatsApp is end-to-end encrypted only as far as the business's provider. */
  whatsappNotice: "This chat reaches us through Meta and Twilio. Reply DELETE anytime to erase it.",
  /** After numbered options; {list} is "1, 2 or 3". */
  replyPrompt: "Reply {list}.",
  /** Joins the last two numbers of that list. */
  or: "or",
  /** After a review's numbered items (the letter's contents): how to confirm or change one. */
  reviewPrompt: "Reply YES to draft, or send the number to change.",
  /** A review item the letter leaves blank, in the summary's few words. */
  reviewBlank: "blank",
  /** The summary's shorter labels, by the fact an item shows (the web card's labels otherwise). */
  reviewLabels: {
    "provider.address": "Office",
    "patient.dateOfBirth": "Born",
    "priorRequest.sentOn": "Asked on",
    requester: "Asking",
  } as Partial<Record<IntakePath, string>>,
  /** Labels of a drafted letter's two links. */
  letterLink: "Letter: ",
  textLink: "Text: ",
};

export type SmsCatalog = typeof sms;
