// The conversation side of a reminder (issue 20): the words of the due-date text and what happens
// once Twilio accepted it. The conversation helper's version puts "Did you get your records?" into
// the phone's conversation; this one only says it, so the clock can run on its own.
import type { AppDeps } from "../deps.js";
import type { Lang } from "../i18n/langs.js";
import type { CheckIn, Reminder } from "./reminder.js";

const TEXTS: Record<Lang, (dueOn: string) => string> = {
  en: (dueOn) =>
    `recordpath: your medical records request was due ${dueOn}. Did you get your records? Reply YES, PARTLY or NO.`,
  es: (dueOn) =>
    `recordpath: el plazo de su solicitud de expedientes médicos venció el ${dueOn}. ¿Recibió sus expedientes? Responda YES, PARTLY o NO.`,
};

export function createCheckIn(_deps: AppDeps): CheckIn {
  return {
    // Only the due date: nothing the patient told us about the provider or the records.
    text: (reminder: Reminder) => TEXTS[reminder.request.language](reminder.request.dueOn),
    // Replaced by the conversation helper's check-in, which records the question in the phone's
    // conversation so the answer is read against it. Until then a reply starts a normal turn.
    delivered: async () => {},
  };
}
