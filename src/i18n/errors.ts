// Errors a patient may read, in their language: the conversation's when the error knows it, else the
// request's Accept-Language (the chat panel sends its own language), else English.
import { AppError, type ErrorCode, type PatientMessage } from "../errors.js";
import type { ErrorsCatalog } from "./catalogs/en/errors.js";
import { CATALOGS, fill } from "./catalogs/index.js";
import { acceptedTags, DEFAULT_LANG, firstOffered, type Lang } from "./langs.js";

export type PatientErrorKey = keyof ErrorsCatalog;

/**
 * An AppError whose message is a catalog entry: `message` is the English text (logs, integrators),
 * and the error handler words it for the patient.
 */
export function patientError(
  code: ErrorCode,
  key: PatientErrorKey,
  options: { vars?: Record<string, string | number>; lang?: Lang; headers?: Record<string, string> } = {},
): AppError {
  const say: PatientMessage = {
    key,
    ...(options.vars ? { vars: options.vars } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  return new AppError(code, fill(CATALOGS.en.errors[key], options.vars), options.headers ?? {}, say);
}

/** The message in the conversation's language when known, else the first of Accept-Language we speak. */
export function patientText(say: PatientMessage, acceptLanguage: string | undefined): string {
  const lang = say.lang ?? firstOffered(acceptedTags(acceptLanguage)) ?? DEFAULT_LANG;
  return fill(CATALOGS[lang].errors[say.key], say.vars);
}
