// What a Spanish-speaking patient is told about a drafted letter: the letter stays English (a US
// records office reads English), so each blank is named in Spanish beside the letter's own words, and
// one paragraph explains what the letter asks and what to do with it.
import type { DocumentKind } from "../../recommendation.js";
import type { letters as enLetters, LetterFacts } from "../en/letters.js";

/** Every blank label the letters use (src/documents), in Spanish. */
const BLANKS: Readonly<Record<string, string>> = {
  "a copy of your first request, if you kept one": "una copia de su primera solicitud, si la guardó",
  "date of birth": "fecha de nacimiento",
  "date of the denial": "fecha de la negativa",
  "date the response was due": "fecha en que vencía la respuesta",
  "date you sent your request": "fecha en que envió su solicitud",
  "document showing your legal authority for the patient": "documento que muestra su autoridad legal sobre el paciente",
  "electronic or paper copy": "copia electrónica o en papel",
  "email address": "correo electrónico",
  "expiration date or event (for example, one year after signing)":
    "fecha o hecho en que vence (por ejemplo, un año después de firmar)",
  "expiration date, event or condition (for example, one year after signing)":
    "fecha, hecho o condición en que vence (por ejemplo, un año después de firmar)",
  "fax number for the copy": "número de fax para la copia",
  "group number": "número de grupo",
  "health care agent or guardian": "agente con poder médico o tutor legal",
  "health plan name": "nombre del plan de salud",
  "health plan's mailing address, fax or email (see your member ID card)":
    "dirección postal, fax o correo electrónico del plan de salud (vea su tarjeta de miembro)",
  "how you want to receive the copy (portal, email, mail or pickup)":
    "cómo quiere recibir la copia (portal, correo electrónico, correo postal o en persona)",
  "letters testamentary or of administration, or the document state law requires":
    "cartas testamentarias o de administración, o el documento que pida la ley del estado",
  "mailing address": "dirección postal",
  "member ID number (on your insurance card)": "número de miembro (en su tarjeta del seguro)",
  "member's full legal name": "nombre legal completo del miembro",
  "mother's maiden name (registries use it to match records)":
    "apellido de soltera de la madre (los registros lo usan para encontrar el historial)",
  "name of the person or organization receiving the records":
    "nombre de la persona u organización que recibe los expedientes",
  "name of the service or person receiving the records":
    "nombre del servicio o de la persona que recibe los expedientes",
  "parent or guardian": "padre, madre o tutor legal",
  "parent's or guardian's full name, only if state law required their consent to the treatment":
    "nombre completo del padre, la madre o el tutor, solo si la ley del estado pidió su permiso para el tratamiento",
  "patient's full legal name": "nombre legal completo del paciente",
  "phone number": "teléfono",
  "phone number or email": "teléfono o correo electrónico",
  "provider or facility name": "nombre del proveedor o del centro",
  "provider's address": "dirección del proveedor",
  "provider's phone": "teléfono del proveedor",
  "provider's records office address": "dirección de la oficina de expedientes del proveedor",
  "recipient's email, fax or address": "correo electrónico, fax o dirección de quien recibe los expedientes",
  "recipient's name": "nombre de quien recibe los expedientes",
  "records office address, fax or email": "dirección, fax o correo electrónico de la oficina de expedientes",
  "registry's mailing address, fax or email": "dirección postal, fax o correo electrónico del registro",
  sex: "sexo",
  "substance use disorder program's name": "nombre del programa de tratamiento por alcohol o drogas",
  "the health care power of attorney in effect, or the court order appointing you guardian":
    "el poder médico en vigor, o la orden del tribunal que le nombra tutor legal",
  "the other records you want": "los otros expedientes que quiere",
  "the patient's date of birth (a parent acts only for a patient under 18)":
    "fecha de nacimiento del paciente (un padre o una madre solo actúa por un menor de 18 años)",
  "the program's address": "dirección del programa",
  "the reason the denial gave, in its own words": "el motivo que dio la negativa, con sus propias palabras",
  "their address, email or fax": "su dirección, correo electrónico o fax",
  "their address, fax or email": "su dirección, fax o correo electrónico",
  "what happened after you sent the request": "qué pasó después de enviar la solicitud",
  "what is still missing from what you received": "qué falta todavía de lo que recibió",
  "what you have received so far, if anything": "lo que ha recibido hasta ahora, si recibió algo",
  "what you were told about your request (a denial, and its date)":
    "qué le dijeron sobre su solicitud (una negativa, y su fecha)",
  "when and how you asked for the records": "cuándo y cómo pidió los expedientes",
  "where the last shots were given": "dónde le pusieron las últimas vacunas",
  "which records you want (for example: complete record, visit notes, test results, imaging)":
    "qué expedientes quiere (por ejemplo: el expediente completo, notas de consultas, resultados de análisis, imágenes)",
  "which substance use disorder information may be disclosed (for example: dates of treatment, diagnosis, medications)":
    "qué información del tratamiento por alcohol o drogas se puede compartir (por ejemplo: fechas del tratamiento, diagnóstico, medicamentos)",
  "your authority after the patient's death": "su autoridad después de la muerte del paciente",
  "your authority after the patient's death (executor or administrator of the estate, or the person state law names)":
    "su autoridad después de la muerte del paciente (albacea o administrador de la herencia, o la persona que nombre la ley del estado)",
  "your full name (the person asking)": "su nombre completo (quien pide)",
  "your mailing address": "su dirección postal",
  "your full name (the person signing)": "su nombre completo (quien firma)",
  "your legal authority for the patient (health care power of attorney in effect, or guardianship)":
    "su autoridad legal sobre el paciente (un poder médico en vigor, o una tutela)",
  "your phone number": "su teléfono",
  "your relationship to the patient": "su relación con el paciente",
  "your relationship to the patient and your legal authority": "su relación con el paciente y su autoridad legal",
  "your state's immunization registry": "el registro de vacunas de su estado",
};

