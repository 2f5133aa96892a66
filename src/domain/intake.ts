// The Intake (v1): the case file a conversation fills in. Shape fixed by DESIGN.md §5; strict so
// that an integrator's typo is a 400 naming the key, never a silently ignored field.
import { z } from "zod";
import { ONE_LINE, ONE_LINE_MESSAGE, oneLinePatch } from "./one-line.js";

/** USPS codes of the 50 states, DC and Puerto Rico (states.json covers all 52). */
export const STATE_CODES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "PR",
] as const;
export type StateCode = (typeof STATE_CODES)[number];

export const REQUESTERS = ["self", "parent", "guardian", "personal_representative", "executor", "other"] as const;
export const PROVIDER_TYPES = [
  "hospital",
  "clinic",
  "physician_practice",
  "specialist",
  "lab",
  "imaging_center",
  "behavioral_health",
  "dental",
  "pharmacy",
  "other",
] as const;
export const PROVIDER_STATUSES = ["open", "closed", "retired", "deceased", "merged", "bankrupt", "unknown"] as const;
export const PORTAL_STATES = ["active", "no_access", "none", "unknown"] as const;
export const RECORD_KINDS = [
  "full_chart",
  "visit_notes",
  "test_results",
  "imaging",
  "medications",
  "immunizations",
  "billing",
  "claims",
  "mental_health",
  "psychotherapy_notes",
  "substance_use",
  "dental",
  "other",
] as const;
export const PURPOSES = [
  "continuing_care",
  "second_opinion",
  "personal",
  "legal",
  "disability",
  "insurance",
  "school",
  "travel",
  "other",
] as const;
export const FORMATS = ["electronic", "paper"] as const;
export const DELIVERIES = ["portal", "email", "mail", "pickup", "fax", "third_party"] as const;
export const PLANS = [
  "employer",
  "marketplace",
  "medicare",
  "medicare_advantage",
  "medicaid",
  "chip",
  "va",
  "tricare",
  "none",
  "unknown",
] as const;
/** How the patient sent their request (issue 20's tracker: "I sent it"). */
export const SENT_VIA = ["mail", "fax", "email", "portal", "in_person"] as const;

export const PRIOR_OUTCOMES = ["pending", "no_response", "denied", "partial", "fee_dispute", "received"] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];
export type PathId = "portal" | "provider" | "insurer" | "state" | "retrieval_service";

/**
 * Every free-text Intake field is one line. Letters put these values inline: in a sentence
 * ("please mail the copy to {address}.", "{provider}, {address}"), after a label in a row, in the
 * addressee block. A line break there would split the sentence, and in the plain-text letter the
 * second line would stand unlabelled, free to pass for a heading or another field. That holds for
 * addresses too: written on one line, with commas ("12 Main St, Dayton, OH 45402").
 */
const oneLine = (max: number, what: string) =>
  z.string().trim().min(1).max(max).regex(ONE_LINE, ONE_LINE_MESSAGE).describe(`${what} One line.`);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use a date in the form YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "not a real calendar date",
  );
/** Record ranges also accept a bare year ("2015"). */
const dateOrYear = z.union([z.string().regex(/^\d{4}$/, "use YYYY or YYYY-MM-DD"), isoDate]);

const PatientSchema = z
  .object({
    name: oneLine(200, "The patient's full legal name."),
    dateOfBirth: isoDate.describe("Date of birth, YYYY-MM-DD."),
    otherNames: z.array(oneLine(200, "A former or other name.")).max(10).describe("Former or other names."),
    phone: oneLine(40, "Phone number."),
    email: z.string().trim().email("use a valid email address").max(254).describe("Email address."),
    address: oneLine(500, "Mailing address."),
    isMinor: z.boolean().describe("True if the patient is under 18."),
    isDeceased: z.boolean().describe("True if the patient has died."),
    age: z.number().int().min(0).max(130).describe("The patient's age in years, when the date of birth is not given."),
    emancipated: z.boolean().describe("True if the patient is a minor who is legally emancipated (or married)."),
  })
  .partial()
  .strict();

