// The clinic (tenant) record: who the assistant speaks for on a clinic's help page. Validated
// strictly so an admin's typo is named in the error instead of silently ignored.
import { z } from "zod";
import { ONE_LINE, ONE_LINE_MESSAGE } from "../domain/one-line.js";
import { isLang, LANGS, type Lang } from "../i18n/langs.js";
import { DEFAULT_THEME } from "../widget/contrast.js";
import { LOGO_MAX_BYTES, LOGO_TYPES, type LogoType, logoBytes, logoBytesMatch } from "./logo.js";

export { LOGO_MAX_BYTES, LOGO_TYPES } from "./logo.js";

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
}, "must be a full web address starting with https:// (or http://), like https://www.example.org/records");

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

const LOGO_TOO_LARGE = `is too large: at most ${LOGO_MAX_BYTES / 1024} KB as an image. Save it smaller (for example 160×160 pixels, or as WebP) and upload it again`;
const LOGO_NAMES: Record<LogoType, string> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
};
const ClinicLogo = z
  .object({
    type: z.enum(LOGO_TYPES),
    data: z
      .base64("must be the image's bytes in base64 (the settings page does this for you)")
      .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, LOGO_TOO_LARGE),
  })
  .strict()
  .superRefine((logo, ctx) => {
    // Only a readable, small enough image is worth checking further (one message per problem).
    if (!z.base64().safeParse(logo.data).success || logo.data.length > Math.ceil(LOGO_MAX_BYTES / 3) * 4) return;
    if (logoBytes(logo.data) > LOGO_MAX_BYTES)
      ctx.addIssue({ code: "custom", path: ["data"], message: LOGO_TOO_LARGE });
    else if (!logoBytesMatch(logo.type, logo.data))
      ctx.addIssue({
        code: "custom",
        path: ["data"],
        message: `is not a ${LOGO_NAMES[logo.type]} image (its first bytes say otherwise): set logo.type to the image's real type, or save it as PNG, JPEG or WebP`,
      });
  });

const RecordsOffice = z
  .object({
    name: line(120).optional(),
    phone: line(40).optional(),
    fax: line(40).optional(),
    email: z.email("must be an email address, like records@example.org").max(200).optional(),
    address: line(300).optional(),
    hours: line(200).optional(),
  })
  .strict();

/**
 * Text per language ({ "en": …, "es": … }). A key that is not a language recordpath speaks is named
 * as such (not as an "unknown field"), with the codes to use.
 */
function perLanguage<T extends z.ZodType>(value: T) {
  return z
    .record(z.string(), value)
    .superRefine((byLang, ctx) => {
      for (const key of Object.keys(byLang))
        if (!isLang(key))
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `is not a language recordpath speaks: use ${LANGS.map((l) => `"${l}"`).join(" or ")}`,
          });
    })
    .transform((byLang) => byLang as Partial<Record<Lang, z.output<T>>>);
}

export const ClinicSchema = z
  .object({
    id: CLINIC_ID,
    name: text(120),
    allowedOrigins: z.array(ORIGIN).min(1, 'needs at least one website, like ["https://www.example.org"]').max(20),
    recordsOffice: RecordsOffice.optional(),
    portalUrl: httpUrl.optional(),
    requestFormUrl: httpUrl.optional(),
    fees: text(500).optional(),
    turnaroundDays: z.number().int().min(1).max(60).optional(),
    themeColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a hex colour like #1f6f5c")
      .optional(),
    // A plain string is the English greeting (what a clinic writing JSON by hand most often sends).
    greeting: z.preprocess((v) => (typeof v === "string" ? { en: v } : v), perLanguage(text(500))).optional(),
    /** Up to four quick replies the panel offers before the first message, per language (they are sent as typed). */
    starters: perLanguage(z.array(line(60)).min(1).max(4)).optional(),
    /** A small logo shown in the panel's header (clinics/logo.ts checks its type and size). */
    logo: ClinicLogo.optional(),
    languages: z.array(z.enum(LANGS)).min(1).max(LANGS.length).default(["en"]),
    smsNumbers: z.array(PHONE_E164).max(10).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (new Set(c.languages).size !== c.languages.length)
      ctx.addIssue({ code: "custom", path: ["languages"], message: "must not repeat a language (list each once)" });
    if (c.smsNumbers && new Set(c.smsNumbers).size !== c.smsNumbers.length) {
      ctx.addIssue({ code: "custom", path: ["smsNumbers"], message: "must not repeat a number (list each once)" });
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
  /** The clinic's own first quick replies, per language (else the catalog's). */
  starters?: Partial<Record<Lang, string[]>>;
  /** The header's logo: our /embed/logo/ URL (or a data: URL in the settings page's preview). */
  logoUrl?: string;
  /** The settings page's live preview: nothing is stored or sent. */
  preview?: boolean;
}

/**
 * Where the panel loads the clinic's logo: versioned by a hash of its bytes, so the route can let
 * browsers keep it and a new logo is a new URL.
 */
export function logoUrl(c: Pick<Clinic, "id" | "logo">): string | undefined {
  if (!c.logo) return undefined;
  let h = 0x811c9dc5;
  for (let i = 0; i < c.logo.data.length; i++) h = Math.imul(h ^ c.logo.data.charCodeAt(i), 0x01000193);
  return `/embed/logo/${c.id}?v=${(h >>> 0).toString(16)}`;
}

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
    ...(c.starters ? { starters: c.starters } : {}),
    ...(c.logo ? { logoUrl: logoUrl(c) } : {}),
  };
}
