// The WhatsApp channel: POST /whatsapp/twilio, Twilio's inbound-message webhook for a WhatsApp
// sender. The same signed form, keywords and TwiML as SMS; replies follow WhatsApp's length rule.
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import type { MessagingAdapter } from "./messaging/adapter.js";
import { type InboundOptions, inboundTextHandler } from "./messaging/inbound.js";
import { twilioInbound, twimlReply } from "./messaging/twilio.js";
import { renderWhatsAppReply, renderWhatsAppText } from "./whatsapp/render.js";

// Twilio marks WhatsApp by the address itself; an SMS number pointed here is refused, not answered as WhatsApp.
const WHATSAPP_ADDRESS = z
  .string()
  .regex(
    /^whatsapp:\+[1-9]\d{6,14}$/,
    "must be a WhatsApp address (whatsapp:+ and the number); SMS goes to /sms/twilio",
  );

/** WhatsApp through Twilio: Unicode as it is, one message of up to 1,600 characters per reply. */
const whatsappAdapter: MessagingAdapter = {
  channel: "whatsapp",
  parseInbound: twilioInbound(WHATSAPP_ADDRESS),
  renderReply: renderWhatsAppReply,
  renderText: renderWhatsAppText,
  reply: twimlReply,
};

/** The WhatsApp sub-app: POST /whatsapp/twilio. */
export function whatsappRoutes(deps: AppDeps, options: InboundOptions = {}) {
  const app = new Hono();
  app.post("/whatsapp/twilio", inboundTextHandler(deps, whatsappAdapter, options));
  return app;
}
