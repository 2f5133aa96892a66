// What a patch read from the patient's words may not record: a letter command or a quick reply as a
// name ("Write It", "Sí, Por Favor"), or the patient's own name as the signer's. Pure functions of
// the patch, the Intake and the message, applied before the guide records anything.
import type { Intake, IntakePatch } from "../../domain/intake.js";
import { fold } from "../../i18n/fold.js";
import { tablesOf } from "../../i18n/lexicons/index.js";
import type { Extraction } from "./extract.js";
import { allMatches, compile } from "./text.js";

/**
 * The person signing for the patient is not the patient: the patient's own name given again to "what
 * is your own name?" is not the representative's, so it is not recorded (it is left for the review).
 */
export function withoutPatientAsSigner(patch: IntakePatch, intake: Intake): IntakePatch {
  const signer = patch.representative?.name;
  const patient = patch.patient?.name ?? intake.patient?.name;
  if (!signer || !patient || fold(signer).low !== fold(patient).low) return patch;
  const { name: _name, ...rest } = patch.representative!;
  const out: IntakePatch = { ...patch };
  if (Object.keys(rest).length > 0) out.representative = rest;
  else delete out.representative;
  return out;
}

/**
 * Asked for the signer's own name, the patient's name again (the extractor already set it aside):
 * the reply says whose name that is rather than that it could not be read.
 */
export function repeatsPatientName(said: string, lastTopic: string | undefined, intake: Intake): boolean {
  const patient = intake.patient?.name;
  if (lastTopic !== "representative.name" || !patient) return false;
  return ` ${plainWords(said)} `.includes(` ${plainWords(patient)} `);
}

/** Intents that make a message a command or a reply, never a name ("write it", "sí, por favor", "thx"). */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  "draft",
  "yes",
  "no",
  "thanks",
  "unsure",
  "restart",
  "another_letter",
]);
/** The Intake's free-text name fields, by record. */
const NAMED = ["patient", "provider", "recipient", "representative", "insurer"] as const;

/**
 * The phrases of the letter commands, to find the words a command took up ("thanks" is left out:
 * "ty" is also a first name).
 */
const COMMAND_INTENTS: ReadonlySet<string> = new Set(["draft", "restart", "another_letter"]);
const COMMANDS = compile(...tablesOf("intents")).filter(([intent]) => COMMAND_INTENTS.has(intent));

/** Lower-case words without accents or punctuation, space-separated. */
const plainWords = (t: string) =>
  fold(t)
    .low.replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The words of `said` inside a command's phrase ("just write the letter" → write, the, letter). */
function commandWords(said: string): Set<string> {
  const low = fold(said).low;
  const spans = allMatches(COMMANDS, low).map((m) => low.slice(m.index, m.end));
  return new Set(spans.flatMap((span) => plainWords(span).split(" ")).filter(Boolean));
}

/**
 * A command is not a name: when the message is a letter command or a quick reply and a name field
 * reads as the whole message, or takes a word of the command, the name is dropped (the question
 * stays open).
 */
export function withoutCommandAsName(patch: IntakePatch, read: Extraction, said: string): IntakePatch {
  if (![...read.intents].some((i) => NOT_A_NAME.has(i))) return patch;
  const whole = plainWords(said);
  const taken = commandWords(said);
  const out: IntakePatch = { ...patch };
  for (const key of NAMED) {
    const part = out[key];
    if (!part?.name) continue;
    const name = plainWords(part.name);
    if (name !== whole && !name.split(" ").some((w) => taken.has(w))) continue;
    const { name: _name, ...rest } = part;
    if (Object.keys(rest).length > 0) (out as Record<string, unknown>)[key] = rest;
    else delete out[key];
  }
  return out;
}
