// What to do after an earlier request, in Spanish: wait, follow up, ask for a review, challenge a fee,
// complain to HHS OCR or the state.
import type { escalation as en } from "../en/escalation.js";

const OCR_HOW =
  "La OCR es la Oficina de Derechos Civiles del HHS: presente la queja en ocrportal.hhs.gov (o por correo, fax o correo electrónico, con su formulario de quejas). Diga el nombre del proveedor y lo que pasó.";
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const escalation: typeof en = {
  waiting: (dueOn, extension) =>
    `El proveedor todavía está a tiempo: debe responder a más tardar el ${dueOn}${extension ? ", contando la extensión que le avisó por escrito" : ""}. Si para entonces no recibe nada, envíe una carta de seguimiento.`,
  psychotherapyDenied:
    "Negar las notas de psicoterapia está permitido, porque no están dentro del derecho de acceso. Usted puede pedir el resto de su expediente de salud mental.",
  since: {
    answer: (from, feeDemand) => `${feeDemand ? "el cobro que le exigieron" : "la respuesta"} (${from})`,
    request: (from) => `su solicitud (${from}), para estar seguros, porque no sabemos la fecha de la respuesta`,
    hipaa_deadline: (from) => `el plazo de HIPAA para esta solicitud (${from})`,
  },
  ocrStep: (fileBy) => `Presente una queja ante la OCR del HHS a más tardar el ${fileBy}. ${OCR_HOW}`,
  ocrReason: (since, fileBy) =>
    `Puede presentar una queja ante la OCR del HHS dentro de los 180 días desde que supo del problema: contando desde ${since}, a más tardar el ${fileBy}. La OCR puede dar más tiempo si hay un buen motivo.`,
  ocrLateStep: (fileBy) =>
    `El último día normal para quejarse ante la OCR del HHS fue el ${fileBy}. Todavía puede presentar la queja y explicar por qué llega tarde; la OCR puede aceptarla si hay un buen motivo. ${OCR_HOW}`,
  ocrLateReason: (since, fileBy) =>
    `Los 180 días para quejarse ante la OCR del HHS, contando desde ${since}, terminaron el ${fileBy}. La OCR todavía puede aceptar una queja si usted muestra un buen motivo para el retraso.`,
  whatRemains: (board, state) =>
    `Todavía puede quejarse ante ${board}. También puede quejarse ante el fiscal general ${state ? `de ${state}` : "del estado"}, que puede hacer cumplir HIPAA para los residentes del estado en un tribunal federal.`,
  followUpLetter: (dueOn) =>
    `Envíe una carta de seguimiento a la oficina de expedientes y al encargado de privacidad. Dé la fecha de su primera solicitud y diga que la respuesta debía llegar${dueOn ? ` a más tardar el ${dueOn}` : " y no llegó"}.`,
  askExtension: (days) =>
    `Pregunte si le enviaron un aviso por escrito de una extensión. Ese aviso debía llegarle dentro de los primeros ${days}; si no llegó, están tarde.`,
  askWhyLate: "Pregunte por qué están tarde. Que sepamos, la regla que aplica aquí no permite extensión.",
  stillNoAnswer: (step) => `Si después de unos 10 días sigue sin respuesta, ${lower(step)}`,
  stateDeadlineStep: (board, state, hipaaDue) =>
    `Si sigue sin respuesta, quéjese ante ${board}: el plazo ${state ? `de ${state}` : "del estado"} lo hace cumplir el estado. El plazo de HIPAA para esta solicitud termina el ${hipaaDue}.`,
  stateDeadlineReason: (board, state, hipaaDue) =>
    `Un plazo ${state ? `de ${state}` : "del estado"} que no se cumplió lo hace cumplir el estado: puede quejarse ante ${board}. Los 30 días de HIPAA para esta solicitud terminan el ${hipaaDue}.`,
  afterHipaaStep: `Cuando pasen los 30 días de HIPAA (60 si le avisaron por escrito de una extensión), puede quejarse ante la OCR del HHS dentro de los 180 días siguientes. ${OCR_HOW}`,
  afterHipaaReason:
    "Cuando pasa el plazo de HIPAA, puede quejarse ante la OCR del HHS dentro de los 180 días siguientes. La OCR puede dar más tiempo si hay un buen motivo.",
  readDenial:
    "Lea la carta en la que le niegan los expedientes. Debe estar en palabras sencillas y decir el motivo, su derecho a pedir una revisión y cómo quejarse.",
  askReview:
    "Pida por escrito que revise la decisión otro profesional con licencia, que el proveedor elige y que no participó en la negativa (la carta de solicitud de revisión). El proveedor debe seguir lo que decida esa persona.",
  askReviewIfHarm:
    "Si el motivo es que un profesional con licencia cree que el acceso podría poner a alguien en peligro, pida por escrito que lo revise otro profesional con licencia. El proveedor debe seguir lo que decida esa persona.",
  askRest: "Pida todo lo que la negativa no cubre: el proveedor tiene que darle el resto.",
  denialInWriting:
    "Una negativa debe ser por escrito y decir el motivo, su derecho a pedir una revisión y cómo quejarse ante el proveedor o ante el HHS.",
  reviewableGrounds:
    "Una negativa por motivos de daño la puede revisar otro profesional con licencia; otros motivos (como las notas de psicoterapia) no se pueden revisar.",
  mentalHealthHarm:
    "Negar expedientes de salud mental porque un profesional con licencia juzgó que el acceso podría poner en peligro la vida o la seguridad física de alguien es un motivo que se puede revisar. Que a usted le pueda afectar leerlos no basta.",
  representativeHarm:
    "Negarle los expedientes a un representante personal porque el acceso podría causar un daño grave al paciente o a otra persona es un motivo que se puede revisar.",
  deniedOcrStep: `Quéjese ante la OCR del HHS dentro de los 180 días desde la negativa. ${OCR_HOW}`,
  deniedOcrReason: "Puede quejarse ante la OCR del HHS dentro de los 180 días desde que supo del problema.",
  listMissing:
    "Escriba a la oficina de expedientes con la lista de lo que falta, y pídalo, o pida por escrito el motivo por el que no se lo dieron.",
  elsewhere: "Si los expedientes están en otro lugar, el proveedor debe decirle dónde pedirlos.",
  partialReason:
    "Si un proveedor no le da una parte del expediente, igual debe darle el resto y explicarle por escrito qué no le dio y por qué.",
  ifRefused: (step) => `Si se niegan sin un motivo válido: ${lower(step)}`,
  partialOcrStep: `Si se niegan sin un motivo válido, quéjese ante la OCR del HHS dentro de los 180 días. ${OCR_HOW}`,
  feeCostBased:
    "Por su propia copia, el cobro debe estar basado en el costo: solo el trabajo de copiar, los materiales y el envío. No pueden cobrar por buscar los expedientes, y no pueden negárselos porque usted debe una factura médica.",
  feeFlat:
    "Una guía del HHS permite cobrar una tarifa fija de hasta $6.50 por copias electrónicas de expedientes electrónicos, en lugar de calcular el costo. Es una guía, no un límite para todo cobro.",
  feeLetter:
    "Escriba a la oficina de expedientes y al encargado de privacidad sobre el cobro (la carta de seguimiento). Pida el detalle del cobro y recuérdeles que, cuando usted pide su propia copia, no se permite cobrar por buscar los expedientes ni por página en las copias electrónicas.",
  askElectronic: "Pida una copia electrónica si los expedientes son electrónicos; casi siempre es lo más barato.",
  feeNotFixed: (step) => `Si no corrigen el cobro, ${lower(step)}`,
  ownCopyOnly: (state) =>
    `El límite de cobro de HIPAA para pacientes cubre solo su propia copia. Las copias que van directo a otra persona siguen ${state ? `la ley de ${state}` : "la ley del estado"}.`,
  stateFeeLead: (state) => `Regla de cobros de ${state}: `,
  forwardYourself: "Lo más barato: pida su propia copia con la tarifa para pacientes y después envíela usted.",
  sendToYou:
    "Escriba a la oficina de expedientes (la carta de seguimiento): pida que le envíen la copia a usted, con el cobro de HIPAA basado en el costo, y después envíela usted.",
  overCharge: (state, board) =>
    `Si cobran más de lo que permite la regla ${state ? `de ${state}` : "del estado"} para copias enviadas a otras personas, quéjese ante ${board} o ante el fiscal general ${state ? `de ${state}` : "del estado"}.`,
};
