// One-line text: what a one-line Intake field refuses, and how the guide turns a patient's
// multi-line answer into one line instead of having it refused.
import type { IntakePatch } from "./intake.js";

/**
 * What a one-line field accepts: no CR, LF, U+2028/U+2029, tab or other control character (C0,
 * DEL, C1). Written with \u escapes so the JSON Schema `pattern` a model sees is portable.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

/** The message a one-line field gives after its path: it says what to fix. */
export const ONE_LINE_MESSAGE = "must be one line: remove line breaks, tabs and control characters";

const LINE_BREAKS = /[\r\n\u2028\u2029]+/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tabs and other control characters become spaces.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * `value` on one line: its lines joined by `separator`, control characters and runs of spaces as
 * one space. Joined with ", ", a line's own trailing comma is not doubled ("12 Main St," + "Dayton").
 */
export function oneLineText(value: string, separator = " "): string {
  return value
    .split(LINE_BREAKS)
    .map((line) => line.replace(CONTROLS, " ").replace(/ {2,}/g, " ").trim())
    .map((line) => (separator.trim() ? line.replace(/[,;]+$/, "") : line))
    .filter((line) => line !== "")
    .join(separator);
}

/**
 * The patch with every text value on one line: an address's lines joined with commas (that is how
 * it is written on one line), any other value's with a space. Enums, dates, numbers and nulls pass
 * through unchanged (they hold no line breaks to collapse).
 */
export function oneLinePatch(patch: IntakePatch): IntakePatch {
  const line = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return oneLineText(value, key === "address" ? ", " : " ");
    if (Array.isArray(value)) return value.map((v) => line(v, key));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, line(v, k)]));
    return value;
  };
  return line(patch, "") as IntakePatch;
}