const ProviderSchema = z
  .object({
    name: oneLine(200, "Name of the provider or facility holding the records."),
    type: z.enum(PROVIDER_TYPES).describe("Kind of provider."),
    status: z
      .enum(PROVIDER_STATUSES)
      .describe("Whether the practice is still open; bankrupt: in a bankruptcy case (a trustee holds the records)."),
    portal: z.enum(PORTAL_STATES).describe("The patient's access to the provider's online portal."),
    address: oneLine(500, "Records office address."),
    phone: oneLine(40, "Records office phone."),
    fax: oneLine(40, "Records office fax."),
    email: z.string().trim().email("use a valid email address").max(254).describe("Records office email."),
  })
  .partial()
  .strict();

const RecordsSchema = z
  .object({
    kinds: z.array(z.enum(RECORD_KINDS)).max(RECORD_KINDS.length).describe("Which records are wanted."),
    from: dateOrYear.describe("Start of the date range (YYYY or YYYY-MM-DD)."),
    to: dateOrYear.describe("End of the date range (YYYY or YYYY-MM-DD)."),
    minorConsented: z
      .boolean()
      .describe(
        "True if the records are of care the patient consented to alone as a minor (e.g. STI testing, counseling).",
      ),
  })
  .partial()
  .strict();

const RecipientSchema = z
  .object({
    name: oneLine(200, "Who should receive the records (third-party directive)."),
    address: oneLine(500, "Recipient's address."),
    email: z.string().trim().email("use a valid email address").max(254).describe("Recipient's email."),
    fax: oneLine(40, "Recipient's fax."),
  })
  .partial()
  .strict();

/** The requester's own details when someone else asks for the patient (a parent, agent, executor). */
const RepresentativeSchema = z
  .object({
    name: oneLine(200, "Full name of the person asking for the patient (not the patient)."),
    phone: oneLine(40, "The requester's own phone number."),
    email: z.string().trim().email("use a valid email address").max(254).describe("The requester's own email."),
    address: oneLine(500, "The requester's own mailing address."),
  })
  .partial()
  .strict();

const InsurerSchema = z
  .object({
    name: oneLine(200, "Name of the health plan."),
    plan: z.enum(PLANS).describe("Kind of health coverage."),
  })
  .partial()
  .strict();

const PriorRequestSchema = z
  .object({
    sentOn: isoDate.describe("When the earlier request was sent, YYYY-MM-DD."),
    sentVia: z.enum(SENT_VIA).describe("How the request was sent: mail, fax, email, the portal or in person."),
    outcome: z.enum(PRIOR_OUTCOMES).describe("What happened to the earlier request."),
    answeredOn: isoDate.describe(
      "Date of the provider's answer (the denial letter, fee quote or partial copy), YYYY-MM-DD.",
    ),
    extensionNotice: z
      .boolean()
      .describe(
        "True if the provider sent a written notice, within its first 30 days, taking its one 30-day extension.",
      ),
  })
  .partial()
  .strict();

export const IntakeSchema = z
  .object({
    requester: z.enum(REQUESTERS).describe("Who is asking: the patient or someone acting for them."),
    patient: PatientSchema,
    state: z.enum(STATE_CODES).describe("USPS code of the state where the care happened."),
    provider: ProviderSchema,
    records: RecordsSchema,
    purpose: z.enum(PURPOSES).describe("Why the records are needed."),
    neededBy: isoDate.describe("Date the records are needed by, YYYY-MM-DD."),
    format: z.enum(FORMATS).describe("Electronic or paper copies."),
    delivery: z.enum(DELIVERIES).describe("How the copies should be delivered."),
    recipient: RecipientSchema,
    insurer: InsurerSchema,
    providerCount: z.number().int().min(1).max(500).describe("How many providers hold records the patient needs."),
    priorRequest: PriorRequestSchema,
    representative: RepresentativeSchema,
    confidential: z
      .boolean()
      .describe(
        "True if the patient asks that copies and messages about the request reach only them (45 CFR 164.522(b)).",
      ),
  })
  .partial()
  .strict();

export type Intake = z.infer<typeof IntakeSchema>;

const NESTED = ["patient", "provider", "records", "recipient", "insurer", "priorRequest", "representative"] as const;

/**
 * Merges a validated patch into an intake: nested objects merge field by field, arrays and
 * scalars replace. A `null` in the patch clears that field (used for corrections).
 */