/** "the date 15 business days after you sent it": the follow-up letter's due date, counted by its rule. */
const DUE_AFTER = /^the date (\d+) (business|calendar) days after you sent it$/;

function blankInSpanish(label: string): string | undefined {
  const due = DUE_AFTER.exec(label);
  if (due) return `la fecha ${due[1]} días ${due[2] === "business" ? "hábiles" : "calendario"} después de enviarla`;
  return BLANKS[label];
}

const AFTER =
  "La carta está en inglés porque es para una oficina de Estados Unidos. Revísela, complete los espacios marcados «[fill in: …]», fírmela y guarde una copia.";

const EXPLAIN: Record<DocumentKind, (f: LetterFacts) => string> = {
  access_request: (f) =>
    `Esta carta le pide a ${f.provider ?? "la oficina de expedientes"} una copia de sus expedientes médicos, con su derecho de acceso de HIPAA (45 CFR 164.524). Dice qué expedientes quiere, cómo quiere recibirlos y que solo pueden cobrarle un precio basado en el costo. Tienen ${f.days} para responder desde que la reciben. ${AFTER} Envíela de una forma que pueda probar (fax, correo electrónico o correo certificado) y anote la fecha.`,
  third_party_directive: (f) =>
    `Esta carta le pide a ${f.provider ?? "su proveedor"} que envíe una copia electrónica de sus expedientes directamente a ${f.recipient ?? "la persona que usted nombra"} (45 CFR 164.524(c)(3)(ii)). El proveedor debe seguirla para las copias electrónicas de lo que guarda en forma electrónica, y el precio de esas copias lo fija la ley del estado. ${AFTER}`,
  insurer_request: (f) =>
    `Esta carta le pide a ${f.insurer ?? "su plan de salud"} su historial de reclamaciones y pagos, que es parte de lo que el plan guarda sobre usted (45 CFR 164.524). Tienen ${f.days} para responder desde que la reciben. ${AFTER}`,
  immunization_request: () =>
    `Esta carta le pide al registro de vacunas del estado una copia de su historial de vacunas. ${AFTER} Envíela al registro del estado donde le pusieron las últimas vacunas.`,
  retrieval_authorization: (f) =>
    `Esta es una autorización HIPAA (45 CFR 164.508): le permite a ${f.recipient ?? "un servicio de expedientes"} pedir sus expedientes a sus proveedores. Dice qué expedientes, para qué y cuándo vence, y usted puede cancelarla por escrito cuando quiera. ${AFTER}`,
  follow_up: (f) =>
    `Esta carta de seguimiento le recuerda a ${f.provider ?? "la oficina de expedientes"} su solicitud anterior y le pide que responda, o que corrija el cobro si ese es el problema. Si no responden, puede quejarse ante la Oficina de Derechos Civiles (OCR) del HHS. ${AFTER}`,
  ocr_complaint: (f) =>
    `Esta es una queja ante la Oficina de Derechos Civiles (OCR) del HHS contra ${f.provider ?? "el proveedor"}, porque no le dieron sus expedientes como pide la ley. Puede presentarla en ocrportal.hhs.gov o enviarla por correo, dentro de los 180 días desde que supo del problema (45 CFR 160.306(b)(3)). ${AFTER}`,
  review_request: (f) =>
    `Esta carta le pide a ${f.provider ?? "el proveedor"} que otro profesional con licencia, que no participó en la negativa, revise la decisión de negarle los expedientes (45 CFR 164.524(a)(4)). El proveedor debe seguir lo que decida esa persona. ${AFTER}`,
  part2_consent: (f) =>
    `Este es un consentimiento de la Parte 2 (42 CFR 2.31): permite que el programa de tratamiento por alcohol o drogas comparta esos expedientes con ${f.recipient ?? "la persona que usted nombra"}. Dice qué información, para qué y cuándo vence, y usted puede cancelarlo. ${AFTER}`,
};

export const letters: typeof enLetters = {
  blank: (label) => {
    const spanish = blankInSpanish(label);
    // The English words too, so the patient can find the spot in the letter.
    return spanish ? `${spanish} («${label}»)` : `«${label}»`;
  },
  explain: (kind, facts) => EXPLAIN[kind](facts),
  notesLabel: "En español: ",
};
