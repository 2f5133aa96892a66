// The SMS channel's own words in Spanish: the same keys as the English catalog.
import type { SmsCatalog } from "../en/sms.js";

export const sms: SmsCatalog = {
  texts: {
    started: "Puede volver a escribirnos. Envíe su pregunta sobre registros médicos. Envíe STOP para darse de baja.",
    help: "recordpath le ayuda a pedir sus registros médicos. Escriba su pregunta. Envíe BORRAR para borrar este chat o STOP para darse de baja.",
    deleted: "Listo: borramos esta conversación y sus documentos. Escríbanos cuando quiera para empezar de nuevo.",
    noText: "Solo puedo leer texto, no fotos ni archivos. Escriba su pregunta con palabras.",
    empty: "Su mensaje llegó vacío. Escriba su pregunta sobre registros médicos.",
    busy: "Un momento, todavía estoy respondiendo su mensaje anterior.",
    slow: "Perdón, sigo trabajando en eso. Responda de nuevo en un minuto.",
    limited: "Está enviando mensajes más rápido de lo que puedo responder. Espere un minuto y vuelva a escribir.",
    failed: "Perdón, algo falló de nuestro lado. Envíe su mensaje de nuevo.",
    full: "Este chat está lleno. Guarde los enlaces a sus cartas y envíe BORRAR para borrarlo y empezar uno nuevo.",
  },
  notice: "Los SMS no van cifrados. Envíe BORRAR para borrar este chat.",
  whatsappNotice: "Este chat nos llega a través de Meta y Twilio. Envíe BORRAR para borrarlo cuando quiera.",
  replyPrompt: "Responda {list}.",
  or: "o",
  reviewPrompt: "Responda SÍ para redactarla, o envíe el número para cambiarlo.",
  reviewBlank: "en blanco",
  reviewLabels: {
    "provider.address": "Oficina",
    "patient.dateOfBirth": "Nacimiento",
    "priorRequest.sentOn": "Pedido el",
    requester: "Pide",
    "representative.name": "Su nombre",
  },
  letterLink: "Carta: ",
  textLink: "Texto: ",
};
