// Twilio's inbound-message webhook, shared by SMS and WhatsApp: the signed form is checked first
// (fail closed), its fields become an InboundText, and the answer is TwiML.
import type { Context } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.js";
import { AppError, describeZodError } from "../../errors.js";
import { MAX_MESSAGE_CHARS } from "../web.js";
import type { InboundText } from "./adapter.js";
import { formParams, signedUrl, verifyTwilioSignature } from "./signature.js";
import { twiml } from "./twiml.js";

const TWILIO_SID = /^[A-Z]{2}[0-9a-f]{32}$/i;

const FORBIDDEN = "The request is not signed by Twilio with this service's auth token.";

/**
 * Reads the form and checks X-Twilio-Signature before anything else is looked at. Fails closed:
 * no TWILIO_AUTH_TOKEN, no signature or a wrong one are all 403.
 */
async function signedForm(c: Context, deps: AppDeps): Promise<URLSearchParams> {
  const token = deps.settings.TWILIO_AUTH_TOKEN;
  const signature = c.req.header("x-twilio-signature");
  if (!token || !signature) throw new AppError("forbidden", FORBIDDEN);
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the webhook as a form with Content-Type: application/x-www-form-urlencoded.",
    );
  }
  // Decoded by hand: workerd warns when .text() reads a body whose type is a form.
  const form = new URLSearchParams(new TextDecoder().decode(await c.req.arrayBuffer()));
  const url = signedUrl(c.req.url, deps.settings.PUBLIC_BASE_URL);
  if (!(await verifyTwilioSignature({ authToken: token, url, params: formParams(form), signature }))) {
    throw new AppError("forbidden", FORBIDDEN);
  }
  return form;
}

/** The webhook fields we read; `address` is the channel's rule for From and To (never echoed back). */
function inboundSchema(address: z.ZodString) {
  return z
    .object({
      MessageSid: z.string().regex(TWILIO_SID, "must be a Twilio message SID"),
      From: address,
      To: address,
      Body: z.string().max(MAX_MESSAGE_CHARS).default(""),
      NumMedia: z
        .string()
        .regex(/^\d{1,2}$/, "must be a number")
        .default("0")
        .transform(Number),
    })
    .loose();
}

/** A parser for Twilio's webhook whose From and To must match `address`. */
export function twilioInbound(address: z.ZodString): (c: Context, deps: AppDeps) => Promise<InboundText> {
  const schema = inboundSchema(address);
  return async (c, deps) => {
    const form = await signedForm(c, deps);
    const fields: Record<string, string> = {};
    for (const [key, value] of form) fields[key] ??= value;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) throw new AppError("invalid_input", describeZodError(parsed.error));
    const { MessageSid, From, To, Body, NumMedia } = parsed.data;
    return { messageId: MessageSid, from: From, to: To, body: Body, mediaCount: NumMedia };
  };
}

/** Answers the webhook with TwiML that sends each text as its own message. */
export function twimlReply(c: Context, messages: readonly string[]): Response {
  return c.body(twiml(messages), 200, { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" });
}
