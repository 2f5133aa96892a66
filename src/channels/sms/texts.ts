// The SMS channel's own fixed replies (keywords, limits, timeouts), in English and Spanish. Each fits
// in one GSM-7 segment where the language allows.
import type { Language } from "./render.js";

type Phrase = Record<Language, string>;

export const TEXTS = {
  started: {
    en: "You're subscribed again. Text your question about medical records to continue. Reply STOP to opt out.",
    es: "Puede volver a escribirnos. Envíe su pregunta sobre registros médicos. Envíe STOP para darse de baja.",
  },
  help: {
    en: "recordpath helps you request your medical records. Text your question to continue. Reply DELETE to erase this chat, STOP to opt out.",
    es: "recordpath le ayuda a pedir sus registros médicos. Escriba su pregunta. Envíe BORRAR para borrar este chat o STOP para darse de baja.",
  },
  deleted: {
    en: "Done: this conversation and its documents are erased. Text us anytime to start over.",
    es: "Listo: borramos esta conversación y sus documentos. Escríbanos cuando quiera para empezar de nuevo.",
  },
  noText: {
    en: "I can only read text, not pictures or files. Please text your question in words.",
    es: "Solo puedo leer texto, no fotos ni archivos. Escriba su pregunta con palabras.",
  },
  empty: {
    en: "Your message was empty. Please text your question about medical records.",
    es: "Su mensaje llegó vacío. Escriba su pregunta sobre registros médicos.",
  },
  busy: {
    en: "One moment, I'm still answering your last message.",
    es: "Un momento, todavía estoy respondiendo su mensaje anterior.",
  },
  slow: {
    en: "Sorry, I'm still working on that. Please reply again in a minute.",
    es: "Perdón, sigo trabajando en eso. Responda de nuevo en un minuto.",
  },
  limited: {
    en: "You're sending messages faster than I can answer. Please wait a minute, then text again.",
    es: "Está enviando mensajes más rápido de lo que puedo responder. Espere un minuto y vuelva a escribir.",
  },
  failed: {
    en: "Sorry, something went wrong on our side. Please send your message again.",
    es: "Perdón, algo falló de nuestro lado. Envíe su mensaje de nuevo.",
  },
} satisfies Record<string, Phrase>;

export type TextKey = keyof typeof TEXTS;
