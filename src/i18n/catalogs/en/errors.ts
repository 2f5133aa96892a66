// Error messages a patient may read (in the chat panel, or on opening an old letter link), in English.
// `{seconds}` is filled in when the message is used.

export const errors = {
  busy: "This conversation is busy. Send your message again in a moment.",
  replyInProgress:
    "A reply to an earlier message in this conversation is still being written. Send your message again in a moment.",
  rateLimited: "Too many messages. Wait {seconds} seconds and try again.",
  turnFailed: "Sorry, something went wrong on our side. Please send your message again.",
  replyNotSaved:
    "This reply could not be saved, so the conversation may not remember it. Please send your message again.",
  overloaded: "We are answering many conversations right now. Please send your message again in a few seconds.",
  storageUnavailable: "Our session storage is not responding. Please try again in a moment.",
  conversationGone: "This conversation could not be opened, so it cannot go on. Please start a new conversation.",
  conversationRestarted: "Your earlier conversation could not be opened, so this is a new one.",
  documentInvalid: "This document link is not valid. Ask the assistant to draft the document again.",
  documentExpired: "This document link has expired. Ask the assistant to draft it again.",
  documentGone: "This document is no longer available. Ask the assistant to draft it again.",
  conversationFull:
    "This conversation is full and cannot take more messages. Start a new conversation to keep going; save any letters you need from this one first.",
};

export type ErrorsCatalog = typeof errors;
