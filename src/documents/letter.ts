// The neutral letter model: every letter kind builds one, and both renderers (docx, text) read it,
// so the two versions of a letter can never say different things.
import type { IntakePath } from "../domain/intake.js";
import type { DocumentKind } from "../domain/recommendation.js";

/**
 * Plain text, or a marked blank for a fact we do not have (never invented); `from` names the Intake
 * facts that would fill the blank, when the Intake holds such a fact at all.
 */
export type Run = { text: string; bold?: boolean } | { blank: string; optional?: boolean; from?: IntakePath[] };

export type Block =
  | { type: "heading"; text: string }
  | { type: "paragraph"; runs: Run[] }
  | { type: "table"; rows: Array<{ label: string; value: Run[] }> }
  | { type: "list"; items: Run[][]; ordered?: boolean }
  | { type: "signature"; name: Run[]; capacity?: Run[] }
  /** The sender's or the addressee's block: one Run[] per line. */
  | { type: "address"; role: "sender" | "addressee"; lines: Run[][] }
  /** The letter's date, as printed. */
  | { type: "date"; text: string }
  /** The boxed summary at the top: who, what records and dates, format, where to send, respond by. */
  | { type: "summary"; rows: Array<{ label: string; value: Run[] }> }
  /** What is sent with the letter, after the signature. */
  | { type: "enclosures"; items: Run[][] };

export interface Letter {
  kind: DocumentKind;
  title: string;
  blocks: Block[];
  /** Notes for the patient, rendered apart from the letter and never sent. */
  guidance: string[];
  /** Labels of required facts left blank, in order of first appearance. */
  blanks: string[];
  /** The Intake facts whose absence left those blanks, in the same order: what to ask before drafting. */
  needs: IntakePath[];
  /** YYYY-MM-DD the summary's "Please respond by" row states; absent when it cannot be computed. */
  respondBy?: string;
  /** A Spanish page explaining the English letter (issue 18), rendered after the notes on its own page. */
  explanation?: { lang: "es"; title: string; paragraphs: string[] };
}

/** How a blank reads in both renderings: one convention everywhere. */
export function blankText(run: { blank: string; optional?: boolean }): string {
  return run.optional ? `[if known: ${run.blank}]` : `[fill in: ${run.blank}]`;
}

export const t = (text: string, bold = false): Run => (bold ? { text, bold } : { text });
/** A blank; `from` names the Intake facts that would fill it. */
export const blank = (label: string, ...from: IntakePath[]): Run =>
  from.length > 0 ? { blank: label, from } : { blank: label };
export const optionalBlank = (label: string): Run => ({ blank: label, optional: true });

/** A known value as text, or a blank labelled `label` that the Intake facts `from` would fill. */
export function val(value: string | undefined | null, label: string, ...from: IntakePath[]): Run {
  return value ? { text: value } : blank(label, ...from);
}

export const p = (...runs: Array<Run | string>): Block => ({
  type: "paragraph",
  runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)),
});
export const h = (text: string): Block => ({ type: "heading", text });

/** Assembles a Letter and collects its required blanks, so callers can ask for what is missing. */
export function finishLetter(
  kind: DocumentKind,
  title: string,
  blocks: Block[],
  guidance: string[],
  respondBy?: string,
): Letter {
  const blanks: string[] = [];
  const needs: IntakePath[] = [];
  const note = (runs: Run[] | undefined) => {
    for (const r of runs ?? []) {
      if (!("blank" in r) || r.optional) continue;
      if (!blanks.includes(r.blank)) blanks.push(r.blank);
      for (const path of r.from ?? []) if (!needs.includes(path)) needs.push(path);
    }
  };
  for (const b of blocks) {
    if (b.type === "paragraph") note(b.runs);
    else if (b.type === "table" || b.type === "summary") for (const row of b.rows) note(row.value);
    else if (b.type === "address") for (const line of b.lines) note(line);
    else if (b.type === "enclosures") for (const item of b.items) note(item);
    else if (b.type === "list") for (const item of b.items) note(item);
    else if (b.type === "signature") {
      note(b.name);
      note(b.capacity);
    }
  }
  return respondBy
    ? { kind, title, blocks, guidance, blanks, needs, respondBy }
    : { kind, title, blocks, guidance, blanks, needs };
}
