// The guide's questions, one per Intake field it may ask about, in English and Spanish, each with
// quick replies whose values the extractor understands.
import type { Choices } from "../../sessions/session.js";

export type Lang = "en" | "es";

interface Question {
  text: Record<Lang, string>;
  options: Record<Lang, Array<[label: string, value: string]>>;
}

const SKIP: Record<Lang, [string, string]> = {
  en: ["Leave it blank", "I don't know"],
  es: ["Dejarlo en blanco", "No sé"],
};

export const QUESTIONS = {
  requester: {
    text: { en: "Who are the records for?", es: "¿De quién son los expedientes?" },
    options: {
      en: [
        ["Me", "They are my own records"],
        ["My child", "They are my child's records"],
        ["Someone I'm the health care agent for", "I have health care power of attorney"],
        ["Someone who died", "I am the executor of the estate"],
        ["Someone else", "They are a relative's records"],
      ],
      es: [
        ["Míos", "Son mis propios expedientes"],
        ["De mi hijo o hija", "Son los expedientes de mi hijo"],
        ["Tengo un poder médico", "Tengo un poder notarial médico"],
        ["De alguien que falleció", "Soy el albacea de la herencia"],
        ["De otra persona", "Son de un familiar"],
      ],
    },
  },
  state: {
    text: { en: "Which state did you get the care in?", es: "¿En qué estado recibió la atención médica?" },
    options: {
      en: [
        ["California", "California"],
        ["Texas", "Texas"],
        ["Florida", "Florida"],
        ["New York", "New York"],
        ["Another state", "Another state"],
      ],
      es: [
        ["California", "California"],
        ["Texas", "Texas"],
        ["Florida", "Florida"],
        ["Nueva York", "Nueva York"],
        ["Otro estado", "Otro estado"],
      ],
    },
  },
  "records.kinds": {
    text: { en: "Which records do you need?", es: "¿Qué expedientes necesita?" },
    options: {
      en: [
        ["Test results", "test results"],
        ["The whole chart", "the whole chart"],
        ["Shots / vaccines", "vaccine records"],
        ["X-rays and scans", "x-rays and scans"],
        ["Bills and claims", "bills and claims"],
        ["Therapy notes", "therapy notes"],
      ],
      es: [
        ["Resultados de análisis", "resultados de laboratorio"],
        ["Todo el expediente", "todo el expediente"],
        ["Vacunas", "registro de vacunas"],
        ["Radiografías", "radiografías y estudios de imagen"],
        ["Facturas", "facturas y reclamaciones"],
      ],
    },
  },
  "provider.status": {
    text: { en: "Is the doctor's office or hospital still open?", es: "¿El consultorio u hospital sigue abierto?" },
    options: {
      en: [
        ["Yes, it's open", "Yes, it is still open"],
        ["It closed", "The practice closed"],
        ["The doctor retired", "The doctor retired"],
        ["The doctor died", "The doctor passed away"],
        ["It merged or was bought", "The practice was bought by another group"],
        ["Not sure", "I don't know"],
      ],
      es: [
        ["Sí, está abierto", "Sí, sigue abierto"],
        ["Cerró", "El consultorio cerró"],
        ["El doctor se jubiló", "El doctor se jubiló"],
        ["El doctor falleció", "El doctor falleció"],
        ["Lo compraron", "Otro grupo compró el consultorio"],
        ["No sé", "No sé"],
      ],
    },
  },
  "provider.portal": {
    text: { en: "Can you log in to their patient portal?", es: "¿Puede entrar al portal de pacientes?" },
    options: {
      en: [
        ["Yes, I can log in", "Yes, I can log in to the portal"],
        ["I can't log in", "I can't log in to the portal"],
        ["They don't have one", "They don't have a portal"],
        ["Not sure", "I don't know"],
      ],
      es: [
        ["Sí, puedo entrar", "Sí, puedo entrar al portal"],
        ["No puedo entrar", "No puedo entrar al portal"],
        ["No tienen portal", "No tienen portal"],
        ["No sé", "No sé"],
      ],
    },
  },
  "insurer.plan": {
    text: { en: "What kind of health insurance do you have?", es: "¿Qué tipo de seguro médico tiene?" },
    options: {
      en: [
        ["Through work", "My insurance is through work"],
        ["Medicare", "Original Medicare"],
        ["Medicare Advantage", "Medicare Advantage"],
        ["Medicaid or CHIP", "Medicaid"],
        ["Marketplace plan", "A marketplace plan"],
        ["Not sure", "I don't know"],
      ],
      es: [
        ["Del trabajo", "Mi seguro es del trabajo"],
        ["Medicare", "Medicare original"],
        ["Medicare Advantage", "Medicare Advantage"],
        ["Medicaid o CHIP", "Medicaid"],
        ["Del mercado", "Un plan del mercado de seguros"],
        ["No sé", "No sé"],
      ],
    },
  },
  "priorRequest.sentOn": {
    text: {
      en: "About when did you send the earlier request?",
      es: "¿Más o menos cuándo envió la solicitud anterior?",
    },
    options: {
      en: [
        ["About 2 weeks ago", "about 2 weeks ago"],
        ["About a month ago", "about a month ago"],
        ["About 2 months ago", "about 2 months ago"],
        ["Not sure", "I don't know"],
      ],
      es: [
        ["Hace 2 semanas", "hace 2 semanas"],
        ["Hace un mes", "hace un mes"],
        ["Hace 2 meses", "hace 2 meses"],
        ["No sé", "No sé"],
      ],
    },
  },
  providerCount: {
    text: {
      en: "How many doctors or hospitals have records you need?",
      es: "¿Cuántos médicos u hospitales tienen expedientes que necesita?",
    },
    options: {
      en: [
        ["Just one", "just one provider"],
        ["2 or 3", "3 providers"],
        ["4 or more", "5 different providers"],
        ["Not sure", "I don't know"],
      ],
      es: [
        ["Solo uno", "solo un proveedor"],
        ["2 o 3", "3 proveedores"],
        ["4 o más", "5 proveedores"],
        ["No sé", "No sé"],
      ],
    },
  },
  purpose: {
    text: { en: "What are the records for?", es: "¿Para qué necesita los expedientes?" },
    options: {
      en: [
        ["A new doctor", "for my new doctor"],
        ["My own files", "for my own files"],
        ["A disability claim", "for a disability claim"],
        ["A legal matter", "for a lawsuit"],
        ["School or travel", "for school"],
      ],
      es: [
        ["Un doctor nuevo", "para mi nuevo doctor"],
        ["Para mí", "para mis archivos"],
        ["Discapacidad", "para un reclamo de discapacidad"],
        ["Asunto legal", "para una demanda"],
        ["Escuela o viaje", "para la escuela"],
      ],
    },
  },
  neededBy: {
    text: { en: "Do you need them by a certain date?", es: "¿Los necesita para una fecha?" },
    options: {
      en: [
        ["No rush", "no rush"],
        ["Within 2 weeks", "in two weeks"],
        ["Within a month", "in a month"],
      ],
      es: [
        ["Sin prisa", "sin prisa"],
        ["En 2 semanas", "en dos semanas"],
        ["En un mes", "en un mes"],
      ],
    },
  },
  "provider.type": {
    text: { en: "Is it a hospital or a doctor's office?", es: "¿Es un hospital o un consultorio?" },
    options: {
      en: [
        ["A hospital", "a hospital"],
        ["A doctor's office", "a doctor's office"],
        ["A clinic", "a clinic"],
        ["Something else", "other"],
      ],
      es: [
        ["Un hospital", "un hospital"],
        ["Un consultorio", "un consultorio médico"],
        ["Una clínica", "una clínica"],
        ["Otro", "otro"],
      ],
    },
  },
  recipient: {
    text: {
      en: "Who should get the records? Tell me their name, and their email, fax or address.",
      es: "¿Quién debe recibir los expedientes? Dígame su nombre y su correo, fax o dirección.",
    },
    options: {
      en: [SKIP.en, ["Send them to me", "send them to me"]],
      es: [SKIP.es, ["Envíenmelos a mí", "envíenmelos a mí"]],
    },
  },
  "patient.isMinor": {
    text: { en: "Is your child under 18?", es: "¿Su hijo o hija es menor de 18 años?" },
    options: {
      en: [
        ["Yes", "yes"],
        ["No, 18 or older", "no"],
      ],
      es: [
        ["Sí", "sí"],
        ["No, tiene 18 o más", "no"],
      ],
    },
  },
  // Letter facts: asked only once the patient wants a letter; "leave it blank" is always offered.
  "patient.name": {
    text: {
      en: "For the letter: what is the patient's full name and date of birth? (For example: Maria Lopez, March 4, 1980)",
      es: "Para la carta: ¿cuál es el nombre completo del paciente y su fecha de nacimiento? (Por ejemplo: María López, 4 de marzo de 1980)",
    },
    options: { en: [SKIP.en], es: [SKIP.es] },
  },
  "provider.name": {
    text: {
      en: "What is the name of the doctor's office or hospital?",
      es: "¿Cómo se llama el consultorio u hospital?",
    },
    options: { en: [SKIP.en], es: [SKIP.es] },
  },
  "insurer.name": {
    text: { en: "What is the name of your health plan?", es: "¿Cómo se llama su plan de salud?" },
    options: { en: [SKIP.en], es: [SKIP.es] },
  },
} satisfies Record<string, Question>;

export type Topic = keyof typeof QUESTIONS;

export function isTopic(field: string): field is Topic {
  return Object.hasOwn(QUESTIONS, field);
}

/** The question's text and its quick replies in the patient's language. */
export function question(topic: Topic, lang: Lang): { text: string; choices: Choices } {
  const q: Question = QUESTIONS[topic];
  return {
    text: q.text[lang],
    choices: { topic, options: q.options[lang].map(([label, value]) => ({ label, value })) },
  };
}
