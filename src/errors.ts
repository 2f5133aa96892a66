// One error type and one JSON envelope for every route: { "error": { "code", "message" } }.
import type { z } from "zod";
import type { ErrorsCatalog } from "./i18n/catalogs/en/errors.js";
import type { Lang } from "./i18n/langs.js";

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  conversation_full: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message a patient may read, as a catalog entry (src/i18n/errors.ts words it in their language). */
export interface PatientMessage {
  key: keyof ErrorsCatalog;
  vars?: Record<string, string | number>;
  /** The conversation's language, when the error knows the conversation. */
  lang?: Lang;
}

/**
 * An error whose message is safe to show to the caller. Messages say what to fix and never carry
 * patient text, names, dates of birth or phone numbers.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Set for the messages a patient may read; `message` is then the English text. */
  readonly say?: PatientMessage;

  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}, say?: PatientMessage) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.headers = headers;
    if (say) this.say = say;
  }
}

/**
 * A setting is missing or malformed: the Worker answers 503 and logs which setting to fix. Thrown
 * at start-up by loadSettings and by the parsers of production secrets.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}

/** What a JSON type is called in a message that says what to send instead. */
const TYPE_WORDS: Record<string, string> = {
  string: "text in quotes",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "an object in { }",
};

/**
 * Whether a field was left out. zod v4 keeps the input in an issue only when parsed with
 * `reportInput: true` (it is tested here, never echoed); else its default message says "received undefined".
 */
function missing(issue: z.core.$ZodIssueInvalidType): boolean {
  return "input" in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** zod's own wording ("Too big: …", "Invalid input: …"): a schema's custom message says more, so it wins. */
const isDefaultMessage = (message: string) => /^(Too (big|small)|Invalid)\b/.test(message);

/**
 * Turns a zod error into one readable sentence naming each bad field and what is allowed.
 * Values the caller sent are never echoed back (they may be health information).
 */
export function describeZodError(error: z.ZodError, root = ""): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join(".");
    const where = path ? `${path}: ` : "";
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((k) => `${path ? `${path}.` : ""}${k}: unknown field (remove it)`).join("; ");
      case "invalid_value":
        return `${where}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      case "invalid_type":
        return `${where}${missing(issue) ? "is required" : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`}`;
      case "too_big":
        if (!isDefaultMessage(issue.message)) return `${where}${issue.message}`;
        if (issue.origin === "string") return `${where}is too long (at most ${String(issue.maximum)} characters)`;
        if (issue.origin === "array") return `${where}has too many entries (at most ${String(issue.maximum)})`;
        return `${where}must be at most ${String(issue.maximum)}`;
      case "too_small":
        if (!isDefaultMessage(issue.message)) return `${where}${issue.message}`;
        if (issue.origin === "string" && issue.minimum === 1) return `${where}must not be empty`;
        if (issue.origin === "string") return `${where}is too short (at least ${String(issue.minimum)} characters)`;
        if (issue.origin === "array")
          return `${where}needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? "entry" : "entries"}`;
        return `${where}must be at least ${String(issue.minimum)}`;
      default:
        return `${where}${issue.message}`;
    }
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : "";
  return `${parts.join("; ")}${more}.`;
}
