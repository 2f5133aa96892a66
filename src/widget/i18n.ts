// The panel's interface text in English and Spanish, and the choice of language: the patient's
// own pick first, then the browser's languages, then the clinic's first language.
import type { Language } from "../clinics/schema.js";

/** The interface languages, as clinic records list them. */
export type Lang = Language;

const en = {
  title: "Medical records help",
  launcher: "Medical records help",
  close: "Close chat",
  delete: "Delete my conversation",
  deleteConfirm: "Delete this conversation and any letters drafted in it? This cannot be undone.",
  deleteYes: "Yes, delete it",
  cancel: "Cancel",
  deleted: "Your conversation was deleted. You can start again any time.",
  switchLang: "Español",
  switchLangLabel: "Cambiar a español",
  conversation: "Conversation",
  message: "Your message",
  placeholder: "Type your message…",
  send: "Send",
  typing: "The assistant is typing…",
  quickReplies: "Quick replies",
  known: "What I know so far",
  knownEmpty: "Nothing yet. Answer a question or two and it will show here.",
  you: "You",
  assistant: "Assistant",
  greeting:
    "Hi! I help you get copies of medical records: I find the fastest way, explain your rights and draft the request letter.",
  starters: [
    ["I need my medical records", "I need my medical records"],
    ["Records for my child", "I need my child's medical records"],
    ["My doctor's office closed", "My doctor's office closed and I need my records"],
  ] as Array<[string, string]>,
  recommended: "Recommended",
  why: "Why",
  steps: "What to do",
  timeline: "How long",
  cost: "Cost",
  source: "Source",
  toConfirm: "To confirm",
  toConfirmHint: "We are not certain of this; check it with the records office or the source.",
  otherOptions: "Other options",
  nextSteps: "If there is no answer or a denial",
  notes: "Good to know",
  document: "Your letter is ready",
  docx: "Download (Word .docx)",
  txt: "Plain text",
  expires: "Link works until",
  error: "Something went wrong. Please try again.",
  busy: "Still answering your last message. Try again in a moment.",
  offline: "We could not reach the assistant. Check your connection and try again.",
  disclaimer: "Not legal or medical advice.",
};

export type Strings = typeof en;

const es: Strings = {
  title: "Ayuda con expedientes médicos",
  launcher: "Ayuda con expedientes médicos",
  close: "Cerrar el chat",
  delete: "Borrar mi conversación",
  deleteConfirm: "¿Borrar esta conversación y las cartas preparadas en ella? No se puede deshacer.",
  deleteYes: "Sí, borrarla",
  cancel: "Cancelar",
  deleted: "Su conversación fue borrada. Puede empezar de nuevo cuando quiera.",
  switchLang: "English",
  switchLangLabel: "Switch to English",
  conversation: "Conversación",
  message: "Su mensaje",
  placeholder: "Escriba su mensaje…",
  send: "Enviar",
  typing: "El asistente está escribiendo…",
  quickReplies: "Respuestas rápidas",
  known: "Lo que sé hasta ahora",
  knownEmpty: "Nada todavía. Responda una o dos preguntas y aparecerá aquí.",
  you: "Usted",
  assistant: "Asistente",
  greeting:
    "¡Hola! Le ayudo a obtener copias de sus expedientes médicos: busco la forma más rápida, le explico sus derechos y preparo la carta de solicitud.",
  starters: [
    ["Necesito mis expedientes", "Necesito mis expedientes médicos"],
    ["Expedientes de mi hijo", "Necesito los expedientes médicos de mi hijo"],
    ["El consultorio cerró", "El consultorio de mi médico cerró y necesito mis expedientes"],
  ],
  recommended: "Recomendado",
  why: "Por qué",
  steps: "Qué hacer",
  timeline: "Cuánto tarda",
  cost: "Costo",
  source: "Fuente",
  toConfirm: "Por confirmar",
  toConfirmHint: "No estamos seguros de esto; confírmelo con la oficina de expedientes o la fuente.",
  otherOptions: "Otras opciones",
  nextSteps: "Si no responden o lo niegan",
  notes: "Es bueno saber",
  document: "Su carta está lista",
  docx: "Descargar (Word .docx)",
  txt: "Texto simple",
  expires: "El enlace funciona hasta",
  error: "Algo salió mal. Inténtelo de nuevo.",
  busy: "Todavía estoy respondiendo su último mensaje. Inténtelo en un momento.",
  offline: "No pudimos comunicarnos con el asistente. Revise su conexión e inténtelo de nuevo.",
  disclaimer: "No es asesoría legal ni médica.",
};

export const STRINGS: Record<Lang, Strings> = { en, es };

/** The interface language: a stored pick if the clinic offers it, else the browser's, else the clinic's first. */
export function pickLanguage(offered: readonly string[], stored: string | null, browser: readonly string[]): Lang {
  const ok = (l: string | null | undefined): l is Lang => (l === "en" || l === "es") && offered.includes(l);
  if (ok(stored)) return stored;
  for (const b of browser) {
    const base = b.toLowerCase().split("-")[0];
    if (ok(base)) return base;
  }
  const first = offered.find((l) => ok(l));
  return first === "es" ? "es" : "en";
}
