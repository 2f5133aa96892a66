// The clinic (tenant) record: who the assistant speaks for on a clinic's help page. Validated
// strictly so an admin's typo is named in the error instead of silently ignored.
import { z } from "zod";
import { ONE_LINE, ONE_LINE_MESSAGE } from "../domain/one-line.js";
import { LANGS, type Lang } from "../i18n/langs.js";

/** Lower-case letters, digits and dashes; this is what `data-clinic` carries in the embed code. */
export const CLINIC_ID = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "must be 1–64 lower-case letters, digits or '-' (not at the ends)");

const text = (max: number) => z.string().trim().min(1).max(max);
/** What a letter prints inside a sentence or after a label (the records office): one line, like the Intake's. */
const line = (max: number) => text(max).regex(ONE_LINE, ONE_LINE_MESSAGE);

const httpUrl = text(500).refine((v) => {
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}, "must be an http(s) URL");

/**
 * An origin exactly as a browser sends it in `Origin`: scheme, host and optional port, no path.
 * Anything else could never match, so it is an error rather than a silent no-op.
 */
const ORIGIN = text(200).refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "https:" || u.protocol === "http:") && u.origin === v;
  } catch {
    return false;
  }
}, "must be an origin like https://www.example.org (scheme and host, optional port, no path or trailing slash)");

/** A US number in E.164 (what Twilio puts in `To`). */
const PHONE_E164 = z.string().regex(/^\+1[2-9]\d{9}$/, "must be a US number in E.164 form, like +15035550100");

const RecordsOffice = z
  .object({
    name: line(120).optional(),
    phone: line(40).optional(),
    fax: line(40).optional(),
    email: z.email("must be an email address").max(200).optional(),
    address: line(300).optional(),
    hours: line(200).optional(),
  })
  .strict();

export const ClinicSchema = z
  .object({
    id: CLINIC_ID,
    name: text(120),
    allowedOrigins: z.array(ORIGIN).min(1).max(20),
    recordsOffice: RecordsOffice.optional(),
    portalUrl: httpUrl.optional(),
    requestFormUrl: httpUrl.optional(),
    fees: text(500).optional(),
    turnaroundDays: z.number().int().min(1).max(60).optional(),
    themeColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a hex colour like #1f6f5c")
      .optional(),
    greeting: z.partialRecord(z.enum(LANGS), text(500)).optional(),
    languages: z.array(z.enum(LANGS)).min(1).max(LANGS.length).default(["en"]),
    smsNumbers: z.array(PHONE_E164).max(10).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (new Set(c.languages).size !== c.languages.length)
      ctx.addIssue({ code: "custom", path: ["languages"], message: "must not repeat a language" });
    if (c.smsNumbers && new Set(c.smsNumbers).size !== c.smsNumbers.length) {
      ctx.addIssue({ code: "custom", path: ["smsNumbers"], message: "must not repeat a number" });
    }
  });

/** A validated clinic record. */
export type Clinic = z.output<typeof ClinicSchema>;

/** What the engine, the tools, the prompt and the letters know of a clinic: its public facts, no settings. */
export type ClinicFacts = Pick<
  Clinic,
  "name" | "recordsOffice" | "portalUrl" | "requestFormUrl" | "fees" | "turnaroundDays"
>;

/** The clinic's facts, without its id, origins, numbers or widget settings. */
export function clinicFacts(c: Clinic): ClinicFacts {
  return {
    name: c.name,
    ...(c.recordsOffice ? { recordsOffice: c.recordsOffice } : {}),
    ...(c.portalUrl ? { portalUrl: c.portalUrl } : {}),
    ...(c.requestFormUrl ? { requestFormUrl: c.requestFormUrl } : {}),
    ...(c.fees ? { fees: c.fees } : {}),
    ...(c.turnaroundDays ? { turnaroundDays: c.turnaroundDays } : {}),
  };
}

/** What the chat panel needs to look and greet like the clinic; nothing else leaves the server. */
export interface PanelConfig {
  clinic: string | null;
  name: string;
  themeColor: string;
  greeting: Partial<Record<Lang, string>>;
  languages: Lang[];
  /** The records office's phone, offered with every error so a patient can still reach a person. */
  recordsPhone?: string;
  /** How long a conversation is kept (the server's SESSION_TTL_HOURS), for the panel's privacy line. */
  ttlHours: number;
}

const DEFAULT_THEME = "#1d5fa8";

/** The panel's configuration for a clinic, or the generic assistant when there is none. */
export function panelConfig(c: Clinic | null, server: { ttlHours: number }): PanelConfig {
  const { ttlHours } = server;
  if (!c)
    return {
      clinic: null,
      name: "recordpath",
      themeColor: DEFAULT_THEME,
      greeting: {},
      languages: [...LANGS],
      ttlHours,
    };
  return {
    clinic: c.id,
    name: c.name,
    themeColor: c.themeColor ?? DEFAULT_THEME,
    greeting: c.greeting ?? {},
    languages: c.languages,
    ...(c.recordsOffice?.phone ? { recordsPhone: c.recordsOffice.phone } : {}),
    ttlHours,
  };
}
