// The SMS channel: POST /sms/twilio, Twilio's inbound-message webhook. A thin adapter over the shared
// messaging handler: Twilio's signed form in, replies fitted to SMS segments (GSM-7 aware), TwiML out.
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import type { MessagingAdapter } from "./messaging/adapter.js";
import { type InboundOptions, inboundTextHandler } from "./messaging/inbound.js";
import { twilioInbound, twimlReply } from "./messaging/twilio.js";
import { renderReply, renderText } from "./sms/render.js";

// Phone numbers, short codes and channel addresses ("whatsapp:+1…"); never echoed back.
const ADDRESS = z.string().regex(/^[A-Za-z0-9:+@._-]{1,64}$/, "must be a phone number or messaging address");

/** SMS through Twilio: at most three texts of two segments each where the answer allows. */
const smsAdapter: MessagingAdapter = {
  channel: "sms",
  parseInbound: twilioInbound(ADDRESS),
  renderReply,
  renderText,
  reply: twimlReply,
};

export type SmsOptions = InboundOptions;

/** The SMS sub-app: POST /sms/twilio. */
export function smsRoutes(deps: AppDeps, options: SmsOptions = {}) {
  const app = new Hono();
  app.post("/sms/twilio", inboundTextHandler(deps, smsAdapter, options));
  return app;
}