export function mergeIntake(base: Intake, patch: IntakePatch): Intake {
  // A session saved before text fields had to be one line (they live SESSION_TTL_HOURS) may hold a
  // line break: put it on one line rather than fail every later patch of that conversation.
  const out: Record<string, unknown> = { ...(oneLinePatch(base) as Intake) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete out[key];
    } else if ((NESTED as readonly string[]).includes(key) && typeof value === "object" && !Array.isArray(value)) {
      const merged: Record<string, unknown> = { ...((out[key] as object | undefined) ?? {}) };
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null) delete merged[k];
        else merged[k] = v;
      }
      if (Object.keys(merged).length === 0) delete out[key];
      else out[key] = merged;
    } else if (value !== undefined) {
      out[key] = value;
    }
  }
  return IntakeSchema.parse(out);
}

/** A change to the intake: any Intake field, where `null` clears it. */
export type IntakePatch = {
  [K in keyof Intake]?: Intake[K] extends object | undefined
    ? Intake[K] extends unknown[] | undefined
      ? Intake[K] | null
      : { [F in keyof NonNullable<Intake[K]>]?: NonNullable<Intake[K]>[F] | null } | null
    : Intake[K] | null;
};

/** Schema for patches: the Intake's fields, each nullable so a correction can clear it. */
export const IntakePatchSchema = z
  .object({
    requester: IntakeSchema.shape.requester.nullable(),
    patient: nullableFields(PatientSchema),
    state: IntakeSchema.shape.state.nullable(),
    provider: nullableFields(ProviderSchema),
    records: nullableFields(RecordsSchema),
    purpose: IntakeSchema.shape.purpose.nullable(),
    neededBy: IntakeSchema.shape.neededBy.nullable(),
    format: IntakeSchema.shape.format.nullable(),
    delivery: IntakeSchema.shape.delivery.nullable(),
    recipient: nullableFields(RecipientSchema),
    insurer: nullableFields(InsurerSchema),
    providerCount: IntakeSchema.shape.providerCount.nullable(),
    priorRequest: nullableFields(PriorRequestSchema),
    representative: nullableFields(RepresentativeSchema),
    confidential: IntakeSchema.shape.confidential.nullable(),
  })
  .partial()
  .strict();

function nullableFields<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = (field as z.ZodType).nullable();
  }
  return z.object(shape).partial().strict().nullable();
}

/** Fields inside the nested objects, each as "object.field"; top-level fields as their own name. */
type PathsOf<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? K
    : NonNullable<T[K]> extends object
      ? `${K}.${keyof NonNullable<T[K]> & string}`
      : K;
}[keyof T & string];

/**
 * Every fact an Intake can hold, as a path ("patient.dateOfBirth"): what a question asks about and
 * what a letter's blank is waiting for. Checked against IntakeSchema by test/domain/intake.test.ts.
 */
export const INTAKE_PATHS = [
  "requester",
  "patient.name",
  "patient.dateOfBirth",
  "patient.otherNames",
  "patient.phone",
  "patient.email",
  "patient.address",
  "patient.isMinor",
  "patient.isDeceased",
  "patient.age",
  "patient.emancipated",
  "state",
  "provider.name",
  "provider.type",
  "provider.status",
  "provider.portal",
  "provider.address",
  "provider.phone",
  "provider.fax",
  "provider.email",
  "records.kinds",
  "records.from",
  "records.to",
  "records.minorConsented",
  "purpose",
  "neededBy",
  "format",
  "delivery",
  "recipient.name",
  "recipient.address",
  "recipient.email",
  "recipient.fax",
  "insurer.name",
  "insurer.plan",
  "providerCount",
  "priorRequest.sentOn",
  "priorRequest.sentVia",
  "priorRequest.outcome",
  "priorRequest.answeredOn",
  "priorRequest.extensionNotice",
  "representative.name",
  "representative.phone",
  "representative.email",
  "representative.address",
  "confidential",
] as const satisfies ReadonlyArray<PathsOf<Intake>>;

export type IntakePath = (typeof INTAKE_PATHS)[number];

/** The Intake paths a patch sets or clears; clearing a whole object clears every path under it. */
export function patchPaths(patch: IntakePatch): IntakePath[] {
  return Object.entries(patch).flatMap(([key, value]) => {
    const under = INTAKE_PATHS.filter((p) => p === key || p.startsWith(`${key}.`));
    if (value === null || typeof value !== "object" || Array.isArray(value)) return under;
    return under.filter((p) => Object.hasOwn(value, p.slice(key.length + 1)));
  });
}
