// explainRights' topics in Spanish: fees, deadlines, format, denials, sending to others and special
// records (who may ask and minors are in who.ts).
import type { rights as en } from "../en/rights.js";

export const rights: typeof en = {
  fees: {
    costBased:
      "Por su propia copia, un proveedor solo puede cobrar un precio razonable basado en el costo: el trabajo de copiar, los materiales (papel, o un CD o una memoria USB si usted la pide), el envío si pide que se la manden por correo, y un resumen solo si usted aceptó antes el resumen y su precio.",
    noSearch:
      "No pueden cobrar por buscar los expedientes, aunque la ley del estado lo permita, y no pueden cobrar por página en las copias electrónicas de expedientes electrónicos.",
    flat: "En lugar de calcular el costo, un proveedor puede cobrar una tarifa fija de no más de $6.50 por copias electrónicas de lo que guarda en forma electrónica. Esa cifra es una guía del HHS, no un límite para todo cobro.",
    upFront:
      "El proveedor debe decirle antes cuánto le va a cobrar más o menos, y no puede negarle ni retrasar sus expedientes porque usted debe dinero por la atención.",
    portalFree: "Ver y descargar sus expedientes en el portal de pacientes es gratis.",
    thirdParty:
      "Cuando los expedientes van directo a otra persona (un abogado, una aseguradora, un servicio), el límite de cobro de HIPAA no aplica y el precio lo fija la ley del estado. Lo más barato: pida su propia copia con la tarifa para pacientes y envíela usted.",
    stateRuleForOthers: (state) => `Regla de cobros de ${state}, que aplica a las copias enviadas a otra persona: `,
    stateCap: (state) => `Límite de cobros de ${state}: `,
    hipaaStillApplies:
      " Por su propia copia, sigue aplicando el límite de HIPAA basado en el costo cuando es más bajo.",
    noStateCap: (state, caveat) =>
      `No encontramos un límite de cobros en ${state}; por su propia copia aplica el límite de HIPAA basado en el costo.${caveat ? ` ${caveat}` : ""}`,
    disability:
      "Muchos estados dan copias gratis o más baratas para reclamos de discapacidad del Seguro Social o de SSI. Pregunte en la oficina de expedientes.",
  },
  deadlines: {
    hipaaOuter:
      "El plazo máximo de HIPAA es de 30 días calendario, con una sola extensión de 30 días y solo si le avisan por escrito dentro de los primeros 30 días.",
    clockStarts:
      "El plazo empieza a contar cuando el proveedor recibe su solicitud, así que guarde una prueba de cuándo la envió.",
    dueBy: (sentOn, dueOn, extendedDueOn) =>
      `Contando desde el ${sentOn}, deben responder a más tardar el ${dueOn}.${extendedDueOn ? ` Si le avisan por escrito de una extensión, a más tardar el ${extendedDueOn}.` : ""} (Para los días hábiles no se cuentan sábados ni domingos; los días festivos sí se cuentan.)`,
    ocrAfterHipaa: (hipaaDue, fileBy, stateGoverns) =>
      `Si pasa el plazo de HIPAA (el ${hipaaDue}) sin respuesta, puede quejarse ante la OCR del HHS dentro de los 180 días siguientes, es decir, a más tardar el ${fileBy}.${stateGoverns ? " Si solo se pasó el plazo del estado, la queja va a la junta del estado que da las licencias." : ""}`,
    ocr: "Si el proveedor no cumple el plazo o le niega su solicitud, puede quejarse ante la OCR del HHS dentro de los 180 días.",
  },
  format: [
    "Usted puede elegir papel o una copia electrónica. Si guardan los expedientes en forma electrónica y usted pide una copia electrónica, deben dársela. Debe venir en el formato que pida, si lo pueden hacer sin problema, o en otro formato que se pueda leer y que usted acepte.",
    "Un resumen puede reemplazar el expediente completo solo si usted lo acepta antes, y también su precio.",
    "Puede pedir que le manden las copias por correo postal o correo electrónico. Si pide un correo electrónico normal (sin cifrar), deben avisarle del riesgo y después enviarlo si usted todavía lo quiere.",
    "También puede pedir ver los expedientes en persona, en un momento y lugar convenientes.",
    "No pueden obligarle a comprar un CD o una memoria USB. Tampoco a ir en persona a probar quién es para recibir una copia por correo, ni a usar el portal para pedirla.",
  ],
  denials: [
    "Algunas negativas no se pueden revisar: las notas de psicoterapia, los documentos preparados para una demanda, algunos casos en prisiones o en investigaciones, y lo que alguien que no es proveedor contó en confianza.",
    "Otras negativas necesitan que un profesional con licencia juzgue que el acceso podría poner en peligro la vida o la seguridad física de alguien, o causar un daño grave a otra persona. Usted puede pedir que lo revise otro profesional con licencia, y el proveedor debe seguir esa revisión.",
    "Cuando pide un representante personal (por ejemplo, el padre o la madre), el proveedor también puede negarse si un profesional con licencia decide que el acceso de esa persona probablemente causaría un daño grave al paciente o a otra persona. Esa negativa también se puede revisar.",
    "Que a usted le pueda afectar leer los expedientes, o que no los entienda, no es motivo para negarlos (guía del HHS).",
    "Una negativa debe ser por escrito, en palabras sencillas, y decir el motivo, su derecho a una revisión y cómo quejarse, con el nombre o el cargo de una persona de contacto y un teléfono.",
    "Si le niegan una parte, igual le dan el resto. Si no tienen los expedientes pero saben quién los tiene, deben decírselo.",
    "Puede quejarse ante la OCR del HHS dentro de los 180 días desde que supo del problema; la OCR puede dar más tiempo si hay un buen motivo. No pueden castigarle por quejarse.",
  ],
  thirdParty: [
    "Usted puede pedir por escrito que el proveedor envíe una copia a otra persona. Firme la carta y diga con claridad quién es esa persona y adónde enviar la copia.",
    "Desde el caso Ciox contra Azar (2020), el proveedor solo tiene que hacerlo con copias electrónicas de lo que guarda en su sistema electrónico. En ese caso no aplica el límite de cobro de HIPAA para pacientes.",
    "Para todo lo demás, firme una autorización HIPAA. Con ella el proveedor puede enviar los expedientes, pero no tiene que hacerlo, y se usan las tarifas del estado.",
    "Lo más barato: pida su propia copia con la tarifa para pacientes y envíela usted.",
    "Un médico que le atiende puede pedir sus expedientes directamente a sus otros médicos. Para su atención no hace falta una autorización.",
  ],
  special: {
    psychotherapy:
      "Las notas de psicoterapia que se guardan aparte del expediente no están dentro del derecho de acceso; el resto del expediente de salud mental sí lo está.",
    substanceUse:
      "Expedientes de tratamiento por alcohol o drogas (norma 42 CFR Part 2): usted puede obtener los suyos sin un permiso especial. Para enviarlos a otra persona hace falta un consentimiento por escrito que cumpla 42 CFR 2.31.",
    minors:
      "La atención confidencial de un menor (la que podía aceptar por su cuenta) puede quedar fuera del alcance de los padres, según la ley del estado.",
    labs: "Los resultados de laboratorio no son una excepción: los laboratorios cubiertos por HIPAA deben darle los informes de sus análisis terminados.",
    hiv: "Muchos estados piden una autorización escrita especial para enviar a otras personas los resultados de una prueba del VIH. Usted casi siempre puede ver los suyos sin límites.",
  },
};
