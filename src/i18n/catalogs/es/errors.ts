// Error messages a patient may read, in Spanish: the same keys as the English catalog.
import type { ErrorsCatalog } from "../en/errors.js";

export const errors: ErrorsCatalog = {
  busy: "Esta conversación está ocupada. Envíe su mensaje de nuevo en un momento.",
  replyInProgress:
    "Todavía estoy escribiendo la respuesta a un mensaje anterior de esta conversación. Envíe su mensaje de nuevo en un momento.",
  rateLimited: "Demasiados mensajes. Espere {seconds} segundos y vuelva a intentarlo.",
  turnFailed: "Perdón, algo falló de nuestro lado. Envíe su mensaje de nuevo.",
  replyNotSaved:
    "No se pudo guardar esta respuesta, así que la conversación puede no recordarla. Envíe su mensaje de nuevo.",
  overloaded: "Estamos atendiendo muchas conversaciones ahora. Envíe su mensaje de nuevo en unos segundos.",
  storageUnavailable: "Nuestro almacenamiento de conversaciones no responde. Inténtelo de nuevo en un momento.",
  conversationGone: "No se pudo abrir esta conversación, así que no puede continuar. Empiece una conversación nueva.",
  conversationRestarted: "No se pudo abrir su conversación anterior, así que esta es una nueva.",
  documentInvalid: "Este enlace al documento no es válido. Pida al asistente que prepare el documento de nuevo.",
  documentExpired: "Este enlace al documento venció. Pida al asistente que lo prepare de nuevo.",
  documentGone: "Este documento ya no está disponible. Pida al asistente que lo prepare de nuevo.",
  conversationFull:
    "Esta conversación está llena y no admite más mensajes. Empiece una conversación nueva para seguir; antes guarde las cartas que necesite de esta.",
};
