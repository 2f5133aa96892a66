// The seam between a messaging channel (SMS, WhatsApp) and the shared inbound handler: how the
// channel reads its webhook, fits a turn into its own message budget, and answers.
import type { Context } from "hono";
import type { AppDeps } from "../../deps.js";
import type { ChatMessage, MessagingChannel } from "../../sessions/session.js";

/** One inbound message, verified and parsed. Addresses are keyed by HMAC, never stored or logged. */
export interface InboundText {
  /** The patient's address ("+1…", "whatsapp:+1…"). */
  from: string;
  /** Our number or sender that received it. */
  to: string;
  body: string;
  /** The provider's message id: a redelivery carries the same one. */
  messageId: string;
  /** Attachments (pictures, files) that came with it; only the text is read. */
  mediaCount: number;
}

interface RenderOptions {
  /** Adds the channel's one-line privacy notice (the first reply of a conversation). */
  notice: boolean;
}

export interface MessagingAdapter {
  /** The session channel; also names this channel's log events and store keys. */
  channel: MessagingChannel;
  /** Checks the request comes from the provider and parses it; throws AppError (403, 415, 400) otherwise. */
  parseInbound(c: Context, deps: AppDeps): Promise<InboundText>;
  /** An assistant turn as outgoing messages within the channel's budget, choices numbered. */
  renderReply(message: ChatMessage, options: RenderOptions): string[];
  /** Fixed text (HELP) as outgoing messages within the same budget. */
  renderText(text: string): string[];
  /** The HTTP answer that sends `messages`; none sends nothing. */
  reply(c: Context, messages: readonly string[]): Response;
}
