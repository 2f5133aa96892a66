// fast-check generators for the fuzz suite: valid-ish Intakes built from the zod enums, garbage,
// session ids, document tokens, chat bodies and Twilio forms.
import fc from "fast-check";
import {
  DELIVERIES,
  FORMATS,
  type Intake,
  PLANS,
  PORTAL_STATES,
  PRIOR_OUTCOMES,
  PROVIDER_STATUSES,
  PROVIDER_TYPES,
  PURPOSES,
  RECORD_KINDS,
  REQUESTERS,
  STATE_CODES,
} from "../../src/domain/intake.js";

/** Short text with at least one non-space character (what `text(max)` in the Intake accepts). */
const words = fc.oneof(
  fc.constantFrom("Maria Lopez", "Mercy General Hospital", "Dr. Priya Shah", "123 Main St, Austin TX", "José Núñez"),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
);
const phone = fc.stringMatching(/^\(?\d{3}\)?[ -]?\d{3}-\d{4}$/);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom("example.com", "clinic.example", "mail.example.org"))
  .map(([user, domain]) => `${user}@${domain}`);
const day = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dayOrYear = fc.oneof(day, fc.integer({ min: 1950, max: 2030 }).map(String));

/** An Intake every field of which is drawn from what the schema allows (so the schema should accept it). */
export const validIntake: fc.Arbitrary<Intake> = fc.record(
  {
    requester: fc.constantFrom(...REQUESTERS),
    patient: fc.record(
      {
        name: words,
        dateOfBirth: day,
        otherNames: fc.array(words, { maxLength: 3 }),
        phone,
        email,
        address: words,
        isMinor: fc.boolean(),
        isDeceased: fc.boolean(),
        age: fc.integer({ min: 0, max: 130 }),
        emancipated: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    state: fc.constantFrom(...STATE_CODES),
    provider: fc.record(
      {
        name: words,
        type: fc.constantFrom(...PROVIDER_TYPES),
        status: fc.constantFrom(...PROVIDER_STATUSES),
        portal: fc.constantFrom(...PORTAL_STATES),
        address: words,
        phone,
        fax: phone,
        email,
      },
      { requiredKeys: [] },
    ),
    records: fc.record(
      {
        kinds: fc.uniqueArray(fc.constantFrom(...RECORD_KINDS), { maxLength: 5 }),
        from: dayOrYear,
        to: dayOrYear,
        minorConsented: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    purpose: fc.constantFrom(...PURPOSES),
    neededBy: day,
    format: fc.constantFrom(...FORMATS),
    delivery: fc.constantFrom(...DELIVERIES),
    recipient: fc.record({ name: words, address: words, email, fax: phone }, { requiredKeys: [] }),
    insurer: fc.record({ name: words, plan: fc.constantFrom(...PLANS) }, { requiredKeys: [] }),
    providerCount: fc.integer({ min: 1, max: 500 }),
    priorRequest: fc.record(
      { sentOn: day, outcome: fc.constantFrom(...PRIOR_OUTCOMES), answeredOn: day, extensionNotice: fc.boolean() },
      { requiredKeys: [] },
    ),
    representative: fc.record({ name: words, phone, email, address: words }, { requiredKeys: [] }),
    confidential: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Intake>;

/** JSON values of any shape, including deep nesting, odd numbers and unicode. */
export const garbage: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** An Intake with one field broken: a wrong type, an unknown key, an out-of-range value. */
const brokenIntake: fc.Arbitrary<unknown> = fc
  .tuple(
    validIntake,
    fc.constantFrom(
      "requester",
      "state",
      "patient",
      "records",
      "providerCount",
      "neededBy",
      "representative",
      "confidential",
      "extra",
    ),
    garbage,
  )
  .map(([intake, key, value]) => ({ ...intake, [key]: value }));

/** Anything a caller might post as an Intake. */
export const anyIntake: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: validIntake },
  { weight: 2, arbitrary: brokenIntake },
  { weight: 1, arbitrary: garbage },
);

/** Session ids: valid ones, near misses (length, alphabet) and anything at all. */
export const sessionId: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,15}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{65,80}$/),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** What a patient might type: phrases the guide reads, numbers, unicode and noise. */
export const patientText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "I need my whole chart from the hospital in Texas",
    "they are my own records",
    "1",
    "2",
    "yes",
    "no",
    "Maria Lopez, March 4, 1980",
    "draft my letter",
    "what will it cost?",
    "start over",
    "Necesito mis registros médicos de Florida",
    "DELETE",
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc
    .array(
      fc.constantFrom("records", "Ohio", "my son", "x-rays", "12/8/1990", "closed", "retired", "insurance", "@", "5"),
      {
        maxLength: 12,
      },
    )
    .map((w) => w.join(" ")),
);

const part = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant("text"), text: patientText }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.string({ maxLength: 70 }), text: fc.option(fc.string(), { nil: undefined }) }),
  },
  { weight: 1, arbitrary: garbage },
);

const message = fc.record(
  {
    id: fc.string({ maxLength: 140 }),
    role: fc.oneof(fc.constant("user"), fc.constantFrom("assistant", "system", "tool", "")),
    parts: fc.array(part, { maxLength: 4 }),
    metadata: garbage,
  },
  { requiredKeys: ["role", "parts"] },
);

/** POST /api/chat bodies: { id, message } and { id, messages }, with clinics and extra keys. */
export const chatBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id: sessionId, message }, { requiredKeys: ["id"] }) },
  { weight: 2, arbitrary: fc.record({ id: sessionId, messages: fc.array(message, { maxLength: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      id: sessionId,
      message,
      clinic: fc.oneof(fc.constant("riverbend"), fc.string({ maxLength: 70 })),
    }),
  },
  { weight: 1, arbitrary: garbage },
);

/** Content types a client might send, right and wrong. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "application/jsonx",
      "",
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)) },
);

/** A body as sent on the wire: JSON of `value`, or text that is not JSON at all, or a huge one. */
export function wireBody(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: value.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 2, arbitrary: fc.string({ maxLength: 100 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "[1,", '{"id":', "null", "\u0000") },
    { weight: 1, arbitrary: fc.integer({ min: 65_000, max: 70_000 }).map((n) => `"${"a".repeat(n)}"`) },
  );
}

/** Printable ASCII: what a header value may hold. */
const headerText = (maxLength: number) => fc.string({ maxLength }).filter((s) => /^[\x20-\x7e]*$/.test(s));

/**
 * Authorization headers a client might send: noise, the wrong scheme, and well-formed session
 * tokens (`Bearer <id>.<secret>`) for ids and secrets nobody was given.
 */
export const authorization: fc.Arbitrary<string> = fc
  .oneof(
    headerText(120),
    fc.tuple(sessionId, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)).map(([id, secret]) => `Bearer ${id}.${secret}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/).map((id) => `Bearer ${id}`),
    fc.tuple(fc.constantFrom("Bearer ", "bearer\t", "Basic ", ""), headerText(80)).map(([a, b]) => a + b),
  )
  .filter((s) => /^[\x20-\x7e\t]*$/.test(s));

/** Extra headers that might confuse a route: origins, forwarded IPs, accept, credentials. */
export const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    origin: fc.constantFrom("http://127.0.0.1:8787", "https://evil.example", "null", "http://recordpath.test"),
    "cf-connecting-ip": fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.string({ maxLength: 20 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    ),
    accept: fc.constantFrom("*/*", "text/event-stream", "application/json", "text/html"),
    authorization,
  },
  { requiredKeys: [] },
);
