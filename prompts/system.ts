// System prompts as typed builders, one per channel: the role, the rules, the channel's style and
// the clinic's facts. Nothing in them changes within a conversation, so with the tool schemas they
// are the prompt's stable prefix, which a provider's prompt cache serves; what changes each turn
// (date, language, case file, next step) is the case note after the transcript (case-note.ts).
import type { ClinicFacts } from "../src/domain/recommend.js";
import type { Channel } from "../src/sessions/session.js";
import { ROLE, RULES } from "./rules.js";
import { SMS_STYLE, WHATSAPP_STYLE } from "./sms.js";
import { WEB_STYLE } from "./web.js";

export interface PromptInput {
  channel: Channel;
  /** The clinic whose help page embeds the chat; its facts are the only contact details given. */
  clinic: ClinicFacts | null;
}

/** The clinic's own published facts, which the assistant may repeat. Empty without a clinic. */
function clinicLines(clinic: ClinicFacts | null): string[] {
  if (!clinic) return [];
  const office = clinic.recordsOffice ?? {};
  const facts = [
    office.phone && `phone ${office.phone}`,
    office.fax && `fax ${office.fax}`,
    office.email && `email ${office.email}`,
    office.address && `address ${office.address}`,
    clinic.portalUrl && `patient portal ${clinic.portalUrl}`,
    clinic.requestFormUrl && `request form ${clinic.requestFormUrl}`,
    clinic.fees && `fees: ${clinic.fees}`,
    clinic.turnaroundDays && `usual turnaround ${clinic.turnaroundDays} days`,
  ].filter((f): f is string => typeof f === "string" && f.length > 0);
  // The records may be another provider's: the clinic is the provider only if the patient says so.
  return [
    `You speak on the help page of ${clinic.name}.${facts.length ? ` Clinic facts you may share: ${facts.join("; ")}.` : ""} If no provider is named, ask if the records are its own; if so, provider.name is "${clinic.name}".`,
  ];
}

/** The shared rules, a channel's style and the clinic's facts. */
function channelPrompt(style: string, input: Omit<PromptInput, "channel">): string {
  return [ROLE, ...RULES.map((r) => `- ${r}`), style, ...clinicLines(input.clinic)].join("\n");
}

/** The system prompt of the web chat (also used by the headless API). */
export function webPrompt(input: Omit<PromptInput, "channel">): string {
  return channelPrompt(WEB_STYLE, input);
}

/** The system prompt of SMS: the shared rules plus SMS brevity. */
export function smsPrompt(input: Omit<PromptInput, "channel">): string {
  return channelPrompt(SMS_STYLE, input);
}

/** The system prompt for any channel (WhatsApp is as brief as SMS, without its alphabet limits). */
export function systemPrompt(input: PromptInput): string {
  if (input.channel === "sms") return smsPrompt(input);
  if (input.channel === "whatsapp") return channelPrompt(WHATSAPP_STYLE, input);
  return webPrompt(input);
}
